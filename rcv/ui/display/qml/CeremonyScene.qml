// The prize ceremony, one award at a time from the lowest prize to the first: the prize in gold,
// who receives it (seat, name, unit) as large as the room allows, and how far the ceremony has
// come. A unit's prize is shown the same way (the unit's name, its group under it); the units'
// ranking step lists every unit in its order with its prize.
import QtQuick

Item {
    id: scene
    objectName: "scene_ceremony"
    readonly property real u: Theme.u
    readonly property int index: display.award
    readonly property var award: index >= 0 && index < display.awards.length ? display.awards[index] : null
    // the first prize of its kind (the contestants', the units'): the last of its run
    readonly property bool first: award !== null && kind !== "unit_ranking"
                                  && (index === display.awards.length - 1 || display.awards[index + 1].kind !== kind)
    readonly property string kind: award !== null ? award.kind : ""
    readonly property bool unitRanking: kind === "unit_ranking"

    Repeater {   // gold dust for the first prize
        model: scene.first ? 24 : 0
        Rectangle {
            readonly property real seed: (index * 7919 % 997) / 997
            x: seed * scene.width
            y: ((index * 104729) % 1000) / 1000 * scene.height
            width: (0.5 + seed) * scene.u
            height: width * 1.8
            rotation: seed * 180
            color: index % 2 ? Theme.gold : "white"
            opacity: 0.7
        }
    }
    Logo {
        id: logo
        anchors.left: parent.left
        anchors.leftMargin: 3 * scene.u
        y: 2.5 * scene.u
        width: 13 * scene.u
        height: width
        swinging: scene.first
    }
    ShowText {
        id: step
        objectName: "ceremonyStep"
        anchors.right: parent.right
        anchors.rightMargin: 3 * scene.u
        y: 3 * scene.u
        text: Words.say(QT_TRANSLATE_NOOP("Display", "TRAO GIẢI · %1/%2")).arg(scene.index + 1).arg(display.awards.length)
        font.pixelSize: 3.2 * scene.u
        font.bold: true
        font.letterSpacing: 0.2 * scene.u
        color: Theme.muted
    }
    GoldTitle {
        id: title
        objectName: "prizeTitle"
        anchors.top: parent.top
        anchors.topMargin: (scene.unitRanking ? 3 : 6) * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 2 * 20 * scene.u
        text: scene.unitRanking ? Words.say(QT_TRANSLATE_NOOP("Display", "XẾP HẠNG ĐƠN VỊ"))
              : scene.award !== null ? scene.award.prize.toUpperCase() : ""
        size: (scene.first ? 11 : scene.unitRanking ? 7 : 9.5) * scene.u
    }
    ShowText {
        id: subtitle
        objectName: "ceremonySubtitle"
        anchors.top: title.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 6 * scene.u
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        visible: !scene.unitRanking
        text: scene.award === null || scene.unitRanking ? ""
              : scene.kind === "unit" ? (scene.award.winners.length === 1
                  ? Words.say(QT_TRANSLATE_NOOP("Display", "được trao cho đơn vị"))
                  : Words.say(QT_TRANSLATE_NOOP("Display", "được trao cho %1 đơn vị")).arg(scene.award.winners.length))
              : scene.award.winners.length === 1 ? Words.say(QT_TRANSLATE_NOOP("Display", "được trao cho"))
              : Words.say(QT_TRANSLATE_NOOP("Display", "được trao cho %1 thí sinh")).arg(scene.award.winners.length)
        font.pixelSize: 3.8 * scene.u
        color: Theme.goldLight
    }
    NameBoard {
        objectName: "awardWinners"
        visible: !scene.unitRanking
        anchors.top: subtitle.bottom
        anchors.topMargin: 2.5 * scene.u
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 4 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 6 * scene.u
        people: scene.award !== null && !scene.unitRanking ? scene.award.winners : []
        tone: "gold"
        maxCardW: 90 * scene.u
        maxCardH: 20 * scene.u
        minCardH: 10 * scene.u
    }
    UnitRankingBoard {
        visible: scene.unitRanking
        anchors.top: title.bottom
        anchors.topMargin: 1.5 * scene.u
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 2.5 * scene.u
        anchors.left: parent.left
        anchors.leftMargin: 3 * scene.u
        anchors.right: parent.right
        anchors.rightMargin: 3 * scene.u
        rows: scene.unitRanking ? scene.award.winners : []
    }
}
