// Text that fits its box: the largest size from maxSize down to minSize at which it fits,
// wrapping; formulas between $…$ typeset as pictures (display.markup). Qt's own fit mode does
// nothing for rich text, so the size is searched with a hidden probe — for plain text too, so
// the size shown is the size measured (font.pixelSize is what the hall reads).
import QtQuick

ShowText {
    id: fit
    property string source: ""
    property bool math: false           // the source has formulas ($…$)
    property real maxSize: 5 * Theme.u
    property real minSize: 2.4 * Theme.u
    property real size: maxSize
    wrapMode: Text.Wrap
    textFormat: math ? Text.RichText : Text.PlainText
    elide: Text.ElideNone   // it fits by its size; (an elided rich text keeps saying "truncated")
    font.pixelSize: size
    text: shown(source, size)

    // Qt Quick draws a rich text's pictures where a left-aligned layout puts them: the lines of
    // typeset text are aligned by the document itself (a <div align>), the item stays left
    property int align: Text.AlignLeft
    horizontalAlignment: math ? Text.AlignLeft : align
    function shown(text, px) {
        if (!math)
            return text
        var side = align === Text.AlignHCenter ? "center" : align === Text.AlignRight ? "right" : "left"
        return "<div align=\"" + side + "\">" + display.markup(text, Math.round(px), String(color)) + "</div>"
    }
    function probeFits(px) {
        probe.width = fit.width   // set here, not bound: this runs inside fit's own change
        probe.textFormat = math ? Text.RichText : Text.PlainText   // handlers, before bindings
        probe.font.pixelSize = px
        probe.text = shown(source, px)
        return probe.implicitHeight <= fit.height + 0.5 && probe.contentWidth <= probe.width + 0.5
    }
    function refit() {
        if (width <= 0 || height <= 0)
            return
        var lo = Math.floor(minSize), hi = Math.max(lo, Math.floor(maxSize))
        if (probeFits(hi)) {
            size = hi
            return
        }
        while (hi - lo > 1) {
            var mid = Math.floor((lo + hi) / 2)
            if (probeFits(mid)) lo = mid
            else hi = mid
        }
        size = lo
    }
    onSourceChanged: refit()
    onMathChanged: refit()
    onWidthChanged: refit()
    onHeightChanged: refit()
    onMaxSizeChanged: refit()
    onMinSizeChanged: refit()
    Component.onCompleted: refit()

    ShowText {
        id: probe
        visible: false
        wrapMode: fit.wrapMode
        font.family: fit.font.family
        font.bold: fit.font.bold
        font.italic: fit.font.italic
        lineHeight: fit.lineHeight
    }
}
