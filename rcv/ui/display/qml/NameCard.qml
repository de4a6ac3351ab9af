// One person (or a unit: seat 0, no disc) in a list: the seat in a disc and the name beside it (two lines when it needs
// them), with a detail (the unit) under the name when the card has room for it. The tone says
// why they are listed: leaving (red), back on the floor (green), playing (blue), winners (gold).
import QtQuick

Rectangle {
    id: card
    property int seat: 0
    property string name: ""
    property string detail: ""
    property string tone: "blue"
    property real nameSize: 0                          // the list's common size, if any
    readonly property real bestNameSize: nameText.bestSize
    readonly property var colours: ({
        "red": ["#5e1020", "#ff7b86"], "green": ["#0f5a34", "#8ff0b8"],
        "blue": [Theme.panel, Theme.edge], "gold": ["#4a3200", Theme.gold]
    })
    readonly property bool showDetail: detail !== "" && height >= 12.5 * Theme.u   // two name lines stay
    radius: Math.min(height * 0.2, 2 * Theme.u)
    color: colours[tone][0]
    border.color: colours[tone][1]
    border.width: Math.max(2, 0.25 * Theme.u)

    Rectangle {   // no seat (a unit's prize): no disc
        id: disc
        visible: card.seat > 0
        anchors.left: parent.left
        anchors.leftMargin: Math.min(card.height * 0.12, 1.2 * Theme.u)
        anchors.verticalCenter: parent.verticalCenter
        height: Math.min(card.height * 0.7, 9 * Theme.u)
        width: visible ? Math.max(height, seatText.implicitWidth + height * 0.3) : 0
        radius: height / 2
        color: Theme.navy
        border.color: Theme.gold
        border.width: Math.max(1, 0.2 * Theme.u)
        ShowText {
            id: seatText
            objectName: "seatText"
            anchors.centerIn: parent
            topPadding: 0
            bottomPadding: 0
            text: String(card.seat)
            font.pixelSize: disc.height * 0.5
            font.bold: true
            color: Theme.goldLight
        }
    }
    NameText {
        id: nameText
        anchors.left: disc.right
        anchors.leftMargin: Math.min(card.height * 0.15, 1.4 * Theme.u)
        anchors.right: parent.right
        anchors.rightMargin: Math.min(card.height * 0.15, 1.4 * Theme.u)
        anchors.top: parent.top
        anchors.bottom: card.showDetail ? detailText.top : parent.bottom
        anchors.topMargin: card.height * 0.04
        anchors.bottomMargin: card.showDetail ? 0 : card.height * 0.04
        name: card.name
        shared: card.nameSize
        maxSize: Math.min(6 * Theme.u, card.height * 0.42)
        font.bold: card.tone === "gold"
    }
    ShowText {
        id: detailText
        objectName: "detailText"
        visible: card.showDetail
        anchors.left: nameText.left
        anchors.right: nameText.right
        anchors.bottom: parent.bottom
        anchors.bottomMargin: card.height * 0.06
        elide: Text.ElideRight
        text: card.detail
        font.pixelSize: 2.4 * Theme.u
        color: Theme.muted
    }
}
