// One answer option. After the reveal: the correct one turns gold, the others dim, and a bar
// behind each shows how many chose it (with the number at the right).
import QtQuick

Rectangle {
    id: card
    property string letter: ""
    property string label: ""
    property bool math: false
    property bool revealed: false
    property bool isCorrect: false
    property int count: 0
    property real share: 0
    readonly property bool highlight: revealed && isCorrect
    objectName: "option_" + letter

    radius: 1.8 * Theme.u
    border.width: Math.max(2, (highlight ? 0.55 : 0.3) * Theme.u)
    border.color: highlight ? "white" : Theme.edge
    opacity: revealed && !isCorrect ? 0.72 : 1
    gradient: Gradient {
        GradientStop { position: 0; color: card.highlight ? "#fff1a8" : Theme.panel }
        GradientStop { position: 1; color: card.highlight ? Theme.goldDeep : Theme.panelDeep }
    }
    Behavior on opacity { NumberAnimation { duration: Theme.ms(350) } }

    Rectangle {   // the bar chart: how many chose this option (of everyone asked)
        id: track
        objectName: "bar_" + card.letter
        visible: card.revealed
        anchors.left: optionText.left
        anchors.right: countText.left
        anchors.rightMargin: 1.6 * Theme.u
        anchors.bottom: parent.bottom
        anchors.bottomMargin: card.height * 0.13
        height: Math.max(4, card.height * 0.14)
        radius: height / 2
        color: card.highlight ? "#8a5a00" : "#0a1738"
        opacity: 0.9
        Rectangle {
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            width: Math.max(card.share > 0 ? height : 0, parent.width * card.share)
            radius: parent.radius
            color: card.highlight ? Theme.navy : "#6f9cf5"
            Behavior on width { NumberAnimation { duration: Theme.ms(700); easing.type: Easing.OutCubic } }
        }
    }
    Rectangle {
        id: badge
        anchors.left: parent.left
        anchors.leftMargin: 1.4 * Theme.u
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(card.height * 0.72, 9 * Theme.u)
        height: width
        radius: width / 2
        border.width: Math.max(2, 0.25 * Theme.u)
        border.color: card.highlight ? Theme.navy : Theme.goldLight
        gradient: Gradient {
            GradientStop { position: 0; color: card.highlight ? "#1d4fae" : "#ffe27a" }
            GradientStop { position: 1; color: card.highlight ? Theme.navy : Theme.goldDeep }
        }
        ShowText {
            anchors.centerIn: parent
            text: card.letter
            font.pixelSize: badge.height * 0.55
            font.bold: true
            color: card.highlight ? Theme.goldLight : Theme.navy
        }
    }
    FitText {
        id: optionText
        objectName: "optionText_" + card.letter
        anchors.left: badge.right
        anchors.leftMargin: 1.6 * Theme.u
        anchors.right: countText.visible ? countText.left : parent.right
        anchors.rightMargin: 1.6 * Theme.u
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.bottomMargin: card.revealed ? card.height * 0.3 : 0
        verticalAlignment: Text.AlignVCenter
        source: card.label
        math: card.math
        minSize: 2.4 * Theme.u
        maxSize: Math.min(5.2 * Theme.u, card.height * 0.42)
        font.bold: card.highlight
        color: card.highlight ? Theme.navy : Theme.text
    }
    ShowText {
        id: countText
        objectName: "count_" + card.letter
        visible: card.revealed
        anchors.right: parent.right
        anchors.rightMargin: 2 * Theme.u
        anchors.verticalCenter: parent.verticalCenter
        text: String(card.count)
        font.pixelSize: Math.min(5 * Theme.u, card.height * 0.45)
        font.bold: true
        color: card.highlight ? Theme.navy : Theme.goldLight
    }
}
