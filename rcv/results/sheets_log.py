"""The sheets that make the results checkable: "Nhật ký" (the whole log, undone entries and
rejected presses included) and "Thông tin" (the event, the rules in force, the fingerprint)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from rcv import __version__
from rcv.core import events as ev
from rcv.core.press_figures import PressTally
from rcv.i18n import Words
from rcv.i18n.phrases.events import describe_entry, describe_hub
from rcv.i18n.phrases.show import phase_name, reason_text
from rcv.results.facts import ShowResults
from rcv.results.fingerprint import Fingerprint
from rcv.results.sheets_ranking import banner, event_lines
from rcv.results.table import CellValue, Column, Kind, Mark, Sheet
from rcv.results.words import local_time, rules_lines

VI = Words()  # the workbook is Vietnamese until a reader's Words is threaded through it
LOG_SHEET = "Nhật ký"
INFO_SHEET = "Thông tin"

LOG_COLUMNS = (
    Column("STT", 7, Kind.INT),
    Column("Bước", 6, Kind.INT),
    Column("Thời gian", 22, Kind.DATETIME_MS),
    Column("Nguồn", 16),
    Column("Loại", 16),
    Column("Nội dung", 70, Kind.WRAP),
    Column("Trạng thái", 14),
)
CORRECTIONS = (ev.AnswerSet, ev.ContestantEliminated, ev.ContestantRevived)

LABEL_FINGERPRINT = "Dấu vân tay kết quả"
LABEL_HEAD = "Mã băm đầy đủ (SHA-256)"
LABEL_ENTRIES = "Số mục nhật ký"
LABEL_PAYLOAD = "Nội dung mã QR"
SECTION_RULES = "THỂ LỆ ÁP DỤNG"
SECTION_CHECK = "KIỂM TRA KẾT QUẢ"
SECTIONS = (SECTION_RULES, SECTION_CHECK)
FINGERPRINT_LABELS = (LABEL_FINGERPRINT, LABEL_HEAD, LABEL_ENTRIES, LABEL_PAYLOAD)


def _kind_words(event: ev.Event) -> tuple[str, str]:
    """(source, kind) of a log entry in words, for filtering the log."""
    if isinstance(event, ev.Undone):
        return "Người điều khiển", "Hoàn tác"
    if isinstance(event, ev.AnswerReceived):
        return "Bàn phím", "Bấm phím"
    if isinstance(event, ev.PressRejected):
        return "Bàn phím", "Bấm bị từ chối"
    if isinstance(event, ev.LineNoise):
        return "Bộ thu", "Nhiễu đường truyền"
    if isinstance(event, ev.PressesLost):
        return "Bộ thu", "Mất khung"
    if isinstance(event, CORRECTIONS):
        return "Người điều khiển", "Sửa tay"
    return "Người điều khiển", "Điều khiển"


def log_sheet(results: ShowResults, tz: tzinfo | None = None) -> Sheet:
    """Every log entry ever written, in order; undone ones marked, not hidden."""
    rows: list[tuple[CellValue, ...]] = []
    marks: dict[int, Mark] = {}
    for i, entry in enumerate(results.event.entries):
        source, kind = _kind_words(entry.event)
        undone = entry.seq in results.undone
        if undone:
            marks[i] = Mark.UNDONE
        elif kind in ("Sửa tay", "Hoàn tác"):
            marks[i] = Mark.CORRECTION
        rows.append(
            (
                entry.seq,
                entry.step,
                local_time(entry.at_ms, tz),
                source,
                kind,
                describe_entry(entry, results.event.entries, VI),
                "ĐÃ HOÀN TÁC" if undone else None,
            )
        )
    tally = PressTally(results.event.entries)
    return Sheet(
        name=LOG_SHEET,
        title=f"NHẬT KÝ CHƯƠNG TRÌNH — {results.info.name}".upper(),
        columns=LOG_COLUMNS,
        rows=rows,
        lines=(
            *event_lines(results),
            f"{len(rows)} mục, gồm cả các lần bấm bị từ chối, các lần sửa tay và các bước đã "
            f"hoàn tác ({len(results.undone)} mục đã hoàn tác, đánh dấu ở cột Trạng thái).",
            *(describe_hub(f, VI) for _, f in sorted(tally.hubs.items())),
        ),
        banner=banner(results),
        marks=marks,
        page_title=f"{results.info.name} — Nhật ký",
    )


INFO_COLUMNS = (Column("Mục", 34, Kind.WRAP), Column("Nội dung", 90, Kind.WRAP))


def info_rows(
    results: ShowResults, fingerprint: Fingerprint, exported_at: datetime
) -> list[tuple[CellValue, ...]]:
    info, setup, state = results.info, results.setup, results.state
    if results.finished:
        why = reason_text(state.finished_reason, VI)
        status = "Đã kết thúc" + (f" — {why}" if why else "")
    else:
        status = f"CHƯA KẾT THÚC (đang ở bước: {phase_name(state.phase, VI)}) — kết quả tạm thời"
    rows: list[tuple[CellValue, ...]] = [
        ("Tên chương trình", info.name),
        ("Ngày", info.date or None),
        ("Địa điểm", info.venue or None),
        ("Đơn vị tổ chức", info.organiser or None),
        ("Bộ câu hỏi", setup.questions.title or None),
        ("Số thí sinh", len(setup.roster)),
        ("Số câu hỏi đã hiện", len(results.questions)),
        ("Tình trạng", status),
        (SECTION_RULES, None),
        *rules_lines(setup.rules),
        (SECTION_CHECK, None),
        (LABEL_FINGERPRINT, fingerprint.text),
        (LABEL_HEAD, fingerprint.head),
        (LABEL_ENTRIES, fingerprint.entries),
        (LABEL_PAYLOAD, fingerprint.payload),
        (
            "Cách kiểm tra",
            "Chạy: rcv verify <tệp sự kiện .rcv> <tệp Excel này>. Mọi ô của trang Xếp hạng và "
            "Giải thưởng và dấu vân tay được tính lại từ tệp sự kiện và so sánh từng ô.",
        ),
        ("Thời điểm xuất tệp", exported_at),
        ("Phần mềm", f"rcv {__version__}"),
    ]
    return rows


def info_sheet(results: ShowResults, fingerprint: Fingerprint, exported_at: datetime) -> Sheet:
    """The event, the rules in force in words, and the fingerprint with how to check it."""
    rows = info_rows(results, fingerprint, exported_at)
    sections = {i: Mark.SECTION for i, row in enumerate(rows) if row[0] in SECTIONS}
    return Sheet(
        name=INFO_SHEET,
        title=f"THÔNG TIN CHƯƠNG TRÌNH — {results.info.name}".upper(),
        columns=INFO_COLUMNS,
        rows=rows,
        lines=event_lines(results),
        banner=banner(results),
        page_title=f"{results.info.name} — Thông tin",
        page_note=f"Dấu vân tay kết quả: {fingerprint.text}",
        marks=sections,
        autofilter=False,
    )
