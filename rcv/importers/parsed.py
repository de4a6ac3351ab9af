"""What a format reader hands to the common question checks: drafts, media bytes, a title."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from rcv.importers.drafts import Draft
from rcv.importers.lengths import check_length
from rcv.importers.report import Location, Report


@dataclass(slots=True)
class Parsed:
    """Drafts in file order; ``media`` maps a relative media path to its bytes."""

    drafts: list[Draft] = field(default_factory=list)
    media: dict[str, bytes] = field(default_factory=dict)
    title: str = ""


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
    try:
        data = target.read_bytes()
    except OSError:
        report.error("media_missing", where, "media", path=written)
        return None
    relative = (
        f"media/{path.name}"
        if path.is_absolute()
        else PurePosixPath(written.replace("\\", "/")).as_posix()
    )
    parsed.media[relative] = data
    return relative
