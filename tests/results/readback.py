"""Reading an exported workbook back the way a secretary's Excel would see it."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import zxingcpp
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from PIL import Image

from rcv.core.events import effective_entries
from rcv.core.fold import replay
from rcv.core.ranking import Ranking, rank
from rcv.core.state import ShowSetup, ShowState
from rcv.i18n import Words
from rcv.i18n.phrases.results import column_title
from rcv.storage.event_file import EventFile

HEADER_ROW_FINISHED = 6  # title, final-results line… see rcv.results.table.layout


def engine_view(event: Path) -> tuple[ShowSetup, ShowState, Ranking, str, int]:
    """What the engine itself says, computed without the results package."""
    with EventFile.open(event) as ef:
        setup, entries, head = ef.setup, ef.entries, ef.head
    state = replay(setup, effective_entries(entries))
    return setup, state, rank(state, setup), head, len(entries)


def header_row(ws: Worksheet, first_title: str) -> int:
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == first_title:
            return row[0].row
    raise AssertionError(f"no header {first_title!r} in {ws.title}")


def table(ws: Worksheet, first_title: str) -> tuple[list[str], list[tuple[object, ...]]]:
    """(headers, data rows) of a sheet: the rows after the header, up to the first empty one."""
    top = header_row(ws, first_title)
    headers = [c.value for c in ws[top]]
    rows = []
    for row in ws.iter_rows(min_row=top + 1, values_only=True):
        if all(v is None for v in row):
            break
        rows.append(row)
    return headers, rows


def column(headers: list[str], rows: list[tuple[object, ...]], title: str) -> list[object]:
    i = headers.index(title)
    return [r[i] for r in rows]


def qr_texts(xlsx: Path) -> list[str]:
    """Decode every image in the workbook as a QR code."""
    texts = []
    with zipfile.ZipFile(xlsx) as z:
        for name in z.namelist():
            if name.startswith("xl/media/"):
                image = Image.open(io.BytesIO(z.read(name))).convert("L")
                texts += [r.text for r in zxingcpp.read_barcodes(image)]
    return texts


def open_workbook(path: Path):  # type: ignore[no-untyped-def]
    return load_workbook(path)


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def is_datetime(value: object) -> bool:
    return isinstance(value, datetime)


LANGUAGES = ("vi", "en")


def header(words: Words) -> Callable[..., str]:
    """A column's title by its code, in the language of ``words``: ``header(w)("rank")``."""

    def title(code: str, **params: object) -> str:
        return column_title(code, words, **params)

    return title


def vietnamese(text: str) -> bool:
    """Whether ``text`` holds a Vietnamese letter (a tone mark, a hook, đ)."""
    decomposed = unicodedata.normalize("NFD", text)
    return any(0x300 <= ord(c) <= 0x323 or c in "đĐ" for c in decomposed)
