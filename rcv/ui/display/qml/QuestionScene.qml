// The question on stage, in its three steps: asked (countdown running), time up, revealed.
// The same scene for the three so nothing jumps between them. For the golden-bell question the
// panel turns gold. A question with a picture gives the picture most of its panel (the picture
// scene shows it full screen); formulas ($…$) are typeset everywhere (FitText).
import QtQuick
import "layout.js" as Layout

Item {
    id: scene
    objectName: "scene_question"
    readonly property string mode: display.scene        // question | time_up | reveal
    readonly property bool revealed: display.revealed
    readonly property bool golden: display.stage === "final"
    readonly property int optionCount: display.options.length
    readonly property real u: Theme.u
    readonly property real margin: 3 * u
    readonly property bool hasMedia: display.mediaUrl !== ""

    function stageTitle() {
        if (display.stage === "final") return Words.say(QT_TRANSLATE_NOOP("Display", "CÂU HỎI CHUÔNG VÀNG"))
        if (display.stage === "tiebreak") return Words.say(QT_TRANSLATE_NOOP("Display", "CÂU HỎI PHỤ"))
        if (display.stage === "rescue") return Words.say(QT_TRANSLATE_NOOP("Display", "CÂU HỎI CỨU TRỢ"))
        return Words.say(QT_TRANSLATE_NOOP("Display", "CÂU HỎI SỐ %1")).arg(display.questionNumber)
    }

    Header {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors { leftMargin: scene.margin; rightMargin: scene.margin; topMargin: 2.5 * scene.u }
        title: scene.stageTitle()
        golden: scene.golden
    }

    Panel {
        id: questionPanel
        objectName: "questionPanel"
        anchors.left: parent.left
        anchors.right: side.left
        anchors.top: header.bottom
        anchors.leftMargin: scene.margin
        anchors.rightMargin: 2 * scene.u
        anchors.topMargin: 2 * scene.u
        height: (scene.hasMedia ? (scene.optionCount > 0 ? 50 : 58) : (scene.optionCount > 0 ? 34 : 50)) * scene.u
        topColor: scene.golden ? "#6b4a00" : Theme.panel
        bottomColor: scene.golden ? "#2a1a00" : Theme.panelDeep
        border.color: scene.golden ? Theme.gold : Theme.edge
        border.width: Math.max(2, (scene.golden ? 0.6 : 0.3) * scene.u)

        Image {
            id: media
            objectName: "questionPicture"
            visible: scene.hasMedia
            readonly property real room: parent.height - 2 * anchors.margins
            readonly property real aspect: implicitHeight > 0 ? implicitWidth / implicitHeight : 1.4
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.margins: 1.5 * scene.u
            width: scene.hasMedia ? Math.max(parent.width * 0.4, Math.min(parent.width * 0.64,
                                                                          room * aspect)) : 0
            source: display.mediaUrl
            fillMode: Image.PreserveAspectFit
            asynchronous: false
            sourceSize.height: Math.max(1, room)
            smooth: true
            mipmap: true
        }
        FitText {
            id: questionText
            objectName: "questionText"
            anchors.left: parent.left
            anchors.right: media.visible ? media.left : parent.right
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.margins: 2.2 * scene.u
            source: display.questionText
            math: display.questionMath
            align: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            maxSize: Layout.questionSize(display.questionText, scene.u) * (scene.hasMedia ? 0.85 : 1)
            minSize: 3 * scene.u
            font.bold: true
            lineHeight: 1.05
        }
    }

    Item {   // right column: the countdown and how many have answered
        id: side
        anchors.right: parent.right
        anchors.rightMargin: scene.margin
        anchors.top: questionPanel.top
        anchors.bottom: questionPanel.bottom
        width: 20 * scene.u
        Countdown {
            id: countdown
            visible: display.timerStarted && scene.mode !== "reveal"
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.top: parent.top
            anchors.topMargin: 1 * scene.u
        }
        ShowText {
            objectName: "answeredText"
            visible: scene.mode !== "reveal" && display.participants > 0
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            horizontalAlignment: Text.AlignHCenter
            textFormat: Text.StyledText
            text: Words.say(QT_TRANSLATE_NOOP("Display", "<b>%1</b>/%2<br>đã trả lời"))
                    .arg(display.answered).arg(display.participants)
            font.pixelSize: 2.9 * scene.u
            color: Theme.muted
        }
        ShowText {
            objectName: "correctCountText"
            visible: scene.revealed && scene.optionCount > 0
            anchors.centerIn: parent
            horizontalAlignment: Text.AlignHCenter
            textFormat: Text.StyledText
            text: Words.say(QT_TRANSLATE_NOOP("Display", "<font color=\"%1\"><b>%2</b></font><br>trả lời đúng<br>trên %3"))
                    .arg(Theme.gold).arg(scene.correctCount()).arg(display.participants)
            font.pixelSize: 3.2 * scene.u
        }
    }

    function correctCount() {
        for (var i = 0; i < display.options.length; ++i)
            if (display.options[i].correct === true)
                return display.options[i].count
        return 0
    }

    Rectangle {   // time up: a red band between the question and the options
        id: timeUpBand
        objectName: "timeUpBand"
        visible: scene.mode === "time_up"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: questionPanel.bottom
        anchors.topMargin: 1.2 * scene.u
        width: timeUpText.implicitWidth + 10 * scene.u
        height: 6 * scene.u
        radius: height / 2
        border.color: "#ffd6d6"
        border.width: Math.max(2, 0.3 * scene.u)
        gradient: Gradient {
            GradientStop { position: 0; color: "#ff4d5e" }
            GradientStop { position: 1; color: Theme.redDeep }
        }
        ShowText {
            id: timeUpText
            anchors.centerIn: parent
            text: Words.say(QT_TRANSLATE_NOOP("Display", "HẾT GIỜ!"))
            font.pixelSize: 4 * scene.u
            font.bold: true
            font.letterSpacing: 0.3 * scene.u
        }
        onVisibleChanged: if (visible && Theme.animate) pop.restart()
        ScaleAnimator { id: pop; target: timeUpBand; from: 0.4; to: 1; duration: 300; easing.type: Easing.OutBack }
    }

    Item {   // the options A–F
        id: optionsArea
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: questionPanel.bottom
        anchors.bottom: parent.bottom
        anchors.leftMargin: scene.margin
        anchors.rightMargin: scene.margin
        anchors.topMargin: 8 * scene.u
        anchors.bottomMargin: (scene.revealed && display.explanation !== "" ? 9.5 : 4) * scene.u
        visible: scene.optionCount > 0
        readonly property int cols: scene.optionCount <= 4 ? 2 : (Theme.wide > 1.5 ? 3 : 2)
        readonly property int rows: Math.ceil(scene.optionCount / cols)
        readonly property real gap: 1.8 * scene.u
        readonly property real cellH: Math.min((height - (rows - 1) * gap) / rows, 17 * scene.u)
        Grid {
            anchors.centerIn: parent
            columns: optionsArea.cols
            spacing: optionsArea.gap
            Repeater {
                model: display.options
                OptionCard {
                    width: (optionsArea.width - (optionsArea.cols - 1) * optionsArea.gap) / optionsArea.cols
                    height: optionsArea.cellH
                    letter: modelData.letter
                    label: modelData.text
                    math: modelData.math
                    revealed: scene.revealed
                    isCorrect: modelData.correct === true
                    count: modelData.count || 0
                    share: modelData.share || 0
                }
            }
        }
    }

    Panel {   // short answers are written on boards
        objectName: "shortAnswerPanel"
        visible: scene.optionCount === 0
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: questionPanel.bottom
        anchors.bottom: parent.bottom
        anchors.margins: scene.margin
        anchors.topMargin: 8.5 * scene.u
        topColor: scene.revealed ? "#fff1a8" : Theme.panel
        bottomColor: scene.revealed ? Theme.goldDeep : Theme.panelDeep
        FitText {
            objectName: "shortAnswerText"
            anchors.fill: parent
            anchors.margins: 2 * scene.u
            align: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            math: scene.revealed && display.correctMath
            source: scene.revealed ? Words.say(QT_TRANSLATE_NOOP("Display", "Đáp án: %1")).arg(display.correctText)
                                   : Words.say(QT_TRANSLATE_NOOP("Display", "Viết câu trả lời lên bảng"))
            maxSize: (scene.revealed ? 6 : 4.5) * scene.u
            minSize: 3 * scene.u
            font.bold: scene.revealed
            color: scene.revealed ? Theme.navy : Theme.muted
        }
    }

    FitText {   // the explanation, once revealed
        objectName: "explanationText"
        visible: scene.revealed && display.explanation !== ""
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: scene.margin
        anchors.bottomMargin: 1.2 * scene.u
        height: 7.6 * scene.u
        align: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        source: display.explanation
        math: display.explanationMath
        maxSize: 3.6 * scene.u
        minSize: 2.4 * scene.u
        font.italic: !display.explanationMath
        color: Theme.goldLight
    }

    Rectangle {   // the time left as a bar along the bottom edge
        objectName: "timeBar"
        visible: display.timerStarted && scene.mode === "question"
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        height: 1.4 * scene.u
        width: parent.width * countdown.fraction
        color: countdown.urgent ? Theme.red : Theme.gold
    }
}
