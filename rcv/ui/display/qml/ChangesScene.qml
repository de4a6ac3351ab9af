// Seats leaving the floor (eliminations) or coming back to it (rescue).
import QtQuick
import "layout.js" as Layout

Item {
    id: scene
    objectName: display.scene === "rescue" ? "scene_rescue" : "scene_eliminations"
    readonly property real u: Theme.u
    readonly property bool rescue: display.scene === "rescue"
    readonly property var people: rescue ? display.returning : display.leaving

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
        anchors.topMargin: 2 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 6 * scene.u
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        textFormat: Text.StyledText
        font.pixelSize: 4.6 * scene.u
        text: scene.summary()
    }
    function summary() {   // one contestant gets a sentence of their own (no "1 contestants")
        var n = scene.people.length
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
    Item {
        id: area
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: summary.bottom
        anchors.bottom: parent.bottom
        anchors.margins: 3 * scene.u
        anchors.topMargin: 2 * scene.u
        readonly property real gap: Math.max(2, 0.8 * scene.u)
        readonly property var g: Layout.grid(scene.people.length, width, Math.min(height, Math.max(scene.people.length, 1) * 13 * scene.u), 3.2, gap)
        Grid {
            objectName: "changedSeats"
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.top: parent.top
            columns: area.g.cols
            spacing: area.gap
            Repeater {
                model: scene.people
                Rectangle {
                    width: Math.min(area.g.cw, 44 * scene.u)
                    height: Math.min(area.g.ch, 12 * scene.u)
                    radius: height * 0.2
                    color: scene.rescue ? "#0f5a34" : "#5e1020"
                    border.color: scene.rescue ? "#8ff0b8" : "#ff7b86"
                    border.width: Math.max(2, 0.25 * scene.u)
                    Rectangle {
                        id: disc
                        anchors.left: parent.left
                        anchors.leftMargin: parent.height * 0.12
                        anchors.verticalCenter: parent.verticalCenter
                        height: parent.height * 0.76
                        width: Math.max(height, seatText.implicitWidth + height * 0.3)
                        radius: height / 2
                        color: Theme.navy
                        border.color: Theme.gold
                        border.width: Math.max(1, 0.2 * scene.u)
                        ShowText {
                            id: seatText
                            anchors.centerIn: parent
                            topPadding: 0; bottomPadding: 0
                            text: String(modelData.seat)
                            font.pixelSize: disc.height * 0.5
                            font.bold: true
                            color: Theme.goldLight
                        }
                    }
                    ShowText {
                        visible: parent.width > 3.2 * parent.height
                        anchors.left: disc.right
                        anchors.leftMargin: parent.height * 0.15
                        anchors.right: parent.right
                        anchors.rightMargin: parent.height * 0.15
                        anchors.verticalCenter: parent.verticalCenter
                        elide: Text.ElideRight
                        text: modelData.name
                        font.pixelSize: Math.min(parent.height * 0.36, 3.6 * scene.u)
                    }
                }
            }
        }
    }
}
