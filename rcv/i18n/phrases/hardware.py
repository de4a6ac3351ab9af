"""What the hardware tools say about device profiles and pairing, in the reader's language.

:mod:`rcv.hardware.profile` reports a profile file's problems as codes on their line, and
:mod:`rcv.hardware.pairing` a pairing walk's steps as codes; the functions here word them with a
:class:`~rcv.i18n.Words` for ``rcv hw profile check``, ``rcv hw pair`` and the console's hub
set-up dialog.
"""

from __future__ import annotations

from rcv.hardware.events import LinkEvent
from rcv.hardware.hubs import SetupProblem
from rcv.hardware.pairing import PairingWalk, PairStep
from rcv.hardware.profile import Problem, ProfileCheck, ProfileError
from rcv.i18n.words import QT_TRANSLATE_NOOP, Words

CTX = "Hardware"

PROBLEMS = {
    "yaml": QT_TRANSLATE_NOOP("Hardware", "YAML sai: {detail}"),
    "not_mapping": QT_TRANSLATE_NOOP(
        "Hardware", 'Hồ sơ phải là một bảng "khoá: giá trị" (name:, pattern:, …).'
    ),
    "unknown_setting": QT_TRANSLATE_NOOP(
        "Hardware", 'rcv không biết mục "{name}" (gõ nhầm?). Xem docs/hardware.md, mục 8.'
    ),
    "bad_value": QT_TRANSLATE_NOOP(
        "Hardware", 'Giá trị "{value}" của {setting} không dùng được; cần: {expected}.'
    ),
    "bad_key": QT_TRANSLATE_NOOP("Hardware", 'Phím "{raw}" được gán cho "{key}", không thuộc A–F.'),
    "bad_pattern": QT_TRANSLATE_NOOP("Hardware", 'Biểu thức chính quy "{pattern}" sai: {detail}'),
    "format_needs": QT_TRANSLATE_NOOP(
        "Hardware", 'Định dạng {format} cần mục "{what}" nói đọc ghế, mã và phím ở đâu.'
    ),
    "seat_and_id": QT_TRANSLATE_NOOP(
        "Hardware",
        "Một dòng không thể vừa có ghế (seat) vừa có mã bàn phím (id): chọn một; mã bàn phím "
        "được ghép với ghế bằng bảng ghép (rcv hw pair).",
    ),
    "unused_source": QT_TRANSLATE_NOOP(
        "Hardware",
        'Nhóm "{name}" không được dùng: rcv chỉ đọc seat, id, key và time (cảnh báo).',
    ),
    "unknown_command": QT_TRANSLATE_NOOP(
        "Hardware",
        'rcv không biết lệnh "{name}" (có: init, arm, arm_buzz, lock, reset, led, leds).',
    ),
    "command_template": QT_TRANSLATE_NOOP("Hardware", "Mẫu lệnh {command} sai: {detail}"),
    "command_fields": QT_TRANSLATE_NOOP(
        "Hardware", "Lệnh {command} dùng chỗ trống không có: {fields}."
    ),
    "command_needs_id": QT_TRANSLATE_NOOP(
        "Hardware",
        "Lệnh {command} dùng {{id}} nhưng dòng của thiết bị không có mã bàn phím (id).",
    ),
    "led_state": QT_TRANSLATE_NOOP("Hardware", 'led_states "{name}" không có; dùng: {known}.'),
    "binding": QT_TRANSLATE_NOOP(
        "Hardware", 'Phím gõ "{key}" gán cho "{value}": cần "ghế:phím" với phím A–F.'
    ),
    "keyboard_needs_bindings": QT_TRANSLATE_NOOP(
        "Hardware", "Hồ sơ bàn phím (kind: keyboard) cần bảng bindings."
    ),
    "bad_code": QT_TRANSLATE_NOOP(
        "Hardware",
        'Mã "{code}" gán cho "{value}": cần "ghế" hoặc "ghế:phím" với phím A–F.',
    ),
    "codes_mixed": QT_TRANSLATE_NOOP(
        "Hardware",
        "Trong bảng codes, hoặc mọi mã đều có phím, hoặc không mã nào có (nút giành quyền).",
    ),
    "no_simulation": QT_TRANSLATE_NOOP(
        "Hardware",
        'Không có simulate.press: "rcv sim --profile" không giả lập được thiết bị này (cảnh báo).',
    ),
    "not_found": QT_TRANSLATE_NOOP("Hardware", "Không có tệp {path}."),
    "cannot_read": QT_TRANSLATE_NOOP("Hardware", "Không đọc được {path}: {detail}"),
    "no_such_profile": QT_TRANSLATE_NOOP("Hardware", 'Không có hồ sơ "{name}". Có: {known}.'),
    "name_taken": QT_TRANSLATE_NOOP(
        "Hardware", '"{name}" là tên của một hồ sơ có sẵn: hãy đặt name khác trong tệp.'
    ),
    "invalid": QT_TRANSLATE_NOOP("Hardware", "Hồ sơ không dùng được."),
}
AT_LINE = QT_TRANSLATE_NOOP("Hardware", "dòng {line}: {problem}")
CHECK_OK = QT_TRANSLATE_NOOP(
    "Hardware",
    '{file}: dùng được — hồ sơ "{name}" ({title}). Ghế: {seat}; phím: {key}; khung: {framing}.',
)
CHECK_BAD = QT_TRANSLATE_NOOP("Hardware", "{file}: không dùng được ({n} lỗi).")
SEAT_SOURCES = {
    "seat": QT_TRANSLATE_NOOP("Hardware", "đọc từ dòng"),
    "id": QT_TRANSLATE_NOOP("Hardware", "theo bảng ghép mã bàn phím"),
    "port": QT_TRANSLATE_NOOP("Hardware", "theo cổng (một cổng một ghế hoặc một đội)"),
}
KEY_SOURCES = {
    "key": QT_TRANSLATE_NOOP("Hardware", "A–F"),
    "buzz": QT_TRANSLATE_NOOP("Hardware", "không có (nút giành quyền)"),
}
FRAMINGS = {
    "line": QT_TRANSLATE_NOOP("Hardware", "từng dòng"),
    "bytes": QT_TRANSLATE_NOOP("Hardware", "từng ký tự, không xuống dòng"),
}

# a pairing walk
PAIR_STEPS = {
    "paired": QT_TRANSLATE_NOOP("Hardware", "Bàn phím {id} → ghế {seat}."),
    "moved": QT_TRANSLATE_NOOP("Hardware", "Bàn phím {id} chuyển từ ghế {other} sang ghế {seat}."),
    "again": QT_TRANSLATE_NOOP("Hardware", "Bàn phím {id} vừa ghép (ghế {seat}): bấm lại, bỏ qua."),
    "duplicate": QT_TRANSLATE_NOOP(
        "Hardware",
        "TRÙNG: bàn phím {id} đã ở ghế {other}, không ghép cho ghế {seat}. Bấm đúng bàn phím "
        "của ghế {seat}, hoặc gõ số ghế để chuyển nó.",
    ),
    "done": QT_TRANSLATE_NOOP("Hardware", "Đã ghép đủ các ghế; bàn phím {id} không đổi."),
}
PAIR_ASK = QT_TRANSLATE_NOOP("Hardware", "Bấm một phím trên bàn phím ở ghế {seat}…")
PAIR_HOW = QT_TRANSLATE_NOOP(
    "Hardware",
    "Đi dọc sàn, bấm bàn phím từng ghế theo thứ tự. Gõ một số ghế rồi Enter để ghép ghế đó; "
    "Enter để bỏ qua ghế đang hỏi; q rồi Enter để kết thúc.",
)
PAIR_SUMMARY = QT_TRANSLATE_NOOP(
    "Hardware", "Đã ghép {paired}/{seats} ghế. Chưa có bàn phím: {missing}. Bỏ qua: {skipped}."
)
PAIR_SHARED = QT_TRANSLATE_NOOP("Hardware", "Ghế có hai bàn phím: {seats}.")
PAIR_SAVED = QT_TRANSLATE_NOOP("Hardware", "Đã lưu bảng ghép vào {path}.")
NONE = QT_TRANSLATE_NOOP("Hardware", "không")
UNPAIRED_PRESS = QT_TRANSLATE_NOOP("Hardware", "Bàn phím {id} (chưa ghép) bấm {key}.")


def problem(p: Problem, words: Words) -> str:
    """One problem of a profile file, on its line when it has one (a warning says so)."""
    template = PROBLEMS.get(p.code)
    params = {k: v for k, v in p.params.items() if k != "line"}
    text = words(CTX, template, **params) if template else str(p)
    return words(CTX, AT_LINE, line=p.line, problem=text) if p.line else text


def profile_error(exc: ProfileError, words: Words) -> str:
    """Why a profile cannot be used: every problem, one after the other."""
    return " ".join(problem(p, words) for p in exc.problems)


def check_report(check: ProfileCheck, file: str, words: Words) -> list[str]:
    """``rcv hw profile check``: a verdict, then every problem on its line."""
    lines: list[str] = []
    profile = check.profile
    if check.ok and profile is not None:
        seat = "id" if profile.has("id") else "seat" if profile.has("seat") else "port"
        lines.append(
            words(
                CTX,
                CHECK_OK,
                file=file,
                name=profile.name,
                title=profile.title or profile.name,
                seat=words(CTX, SEAT_SOURCES[seat]),
                key=words(CTX, KEY_SOURCES["buzz" if profile.buzz_only else "key"]),
                framing=words(CTX, FRAMINGS[profile.framing]),
            )
        )
    else:
        lines.append(words(CTX, CHECK_BAD, file=file, n=len(check.errors)))
    lines.extend(problem(p, words) for p in check.problems)
    return lines


def pair_step(step: PairStep, words: Words) -> str:
    return words(
        CTX, PAIR_STEPS[step.code], id=step.device_id, seat=step.seat or "", other=step.other or ""
    )


def seat_runs(values: list[int]) -> list[str]:
    """Seats as runs: [3, 5, 6, 7, 9] -> ["3", "5–7", "9"]."""
    runs: list[str] = []
    ordered = sorted(set(values))
    start = prev = None
    for seat in [*ordered, None]:
        if start is not None and (seat is None or seat != prev + 1):  # type: ignore[operator]
            runs.append(str(start) if start == prev else f"{start}–{prev}")
            start = None
        if seat is not None and start is None:
            start = seat
        prev = seat
    return runs


def pair_summary(walk: PairingWalk, words: Words) -> list[str]:
    def seats(values: list[int]) -> str:
        return ", ".join(seat_runs(values)) if values else words(CTX, NONE)

    lines = [
        words(
            CTX,
            PAIR_SUMMARY,
            paired=walk.last - walk.first + 1 - len(walk.missing),
            seats=walk.last - walk.first + 1,
            missing=seats(walk.missing),
            skipped=seats(walk.skipped),
        )
    ]
    lines.extend(pair_step(s, words) for s in walk.duplicates)
    shared = walk.table.shared_seats()
    if shared:
        lines.append(words(CTX, PAIR_SHARED, seats=seats(shared)))
    return lines


# rehearsing with the crew's own device (rcv demo --port)
REHEARSAL = {
    "seats_unknown": QT_TRANSLATE_NOOP(
        "Hardware",
        "Không biết thiết bị ở {port} phục vụ những ghế nào: ghi rõ bằng --seat (ví dụ --seat "
        "1-10), hoặc ghép bàn phím trước (rcv hw pair … --event TỆP.rcv).",
    ),
    "outside": QT_TRANSLATE_NOOP(
        "Hardware", "Ghế {seats} của thiết bị ở {port} nằm ngoài sàn (1–{n})."
    ),
    "overlap": QT_TRANSLATE_NOOP(
        "Hardware", "Thiết bị ở {port} (ghế {seats}) trùng ghế với thiết bị ở {other}."
    ),
}
REHEARSING = QT_TRANSLATE_NOOP(
    "Hardware",
    "Tập dượt với thiết bị thật: {devices}; các ghế khác là bàn phím mô phỏng. Bấm Space để đi "
    "từng bước.",
)
REHEARSAL_NEEDS_WINDOW = QT_TRANSLATE_NOOP(
    "Hardware",
    "Tập dượt với thiết bị thật cần cửa sổ điều khiển (không chạy được với --headless).",
)


def rehearsal_error(code: str, params: dict[str, object], words: Words) -> str:
    """Why a device cannot take part in the rehearsal."""
    return words(CTX, REHEARSAL[code], **params)


# what a hub's link last said, beside its state in the hardware pane
LINK_NOTES = {
    LinkEvent.SILENT: QT_TRANSLATE_NOOP("Hardware", "không nghe thấy nhịp tim"),
    LinkEvent.LOST: QT_TRANSLATE_NOOP("Hardware", "mất cổng — đang nối lại"),
    LinkEvent.OPEN_FAILED: QT_TRANSLATE_NOOP("Hardware", "không mở được cổng"),
    LinkEvent.NO_HELLO: QT_TRANSLATE_NOOP("Hardware", "chưa chào (đang khởi động?)"),
    LinkEvent.GAP: QT_TRANSLATE_NOOP("Hardware", "mất khung — đang lấy lại"),
    LinkEvent.OVERLAP: QT_TRANSLATE_NOOP("Hardware", "trùng dải ghế"),
}
SETUP_PROBLEMS = {
    "overlap": QT_TRANSLATE_NOOP(
        "Hardware",
        "Trùng ghế {first}–{last}: {who_a} ({port_a}, ghế {from_a}–{to_a}) và {who_b} "
        "({port_b}, ghế {from_b}–{to_b}). Sửa dải ghế trước buổi thi.",
    ),
}


CONNECT_PROBLEM = QT_TRANSLATE_NOOP("Hardware", "Không nối được bộ thu: {detail}")


def connect_problem(exc: Exception, words: Words) -> str:
    """Why the chosen ports could not be connected (a profile's problems said in full)."""
    detail = profile_error(exc, words) if isinstance(exc, ProfileError) else str(exc)
    return words(CTX, CONNECT_PROBLEM, detail=detail)


def link_note(kind: str, detail: str, words: Words) -> str:
    """What a hub's link last said (a LinkEvent value), with the link's own detail if any."""
    template = LINK_NOTES.get(LinkEvent(kind)) if kind in LinkEvent._value2member_map_ else None
    said = words(CTX, template) if template else ""
    return " — ".join(part for part in (said, detail) if part)


def setup_problem(problem: SetupProblem, words: Words) -> str:
    """Something to fix before the show, for the technician."""
    template = SETUP_PROBLEMS.get(problem.kind)
    if template is None:
        return f"{problem.kind}: {', '.join(problem.ports)}"
    return words(CTX, template, **problem.params)


TABLES = (PROBLEMS, SEAT_SOURCES, KEY_SOURCES, FRAMINGS, PAIR_STEPS, REHEARSAL, LINK_NOTES,
          SETUP_PROBLEMS)  # fmt: skip
SINGLES = (AT_LINE, CHECK_OK, CHECK_BAD, PAIR_ASK, PAIR_HOW, PAIR_SUMMARY, PAIR_SHARED,
           PAIR_SAVED, NONE, UNPAIRED_PRESS, REHEARSING, REHEARSAL_NEEDS_WINDOW)  # fmt: skip
