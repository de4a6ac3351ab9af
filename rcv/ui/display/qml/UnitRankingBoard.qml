// The units' final ranking in the prize ceremony: every unit in its order, its group under its
// name and its prize beside it in the prize's colour; 2 to 60 and more units in one to three
// columns, a page at a time only beyond that (turning by itself every Theme.pageMs).
import QtQuick
import "layout.js" as Layout

Item {
    id: board
    objectName: "unitRanking"
    property var rows: []          // [{rank, name, unit (its group), prize}]
    readonly property real u: Theme.u
    readonly property real gap: 0.5 * u
    readonly property real pagerH: 4 * u
    readonly property var fitAll: Layout.rows(rows.length, width, height, gap, 3.3 * u, 9.5 * u, 3)
    readonly property var g: fitAll.pages > 1
                             ? Layout.rows(rows.length, width, height - pagerH, gap, 3.3 * u, 9.5 * u, 3)
                             : fitAll
    property int page: 0
    readonly property var shown: rows.slice(page * g.perPage, (page + 1) * g.perPage)
    onRowsChanged: page = 0

    function prizeColor(prize, rank) {
        if (prize === "") return Theme.navy
        if (rank === 1) return Theme.gold
        if (rank === 2) return "#dfe6f2"
        if (rank === 3) return "#e59a5a"
        return "#5d8be0"
    }

    Repeater {
        model: board.shown
        Panel {
            id: row
            readonly property bool prized: modelData.prize !== ""
            readonly property real size: twoLines ? Math.min(height * 0.56 / 1.42, 3.8 * board.u)
                                                  : Math.min(height * 0.6, 3.4 * board.u)
            x: Math.floor(index / board.g.rows) * (board.g.colW + 2 * board.gap)
            y: (index % board.g.rows) * (board.g.rowH + board.gap)
            width: board.g.colW
            height: board.g.rowH
            radius: height * 0.22
            border.color: prized ? board.prizeColor(modelData.prize, modelData.rank) : Theme.edge
            topColor: prized ? "#3d2a00" : Theme.panel
            bottomColor: prized ? "#1f1500" : Theme.panelDeep
            Rectangle {
                id: disc
                anchors.left: parent.left
                anchors.leftMargin: row.height * 0.12
                anchors.verticalCenter: parent.verticalCenter
                height: row.height * (row.twoLines ? 0.72 : 0.86)
                width: Math.max(height, rankText.implicitWidth + height * 0.3)
                radius: height / 2
                color: board.prizeColor(modelData.prize, modelData.rank)
                border.color: Theme.gold
                border.width: Math.max(1, 0.15 * board.u)
                ShowText {
                    id: rankText
                    objectName: "unitRank"
                    anchors.centerIn: parent
                    topPadding: 0; bottomPadding: 0
                    text: String(modelData.rank)
                    font.pixelSize: disc.height * (row.twoLines ? 0.5 : 0.56)
                    font.bold: true
                    color: row.prized ? Theme.navy : Theme.goldLight
                }
            }
            ShowText {
                id: prizeText
                objectName: "unitPrize"
                visible: row.prized
                anchors.right: parent.right
                anchors.rightMargin: row.height * 0.25
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, row.width * 0.36)
                text: modelData.prize
                font.pixelSize: row.size * 0.9
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Math.floor(2 * board.u)
                color: board.prizeColor(modelData.prize, modelData.rank)
            }
            readonly property bool twoLines: modelData.unit !== "" && row.height >= 6.5 * board.u
            ShowText {
                id: nameText
                objectName: "unitName"
                anchors.left: disc.right
                anchors.leftMargin: row.height * 0.18
                anchors.right: row.prized ? prizeText.left : parent.right
                anchors.rightMargin: row.height * 0.2
                y: row.twoLines ? row.height * 0.08 : 0
                height: row.twoLines ? row.height * 0.56 : row.height
                topPadding: 0; bottomPadding: 0
                verticalAlignment: Text.AlignVCenter
                text: modelData.name
                font.pixelSize: row.size
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Math.floor(2.1 * board.u)
                elide: Text.ElideRight
            }
            ShowText {
                objectName: "detailText"
                visible: row.twoLines
                anchors.left: nameText.left
                anchors.right: nameText.right
                anchors.top: nameText.bottom
                topPadding: 0; bottomPadding: 0
                text: modelData.unit
                font.pixelSize: Math.min(row.size * 0.62, 2.4 * board.u)
                elide: Text.ElideRight
                color: Theme.muted
            }
        }
    }
    ShowText {
        objectName: "pageText"
        visible: board.g.pages > 1
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        text: Words.say(QT_TRANSLATE_NOOP("Display", "Trang %1/%2")).arg(board.page + 1).arg(board.g.pages)
        font.pixelSize: 2.8 * board.u
        color: Theme.muted
    }
    Timer {
        running: Theme.animate && board.g.pages > 1 && board.visible
        interval: Theme.pageMs
        repeat: true
        onTriggered: board.page = (board.page + 1) % board.g.pages
    }
}
