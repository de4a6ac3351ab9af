// One seat of the floor: its number, its name when there is room; standing seats glow, seats
// that are out go dark, those that just left are red and those just back are green.
import QtQuick

Rectangle {
    id: cell
    property int seatNumber: 0
    property string seatName: ""
    property bool isStanding: true
    property bool leaving: false
    property bool returning: false
    property bool hasBell: false
    readonly property bool showName: height > 6.2 * Theme.u && width > 11 * Theme.u

    radius: Math.min(width, height) * 0.16
    border.width: Math.max(1, Math.min(width, height) * 0.045)
    border.color: hasBell ? "white" : leaving ? "#ff7b86" : returning ? "#8ff0b8"
                : isStanding ? Theme.gold : "#26314f"
    color: hasBell ? Theme.gold : leaving ? "#5e1020" : returning ? "#0f5a34"
         : isStanding ? Theme.panel : Theme.out

    ShowText {
        id: number
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.verticalCenter: parent.verticalCenter
        anchors.verticalCenterOffset: cell.showName ? -cell.height * 0.16 : 0
        topPadding: 0
        bottomPadding: 0
        text: String(cell.seatNumber)
        font.pixelSize: Math.min(cell.height * (cell.showName ? 0.42 : 0.55), cell.width * 0.36)
        font.bold: true
        color: cell.hasBell ? Theme.navy : cell.isStanding || cell.leaving || cell.returning
               ? Theme.goldLight : Theme.outText
    }
    ShowText {
        visible: cell.showName
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: number.bottom
        anchors.topMargin: -cell.height * 0.03
        width: cell.width - cell.height * 0.2
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
        topPadding: 0
        bottomPadding: 0
        text: cell.seatName
        font.pixelSize: Math.min(cell.height * 0.2, 2.6 * Theme.u)
        color: cell.hasBell ? Theme.navy : cell.isStanding || cell.leaving || cell.returning
               ? Theme.text : Theme.outText
    }
}
