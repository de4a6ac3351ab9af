"""What ``rcv self-test`` says: the checks' names, what each found, its notes and the verdict.

The checks (:mod:`rcv.selftest`) give back codes with facts — an object with ``code`` and
``params``, a fact possibly such an object itself (why Qt cannot load: the missing libraries);
this module turns them into the report's words with a :class:`~rcv.i18n.Words`. It knows the
checks only by their codes: :mod:`rcv.selftest` imports it, not the other way round.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rcv.i18n.phrases.storage import render as storage_sentence
from rcv.i18n.words import QT_TRANSLATE_NOOP, Words

CTX = "Selftest"

NAMES = {
    "folders": QT_TRANSLATE_NOOP("Selftest", "Thư mục ghi"),
    "samples": QT_TRANSLATE_NOOP("Selftest", "Tệp mẫu"),
    "event_file": QT_TRANSLATE_NOOP("Selftest", "Tệp sự kiện (SQLite)"),
    "excel": QT_TRANSLATE_NOOP("Selftest", "Excel"),
    "hub": QT_TRANSLATE_NOOP("Selftest", "Bàn phím (hub mô phỏng)"),
    "qt": QT_TRANSLATE_NOOP("Selftest", "Qt"),
    "fonts": QT_TRANSLATE_NOOP("Selftest", "Phông chữ"),
    "sounds": QT_TRANSLATE_NOOP("Selftest", "Âm thanh"),
    "qml": QT_TRANSLATE_NOOP("Selftest", "Màn chiếu (QML)"),
    "translations": QT_TRANSLATE_NOOP("Selftest", "Bản dịch"),
}
SAID = {
    # any check
    "unexpected": QT_TRANSLATE_NOOP("Selftest", "lỗi không mong đợi: {kind}: {message}"),
    # folders
    "folders_unwritable": QT_TRANSLATE_NOOP("Selftest", "không ghi được: {problems}"),
    "folders_ok": QT_TRANSLATE_NOOP(
        "Selftest", "ghi được cả {count} thư mục (thư mục của người dùng; chế độ mang theo tắt)"
    ),
    "folders_ok_portable": QT_TRANSLATE_NOOP(
        "Selftest", "ghi được cả {count} thư mục (chế độ mang theo, {reason}: {root})"
    ),
    "events_folder": QT_TRANSLATE_NOOP("Selftest", "tệp sự kiện: {path}"),
    "logs_folder": QT_TRANSLATE_NOOP("Selftest", "nhật ký: {path}"),
    # samples
    "sample_missing": QT_TRANSLATE_NOOP("Selftest", "thiếu bộ câu hỏi mẫu {path}"),
    "sample_unreadable": QT_TRANSLATE_NOOP("Selftest", "bộ câu hỏi mẫu không đọc được: {path}"),
    "templates_missing": QT_TRANSLATE_NOOP("Selftest", "thiếu tệp Excel mẫu trong {folder}"),
    "template_unreadable": QT_TRANSLATE_NOOP("Selftest", "{name} không mở được: {detail}"),
    "samples_ok": QT_TRANSLATE_NOOP("Selftest", "{sample}: {count} câu; mẫu Excel: {templates}"),
    # the event file ("event_file_error": the event file's own error, see phrases.storage)
    "event_file_nothing_written": QT_TRANSLATE_NOOP(
        "Selftest", "không ghi được bước nào vào tệp sự kiện"
    ),
    "event_file_reopened_differs": QT_TRANSLATE_NOOP(
        "Selftest", "mở lại thấy {read} dòng nhật ký thay vì {written}, hoặc mã khác"
    ),
    "event_file_not_wal": QT_TRANSLATE_NOOP(
        "Selftest", "SQLite không dùng WAL ở {folder} (journal_mode={mode})"
    ),
    "event_file_ok": QT_TRANSLATE_NOOP(
        "Selftest", "ghi {written} dòng nhật ký, mở lại đủ và khớp mã {head}… (WAL)"
    ),
    # Excel
    "excel_differs": QT_TRANSLATE_NOOP("Selftest", "đọc lại khác với đã ghi: {back}"),
    "excel_ok": QT_TRANSLATE_NOOP(
        "Selftest", "ghi rồi đọc lại được chữ tiếng Việt, số và ngày (.xlsx)"
    ),
    # the keypads
    "hub_no_hello": QT_TRANSLATE_NOOP("Selftest", "không mở được {url} hoặc hub không chào"),
    "hub_no_hello_because": QT_TRANSLATE_NOOP(
        "Selftest", "không mở được {url} hoặc hub không chào ({detail})"
    ),
    "hub_no_press": QT_TRANSLATE_NOOP("Selftest", "đã gửi ARM nhưng không nhận được lần bấm nào"),
    "hub_no_lock_ack": QT_TRANSLATE_NOOP("Selftest", "hub không xác nhận lệnh LOCK"),
    "hub_port_stuck": QT_TRANSLATE_NOOP("Selftest", "không đóng được cổng (luồng đọc không dừng)"),
    "hub_ok": QT_TRANSLATE_NOOP(
        "Selftest",
        "hub {hub} chào qua {url}; ARM → ghế {seat} bấm {key} sau {ms} ms; LOCK được xác nhận; "
        "đóng cổng",
    ),
    "serial_ports_unknown": QT_TRANSLATE_NOOP(
        "Selftest", "không liệt kê được cổng serial: {detail}"
    ),
    "serial_ports_none": QT_TRANSLATE_NOOP(
        "Selftest", "chưa thấy cổng serial nào (cắm hub rồi xem: rcv hw ports)"
    ),
    "serial_ports": QT_TRANSLATE_NOOP("Selftest", "cổng serial trên máy: {ports}"),
    # Qt
    "qt_cannot_load": QT_TRANSLATE_NOOP("Selftest", "Qt không nạp được: {why}"),
    "qt_not_run": QT_TRANSLATE_NOOP("Selftest", "không chạy vì Qt không nạp được (xem dòng Qt)"),
    "qt_core_only": QT_TRANSLATE_NOOP("Selftest", "đã có một QCoreApplication không có giao diện"),
    "platform_missing": QT_TRANSLATE_NOOP(
        "Selftest", "thiếu plugin nền tảng '{wanted}' (có: {available})"
    ),
    "platform_cannot_load": QT_TRANSLATE_NOOP(
        "Selftest", "plugin nền tảng '{wanted}' không nạp được: {why}"
    ),
    "no_x_display": QT_TRANSLATE_NOOP("Selftest", "không có màn hình X (DISPLAY trống)"),
    "qt_fell_back": QT_TRANSLATE_NOOP(
        "Selftest", "{problem}; các mục sau chạy với nền tảng offscreen"
    ),
    "qt_no_widgets": QT_TRANSLATE_NOOP(
        "Selftest", "ứng dụng không có Qt Widgets (bảng điều khiển cần nó)"
    ),
    "qt_no_screens": QT_TRANSLATE_NOOP("Selftest", "nền tảng '{platform}' không có màn hình nào"),
    "qt_ok": QT_TRANSLATE_NOOP(
        "Selftest",
        "nền tảng '{platform}', Qt {qt} (PySide6 {pyside}), {count} màn hình: {sizes}",
    ),
    "one_screen": QT_TRANSLATE_NOOP(
        "Selftest", "chỉ có 1 màn hình: cắm máy chiếu để chiếu sang màn hình thứ hai"
    ),
    # fonts
    "font_missing": QT_TRANSLATE_NOOP("Selftest", "thiếu tệp phông chữ {path}"),
    "font_not_loaded": QT_TRANSLATE_NOOP("Selftest", "Qt không nạp được phông chữ {name}"),
    "font_unreadable": QT_TRANSLATE_NOOP("Selftest", "Qt không đọc được phông chữ {name}"),
    "font_lacks": QT_TRANSLATE_NOOP("Selftest", "{name} thiếu chữ: {letters}"),
    "font_replaced": QT_TRANSLATE_NOOP("Selftest", "Qt dùng '{used}' thay cho '{family}'"),
    "family_lacks": QT_TRANSLATE_NOOP("Selftest", "'{family}' thiếu chữ: {letters}"),
    "fonts_ok": QT_TRANSLATE_NOOP(
        "Selftest", "{families} ({files} tệp) có đủ {letters} chữ tiếng Việt, cả {stacked}"
    ),
    # sounds
    "sound_missing": QT_TRANSLATE_NOOP("Selftest", "thiếu tệp âm thanh {path}"),
    "sound_not_wav": QT_TRANSLATE_NOOP("Selftest", "{name} không phải WAV PCM đọc được: {detail}"),
    "multimedia_cannot_load": QT_TRANSLATE_NOOP("Selftest", "QtMultimedia không nạp được: {why}"),
    "sound_effects_failed": QT_TRANSLATE_NOOP("Selftest", "QSoundEffect không nạp được: {names}"),
    "speaker": QT_TRANSLATE_NOOP("Selftest", "loa: {name}"),
    "no_audio_device": QT_TRANSLATE_NOOP(
        "Selftest", "không có thiết bị âm thanh: chương trình sẽ im lặng (không phải lỗi)"
    ),
    "sound_effects_not_loaded": QT_TRANSLATE_NOOP(
        "Selftest", "QSoundEffect chưa nạp: {names} (vì không có loa)"
    ),
    "sounds_ok": QT_TRANSLATE_NOOP(
        "Selftest", "{count} tệp WAV đọc được ({seconds} s); QSoundEffect nạp {ready}/{total}"
    ),
    # the display's QML
    "qml_missing": QT_TRANSLATE_NOOP("Selftest", "không thấy tệp QML nào trong {folder}"),
    "qml_error": QT_TRANSLATE_NOOP("Selftest", "{name}: {errors}"),
    "svg_unsupported": QT_TRANSLATE_NOOP(
        "Selftest", "Qt không đọc được ảnh SVG (thiếu plugin imageformats/qsvg)"
    ),
    "qml_probe_failed": QT_TRANSLATE_NOOP("Selftest", "không tạo được cảnh QML thử: {errors}"),
    "logo_not_shown": QT_TRANSLATE_NOOP(
        "Selftest", "logo {name} không hiện được trong QML (status {status})"
    ),
    "qml_ok": QT_TRANSLATE_NOOP(
        "Selftest", "{count} tệp QML của màn chiếu dịch được; logo SVG hiện được"
    ),
    # translations
    "english_missing": QT_TRANSLATE_NOOP("Selftest", "thiếu bản dịch tiếng Anh (có: {languages})"),
    "english_not_loaded": QT_TRANSLATE_NOOP(
        "Selftest", "không nạp được bản dịch tiếng Anh (rcv_en.qm)"
    ),
    "english_wrong": QT_TRANSLATE_NOOP(
        "Selftest", "bản dịch tiếng Anh không dịch '{probe}' (được {got})"
    ),
    "qt_vietnamese_missing": QT_TRANSLATE_NOOP(
        "Selftest", "thiếu chữ tiếng Việt cho nút của Qt (qtbase_vi.qm)"
    ),
    "translations_ok": QT_TRANSLATE_NOOP(
        "Selftest", "{languages}: '{probe}' → '{word}', nút 'Cancel' → '{cancel}'"
    ),
    # why Qt or one of its parts cannot load
    "import_error": QT_TRANSLATE_NOOP("Selftest", "{kind}: {message}"),
}
# portable mode: why it is on ("folders_ok_portable")
PORTABLE_REASONS = {
    "flag": QT_TRANSLATE_NOOP("Selftest", "bật bởi --portable"),
    "env": QT_TRANSLATE_NOOP("Selftest", "RCV_PORTABLE={value}"),
    "marker": QT_TRANSLATE_NOOP("Selftest", "có tệp portable.txt cạnh chương trình"),
}
# the missing libraries: each one, then how to get them
MISSING = QT_TRANSLATE_NOOP("Selftest", "thiếu thư viện {libraries}")
LIBRARY_PACKAGE = QT_TRANSLATE_NOOP("Selftest", "{soname} (gói {package})")
LIBRARY_PYSIDE = QT_TRANSLATE_NOOP("Selftest", "{soname} (của PySide6)")
LIBRARY_UNKNOWN = QT_TRANSLATE_NOOP("Selftest", "{soname} (không rõ gói nào)")
INSTALL = QT_TRANSLATE_NOOP("Selftest", "cài bằng: {command}")
REINSTALL_BUNDLE = QT_TRANSLATE_NOOP(
    "Selftest", "bản đóng gói bị thiếu tệp, hãy chép lại cả thư mục"
)
REINSTALL_PIP = QT_TRANSLATE_NOOP("Selftest", "cài lại PySide6: {command}")
NOTHING = QT_TRANSLATE_NOOP("Selftest", "không có")
# the report around the lines
OK_MARK = QT_TRANSLATE_NOOP("Selftest", "OK ")
FAIL_MARK = QT_TRANSLATE_NOOP("Selftest", "LỖI")
NOTE = QT_TRANSLATE_NOOP("Selftest", "ghi chú: {note}")
TITLE = QT_TRANSLATE_NOOP("Selftest", "rcv {version} — tự kiểm tra cài đặt (self-test)")
PROGRAM = QT_TRANSLATE_NOOP("Selftest", "Chương trình: {root} ({kind}), Python {python}, {system}")
BUNDLE = QT_TRANSLATE_NOOP("Selftest", "bản đóng gói")
SOURCE = QT_TRANSLATE_NOOP("Selftest", "mã nguồn")
ALL_OK = QT_TRANSLATE_NOOP(
    "Selftest", "Kết quả: {total}/{total} mục OK — máy sẵn sàng cho chương trình."
)
SOME_FAILED = QT_TRANSLATE_NOOP(
    "Selftest",
    "Kết quả: {failed}/{total} mục LỖI ({names}) — chưa sẵn sàng, xem chi tiết ở trên.",
)


def check_name(code: str, words: Words) -> str:
    """A check's name in the report ("Phông chữ" / "Fonts")."""
    return words(CTX, NAMES[code]) if code in NAMES else code


def detail(said: Any, words: Words) -> str:
    """What a check found (or a note), from its code and facts; facts that are themselves codes
    with facts are said too."""
    code, params = said.code, dict(said.params)
    facts = {key: _fact(value, words) for key, value in params.items()}
    if code == "missing_libraries":
        return _missing(params, words)
    if code == "event_file_error":  # the event file's own error
        error = params["error"]
        return storage_sentence(error.code, error.params, words) or error.code
    if code == "hub_no_hello" and params.get("detail"):
        code = "hub_no_hello_because"
    if code == "folders_ok_portable":
        reason = PORTABLE_REASONS.get(str(params.get("reason")), "{value}")
        facts["reason"] = words(CTX, reason).format(value=params.get("value", ""))
    if code == "platform_missing" and not params.get("available"):
        facts["available"] = words(CTX, NOTHING)
    template = SAID.get(code)
    if template is None:
        return ", ".join([code, *(f"{k}={v}" for k, v in facts.items())])
    text = words(CTX, template).format(**facts)
    heard = params.get("qt_said")  # what Qt said while the check ran
    return f"{text} (Qt: {heard})" if heard else text


def _fact(value: Any, words: Words) -> Any:
    return detail(value, words) if hasattr(value, "code") and hasattr(value, "params") else value


def _missing(params: Mapping[str, Any], words: Words) -> str:
    named = []
    for soname, package in params.get("libraries", ()):
        if package == "pyside6":
            named.append(words(CTX, LIBRARY_PYSIDE).format(soname=soname))
        elif package:
            named.append(words(CTX, LIBRARY_PACKAGE).format(soname=soname, package=package))
        else:
            named.append(words(CTX, LIBRARY_UNKNOWN).format(soname=soname))
    parts = [words(CTX, MISSING).format(libraries=", ".join(named))]
    if params.get("command"):
        parts.append(words(CTX, INSTALL).format(command=params["command"]))
    if params.get("fix") == "bundle":
        parts.append(words(CTX, REINSTALL_BUNDLE))
    elif params.get("fix") == "pip":
        parts.append(words(CTX, REINSTALL_PIP).format(command=params.get("pip", "")))
    return "; ".join(parts)


def marks(words: Words) -> tuple[str, str]:
    """The marks of a passing and a failing line, of the same width."""
    ok, fail = words(CTX, OK_MARK), words(CTX, FAIL_MARK)
    width = max(len(ok), len(fail))
    return ok.ljust(width), fail.ljust(width)


def note(said: Any, words: Words) -> str:
    return words(CTX, NOTE).format(note=detail(said, words))


def header(
    version: str, root: str, bundle: bool, python: str, system: str, words: Words
) -> list[str]:
    """The report's first lines: which rcv, where it runs from."""
    kind = words(CTX, BUNDLE if bundle else SOURCE)
    return [
        words(CTX, TITLE).format(version=version),
        words(CTX, PROGRAM).format(root=root, kind=kind, python=python, system=system),
    ]


def summary(total: int, failed: Sequence[str], words: Words) -> str:
    """The verdict: every check passed, or which did not (``failed``: their codes)."""
    if not failed:
        return words(CTX, ALL_OK).format(total=total)
    names = ", ".join(check_name(code, words) for code in failed)
    return words(CTX, SOME_FAILED).format(failed=len(failed), total=total, names=names)
