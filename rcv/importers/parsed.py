"""What a format reader hands to the common question checks: drafts, media bytes, a title."""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from rcv.importers.drafts import Draft
from rcv.importers.lengths import check_length
from rcv.importers.limits import MAX_MEDIA_BYTES, MAX_MEDIA_TOTAL_BYTES
from rcv.importers.report import Location, Report
from rcv.importers.zipguard import mb


@dataclass(slots=True)
class Parsed:
    """Drafts in file order; ``media`` maps a relative media path to its bytes."""

    drafts: list[Draft] = field(default_factory=list)
    media: dict[str, bytes] = field(default_factory=dict)
    title: str = ""
    media_bytes: int = 0  # read so far from files the question file points at


def attach_media(
    written: str, base: Path, where: Location, parsed: Parsed, report: Report
) -> str | None:
    """Check that a media path written in a file exists next to it; keep its bytes.

    A relative path is kept as written (forward slashes). An absolute path that exists is
    turned into ``media/<name>`` so the set stays movable; the bytes travel with it.
    """
    written = written.strip()
    if not written or not check_length(written, "media", "media", where, report):
        return None
    path = Path(written.replace("\\", "/"))
    if ".." in path.parts:
        report.error("media_outside", where, "media", path=written)
        return None
    target = path if path.is_absolute() else base / path
    relative = (
        f"media/{path.name}"
        if path.is_absolute()
        else PurePosixPath(written.replace("\\", "/")).as_posix()
    )
    if relative in parsed.media:  # several questions show the same picture: read it once
        return relative
    try:
        facts = target.stat()
        if not stat.S_ISREG(facts.st_mode):
            raise IsADirectoryError(target)  # a folder, a pipe, a device: not a media file
        size = facts.st_size
        limit = MAX_MEDIA_BYTES if size > MAX_MEDIA_BYTES else MAX_MEDIA_TOTAL_BYTES
        if parsed.media_bytes + size > limit:
            report.error(
                "media_too_big", where, "media", path=written, size=mb(size), limit=mb(limit)
            )
            return None
        data = target.read_bytes()
        parsed.media_bytes += len(data)
    except OSError:
        report.error("media_missing", where, "media", path=written)
        return None
    parsed.media[relative] = data
    return relative
