// Before the golden-bell question: who goes for the bell.
import QtQuick
import "layout.js" as Layout

Item {
    id: scene
    objectName: "scene_final"
    readonly property real u: Theme.u
    Logo {
        id: logo
        anchors.horizontalCenter: parent.horizontalCenter
        y: 5 * scene.u
        width: 30 * scene.u
        height: width
        swinging: true
    }
    GoldTitle {
        id: title
        anchors.top: logo.bottom
        anchors.topMargin: 1 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.92
        text: Words.say(QT_TRANSLATE_NOOP("Display", "CÂU HỎI CHUÔNG VÀNG"))
        size: 9.5 * scene.u
    }
    Column {
        objectName: "finalists"
        anchors.top: title.bottom
        anchors.topMargin: 3 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: 1 * scene.u
        readonly property real size: display.finalists.length <= 2 ? 6 : display.finalists.length <= 5 ? 4.2 : 3
        Repeater {
            model: display.finalists.slice(0, 8)
            ShowText {
                anchors.horizontalCenter: parent.horizontalCenter
                textFormat: Text.StyledText
                text: Words.say(QT_TRANSLATE_NOOP("Display", "<font color=\"%1\">Ghế %2</font> · <b>%3</b>"))
                        .arg(Theme.gold).arg(modelData.seat).arg(Layout.esc(modelData.name))
                font.pixelSize: parent.size * scene.u
            }
        }
    }
}
