// Before the golden-bell question: who goes for the bell.
import QtQuick

Item {
    id: scene
    objectName: "scene_final"
    readonly property real u: Theme.u
    readonly property var people: display.playing.length > 0 ? display.playing : display.finalists
    readonly property bool few: people.length <= 4
    Logo {
        id: logo
        anchors.horizontalCenter: parent.horizontalCenter
        y: 3 * scene.u
        width: (scene.few ? 26 : 17) * scene.u
        height: width
        swinging: true
    }
    GoldTitle {
        id: title
        anchors.top: logo.bottom
        anchors.topMargin: 0.5 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.92
        text: Words.say(QT_TRANSLATE_NOOP("Display", "CÂU HỎI CHUÔNG VÀNG"))
        size: (scene.few ? 9.5 : 8) * scene.u
    }
    ShowText {
        id: subtitle
        objectName: "finalSubtitle"
        anchors.top: title.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.9
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: scene.people.length === 1 ? Words.say(QT_TRANSLATE_NOOP("Display", "Trả lời đúng để rung chuông vàng"))
              : Words.say(QT_TRANSLATE_NOOP("Display", "%1 thí sinh cùng trả lời: ai đúng sẽ rung chuông vàng")).arg(scene.people.length)
        font.pixelSize: 3.8 * scene.u
        color: Theme.muted
    }
    NameBoard {
        objectName: "finalists"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: subtitle.bottom
        anchors.bottom: parent.bottom
        anchors.margins: 3 * scene.u
        anchors.topMargin: 2 * scene.u
        people: scene.people
        tone: "gold"
        maxCardW: 80 * scene.u
        maxCardH: 17 * scene.u
    }
}
