"""Checking an .xlsx/.docx zip before openpyxl or python-docx ever opens it.

An Office file is a zip of XML parts. A damaged or hostile one can hold a million directory
entries, a part that inflates to gigabytes ("zip bomb"), a part with millions of tiny XML
elements, or a DTD with nested entities. All of it is visible cheaply: the entry count and the
directory size in the end record, the uncompressed sizes in the directory, the element count by
counting ``<`` while inflating in chunks (never a whole part in memory). A part cannot inflate
past its declared size: :mod:`zipfile` stops there and fails the CRC check.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from rcv.importers.limits import (
    MAX_SHEET_PART_BYTES,
    MAX_UNCOMPRESSED_BYTES,
    MAX_XML_ELEMENTS,
    MAX_XML_PART_BYTES,
    MAX_ZIP_DIRECTORY_BYTES,
    MAX_ZIP_ENTRIES,
    MB,
)
from rcv.importers.report import term

CHUNK = 1 << 20
_END = b"PK\x05\x06"
_END64_LOCATOR = b"PK\x06\x07"
_END64 = b"PK\x06\x06"
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_UNSAFE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT = re.compile(rb"<[A-Za-z_]")


@dataclass(frozen=True, slots=True)
class ZipProblem:
    """Why the zip is refused: a problem code and its params (see :mod:`rcv.importers.report`)."""

    code: str
    params: dict[str, object]


def mb(size: int) -> float:
    """A size in MB, to one decimal (the report writes it the reader's way)."""
    return round(size / MB, 1)


def _directory_facts(data: bytes) -> tuple[int, int] | None:
    """(entries, directory bytes) from the zip's end record, or None when there is none."""
    start = max(0, len(data) - (1 << 16) - 22)
    pos = data.rfind(_END, start)
    if pos < 0 or pos + 22 > len(data):
        return None
    entries, size = struct.unpack_from("<HI", data, pos + 10)
    locator = pos - 20
    if (entries == 0xFFFF or size == 0xFFFFFFFF) and data[locator : locator + 4] == _END64_LOCATOR:
        (offset,) = struct.unpack_from("<Q", data, locator + 8)
        if data[offset : offset + 4] == _END64 and offset + 56 <= len(data):
            entries, size = struct.unpack_from("<QQ", data, offset + 32)
    return entries, size


def check_zip(data: bytes, parsed_whole: Callable[[str], bool]) -> ZipProblem | None:
    """None when the zip may be handed to openpyxl/python-docx, else why not.

    ``parsed_whole(name)`` says whether the reader will parse that XML part as one tree (it
    then counts against the element budget); streamed parts only have a size limit.
    """
    facts = _directory_facts(data)
    if facts is not None:
        entries, directory = facts
        if entries > MAX_ZIP_ENTRIES or directory > MAX_ZIP_DIRECTORY_BYTES:
            return ZipProblem("file_too_many_parts", {"count": entries, "limit": MAX_ZIP_ENTRIES})
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            if len(infos) > MAX_ZIP_ENTRIES:
                return ZipProblem(
                    "file_too_many_parts", {"count": len(infos), "limit": MAX_ZIP_ENTRIES}
                )
            problem = _sizes(infos, parsed_whole)
            if problem is None:
                problem = _elements(z, [i for i in infos if _is_xml(i.filename)], parsed_whole)
            return problem
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        reason = term("damaged_zip_error", error=type(exc).__name__)
        return ZipProblem("file_corrupt", {"reason": reason})
    except Exception as exc:  # zlib.error, NotImplementedError (unknown compression)…
        reason = term("damaged_zip_error", error=f"{type(exc).__name__}: {exc}"[:200])
        return ZipProblem("file_corrupt", {"reason": reason})


def _is_xml(name: str) -> bool:
    return name.lower().endswith(_XML_SUFFIXES)


def _sizes(infos: list[zipfile.ZipInfo], parsed_whole: Callable[[str], bool]) -> ZipProblem | None:
    total = 0
    for info in infos:
        total += info.file_size
        if not _is_xml(info.filename):
            continue
        limit = MAX_XML_PART_BYTES if parsed_whole(info.filename) else MAX_SHEET_PART_BYTES
        if info.file_size > limit:
            params = {"part": info.filename, "size": mb(info.file_size), "limit": mb(limit)}
            return ZipProblem("file_inflates", params)
    if total > MAX_UNCOMPRESSED_BYTES:
        params = {"part": term("all_parts", count=len(infos)), "size": mb(total)}
        return ZipProblem("file_inflates", {**params, "limit": mb(MAX_UNCOMPRESSED_BYTES)})
    return None


def _elements(
    z: zipfile.ZipFile, infos: list[zipfile.ZipInfo], parsed_whole: Callable[[str], bool]
) -> ZipProblem | None:
    """Refuse DTDs anywhere, and more elements than the budget in the parts parsed whole."""
    budget = MAX_XML_ELEMENTS
    for info in infos:
        whole = parsed_whole(info.filename)
        with z.open(info) as stream:
            chunk, unsafe = _prolog(stream)
            if unsafe:
                return ZipProblem("file_xml_unsafe", {"part": info.filename})
            if not whole:
                continue
            budget -= _count_elements(chunk)
            while budget >= 0 and (chunk := stream.read(CHUNK)):
                budget -= _count_elements(chunk)
        if budget < 0:
            params = {"part": info.filename, "limit": MAX_XML_ELEMENTS}
            return ZipProblem("file_too_complex", params)
    return None


def _prolog(stream: IO[bytes]) -> tuple[bytes, bool]:
    """Read up to the root element; (what was read last, whether a DTD came before it).

    A DTD can only stand before the root element, so the rest of the part needs no look.
    """
    tail = b""
    while chunk := stream.read(CHUNK if tail else 4096):
        text = tail + chunk
        root = _ROOT.search(text)
        if _UNSAFE.search(text, 0, root.start() if root else len(text)):
            return chunk, True
        if root:
            return chunk, False
        tail = text[-16:]
    return b"", False


def _count_elements(chunk: bytes) -> int:
    """Start tags in a piece of XML (over-counts by at most one across a chunk boundary)."""
    return chunk.count(b"<") - chunk.count(b"</") - chunk.count(b"<?") - chunk.count(b"<!")
