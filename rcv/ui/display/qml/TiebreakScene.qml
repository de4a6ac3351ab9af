// Between tie-break questions: the tied contestants answer extra questions to be ordered.
import QtQuick

Item {
    id: scene
    objectName: "scene_tiebreak"
    readonly property real u: Theme.u
    Header {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors { leftMargin: 3 * scene.u; rightMargin: 3 * scene.u; topMargin: 2.5 * scene.u }
        title: Words.say(QT_TRANSLATE_NOOP("Display", "CÂU HỎI PHỤ"))
    }
    Logo {
        id: logo
        anchors.horizontalCenter: parent.horizontalCenter
        y: 16 * scene.u
        width: 26 * scene.u
        height: width
    }
    GoldTitle {
        id: title
        anchors.top: logo.bottom
        anchors.topMargin: 2 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.9
        text: Words.say(QT_TRANSLATE_NOOP("Display", "CÂU HỎI PHỤ"))
        size: 11 * scene.u
    }
    ShowText {
        anchors.top: title.bottom
        anchors.topMargin: 2 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.8
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: Words.say(QT_TRANSLATE_NOOP("Display", "Các thí sinh bằng điểm trả lời thêm để phân định thứ hạng"))
        font.pixelSize: 4.4 * scene.u
        color: Theme.muted
    }
}
