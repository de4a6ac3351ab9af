// The look of the projector display: "Rung chuông vàng" navy and gold. One instance per QML
// engine (projector window, console preview); Main.qml binds u to 1 % of the window height, so
// every size scales with the screen and stays readable from the back of the hall.
pragma Singleton
import QtQuick

QtObject {
    property real u: 10.8          // 1 % of the window height, in pixels
    property real wide: 16 / 9     // the window's aspect ratio
    property string font: "Noto Sans"
    property bool animate: true
    readonly property real nameMin: 2.6 * u   // no name smaller (28 px at 1080p): the back row
    readonly property int pageMs: 7000          // a long list turns its page this often

    readonly property color night: "#020816"
    readonly property color navy: "#0a1f4d"
    readonly property color panel: "#0f2c6e"
    readonly property color panelDeep: "#081a45"
    readonly property color edge: "#3c6fd6"
    readonly property color gold: "#ffc93c"
    readonly property color goldLight: "#fff0b3"
    readonly property color goldDeep: "#c98a00"
    readonly property color text: "#f5f7ff"
    readonly property color muted: "#a9bbe6"
    readonly property color red: "#e0283a"
    readonly property color redDeep: "#7a0e1b"
    readonly property color green: "#27c26c"
    readonly property color out: "#141c33"
    readonly property color outText: "#53618a"

    function ms(duration) { return animate ? duration : 0 }
}
