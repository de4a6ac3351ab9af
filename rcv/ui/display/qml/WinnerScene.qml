// The end of the show: the golden bell rung, or the contestants left standing.
import QtQuick
import "layout.js" as Layout

Item {
    id: scene
    objectName: "scene_winner"
    readonly property real u: Theme.u
    readonly property var people: display.winners.length > 0 ? display.winners
                                  : display.ranking.filter(function (r) { return r.rank === 1 })

    Repeater {   // confetti
        model: Theme.animate ? 36 : 24
        Rectangle {
            id: bit
            readonly property real seed: (index * 7919 % 997) / 997
            x: seed * scene.width
            y: ((index * 104729) % 1000) / 1000 * scene.height
            width: (0.6 + seed) * scene.u
            height: width * 1.8
            rotation: seed * 180
            color: index % 3 === 0 ? Theme.gold : index % 3 === 1 ? "white" : "#ff8a3d"
            opacity: 0.8
            YAnimator on y {
                running: Theme.animate
                from: -5 * scene.u
                to: scene.height + 5 * scene.u
                duration: 3500 + bit.seed * 3000
                loops: Animation.Infinite
            }
        }
    }
    Logo {
        id: logo
        anchors.horizontalCenter: parent.horizontalCenter
        y: 4 * scene.u
        width: 30 * scene.u
        height: width
        swinging: true
    }
    GoldTitle {
        id: title
        objectName: "winnerTitle"
        anchors.top: logo.bottom
        anchors.topMargin: 1 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.94
        text: display.bell ? Words.say(QT_TRANSLATE_NOOP("Display", "RUNG CHUÔNG VÀNG!"))
                           : Words.say(QT_TRANSLATE_NOOP("Display", "CHÚC MỪNG"))
        size: (display.bell ? 11 : 10) * scene.u
    }
    ShowText {
        id: subtitle
        anchors.top: title.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        text: display.bell ? Words.say(QT_TRANSLATE_NOOP("Display", "Thí sinh đã chinh phục câu hỏi cuối cùng"))
              : scene.people.length > 1 ? Words.say(QT_TRANSLATE_NOOP("Display", "Các thí sinh xuất sắc nhất"))
              : Words.say(QT_TRANSLATE_NOOP("Display", "Thí sinh xuất sắc nhất"))
        font.pixelSize: 4 * scene.u
        color: Theme.muted
    }
    Column {
        objectName: "winnerNames"
        anchors.top: subtitle.bottom
        anchors.topMargin: 2.5 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: 0.5 * scene.u
        readonly property real size: scene.people.length <= 1 ? 8 : scene.people.length <= 3 ? 5.5 : 3.6
        Repeater {
            model: scene.people.slice(0, 8)
            ShowText {
                anchors.horizontalCenter: parent.horizontalCenter
                textFormat: Text.StyledText
                text: Words.say(QT_TRANSLATE_NOOP("Display", "<b>%1</b> <font color=\"%2\">· ghế %3</font>"))
                        .arg(Layout.esc(modelData.name)).arg(Theme.gold).arg(modelData.seat)
                font.pixelSize: parent.size * scene.u
            }
        }
    }
}
