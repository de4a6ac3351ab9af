"""The event file's errors in words: every sentence of :mod:`rcv.i18n.phrases.storage` has a
finished English translation, and every code the storage layer raises renders in both
languages with its facts — no placeholder left, no Vietnamese in the English."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from rcv.i18n import Words
from rcv.i18n.phrases import storage as phrases
from rcv.storage.errors import (
    Consequence,
    EventFileCorrupt,
    EventFileError,
    EventFileLocked,
    EventFileReadOnly,
    EventFileTampered,
    EventFileTooNew,
    EventFileWriteError,
    LockHolder,
    WriteFailure,
    Written,
)

PATH = Path("/media/usb/chung-ket.rcv")
TABLES = {
    "ERRORS": phrases.ERRORS,
    "CORRUPT_REASONS": phrases.CORRUPT_REASONS,
    "PARTS": phrases.PARTS,
    "SETUP_FIXED": phrases.SETUP_FIXED,
    "WRITE_LEADS": phrases.WRITE_LEADS,
    "FAILURE_CAUSES": phrases.FAILURE_CAUSES,
    "CONSEQUENCES": phrases.CONSEQUENCES,
    "FAILURE_TODO": phrases.FAILURE_TODO,
}
SINGLES = [
    value
    for name, value in vars(phrases).items()
    if name.isupper() and isinstance(value, str) and name != "CTX"
]


def samples() -> list[EventFileError]:
    """One error of every code the storage layer raises, with typical facts."""
    holder = LockHolder("MAY-CHIEU", 4242, "rcv console", 1_790_000_000.0)
    backup = PATH.with_name("chung-ket-saoluu.rcv")
    errors: list[EventFileError] = [
        EventFileError(PATH, "not_found"),
        EventFileError(PATH, "cannot_read", detail="Permission denied"),
        EventFileError(PATH, "drive_unreadable", detail="disk I/O error"),
        EventFileTooNew(PATH, 9, 3),
        EventFileError(PATH, "upgrade_failed", version=2, detail="no such table: media"),
        EventFileTampered(PATH, "setup_invalid", detail="bad seat"),
        EventFileTampered(PATH, "setup_changed"),
        EventFileTampered(PATH, "setup_parts_changed", parts=("event.venue", "roster")),
        EventFileTampered(PATH, "setup_and_hashes_changed"),
        EventFileTampered(PATH, "log_entry_missing", 17),
        EventFileTampered(PATH, "log_hash_mismatch", 17),
        EventFileTampered(PATH, "log_entry_invalid", 17, detail="unknown event type"),
        EventFileLocked(PATH, holder),
        EventFileLocked(PATH, None),
        EventFileReadOnly(PATH, "folder_read_only", detail="Read-only file system"),
        EventFileReadOnly(PATH, "journal_unmerged", journal="chung-ket.rcv-wal"),
        EventFileError(PATH, "no_folder", folder="/media/usb"),
        EventFileError(PATH, "lock_failed", lock_file=f"{PATH}.lock", detail="I/O error"),
        EventFileError(PATH, "already_exists"),
        EventFileError(PATH, "written_elsewhere"),
        EventFileError(PATH, "opened_read_only"),
        EventFileError(PATH, "closed"),
        EventFileError(PATH, "file_moved_on", entries=12, expected=40),
        EventFileError(PATH, "picture_not_given", question="M03", picture="media/ab12.png"),
        EventFileError(PATH, "folder_not_created", folder="/media/usb", detail="No space"),
        EventFileError(backup, "backup_no_folder", folder="/media/usb"),
        EventFileError(backup, "backup_is_source", original=PATH.name),
        EventFileError(backup, "backup_target_taken"),
        EventFileError(PATH, "backup_failed", detail="database is locked"),
        EventFileError(backup, "backup_unreadable", cause="not_found", cause_params={"path": "x"}),
        EventFileError(backup, "backup_differs", copied=11, entries=12),
        EventFileWriteError(PATH, WriteFailure.OTHER, "open_failed", detail="I/O error"),
        *(EventFileError(PATH, "setup_fixed", what=what) for what in phrases.SETUP_FIXED),
        *(
            EventFileTampered(PATH, code, parts=("media",), picture="media/ab12.png")
            for code in ("picture_changed", "picture_missing", "picture_added")
        ),
        *(EventFileCorrupt(PATH, reason, "3 pages") for reason in phrases.CORRUPT_REASONS),
        EventFileCorrupt(PATH, "sqlite", "file is not a database"),
    ]
    for failure in WriteFailure:
        for written in Written:
            for consequence in Consequence:
                errors.append(
                    EventFileWriteError(
                        PATH,
                        failure,
                        written=written.value,
                        consequence=consequence.value,
                        detail="No space left on device",
                    )
                )
    return errors


def vietnamese(text: str) -> bool:
    """Whether ``text`` holds a Vietnamese letter (a tone mark, a hook, đ)."""
    decomposed = unicodedata.normalize("NFD", text)
    return any(0x300 <= ord(c) <= 0x323 or c in "đĐ" for c in decomposed)


def test_every_sentence_has_a_finished_english_translation() -> None:
    english = Words("en")
    missing = [
        f"{table}[{key}]: {source!r}"
        for table, entries in TABLES.items()
        for key, source in entries.items()
        if not english.has(phrases.CTX, source)
    ]
    missing += [repr(source) for source in SINGLES if not english.has(phrases.CTX, source)]
    assert not missing, "run ./scripts/update-translations and translate:\n" + "\n".join(missing)


def test_the_tables_cover_every_kind_of_failure() -> None:
    assert (
        set(phrases.FAILURE_CAUSES) == set(phrases.FAILURE_TODO) == {f.value for f in WriteFailure}
    )
    assert set(phrases.WRITE_LEADS) == {w.value for w in Written} | {"open"}
    assert set(phrases.CONSEQUENCES) == {c.value for c in Consequence}
    raised = {e.code for e in samples()}
    assert set(phrases.ERRORS) <= raised


@pytest.mark.parametrize("exc", samples(), ids=lambda e: e.code)
def test_every_error_renders_in_both_languages(exc: EventFileError) -> None:
    vi = phrases.storage_error(exc, Words("vi"))
    en = phrases.storage_error(exc, Words("en"))
    for text in (vi, en):
        assert "{" not in text and "}" not in text, text
        assert text != str(exc)  # a sentence, not the technical form
    assert vietnamese(vi), vi
    assert not vietnamese(en), en
    for fact in ("seq", "pid", "picture", "folder", "journal", "question"):
        if exc.params.get(fact) is not None:
            assert str(exc.params[fact]) in vi and str(exc.params[fact]) in en


def test_a_write_failure_says_what_failed_what_it_leaves_and_what_to_do() -> None:
    exc = EventFileWriteError(
        PATH,
        WriteFailure.MEDIUM_GONE,
        written=Written.STEP.value,
        consequence=Consequence.UNCHANGED.value,
        detail="disk I/O error",
    )
    assert exc.code == "write_failed" and exc.failure is WriteFailure.MEDIUM_GONE
    assert exc.params["failure"] == "medium_gone" and exc.params["path"] == str(PATH)
    assert phrases.storage_error(exc, Words("en")) == (
        f"Could not write the show's last step to {PATH}: the drive holding the file was removed "
        "or can no longer be reached (disk I/O error). Nothing of this write is in the file, and "
        "the show is as it was before. Put the drive (USB stick) back or reconnect the network "
        "drive, at the same place, then try again."
    )
    vi = phrases.storage_error(exc, Words("vi"))
    assert vi.startswith(f"Không ghi được bước vừa rồi của chương trình vào {PATH}: ổ chứa tệp")
    assert vi.endswith("Hãy cắm lại ổ (USB) hoặc kết nối lại ổ mạng, đúng chỗ cũ, rồi thử lại.")


def test_str_is_a_short_technical_form_and_an_unknown_code_falls_back_to_it() -> None:
    exc = EventFileTampered(PATH, "log_hash_mismatch", 17)
    assert str(exc) == f"log_hash_mismatch: {PATH} (seq=17, parts=())"
    odd = EventFileError(PATH, "from_a_newer_rcv", x=1)
    assert phrases.storage_error(odd, Words("en")) == str(odd) == f"from_a_newer_rcv: {PATH} (x=1)"


def test_the_backup_that_does_not_read_back_says_why_in_the_same_language() -> None:
    exc = EventFileError(
        PATH, "backup_unreadable", cause="corrupt", cause_params={"name": "x.rcv", "reason":
        "not_sqlite", "detail": ""},
    )  # fmt: skip
    assert "not an SQLite database" in phrases.storage_error(exc, Words("en"))
    assert "không phải cơ sở dữ liệu SQLite" in phrases.storage_error(exc, Words("vi"))
