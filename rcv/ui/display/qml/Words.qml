// The projector's words, in the projector's own language (a setting apart from the console's:
// the hall stays Vietnamese while the operator works in English). Every text of the display is
// marked QT_TRANSLATE_NOOP("Display", "…") — lupdate puts it in the catalogue — and shown with
// Words.say(…): the display model translates it with the projector's Words. say() reads
// display.language, so every binding that calls it depends on the language and is evaluated
// again the moment the projector's language changes. No qsTr: Qt's installed translators are
// the console's. One instance per QML engine (projector window, console preview, renderer).
pragma Singleton
import QtQml

QtObject {
    function say(source) {
        void display.language   // the dependency: a language change re-evaluates the caller
        return display.translate(source)
    }
}
