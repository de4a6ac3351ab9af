// The golden bell (assets/branding/logo.svg), optionally swinging like a rung bell.
import QtQuick

Image {
    id: logo
    property bool swinging: false
    source: display.logoUrl
    sourceSize: Qt.size(width, height)
    fillMode: Image.PreserveAspectFit
    transformOrigin: Item.Top
    SequentialAnimation {
        running: logo.swinging && Theme.animate
        loops: Animation.Infinite
        RotationAnimator { target: logo; from: 0; to: 9; duration: 450; easing.type: Easing.OutSine }
        RotationAnimator { target: logo; from: 9; to: -9; duration: 900; easing.type: Easing.InOutSine }
        RotationAnimator { target: logo; from: -9; to: 0; duration: 450; easing.type: Easing.InSine }
    }
}
