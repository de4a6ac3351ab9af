// The show is paused (the clock is stopped; the time left is shown frozen).
import QtQuick

Item {
    id: scene
    objectName: "scene_paused"
    readonly property real u: Theme.u
    Logo {
        id: logo
        anchors.horizontalCenter: parent.horizontalCenter
        y: 12 * scene.u
        width: 26 * scene.u
        height: width
    }
    GoldTitle {
        id: title
        anchors.top: logo.bottom
        anchors.topMargin: 3 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.9
        text: Words.say(QT_TRANSLATE_NOOP("Display", "TẠM DỪNG"))
        size: 13 * scene.u
    }
    ShowText {
        anchors.top: title.bottom
        anchors.topMargin: 2 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        text: Words.say(QT_TRANSLATE_NOOP("Display", "Chương trình sẽ tiếp tục trong giây lát"))
        font.pixelSize: 4.2 * scene.u
        color: Theme.muted
    }
    ShowText {
        objectName: "pausedRemainingText"
        visible: display.paused
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 8 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        textFormat: Text.StyledText
        text: Words.say(QT_TRANSLATE_NOOP("Display", "Thời gian còn lại: <b><font color=\"%1\">%2</font></b> giây"))
                .arg(Theme.gold).arg(Math.ceil(display.remainingAtUpdateMs / 1000))
        font.pixelSize: 4.6 * scene.u
    }
}
