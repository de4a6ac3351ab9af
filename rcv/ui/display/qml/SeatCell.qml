// One seat of the floor: its number, and its name when the cell has room for a readable one
// (never below Theme.nameMin); standing seats glow, seats that are out go dark, those that just
// left are red and those just back are green. A seat without its name is one picture
// (seatface.py paints the same cell and number): one scene-graph node instead of two, which is
// what Qt's software renderer pays for at every repaint of a 1,000-seat floor.
import QtQuick

Rectangle {
    id: cell
    property int seatNumber: 0
    property string seatName: ""
    property bool isStanding: true
    property bool leaving: false
    property bool returning: false
    property bool hasBell: false
    property size faceSize: Qt.size(0, 0)  // the picture's size (0: not yet, the floor settles)
    readonly property real nameH: height * 0.6
    // a name only where two lines of it can be read (2.6 % of the height each): numbers only
    // on a floor of many small seats
    readonly property bool showName: nameH >= Theme.nameMin * 3.05 && width >= 16 * Theme.u
    readonly property string look: hasBell ? "bell" : leaving ? "leaving" : returning
                                   ? "returning" : isStanding ? "standing" : "out"
    readonly property color edge: hasBell ? "white" : leaving ? "#ff7b86" : returning ? "#8ff0b8"
                                  : isStanding ? Theme.gold : "#26314f"
    readonly property color ink: hasBell ? Theme.navy : isStanding || leaving || returning
                                 ? Theme.text : Theme.outText

    radius: Math.min(width, height) * 0.16
    border.width: showName ? Math.max(1, Math.min(width, height) * 0.045) : 0
    border.color: edge
    color: !showName ? "transparent" : hasBell ? Theme.gold : leaving ? "#5e1020" : returning ? "#0f5a34"
         : isStanding ? Theme.panel : Theme.out

    Image {
        objectName: "seatFace"
        visible: !cell.showName
        width: Math.round(cell.width)  // the picture's own size at rest: a plain blit
        height: Math.round(cell.height)
        sourceSize: cell.faceSize
        // asked for after sourceSize has taken the new size (never once at the old one first)
        source: cell.showName || sourceSize.width < 1 || sourceSize.height < 1
                ? "" : "image://rcvseat/" + cell.seatNumber + "/" + cell.look
        smooth: false
    }
    Loader {   // the number above the name; a seat without its name is its picture alone
        active: cell.showName
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: cell.height * 0.04
        sourceComponent: ShowText {
            topPadding: 0
            bottomPadding: 0
            text: String(cell.seatNumber)
            font.pixelSize: Math.min(cell.height * 0.3, cell.width * 0.36)
            font.bold: true
            color: cell.hasBell ? Theme.navy : cell.isStanding || cell.leaving || cell.returning
                   ? Theme.goldLight : Theme.outText
        }
    }
    Loader {   // a name only where it can be read; 500 small cells build none
        active: cell.showName
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: cell.height * 0.06
        height: cell.nameH
        sourceComponent: NameText {
            name: cell.seatName
            horizontalAlignment: Text.AlignHCenter
            maxSize: Math.min(3.2 * Theme.u, cell.nameH * 0.6)
            color: cell.ink
        }
    }
}
