// The final ranking and prizes, with the results fingerprint and its QR code: anyone in the
// hall can later check the published results against this screen. When the prize winners do
// not fit, they are shown a page at a time; names are never cut (they shrink, then wrap).
import QtQuick
import "layout.js" as Layout

Item {
    id: scene
    objectName: "scene_ranking"
    readonly property real u: Theme.u
    readonly property real rowH: 7.6 * u
    readonly property real gap: 0.6 * u
    readonly property int prized: display.ranking.filter(function (r) { return r.prize !== "" }).length
    readonly property int fits: Math.max(1, Math.floor((list.height + gap) / (rowH + gap)))
    readonly property int listed: Math.min(display.ranking.length, Math.max(prized, fits))
    readonly property int pages: Math.max(1, Math.ceil(listed / fits))
    property int page: 0
    readonly property var rows: display.ranking.slice(page * fits, Math.min(listed, (page + 1) * fits))
    onPagesChanged: if (page >= pages) page = 0

    function prizeColor(prize, rank) {
        if (rank === 1) return Theme.gold
        if (rank === 2) return "#dfe6f2"
        if (rank === 3) return "#e59a5a"
        return "#5d8be0"
    }

    GoldTitle {
        id: title
        anchors.top: parent.top
        anchors.topMargin: 2.5 * scene.u
        anchors.left: parent.left
        anchors.leftMargin: 3 * scene.u
        width: list.width
        alignment: Text.AlignLeft
        text: Words.say(QT_TRANSLATE_NOOP("Display", "KẾT QUẢ CHUNG CUỘC"))
        size: 6.6 * scene.u
    }
    ShowText {
        objectName: "pageText"
        visible: scene.pages > 1
        anchors.right: list.right
        anchors.verticalCenter: title.verticalCenter
        text: Words.say(QT_TRANSLATE_NOOP("Display", "Trang %1/%2")).arg(scene.page + 1).arg(scene.pages)
        font.pixelSize: 2.8 * scene.u
        color: Theme.muted
    }
    Column {
        id: list
        objectName: "rankingRows"
        anchors.left: parent.left
        anchors.leftMargin: 3 * scene.u
        anchors.right: side.left
        anchors.rightMargin: 3 * scene.u
        anchors.top: title.bottom
        anchors.topMargin: 1.5 * scene.u
        height: parent.height - y - 3 * scene.u
        spacing: scene.gap
        Repeater {
            model: scene.rows
            Panel {
                id: row
                width: list.width
                height: scene.rowH
                radius: height * 0.22
                border.color: modelData.prize !== "" ? scene.prizeColor(modelData.prize, modelData.rank) : Theme.edge
                Rectangle {
                    id: rankDisc
                    anchors.left: parent.left
                    anchors.leftMargin: 0.8 * scene.u
                    anchors.verticalCenter: parent.verticalCenter
                    height: parent.height * 0.72
                    width: Math.max(height, rankText.implicitWidth + height * 0.3)
                    radius: height / 2
                    color: scene.prizeColor(modelData.prize, modelData.rank)
                    ShowText {
                        id: rankText
                        anchors.centerIn: parent
                        topPadding: 0; bottomPadding: 0
                        text: String(modelData.rank)
                        font.pixelSize: parent.height * 0.5
                        font.bold: true
                        color: Theme.navy
                    }
                }
                NameText {
                    id: nameText
                    anchors.left: rankDisc.right
                    anchors.leftMargin: 1.4 * scene.u
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    width: (row.width - rankDisc.width - prizeText.width) * 0.5
                    name: modelData.name
                    maxSize: 3.4 * scene.u
                    font.bold: true
                }
                ShowText {
                    objectName: "detailText"
                    anchors.left: nameText.right
                    anchors.leftMargin: 1.4 * scene.u
                    anchors.right: prizeText.left
                    anchors.rightMargin: 1.4 * scene.u
                    anchors.verticalCenter: parent.verticalCenter
                    elide: Text.ElideRight
                    textFormat: Text.StyledText
                    text: Words.say(QT_TRANSLATE_NOOP("Display", "ghế %1")).arg(modelData.seat)
                          + (modelData.unit ? " · " + Layout.esc(modelData.unit) : "")
                    font.pixelSize: 2.6 * scene.u
                    color: Theme.muted
                }
                ShowText {
                    id: prizeText
                    anchors.right: parent.right
                    anchors.rightMargin: 1.6 * scene.u
                    anchors.verticalCenter: parent.verticalCenter
                    text: modelData.prize
                    font.pixelSize: 3 * scene.u
                    font.bold: true
                    color: scene.prizeColor(modelData.prize, modelData.rank)
                }
            }
        }
    }
    Timer {
        running: Theme.animate && scene.pages > 1
        interval: Theme.pageMs
        repeat: true
        onTriggered: scene.page = (scene.page + 1) % scene.pages
    }
    Column {
        id: side
        anchors.right: parent.right
        anchors.rightMargin: 3 * scene.u
        anchors.verticalCenter: parent.verticalCenter
        width: 36 * scene.u
        spacing: 1.5 * scene.u
        visible: display.fingerprint !== ""
        Rectangle {
            width: side.width
            height: width
            radius: 1.5 * scene.u
            color: "white"
            border.color: Theme.gold
            border.width: Math.max(2, 0.5 * scene.u)
            Image {
                objectName: "qrImage"
                anchors.fill: parent
                anchors.margins: 1 * scene.u
                source: display.qrSource
                sourceSize: Qt.size(width, height)
                smooth: false
                fillMode: Image.PreserveAspectFit
            }
        }
        ShowText {
            width: side.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: Words.say(QT_TRANSLATE_NOOP("Display", "Mã xác thực kết quả"))
            font.pixelSize: 2.8 * scene.u
            color: Theme.muted
        }
        ShowText {
            objectName: "fingerprintText"
            width: side.width
            horizontalAlignment: Text.AlignHCenter
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 2 * scene.u
            text: display.fingerprint
            font.pixelSize: 3.8 * scene.u
            font.bold: true
            font.letterSpacing: 0.2 * scene.u
            color: Theme.goldLight
        }
    }
}
