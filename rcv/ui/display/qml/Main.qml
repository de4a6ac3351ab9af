// The projector display: one scene per Scene of the audience view, on the stage background.
// Loaded by the projector window and by the console's preview, each with its own engine and the
// same DisplayModel as `display`. Everything is sized from the height (Theme.u = 1 %).
import QtQuick

Item {
    id: root
    width: 1920
    height: 1080

    readonly property var files: ({
        "welcome": "WelcomeScene.qml", "question": "QuestionScene.qml",
        "time_up": "QuestionScene.qml", "reveal": "QuestionScene.qml",
        "eliminations": "ChangesScene.qml", "rescue": "ChangesScene.qml",
        "floor": "FloorScene.qml", "tiebreak": "TiebreakScene.qml", "final": "FinalScene.qml",
        "winner": "WinnerScene.qml", "ranking": "RankingScene.qml", "paused": "PausedScene.qml",
        "logo": "LogoScene.qml", "blackout": "", "ceremony": "CeremonyScene.qml",
        "picture": "PictureScene.qml", "units": "UnitsScene.qml"
    })
    // an audience rescue round takes the screen (the console's black screen still wins)
    // "display" turns null while the program closes (the model goes before the items): no errors then
    readonly property bool hallRound: !!display && display.hallModel.active && display.scene !== "blackout"
    readonly property string sceneFile: !display ? "" : hallRound ? "AudienceScene.qml" : files[display.scene] || ""
    readonly property var sceneItem: loader.item

    Binding { target: Theme; property: "u"; value: Math.max(1, root.height / 100) }
    Binding { target: Theme; property: "wide"; value: root.width / Math.max(1, root.height) }
    Binding { target: Theme; property: "font"; value: display ? display.fontFamily : ""; when: !!display }
    Binding { target: Theme; property: "animate"; value: display ? display.animate : false; when: !!display }

    Rectangle { anchors.fill: parent; color: "black" }
    Image {
        anchors.fill: parent
        visible: root.sceneFile !== ""
        source: display ? display.backgroundUrl : ""
        sourceSize: Qt.size(Math.max(1, root.width), Math.max(1, root.height))
        fillMode: Image.PreserveAspectCrop
    }
    Loader {
        id: loader
        objectName: "sceneLoader"
        anchors.fill: parent
        source: root.sceneFile
        onLoaded: if (display.animate) {
            item.layer.enabled = true  // fade one cached picture, not every item of the scene
            fadeIn.restart()
        }
    }
    OpacityAnimator {
        id: fadeIn
        target: loader.item
        from: 0
        to: 1
        duration: 350
        onFinished: if (loader.item) loader.item.layer.enabled = false
    }
}
