// Text of the display: the bundled font, light on dark, with room for Vietnamese stacked
// marks (Ầ Ẫ Ặ Ễ Ự rise above the font's ascent and would touch what is above them).
import QtQuick

Text {
    font.family: Theme.font
    color: Theme.text
    topPadding: Math.ceil(font.pixelSize * 0.14)
    bottomPadding: Math.ceil(font.pixelSize * 0.06)
    textFormat: Text.PlainText
}
