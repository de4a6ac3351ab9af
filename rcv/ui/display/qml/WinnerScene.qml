// The end of the show: the golden bell rung, or the contestants left standing — as many as there
// are, never running off the screen (a page at a time when they do not fit).
import QtQuick

Item {
    id: scene
    objectName: "scene_winner"
    readonly property real u: Theme.u
    readonly property var people: display.winners.length > 0 ? display.winners
                                  : display.ranking.filter(function (r) { return r.rank === 1 })
    readonly property bool few: people.length <= 3

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
        y: 3 * scene.u
        width: (scene.few ? 26 : 15) * scene.u
        height: width
        swinging: true
    }
    GoldTitle {
        id: title
        objectName: "winnerTitle"
        anchors.top: logo.bottom
        anchors.topMargin: 0.5 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.94
        text: display.bell ? Words.say(QT_TRANSLATE_NOOP("Display", "RUNG CHUÔNG VÀNG!"))
                           : Words.say(QT_TRANSLATE_NOOP("Display", "CHÚC MỪNG"))
        size: (scene.few ? (display.bell ? 11 : 10) : 8) * scene.u
    }
    ShowText {
        id: subtitle
        anchors.top: title.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.9
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: display.bell ? Words.say(QT_TRANSLATE_NOOP("Display", "Thí sinh đã chinh phục câu hỏi cuối cùng"))
              : scene.people.length > 1 ? Words.say(QT_TRANSLATE_NOOP("Display", "Các thí sinh xuất sắc nhất"))
              : Words.say(QT_TRANSLATE_NOOP("Display", "Thí sinh xuất sắc nhất"))
        font.pixelSize: 4 * scene.u
        color: Theme.muted
    }
    NameBoard {
        objectName: "winnerNames"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: subtitle.bottom
        anchors.bottom: parent.bottom
        anchors.margins: 3 * scene.u
        anchors.topMargin: 2 * scene.u
        people: scene.people
        tone: "gold"
        maxCardW: 90 * scene.u
        maxCardH: 18 * scene.u
    }
}
