"""Every bound an import works within: file sizes, zip contents, sheet extent, counts, lengths.

The numbers are generous for real event files (a bank of 10,000 questions, 5,000 contestants)
and small enough that the worst file that still passes them imports in a few seconds and a few
hundred MB. questions/README.md lists them for the secretaries; change both together.

A field limit has two levels: above ``warn`` the value is kept but the report asks to check it
(it may not fit on the projector), above ``error`` the value cannot be used (an error naming the
row). ``warn`` is None when every length up to ``error`` is normal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

MB = 1 << 20

# whole files
MAX_FILE_BYTES = 100 * MB  # any file on disk: a Word file with its photos
MAX_TEXT_FILE_BYTES = 20 * MB  # YAML / JSON
MAX_MEDIA_BYTES = 100 * MB  # one picture, sound or video a question file points at
MAX_MEDIA_TOTAL_BYTES = 300 * MB  # all of them, held in memory until the set is saved

# .xlsx / .docx zip contents, checked in the zip directory before any XML is parsed
MAX_ZIP_ENTRIES = 2_000
MAX_ZIP_DIRECTORY_BYTES = 2 * MB
MAX_UNCOMPRESSED_BYTES = 256 * MB  # all parts together
MAX_XML_PART_BYTES = 64 * MB  # one XML part parsed whole (the Word body, shared strings)
MAX_SHEET_PART_BYTES = 160 * MB  # one worksheet part, read as a stream
MAX_XML_ELEMENTS = 1_000_000  # in parts parsed whole (Word body, shared strings, styles…)

# worksheets, read lazily row by row
MAX_SHEET_CELLS = 300_000  # <c> elements in all sheets of a workbook, empty formatted ones too
MAX_SHEET_ELEMENTS = 1_000_000  # XML elements in all sheets but empty rows (<row …/>)
MAX_DATA_ROWS = 20_000  # non-empty rows read from a workbook
MAX_ROW_SLOTS = 1_048_576  # rows walked (empty ones too) in a workbook: one full Excel sheet
EMPTY_RUN = 1_000  # this many empty rows in a row end a sheet's table
MAX_COLUMNS = 100  # columns A–CV are read; data further right is reported
MAX_MERGED_CELLS = 100_000  # cells of one merged range; of all, once cut to what is read
MAX_MERGED_RANGES = 20_000  # merged ranges remembered per sheet
MAX_CELL_CHARS = 10_000  # one cell or Word paragraph
MAX_HIDDEN_ROWS = 1_048_576  # hidden row numbers remembered per sheet

# Word documents, checked once parsed (each paragraph and run costs tens of microseconds)
MAX_DOCX_PARAGRAPHS = 30_000  # about 5,000 questions; larger banks belong in Excel or YAML
MAX_DOCX_RUNS = 100_000  # runs: pieces of text formatted alike

# YAML / JSON
MAX_YAML_DEPTH = 32
MAX_YAML_NODES = 300_000  # a bank of 10,000 questions has about 120,000
MAX_JSON_DIGITS = 30  # a longer number is kept as written text, never converted

# counts
MAX_QUESTIONS = 10_000
MAX_CONTESTANTS = 5_000
MAX_ACCEPTED = 20  # accepted spellings of one short answer
MAX_TIME_S = 3_600
MAX_SEAT = 9_999


@dataclass(frozen=True, slots=True)
class FieldLimit:
    """Characters allowed in one field: a warning above ``warn``, an error above ``error``."""

    error: int
    warn: int | None = None


FIELD_LIMITS: Mapping[str, FieldLimit] = MappingProxyType(
    {
        # questions
        "id": FieldLimit(40),
        "text": FieldLimit(1_000, warn=300),
        "option": FieldLimit(300, warn=120),
        "answer": FieldLimit(1_000),  # as written: a letter, an option, "a; b; c"
        "accepted": FieldLimit(200),
        "explanation": FieldLimit(2_000),
        "source": FieldLimit(500),
        "media": FieldLimit(260),
        "title": FieldLimit(200),
        # contestants
        "sbd": FieldLimit(20),
        "name": FieldLimit(100, warn=60),
        "unit": FieldLimit(150),
        "group": FieldLimit(60),
        "checkin": FieldLimit(64),
    }
)
