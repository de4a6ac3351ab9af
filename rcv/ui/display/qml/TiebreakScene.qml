// Before a tie-break question: who plays it, and what it decides.
import QtQuick

Item {
    id: scene
    objectName: "scene_tiebreak"
    readonly property real u: Theme.u
    readonly property int n: display.playing.length
    Header {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors { leftMargin: 3 * scene.u; rightMargin: 3 * scene.u; topMargin: 2.5 * scene.u }
        title: Words.say(QT_TRANSLATE_NOOP("Display", "CÂU HỎI PHỤ"))
    }
    Logo {
        id: logo
        anchors.horizontalCenter: parent.horizontalCenter
        y: 11.5 * scene.u
        width: (scene.n > 6 ? 0 : 16) * scene.u
        height: width
        visible: width > 0
    }
    GoldTitle {
        id: title
        anchors.top: logo.visible ? logo.bottom : header.bottom
        anchors.topMargin: 1 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.9
        text: Words.say(QT_TRANSLATE_NOOP("Display", "CÂU HỎI PHỤ"))
        size: (scene.n > 6 ? 7 : 9) * scene.u
    }
    ShowText {
        id: subtitle
        objectName: "tiebreakSubtitle"
        anchors.top: title.bottom
        anchors.topMargin: 0.5 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.9
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        textFormat: Text.StyledText
        text: scene.n === 0 ? Words.say(QT_TRANSLATE_NOOP("Display", "Các thí sinh bằng điểm trả lời thêm để phân định thứ hạng"))
              : display.places === 1 ? Words.say(QT_TRANSLATE_NOOP("Display", "<b>%1</b> thí sinh bằng điểm trả lời thêm để phân định người xếp trên")).arg(scene.n)
              : Words.say(QT_TRANSLATE_NOOP("Display", "<b>%1</b> thí sinh bằng điểm trả lời thêm để phân định <b>%2</b> vị trí")).arg(scene.n).arg(display.places)
        font.pixelSize: 4 * scene.u
        color: Theme.muted
    }
    NameBoard {
        objectName: "tiebreakPlayers"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: subtitle.bottom
        anchors.bottom: parent.bottom
        anchors.margins: 3 * scene.u
        anchors.topMargin: 2 * scene.u
        people: display.playing
        tone: "blue"
    }
}
