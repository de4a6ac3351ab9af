"""Words: rcv's sentences in one language, read from the catalogue without Qt.

``words("Refusal", "Chương trình đã kết thúc.")`` is the English (or Vietnamese) of a marked
source sentence; ``words("Refusal", template, n=3)`` formats it. A language rcv has no
catalogue for falls back to Vietnamese, the source language.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

I18N_DIR = Path(__file__).resolve().parent
SOURCE_LANGUAGE = "vi"
DEFAULT_LANGUAGE = "vi"
LANGUAGE_ENV = "RCV_LANG"
DOMAIN = "rcv"  # rcv_<lang>.ts
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for the catalogue under ``context``; returns it unchanged."""
    return source


def available_languages(folder: Path = I18N_DIR) -> list[str]:
    """Languages rcv can speak, the source language (Vietnamese) first: those with a ``.ts``
    catalogue here or a compiled ``.qm`` shipped beside it (a bundle)."""
    found = {SOURCE_LANGUAGE}
    for pattern in (f"{DOMAIN}_*.ts", f"{DOMAIN}_*.qm"):
        for path in folder.glob(pattern):
            found.add(path.stem.removeprefix(f"{DOMAIN}_"))
    return sorted(found, key=lambda lang: (lang != SOURCE_LANGUAGE, lang))


def language_name(lang: str) -> str:
    """The language's name in itself, for a menu ("Tiếng Việt", "English")."""
    return LANGUAGE_NAMES.get(lang, lang)


def default_language(environ: Mapping[str, str] | None = None) -> str:
    """``RCV_LANG`` when it names an available language, else Vietnamese."""
    env = os.environ if environ is None else environ
    wanted = env.get(LANGUAGE_ENV, "").strip().lower()[:2]
    return wanted if wanted in available_languages() else DEFAULT_LANGUAGE


def read_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of a ``.ts`` file: (context, source) → translation."""
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if message.get("numerus") == "yes":
                continue  # plural forms are Qt's (tr with n); Words formats {n} itself
            if node.text:
                table[(name, message.findtext("source") or "")] = node.text
    return table


class Words:
    """Sentences in ``lang``. Made once by the composition root (or the CLI) and handed down;
    :meth:`switch` changes the language of everything that holds it."""

    def __init__(
        self, lang: str = SOURCE_LANGUAGE, table: Mapping[tuple[str, str], str] | None = None
    ) -> None:
        self._tables: dict[str, Mapping[tuple[str, str], str]] = {}
        self.lang = SOURCE_LANGUAGE
        if table is not None:
            self._tables[lang] = table
        self.switch(lang)

    def switch(self, lang: str) -> None:
        """Speak ``lang`` from now on (Vietnamese when rcv has no catalogue for it)."""
        if lang != SOURCE_LANGUAGE and lang not in self._tables:
            path = I18N_DIR / f"{DOMAIN}_{lang}.ts"
            if not path.is_file():
                lang = SOURCE_LANGUAGE
            else:
                self._tables[lang] = read_catalogue(path)
        self.lang = lang

    def __call__(self, context: str, source: str, **params: Any) -> str:
        table = self._tables.get(self.lang)
        text = table.get((context, source), source) if table is not None else source
        return text.format(**params) if params else text

    def has(self, context: str, source: str) -> bool:
        """Whether the catalogue translates this sentence (always, in the source language)."""
        table = self._tables.get(self.lang)
        return table is None or (context, source) in table


def load_words(lang: str | None = None) -> Words:
    """Words in ``lang`` (default: ``RCV_LANG``, else Vietnamese)."""
    return Words(lang or default_language())
