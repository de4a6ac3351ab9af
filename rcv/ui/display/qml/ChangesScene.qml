// Seats leaving the floor (eliminations) or coming back to it (rescue); before the rescue
// question, the rescue's intro: who may win their place back, and how.
import QtQuick

Item {
    id: scene
    objectName: display.scene === "rescue" ? (intro ? "scene_rescue_intro" : "scene_rescue")
                                           : "scene_eliminations"
    readonly property real u: Theme.u
    readonly property bool rescue: display.scene === "rescue"
    readonly property bool intro: rescue && display.returning.length === 0 && display.playing.length > 0
    readonly property var people: intro ? display.playing : rescue ? display.returning : display.leaving

    Header {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors { leftMargin: 3 * scene.u; rightMargin: 3 * scene.u; topMargin: 2.5 * scene.u }
        title: scene.rescue ? Words.say(QT_TRANSLATE_NOOP("Display", "CỨU TRỢ"))
                            : Words.say(QT_TRANSLATE_NOOP("Display", "RỜI SÀN THI ĐẤU"))
    }
    ShowText {
        id: summary
        objectName: "changesSummary"
        anchors.top: header.bottom
        anchors.topMargin: 1.5 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 6 * scene.u
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        textFormat: Text.StyledText
        font.pixelSize: (scene.intro ? 4 : 4.6) * scene.u
        text: scene.summary()
    }
    function summary() {   // one contestant gets a sentence of their own (no "1 contestants")
        var n = scene.people.length
        if (scene.intro) {
            if (n === 1)
                return Words.say(QT_TRANSLATE_NOOP("Display", "<font color=\"%1\"><b>Một</b></font> thí sinh trả lời câu hỏi cứu trợ: đúng là trở lại sàn")).arg("#8ff0b8")
            return Words.say(QT_TRANSLATE_NOOP("Display", "<font color=\"%1\"><b>%2</b></font> thí sinh trả lời câu hỏi cứu trợ: ai đúng sẽ trở lại sàn"))
                       .arg("#8ff0b8").arg(n)
        }
        if (scene.rescue) {
            if (n === 0)
                return Words.say(QT_TRANSLATE_NOOP("Display", "Vòng cứu trợ: các thí sinh đã rời sàn có cơ hội trở lại"))
            if (n === 1)
                return Words.say(QT_TRANSLATE_NOOP("Display", "<font color=\"%1\"><b>Một</b></font> thí sinh trở lại sàn thi đấu")).arg("#8ff0b8")
            return Words.say(QT_TRANSLATE_NOOP("Display", "<font color=\"%1\"><b>%2</b></font> thí sinh trở lại sàn thi đấu"))
                       .arg("#8ff0b8").arg(n)
        }
        if (n === 0)
            return Words.say(QT_TRANSLATE_NOOP("Display", "Không thí sinh nào phải rời sàn"))
        if (n === 1)
            return Words.say(QT_TRANSLATE_NOOP("Display", "<font color=\"%1\"><b>Một</b></font> thí sinh chia tay sàn thi đấu")).arg("#ff9aa3")
        return Words.say(QT_TRANSLATE_NOOP("Display", "<font color=\"%1\"><b>%2</b></font> thí sinh chia tay sàn thi đấu"))
                   .arg("#ff9aa3").arg(n)
    }
    NameBoard {
        objectName: "changedSeats"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: summary.bottom
        anchors.bottom: parent.bottom
        anchors.margins: 3 * scene.u
        anchors.topMargin: 2 * scene.u
        people: scene.people
        tone: scene.intro ? "blue" : scene.rescue ? "green" : "red"
        centred: false
    }
}
