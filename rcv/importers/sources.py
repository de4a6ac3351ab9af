"""Opening a file safely and telling what it really is, whatever its name says.

The file is read once, here, so a missing, locked or unreadable file gives one clear report line
and never an exception. Office files are recognised by content: a zip holding ``xl/workbook.xml``
is a workbook, ``word/document.xml`` a Word document; an OLE file with an ``EncryptionInfo``
stream is a password-protected Office file, any other OLE file an old .xls/.doc. Sizes are
checked before anything is parsed: the file on disk, and for a zip its directory (entries,
uncompressed sizes, XML elements; see :mod:`rcv.importers.zipguard`).
"""

from __future__ import annotations

import io
import stat
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rcv.importers.limits import MAX_FILE_BYTES, MAX_TEXT_FILE_BYTES
from rcv.importers.report import Location, Report, Term, term
from rcv.importers.zipguard import check_zip, mb

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class FileKind(StrEnum):
    XLSX = "xlsx"
    DOCX = "docx"
    YAML = "yaml"
    JSON = "json"
    ENCRYPTED = "encrypted"
    OLD_OFFICE = "old-office"
    CORRUPT = "corrupt"
    UNKNOWN = "unknown"
    EMPTY = "empty"


_BY_SUFFIX = {
    ".xlsx": FileKind.XLSX,
    ".xlsm": FileKind.XLSX,
    ".docx": FileKind.DOCX,
    ".yaml": FileKind.YAML,
    ".yml": FileKind.YAML,
    ".json": FileKind.JSON,
}
_NAMES = {
    FileKind.XLSX: "Excel (.xlsx)",
    FileKind.DOCX: "Word (.docx)",
    FileKind.YAML: "YAML",
    FileKind.JSON: "JSON",
}


@dataclass(frozen=True, slots=True)
class Source:
    """A file's bytes, what it is, and the location to name in the report."""

    path: Path
    data: bytes
    kind: FileKind
    where: Location


def sniff(data: bytes) -> FileKind:
    """What the bytes are, by content alone."""
    if not data:
        return FileKind.EMPTY
    if data.startswith(_OLE_MAGIC):
        encrypted = "EncryptionInfo".encode("utf-16-le") in data
        return FileKind.ENCRYPTED if encrypted else FileKind.OLD_OFFICE
    if data.startswith(b"PK"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
        except Exception:  # zipfile raises many kinds on damaged archives
            return FileKind.CORRUPT
        if "xl/workbook.xml" in names:
            return FileKind.XLSX
        if "word/document.xml" in names:
            return FileKind.DOCX
        return FileKind.CORRUPT
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return FileKind.UNKNOWN
    head = text.lstrip()
    if head.startswith(("{", "[")):
        return FileKind.JSON
    return FileKind.YAML if head else FileKind.EMPTY


def open_source(path: Path | str, report: Report, accept: frozenset[FileKind]) -> Source | None:
    """Read the file and check it is one of the accepted kinds; None (and errors) if not.

    The file is refused before it is parsed when it is too big, or when it is a zip whose
    directory shows a bomb (see :mod:`rcv.importers.zipguard`).
    """
    path = Path(path)
    where = Location(file=path.name)
    data = _read(path, where, report)
    if data is None:
        return None
    named = _BY_SUFFIX.get(path.suffix.lower())
    expected = _NAMES.get(named or FileKind.XLSX, "Excel")
    if data.startswith(b"PK") and (problem := check_zip(data, _parsed_whole)) is not None:
        params = {"expected": expected, **problem.params}
        report.error(problem.code, where, **params)
        return None
    kind = sniff(data)
    if kind in (FileKind.YAML, FileKind.JSON):
        kind = _text_kind(data, named, kind)
        if kind in (FileKind.YAML, FileKind.JSON) and len(data) > MAX_TEXT_FILE_BYTES:
            report.error("file_too_big", where, size=mb(len(data)), limit=mb(MAX_TEXT_FILE_BYTES))
            return None
    if path.name.startswith("~$"):
        report.error(
            "file_corrupt",
            where,
            expected=expected,
            reason=term("office_lock_file"),
        )
        return None
    problem_code = {
        FileKind.EMPTY: "file_empty",
        FileKind.ENCRYPTED: "file_encrypted",
        FileKind.OLD_OFFICE: "file_old_office",
    }.get(kind)
    if problem_code:
        report.error(problem_code, where)
        return None
    if kind is FileKind.CORRUPT or (kind is FileKind.UNKNOWN and named in accept):
        report.error("file_corrupt", where, expected=expected, reason=_why_corrupt(data))
        return None
    if kind not in accept:
        if kind in _NAMES and named in accept:
            report.error(
                "file_kind_mismatch", where, ext=path.suffix, actual=_NAMES[kind], expected=expected
            )
        else:
            report.error("file_unknown_format", where, ext=path.suffix or path.name)
        return None
    if named is not kind:
        report.warn("file_wrong_extension", where, ext=path.suffix, actual=_NAMES[kind])
    return Source(path, data, kind, where)


def _read(path: Path, where: Location, report: Report) -> bytes | None:
    """The file's bytes, or None after one report line (missing, locked, too big, a device)."""
    try:
        facts = path.stat()
        if stat.S_ISDIR(facts.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(facts.st_mode):
            report.error("file_unreadable", where, reason=term("not_a_file"))
            return None
        if facts.st_size > MAX_FILE_BYTES:
            report.error("file_too_big", where, size=mb(facts.st_size), limit=mb(MAX_FILE_BYTES))
            return None
        data = path.read_bytes()
    except FileNotFoundError:
        report.error("file_missing", where)
        return None
    except IsADirectoryError:
        report.error("file_unreadable", where, reason=term("folder"))
        return None
    except OSError as exc:
        report.error("file_unreadable", where, reason=exc.strerror or type(exc).__name__)
        return None
    if len(data) > MAX_FILE_BYTES:  # grew since it was looked at
        report.error("file_too_big", where, size=mb(len(data)), limit=mb(MAX_FILE_BYTES))
        return None
    return data


def _parsed_whole(part: str) -> bool:
    """Whether openpyxl/python-docx parse this part as one tree (worksheets are streamed)."""
    return not (part.startswith("xl/worksheets/") and part.count("/") == 2)


def _text_kind(data: bytes, named: FileKind | None, sniffed: FileKind) -> FileKind:
    """Plain text is rcv's YAML/JSON only when named so or when it says it is."""
    if named in (FileKind.YAML, FileKind.JSON):
        return named
    text = data[:4096].decode("utf-8", errors="replace")
    return sniffed if "rcv-questions" in text else FileKind.UNKNOWN


def _why_corrupt(data: bytes) -> Term:
    return term("damaged_zip") if data.startswith(b"PK") else term("not_office")
