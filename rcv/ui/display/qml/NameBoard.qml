// People listed by seat and name, for any count: cards as large as the room allows, names never
// below Theme.nameMin (about 28 px at 1080p); when more than fit, a page at a time, turning by
// itself every Theme.pageMs (a steady, readable pace), with "page 2/5" under the cards.
import QtQuick
import "layout.js" as Layout

Item {
    id: board
    objectName: "nameBoard"
    property var people: []          // [{seat, name, detail}]
    property string tone: "blue"
    property bool centred: true      // the cards in the middle of the room (or at its top)
    property real maxCardW: 62 * Theme.u
    property real maxCardH: 13 * Theme.u
    property real minCardW: 33 * Theme.u
    property real minCardH: 8.6 * Theme.u
    property real gap: Math.max(2, 0.8 * Theme.u)
    property int page: 0
    readonly property real pagerH: 4.2 * Theme.u
    readonly property var fitAll: Layout.board(people.length, width, height, gap, sizes)
    readonly property var g: fitAll.pages > 1
                             ? Layout.board(people.length, width, height - pagerH, gap, sizes) : fitAll
    readonly property var sizes: ({ minW: minCardW, minH: minCardH, maxW: maxCardW,
                                    maxH: maxCardH, aspect: 3.2 })
    readonly property int pages: people.length === 0 ? 0 : g.pages
    readonly property var shown: people.slice(page * g.perPage, (page + 1) * g.perPage)
    readonly property real nameSize: {   // one size for the page: the longest name's
        var size = 0
        for (var i = 0; i < cards.count; ++i) {
            var card = cards.itemAt(i)
            if (card)
                size = size === 0 ? card.bestNameSize : Math.min(size, card.bestNameSize)
        }
        return size
    }

    onPeopleChanged: page = 0
    onPagesChanged: if (page >= pages) page = 0

    Grid {
        id: grid
        objectName: "boardGrid"
        anchors.horizontalCenter: parent.horizontalCenter
        y: board.centred ? Math.max(0, (board.height - (board.pages > 1 ? board.pagerH : 0)
                                        - height) / 2) : 0
        columns: board.g.cols
        spacing: board.gap
        Repeater {
            id: cards
            model: board.shown
            NameCard {
                width: board.g.cw
                height: board.g.ch
                seat: modelData.seat
                name: modelData.name
                detail: modelData.detail || ""
                tone: board.tone
                nameSize: board.nameSize
            }
        }
    }
    ShowText {
        objectName: "pageText"
        visible: board.pages > 1
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        text: Words.say(QT_TRANSLATE_NOOP("Display", "Trang %1/%2 · %3 thí sinh"))
                .arg(board.page + 1).arg(board.pages).arg(board.people.length)
        font.pixelSize: 2.6 * Theme.u
        color: Theme.muted
    }
    Timer {
        running: Theme.animate && board.pages > 1 && board.visible
        interval: Theme.pageMs
        repeat: true
        onTriggered: board.page = (board.page + 1) % board.pages
    }
}
