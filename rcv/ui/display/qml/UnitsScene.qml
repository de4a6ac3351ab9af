// "Đơn vị còn nhiều thí sinh nhất": one bar per unit, as long as its contestants still standing
// (its track as long as the unit), most first; 2 to 60 and more units in one to three columns,
// a page at a time only beyond that. Roomy rows put the name over its bar; dense ones (many
// units) write it on the bar itself, so the name keeps a size the back of the hall can read. The MC puts it up between questions; when eliminations
// apply (or the scene comes up right after them) the bars shrink and slide to their new places,
// and "−n" says how many each unit lost at the last question.
import QtQuick
import "layout.js" as Layout

Item {
    id: scene
    objectName: "scene_units"
    readonly property real u: Theme.u
    readonly property var units: display.units
    readonly property real gap: 0.55 * u
    readonly property real pagerH: 4 * u
    readonly property var fitAll: Layout.rows(units.count, chart.width, chart.height, gap, 3.4 * u, 9 * u, 3)
    readonly property var g: fitAll.pages > 1
                             ? Layout.rows(units.count, chart.width, chart.height - pagerH, gap, 3.4 * u, 9 * u, 3)
                             : fitAll
    property int page: 0
    onPageChanged: if (page >= g.pages) page = 0
    // the bars first stand where the last question left them, then move to now
    property bool settled: !Theme.animate
    Timer { running: Theme.animate; interval: 450; onTriggered: scene.settled = true }

    Header {
        id: header
        anchors.top: parent.top
        anchors.topMargin: 2.5 * scene.u
        anchors.left: parent.left
        anchors.leftMargin: 3 * scene.u
        anchors.right: parent.right
        anchors.rightMargin: 3 * scene.u
        title: Words.say(QT_TRANSLATE_NOOP("Display", "ĐƠN VỊ CÒN NHIỀU THÍ SINH NHẤT"))
    }
    Item {
        id: chart
        objectName: "unitBars"
        anchors.top: header.bottom
        anchors.topMargin: 2.2 * scene.u
        anchors.left: parent.left
        anchors.leftMargin: 3 * scene.u
        anchors.right: parent.right
        anchors.rightMargin: 3 * scene.u
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 2.5 * scene.u

        Repeater {
            model: display.units
            Item {
                id: bar
                objectName: "unitBar"
                readonly property int slot: model.place - scene.page * scene.g.perPage
                readonly property bool onPage: slot >= 0 && slot < scene.g.perPage
                readonly property real shown: scene.settled ? model.standing
                                              : Math.max(0, model.standing + model.fellNow - model.backNow)
                readonly property bool out: model.standing === 0
                readonly property bool stacked: height >= 6 * scene.u   // the name above the bar
                visible: onPage
                width: scene.g.colW
                height: scene.g.rowH
                x: Math.floor(Math.max(0, slot) / scene.g.rows) * (scene.g.colW + 2 * scene.gap)
                y: (Math.max(0, slot) % scene.g.rows) * (scene.g.rowH + scene.gap)
                Behavior on x { enabled: Theme.animate; NumberAnimation { duration: 900; easing.type: Easing.InOutCubic } }
                Behavior on y { enabled: Theme.animate; NumberAnimation { duration: 900; easing.type: Easing.InOutCubic } }

                Rectangle {
                    id: disc
                    anchors.left: parent.left
                    anchors.verticalCenter: parent.verticalCenter
                    height: Math.min(bar.height * (bar.stacked ? 0.82 : 0.96), 6.4 * scene.u)
                    width: Math.max(height, rankText.implicitWidth + height * 0.3)
                    radius: height / 2
                    color: bar.out ? Theme.out : model.rank === 1 ? Theme.gold : Theme.navy
                    border.color: bar.out ? Theme.outText : Theme.gold
                    border.width: Math.max(1, 0.2 * scene.u)
                    ShowText {
                        id: rankText
                        objectName: "unitRank"
                        anchors.centerIn: parent
                        topPadding: 0; bottomPadding: 0
                        text: String(model.rank)
                        font.pixelSize: disc.height * (bar.stacked ? 0.5 : 0.58)
                        font.bold: true
                        color: bar.out ? Theme.outText : model.rank === 1 ? Theme.navy : Theme.goldLight
                    }
                }
                Item {
                    id: body
                    anchors.left: disc.right
                    anchors.leftMargin: Math.min(1.2 * scene.u, bar.height * 0.2)
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    readonly property real textH: bar.stacked ? bar.height * 0.6 : bar.height
                    readonly property real size: bar.stacked ? Math.min(textH * 0.72, 3.8 * scene.u)
                                                             : Math.min(textH * 0.62, 3.4 * scene.u)

                    ShowText {
                        id: count
                        objectName: "unitCount"
                        anchors.right: parent.right
                        y: 0
                        height: body.textH
                        topPadding: 0; bottomPadding: 0
                        verticalAlignment: Text.AlignVCenter
                        textFormat: Text.StyledText
                        text: "<b>" + model.standing + "</b>/" + model.size
                        font.pixelSize: body.size
                        color: bar.out ? Theme.outText : Theme.goldLight
                    }
                    Rectangle {
                        id: change
                        visible: model.fellNow > 0 || model.backNow > 0
                        anchors.right: count.left
                        anchors.rightMargin: 0.8 * scene.u
                        anchors.verticalCenter: count.verticalCenter
                        height: body.size * 1.15
                        width: changeText.implicitWidth + height * 0.5
                        radius: height / 2
                        color: model.fellNow > 0 ? Theme.redDeep : "#0f5a34"
                        border.color: model.fellNow > 0 ? "#ff7b86" : "#8ff0b8"
                        border.width: Math.max(1, 0.15 * scene.u)
                        ShowText {
                            id: changeText
                            objectName: "unitChange"
                            anchors.centerIn: parent
                            topPadding: 0; bottomPadding: 0
                            text: model.fellNow > 0 ? "−" + model.fellNow : "+" + model.backNow
                            font.pixelSize: body.size * 0.8
                            font.bold: true
                            color: "white"
                        }
                    }
                    ShowText {
                        objectName: "unitName"
                        z: 1
                        anchors.left: parent.left
                        anchors.leftMargin: bar.stacked ? 0 : 0.8 * scene.u
                        anchors.right: change.visible ? change.left : count.left
                        anchors.rightMargin: 0.8 * scene.u
                        y: 0
                        height: body.textH
                        topPadding: 0; bottomPadding: 0
                        verticalAlignment: Text.AlignVCenter
                        text: model.name
                        font.pixelSize: body.size
                        font.bold: true
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Math.floor(2.1 * scene.u)
                        elide: Text.ElideRight
                        color: bar.out ? Theme.outText : Theme.text
                        style: bar.stacked ? Text.Normal : Text.Outline
                        styleColor: "#000814"
                    }
                    Rectangle {
                        id: track
                        objectName: "unitTrack"
                        readonly property real full: bar.stacked ? body.width : count.x - 0.8 * scene.u
                                                    - (change.visible ? change.width + 0.8 * scene.u : 0)
                        anchors.left: parent.left
                        anchors.bottom: parent.bottom
                        anchors.bottomMargin: bar.stacked ? bar.height * 0.08 : bar.height * 0.06
                        height: bar.stacked ? Math.max(4, bar.height * 0.26) : bar.height * 0.88
                        width: Math.max(height, full * model.size / Math.max(1, display.units.largest))
                        radius: height / 2
                        color: "#0b1a3f"
                        border.color: "#2a4a94"
                        border.width: 1
                        Rectangle {
                            objectName: "unitFill"
                            anchors.left: parent.left
                            anchors.verticalCenter: parent.verticalCenter
                            height: parent.height
                            width: bar.shown > 0 ? Math.max(height, track.width * bar.shown / Math.max(1, model.size)) : 0
                            radius: height / 2
                            gradient: Gradient {
                                orientation: Gradient.Horizontal
                                // darker under a name written on the bar, so the name stands out
                                GradientStop { position: 0; color: bar.stacked ? Theme.goldDeep : "#8a5e00" }
                                GradientStop { position: 1; color: bar.stacked && model.rank === 1 ? Theme.goldLight
                                                                 : bar.stacked ? Theme.gold : "#c98a00" }
                            }
                            Behavior on width { enabled: Theme.animate; NumberAnimation { duration: 1200; easing.type: Easing.OutCubic } }
                        }
                    }
                }
            }
        }
    }
    ShowText {
        objectName: "pageText"
        visible: scene.g.pages > 1
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 1.5 * scene.u
        anchors.horizontalCenter: parent.horizontalCenter
        text: Words.say(QT_TRANSLATE_NOOP("Display", "Trang %1/%2")).arg(scene.page + 1).arg(scene.g.pages)
        font.pixelSize: 2.8 * scene.u
        color: Theme.muted
    }
    Timer {
        running: Theme.animate && scene.g.pages > 1
        interval: Theme.pageMs
        repeat: true
        onTriggered: scene.page = (scene.page + 1) % scene.g.pages
    }
}
