// A rounded navy panel with a bright edge: questions, options, lists.
import QtQuick

Rectangle {
    property color topColor: Theme.panel
    property color bottomColor: Theme.panelDeep
    radius: 2 * Theme.u
    border.width: Math.max(2, 0.3 * Theme.u)
    border.color: Theme.edge
    gradient: Gradient {
        GradientStop { position: 0; color: topColor }
        GradientStop { position: 1; color: bottomColor }
    }
}
