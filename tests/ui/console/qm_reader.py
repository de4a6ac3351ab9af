"""Reads the (context, source) pairs of a compiled Qt catalogue (``.qm``), to compare rcv's own
``qtbase_vi.ts`` with what Qt's catalogues translate. The format: a 16-byte magic number, then
tagged sections; the messages section holds, per message, tagged fields (translation, source
text, context, comment) ending with tag 1."""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES = 0x69
END, TRANSLATION, OBSOLETE1, SOURCE, CONTEXT, COMMENT = 1, 3, 5, 6, 7, 8


def qm_sources(path: Path) -> set[tuple[str, str]]:
    """Every (context, source text) the catalogue translates."""
    data = path.read_bytes()
    if data[:16] != MAGIC:
        raise ValueError(f"{path} is not a Qt catalogue")
    sections: dict[int, bytes] = {}
    i = 16
    while i < len(data):
        tag, length = data[i], struct.unpack(">I", data[i + 1 : i + 5])[0]
        sections[tag] = data[i + 5 : i + 5 + length]
        i += 5 + length
    found: set[tuple[str, str]] = set()
    block, j = sections.get(MESSAGES, b""), 0
    fields: dict[int, str] = {}
    while j < len(block):
        tag = block[j]
        j += 1
        if tag == END:
            if SOURCE in fields and CONTEXT in fields:
                found.add((fields[CONTEXT], fields[SOURCE]))
            fields = {}
        elif tag == OBSOLETE1:
            j += 4
        elif tag in (TRANSLATION, SOURCE, CONTEXT, COMMENT):
            length = struct.unpack(">I", block[j : j + 4])[0]
            j += 4
            if length == 0xFFFFFFFF:
                continue
            raw = block[j : j + length]
            j += length
            if tag != TRANSLATION:
                fields[tag] = raw.decode("utf-8")
        else:
            raise ValueError(f"unknown tag {tag} in {path}")
    return found
