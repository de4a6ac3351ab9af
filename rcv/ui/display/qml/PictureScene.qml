// The question's picture, full screen (the console's "picture" key): a diagram the hall must
// read, its labels as large as the screen allows. The question's number stays in the corner.
import QtQuick

Item {
    id: scene
    objectName: "scene_picture"
    readonly property real u: Theme.u
    Rectangle { anchors.fill: parent; color: Theme.night; opacity: 0.85 }
    Header {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors { leftMargin: 3 * scene.u; rightMargin: 3 * scene.u; topMargin: 1.5 * scene.u }
        showStanding: false
        golden: display.stage === "final"
        title: display.stage === "final" ? Words.say(QT_TRANSLATE_NOOP("Display", "CÂU HỎI CHUÔNG VÀNG"))
               : display.stage === "tiebreak" ? Words.say(QT_TRANSLATE_NOOP("Display", "CÂU HỎI PHỤ"))
               : display.stage === "rescue" ? Words.say(QT_TRANSLATE_NOOP("Display", "CÂU HỎI CỨU TRỢ"))
               : Words.say(QT_TRANSLATE_NOOP("Display", "CÂU HỎI SỐ %1")).arg(display.questionNumber)
    }
    Rectangle {
        id: frame
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: 1.5 * scene.u
        anchors.bottomMargin: 2 * scene.u
        width: parent.width - 4 * scene.u
        radius: 1.5 * scene.u
        color: "white"
        Image {
            objectName: "fullPicture"
            anchors.fill: parent
            anchors.margins: 1 * scene.u
            source: display.mediaUrl
            sourceSize: Qt.size(Math.max(1, width), Math.max(1, height))
            fillMode: Image.PreserveAspectFit
            smooth: true
            mipmap: true
        }
    }
}
