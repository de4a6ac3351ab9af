// The countdown. What is left is computed from the deadline on every frame:
//     remaining = remainingAtUpdateMs - (nowMs() - updateRefMs)
// (the show clock mapped once per model update; nothing is counted, so nothing drifts).
// The last five seconds turn red and pulse (a render-thread animator: it keeps its rhythm even
// when Python is busy).
import QtQuick

Item {
    id: countdown
    objectName: "countdown"
    property real remainingMs: 0
    readonly property int seconds: Math.ceil(remainingMs / 1000)
    readonly property bool over: display.scene === "time_up"
    readonly property bool urgent: display.timerStarted && !over && seconds <= 5
    readonly property real fraction: display.durationMs > 0
                                     ? Math.max(0, Math.min(1, remainingMs / display.durationMs)) : 0
    readonly property string shown: over ? "0" : String(seconds)
    width: 18 * Theme.u
    height: width

    function refresh() {
        if (!display.timerStarted)
            remainingMs = 0
        else if (!display.timerRunning)
            remainingMs = Math.max(0, display.remainingAtUpdateMs)
        else
            remainingMs = Math.max(0, display.remainingAtUpdateMs
                                      - (display.nowMs() - display.updateRefMs))
    }

    Component.onCompleted: refresh()
    Connections {
        target: display
        function onUpdated() { countdown.refresh() }
    }
    FrameAnimation {
        running: display.timerRunning && countdown.visible
        onTriggered: countdown.refresh()
    }
    onSecondsChanged: if (urgent && Theme.animate) pulse.restart()

    Rectangle {
        id: disc
        anchors.fill: parent
        radius: width / 2
        border.width: Math.max(3, 0.7 * Theme.u)
        border.color: countdown.urgent || countdown.over ? "#ffd6d6" : Theme.gold
        gradient: Gradient {
            GradientStop { position: 0; color: countdown.urgent || countdown.over ? "#ff5a5a" : "#1d4fae" }
            GradientStop { position: 1; color: countdown.urgent || countdown.over ? Theme.redDeep : Theme.navy }
        }
        ShowText {
            id: number
            objectName: "countdownText"
            anchors.centerIn: parent
            anchors.verticalCenterOffset: -1.2 * Theme.u
            text: countdown.shown
            font.pixelSize: (countdown.seconds >= 100 ? 6.5 : 8.6) * Theme.u
            font.bold: true
            color: countdown.urgent || countdown.over ? "white" : Theme.goldLight
        }
        ShowText {
            objectName: "countdownUnit"
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.top: number.bottom
            anchors.topMargin: -1.8 * Theme.u
            width: disc.width * 0.52   // the disc is narrower down there: long words shrink
            horizontalAlignment: Text.AlignHCenter
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 1.4 * Theme.u
            text: countdown.over ? Words.say(QT_TRANSLATE_NOOP("Display", "HẾT GIỜ"))
                                 : Words.say(QT_TRANSLATE_NOOP("Display", "giây"))
            font.pixelSize: (countdown.over ? 2.6 : 2.4) * Theme.u
            font.bold: countdown.over
            color: countdown.urgent || countdown.over ? "white" : Theme.muted
        }
    }
    SequentialAnimation {
        id: pulse
        ScaleAnimator { target: disc; from: 1; to: 1.16; duration: 110; easing.type: Easing.OutQuad }
        ScaleAnimator { target: disc; from: 1.16; to: 1; duration: 420; easing.type: Easing.OutBack }
    }
}
