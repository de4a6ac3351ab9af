// Before the first question: the show's name, the event, how many contestants.
import QtQuick

Item {
    id: scene
    objectName: "scene_welcome"
    readonly property real u: Theme.u
    Logo {
        id: logo
        anchors.horizontalCenter: parent.horizontalCenter
        y: 8 * scene.u
        width: 34 * scene.u
        height: width
        swinging: true
    }
    GoldTitle {
        id: title
        anchors.top: logo.bottom
        anchors.topMargin: 2 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.92
        text: Words.say(QT_TRANSLATE_NOOP("Display", "RUNG CHUÔNG VÀNG"))
        size: 11 * scene.u
    }
    ShowText {
        objectName: "eventNameText"
        anchors.top: title.bottom
        anchors.topMargin: 1 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.85
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: display.eventName
        font.pixelSize: 4.6 * scene.u
    }
    ShowText {
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 6 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        textFormat: Text.StyledText
        text: Words.say(QT_TRANSLATE_NOOP("Display", "Chào mừng <b><font color=\"%1\">%2</font></b> thí sinh bước vào sàn thi đấu!"))
                .arg(Theme.gold).arg(display.total)
        font.pixelSize: 4 * scene.u
        color: Theme.muted
    }
}
