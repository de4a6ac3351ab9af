// A big gold title with a dark drop shadow, as on the television show.
import QtQuick

Item {
    id: title
    property alias text: face.text
    property real size: 8 * Theme.u
    property color color: Theme.gold
    property int alignment: Text.AlignHCenter
    implicitWidth: face.implicitWidth
    implicitHeight: face.implicitHeight

    ShowText {
        x: face.x + title.size * 0.05; y: face.y + title.size * 0.06
        width: face.width
        text: face.text
        font: face.font
        color: "#000814"
        opacity: 0.75
        horizontalAlignment: face.horizontalAlignment
        wrapMode: face.wrapMode
    }
    ShowText {
        id: face
        objectName: "titleText"
        width: title.width
        font.pixelSize: title.size
        font.bold: true
        font.letterSpacing: title.size * 0.03
        color: title.color
        horizontalAlignment: title.alignment
        wrapMode: Text.WordWrap
    }
}
