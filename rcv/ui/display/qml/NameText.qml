// A contestant's name, as large as its box allows: on one line, or cut at a space onto two,
// never below minSize (about 28 px at 1080p); only a name too long even then is elided.
import QtQuick
import "layout.js" as Layout

ShowText {
    id: label
    objectName: "nameText"
    property string name: ""
    property real maxSize: 5 * Theme.u
    property real minSize: Theme.nameMin
    property real shared: 0   // a list's common size (the smallest best size of its names)
    readonly property real bestSize: Layout.nameSize(metrics, name, width, height, maxSize, minSize)
    text: name
    wrapMode: Text.Wrap
    maximumLineCount: 2
    elide: Text.ElideRight
    verticalAlignment: Text.AlignVCenter
    lineHeight: 1.0
    font.pixelSize: shared > 0 ? Math.min(shared, bestSize) : bestSize
    FontMetrics {
        id: metrics
        font.family: label.font.family
        font.bold: label.font.bold
        font.pixelSize: 100
    }
}
