// The floor: every seat (up to 500) in one grid that fills the screen, standing vs out.
import QtQuick
import "layout.js" as Layout

Item {
    id: scene
    objectName: "scene_floor"
    readonly property real u: Theme.u
    // the size the seats' pictures are painted at: the cells' size once the layout has come to
    // rest. Building the scene (a column as wide as the screen…) or resizing the console's
    // preview passes through many sizes, and each would be 1,000 pictures painted; meanwhile
    // the pictures already there are stretched
    property size faceSize: Qt.size(0, 0)
    Timer {
        id: rest
        interval: scene.faceSize.width > 0 ? 150 : 0  // the first size as soon as it is known
        running: true
        onTriggered: scene.faceSize = area.cell
    }

    Header {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors { leftMargin: 3 * scene.u; rightMargin: 3 * scene.u; topMargin: 2.5 * scene.u }
        title: Words.say(QT_TRANSLATE_NOOP("Display", "SÀN THI ĐẤU"))
    }
    Item {
        id: area
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.margins: 3 * scene.u
        anchors.topMargin: 2 * scene.u
        readonly property real gap: Math.max(2, 0.5 * scene.u)
        readonly property var g: Layout.grid(display.seats.count, width, height, 1.7, gap)
        readonly property size cell: Qt.size(Math.round(g.cw), Math.round(g.ch))
        onCellChanged: rest.restart()

        GridView {
            id: grid
            objectName: "seatGrid"
            interactive: false
            width: area.g.cols * (area.g.cw + area.gap)
            height: area.g.rows * (area.g.ch + area.gap)
            anchors.centerIn: parent
            cellWidth: area.g.cw + area.gap
            cellHeight: area.g.ch + area.gap
            cacheBuffer: 0
            model: display.seats
            delegate: SeatCell {
                required property int seat
                required property string name
                required property bool standing
                required property bool eliminatedNow
                required property bool returnedNow
                required property bool bell
                width: area.g.cw
                height: area.g.ch
                seatNumber: seat
                seatName: name
                isStanding: standing
                leaving: eliminatedNow
                returning: returnedNow
                hasBell: bell
                faceSize: scene.faceSize
            }
        }
    }
}
