"""rcv's words in Vietnamese and English, from one catalogue.

The words in the code are Vietnamese, the source language. The catalogue is ``rcv_<lang>.ts``
in this folder (Qt's translation source format, refreshed from the code by
``scripts/update-translations``; a test fails while an entry has no English):

- Qt widgets and QML translate their own labels (``self.tr``, ``qsTr``) through Qt's
  translators, loaded from the same catalogue by :mod:`rcv.ui.translators`;
- everything else speaks in **codes with parameters** (a refusal, a phase, an import problem, a
  storage failure …); at the edge — the console, the CLI, the headless demo, the import report,
  the workbook, the PDFs — a :class:`Words` object in the reader's language turns a code into a
  sentence. The sentences for codes are written once, in :mod:`rcv.i18n.phrases`, each marked
  with :func:`QT_TRANSLATE_NOOP` so the catalogue collects them.

Nothing here imports Qt; a :class:`Words` is made by whoever builds the program (the
composition root, the CLI's entry point) and handed down. The conventions every change follows
are in ``docs/i18n.md``.
"""

from rcv.i18n.words import (
    DEFAULT_LANGUAGE,
    LANGUAGE_ENV,
    LANGUAGE_NAMES,
    QT_TRANSLATE_NOOP,
    SOURCE_LANGUAGE,
    Words,
    available_languages,
    default_language,
    language_name,
    load_words,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGE_ENV",
    "LANGUAGE_NAMES",
    "QT_TRANSLATE_NOOP",
    "SOURCE_LANGUAGE",
    "Words",
    "available_languages",
    "default_language",
    "language_name",
    "load_words",
]
