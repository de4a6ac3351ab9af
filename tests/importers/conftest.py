"""Builders for real .xlsx and .docx files shaped like the ones secretaries send."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import docx
import pytest
from openpyxl import Workbook

from rcv.i18n import Words
from rcv.i18n.phrases.importing import import_text
from rcv.importers import Problem, QuestionImport, RosterImport

Rows = Sequence[Sequence[Any]]


def shown(result: QuestionImport | RosterImport, lang: str = "en") -> str:
    """The report a reader sees in ``lang``: for the tests about words, and as the message of a
    failed assertion."""
    return import_text(result, Words(lang))


def the(result: QuestionImport | RosterImport, code: str) -> Problem:
    """The one problem of the import with this code."""
    (problem,) = [p for p in result.report if p.code == code]
    return problem


def write_xlsx(path: Path, sheets: dict[str, Rows]) -> Path:
    """A workbook with one sheet per entry, rows written from row 1."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def png(width: int = 2, height: int = 2, rgb: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A tiny valid PNG, no imaging library needed."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


Run = str | tuple[str, dict[str, Any]]


def add_paragraph(document: Any, *runs: Run) -> Any:
    """A paragraph of runs; a run is text or (text, {"bold": True, "underline": True, …})."""
    p = document.add_paragraph()
    for run in runs:
        text, style = (run, {}) if isinstance(run, str) else run
        r = p.add_run(text)
        for key, value in style.items():
            if key == "color":
                r.font.color.rgb = value
            elif key == "highlight":
                r.font.highlight_color = value
            elif key == "picture":
                r.add_picture(io.BytesIO(value))
            else:
                setattr(r, key, value)
    return p


@pytest.fixture
def xlsx(tmp_path: Path) -> Callable[..., Path]:
    def make(sheets: dict[str, Rows], name: str = "cau-hoi.xlsx") -> Path:
        return write_xlsx(tmp_path / name, sheets)

    return make


@pytest.fixture
def word(tmp_path: Path) -> Callable[..., Path]:
    """Write a Word file from paragraphs: each a string or a tuple of runs."""

    def make(paragraphs: Sequence[str | tuple[Run, ...]], name: str = "de-thi.docx") -> Path:
        document = docx.Document()
        for p in paragraphs:
            if isinstance(p, str):
                document.add_paragraph(p)
            else:
                add_paragraph(document, *p)
        path = tmp_path / name
        document.save(path)
        return path

    return make
