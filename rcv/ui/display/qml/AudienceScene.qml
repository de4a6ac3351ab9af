// The audience rescue game (cứu trợ khán giả): the hall answers the question on their phones.
// The join QR of the audience page, the question and its options, how many spectators have
// answered (live); once the answers are closed, how many were right, the correct option and how
// many contestants that brings back. Fed by display.hallModel (public data only).
import QtQuick

Item {
    id: scene
    objectName: "scene_audience"
    readonly property real u: Theme.u
    readonly property var hall: display.hallModel
    readonly property bool closed: !scene.hall.open

    Header {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors { leftMargin: 3 * scene.u; rightMargin: 3 * scene.u; topMargin: 2.5 * scene.u }
        title: Words.say(QT_TRANSLATE_NOOP("Display", "KHÁN GIẢ CỨU TRỢ"))
    }
    Panel {   // the join QR: white card, large enough to scan from the back rows
        id: join
        anchors.left: parent.left
        anchors.leftMargin: 4 * scene.u
        anchors.top: header.bottom
        anchors.topMargin: 3 * scene.u
        width: 44 * scene.u
        height: 58 * scene.u
        Image {
            id: code
            objectName: "audienceQr"
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.top: parent.top
            anchors.topMargin: 2.5 * scene.u
            width: 38 * scene.u
            height: width
            source: scene.hall.qrSource
            sourceSize: Qt.size(width, height)
            smooth: false
            fillMode: Image.PreserveAspectFit
        }
        ShowText {
            anchors.top: code.bottom
            anchors.topMargin: 1.5 * scene.u
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 3 * scene.u
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: Words.say(QT_TRANSLATE_NOOP("Display", "Quét mã để cùng trả lời"))
            font.pixelSize: 3.6 * scene.u
            font.bold: true
            color: Theme.goldLight
        }
        ShowText {
            anchors.bottom: parent.bottom
            anchors.bottomMargin: 1.2 * scene.u
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 3 * scene.u
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideMiddle
            text: scene.hall.joinUrl.split("#")[0]
            font.pixelSize: 2.2 * scene.u
            color: Theme.muted
        }
    }
    Item {
        id: side
        anchors.left: join.right
        anchors.leftMargin: 4 * scene.u
        anchors.right: parent.right
        anchors.rightMargin: 4 * scene.u
        anchors.top: join.top
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 4 * scene.u

        FitText {
            id: question
            objectName: "audienceQuestion"
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: 17 * scene.u
            source: scene.hall.text
            maxSize: 5 * scene.u
        }
        Column {
            id: options
            anchors { left: parent.left; right: parent.right; top: question.bottom }
            anchors.topMargin: 1.5 * scene.u
            spacing: 1.2 * scene.u
            Repeater {
                model: scene.hall.options
                Rectangle {
                    width: options.width
                    height: 6.2 * scene.u
                    radius: 1.4 * scene.u
                    color: modelData.correct ? Theme.goldDeep : Theme.panelDeep
                    border.width: Math.max(2, 0.25 * scene.u)
                    border.color: modelData.correct ? "white" : Theme.edge
                    opacity: scene.closed && !modelData.correct ? 0.6 : 1
                    ShowText {
                        anchors.left: parent.left
                        anchors.leftMargin: 1.6 * scene.u
                        anchors.right: parent.right
                        anchors.rightMargin: 1.6 * scene.u
                        anchors.verticalCenter: parent.verticalCenter
                        elide: Text.ElideRight
                        text: modelData.letter + ".  " + modelData.text
                        font.pixelSize: 3.4 * scene.u
                        font.bold: modelData.correct
                    }
                }
            }
        }
        Row {   // the live count, then the result
            objectName: "audienceCount"
            anchors.bottom: parent.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: 5 * scene.u
            Repeater {
                model: scene.closed
                       ? [{"n": scene.hall.answered, "label": Words.say(QT_TRANSLATE_NOOP("Display", "đã trả lời"))},
                          {"n": scene.hall.right, "label": Words.say(QT_TRANSLATE_NOOP("Display", "trả lời đúng"))},
                          {"n": scene.hall.returns, "label": Words.say(QT_TRANSLATE_NOOP("Display", "thí sinh trở lại"))}]
                       : [{"n": scene.hall.answered, "label": Words.say(QT_TRANSLATE_NOOP("Display", "khán giả đã trả lời"))}]
                Column {
                    spacing: 0
                    GoldTitle {
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: 30 * scene.u
                        text: String(Math.max(0, modelData.n))
                        size: 13 * scene.u
                        color: index === 2 ? "#8ff0b8" : Theme.gold
                    }
                    ShowText {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: modelData.label
                        font.pixelSize: 3.2 * scene.u
                        color: Theme.muted
                    }
                }
            }
        }
    }
}
