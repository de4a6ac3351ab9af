// The organisers' logo between parts of the show.
import QtQuick

Item {
    id: scene
    objectName: "scene_logo"
    readonly property real u: Theme.u
    Logo {
        id: logo
        anchors.centerIn: parent
        anchors.verticalCenterOffset: -10 * scene.u
        width: 48 * scene.u
        height: width
    }
    GoldTitle {
        anchors.top: logo.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.92
        text: Words.say(QT_TRANSLATE_NOOP("Display", "RUNG CHUÔNG VÀNG"))
        size: 10 * scene.u
    }
}
