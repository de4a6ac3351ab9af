// The top band of a scene: what part of the show this is, and how many are still on the floor.
import QtQuick

Item {
    id: header
    property string title: ""
    property bool golden: false
    property bool showStanding: true
    height: 8.5 * Theme.u

    Rectangle {
        id: pill
        objectName: "headerTitle"
        property string text: label.text
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        height: parent.height
        width: label.implicitWidth + 6 * Theme.u
        radius: height / 2
        gradient: Gradient {
            GradientStop { position: 0; color: header.golden ? Theme.goldLight : "#ffe27a" }
            GradientStop { position: 0.5; color: Theme.gold }
            GradientStop { position: 1; color: Theme.goldDeep }
        }
        border.color: Theme.goldLight
        border.width: Math.max(2, 0.25 * Theme.u)
        ShowText {
            id: label
            anchors.centerIn: parent
            text: header.title
            font.pixelSize: 4.4 * Theme.u
            font.bold: true
            font.letterSpacing: 0.15 * Theme.u
            color: Theme.navy
        }
    }
    ShowText {
        objectName: "standingText"
        visible: header.showStanding && display.total > 0
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        textFormat: Text.StyledText
        text: Words.say(QT_TRANSLATE_NOOP("Display", "Còn trên sàn: <b><font color=\"%1\">%2</font></b>/%3"))
                .arg(Theme.gold).arg(display.standing).arg(display.total)
        font.pixelSize: 3.8 * Theme.u
        color: Theme.text
    }
}
