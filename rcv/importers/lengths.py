"""Length checks for every field a file gives, with the bounds of :mod:`rcv.importers.limits`.

A value over its field's error bound makes the question or contestant unusable (an error naming
the row, column or line); over the warning bound it is kept and the report asks to check it.
Lengths are counted in characters after the value was cleaned (NFC, outer spaces removed).
"""

from __future__ import annotations

from collections.abc import Sequence

from rcv.importers.limits import FIELD_LIMITS, MAX_ACCEPTED
from rcv.importers.report import Location, Report


def check_length(
    value: str, limit_name: str, fld: str, where: Location, report: Report, warn_code: str = ""
) -> bool:
    """False, after an error, when ``value`` is longer than its field allows.

    ``warn_code`` names the warning given above the field's warning bound, if it has one.
    """
    limit = FIELD_LIMITS[limit_name]
    length = len(value)
    if length > limit.error:
        report.error("value_too_long", where, fld, length=length, limit=limit.error)
        return False
    if warn_code and limit.warn is not None and length > limit.warn:
        report.warn(warn_code, where, fld, length=length, limit=limit.warn)
    return True


def check_accepted(accepted: Sequence[str], where: Location, report: Report) -> bool:
    """The accepted answers of a short-answer question: how many, and each one's length."""
    if len(accepted) > MAX_ACCEPTED:
        report.error("accepted_too_many", where, "answer", count=len(accepted), limit=MAX_ACCEPTED)
        return False
    return all([check_length(a, "accepted", "answer", where, report) for a in accepted])
