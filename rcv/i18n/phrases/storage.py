"""What the event file's errors say: what happened and what to do, in the reader's language.

:mod:`rcv.storage.errors` raises codes with their facts; :func:`storage_error` turns one into a
sentence with a :class:`~rcv.i18n.Words`. The CLI's lines about a file's trust (``rcv verify``'s
verdict, the hash chain's coverage, a backup's check) and the note that a crashed writer's lock
was taken over are here too: they are about the file, not about the show.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from rcv.i18n.words import QT_TRANSLATE_NOOP, Words
from rcv.storage.errors import EventFileError, LockHolder

if TYPE_CHECKING:
    from rcv.storage.backup import BackupResult

CTX = "Storage"

# -- errors: a code, its sentence ------------------------------------------------------------------
ERRORS = {
    "not_found": QT_TRANSLATE_NOOP(
        "Storage", "Không tìm thấy tệp sự kiện {path}. Hãy kiểm tra tên tệp và ổ chứa nó."
    ),
    "cannot_read": QT_TRANSLATE_NOOP(
        "Storage", "Không đọc được tệp {path} ({detail}). Hãy kiểm tra ổ chứa tệp và quyền đọc."
    ),
    "drive_unreadable": QT_TRANSLATE_NOOP(
        "Storage",
        "Không đọc được tệp {path} ({detail}): ổ chứa tệp đã đầy, bị rút ra hoặc có lỗi. Tệp "
        "chưa được kiểm tra. Hãy kiểm tra ổ (giải phóng chỗ trống, cắm lại) hoặc chép tệp sang "
        "ổ khác rồi thử lại.",
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "Storage",
        "Tệp {name} bị hỏng hoặc không phải tệp sự kiện rcv ({reason}). Hãy dùng bản sao lưu "
        "gần nhất.",
    ),
    "too_new": QT_TRANSLATE_NOOP(
        "Storage",
        "Tệp {name} được tạo bởi phiên bản rcv mới hơn (lược đồ {version}); phiên bản này chỉ "
        "đọc tới lược đồ {supported}. Hãy cập nhật rcv.",
    ),
    "upgrade_failed": QT_TRANSLATE_NOOP(
        "Storage", "Không nâng cấp được {name} từ lược đồ {version}: {detail}. Tệp không bị đổi."
    ),
    "setup_invalid": QT_TRANSLATE_NOOP(
        "Storage", "Dữ liệu thiết lập trong {name} không hợp lệ: {detail}"
    ),
    "setup_changed": QT_TRANSLATE_NOOP(
        "Storage", "Danh sách thí sinh, câu hỏi hoặc thể lệ trong {name} đã bị sửa ngoài rcv."
    ),
    "setup_parts_changed": QT_TRANSLATE_NOOP(
        "Storage",
        "Thiết lập trong {name} đã bị sửa ngoài rcv: {parts} không còn như khi tệp được ghi.",
    ),
    "setup_and_hashes_changed": QT_TRANSLATE_NOOP(
        "Storage",
        "Thiết lập trong {name} (thông tin sự kiện, thí sinh, câu hỏi hoặc thể lệ) và mã băm "
        "ghi lại của nó đã bị sửa ngoài rcv.",
    ),
    "picture_changed": QT_TRANSLATE_NOOP(
        "Storage", "Hình ảnh {picture} trong {name} đã bị sửa ngoài rcv."
    ),
    "picture_missing": QT_TRANSLATE_NOOP(
        "Storage", "Hình ảnh {picture} trong {name} bị thiếu trong tệp."
    ),
    "picture_added": QT_TRANSLATE_NOOP(
        "Storage",
        "Hình ảnh {picture} trong {name} được thêm vào tệp ngoài rcv (không câu hỏi nào dùng).",
    ),
    "log_entry_missing": QT_TRANSLATE_NOOP(
        "Storage", "Nhật ký trong {name} đã bị sửa hoặc hỏng tại mục {seq} (thiếu mục số {seq})."
    ),
    "log_hash_mismatch": QT_TRANSLATE_NOOP(
        "Storage", "Nhật ký trong {name} đã bị sửa hoặc hỏng tại mục {seq} (mã băm không khớp)."
    ),
    "log_entry_invalid": QT_TRANSLATE_NOOP(
        "Storage", "Nhật ký trong {name} đã bị sửa hoặc hỏng tại mục {seq} ({detail})."
    ),
    "locked": QT_TRANSLATE_NOOP(
        "Storage",
        "Tệp sự kiện {name} đang được mở để ghi bởi {program} trên máy {host} (PID {pid}) từ "
        "{since}. Mỗi tệp chỉ một chương trình được ghi. Hãy đóng chương trình đó rồi thử lại, "
        "hoặc chỉ xem tệp (rcv status / log / verify mở tệp ở chế độ chỉ đọc).",
    ),
    "locked_unknown": QT_TRANSLATE_NOOP(
        "Storage",
        "Tệp sự kiện {name} đang được mở để ghi bởi một chương trình rcv khác (không đọc được "
        "thông tin trong tệp khoá). Mỗi tệp chỉ một chương trình được ghi. Hãy đóng chương trình "
        "đó rồi thử lại, hoặc chỉ xem tệp (rcv status / log / verify mở tệp ở chế độ chỉ đọc).",
    ),
    "folder_read_only": QT_TRANSLATE_NOOP(
        "Storage",
        "Không ghi được vào thư mục chứa {name} ({detail}): ổ hoặc thư mục chỉ cho phép đọc, "
        "nên không chạy tiếp chương trình trên tệp này được. Hãy chép tệp sự kiện sang một ổ "
        "ghi được (ổ cứng của máy) rồi mở bản chép đó. Để chỉ xem hoặc kiểm tra tệp, dùng "
        "rcv status / log / verify.",
    ),
    "journal_unmerged": QT_TRANSLATE_NOOP(
        "Storage",
        "Không đọc được {name} ở đây: tệp nhật ký tạm {journal} bên cạnh còn giữ các bước đã "
        "ghi nhưng chưa gộp vào tệp chính, và ổ này chỉ cho phép đọc (hoặc đã đầy) nên không "
        "đọc được chúng. Hãy chép cả {name} và {journal} (cùng lúc, vào cùng một thư mục) sang "
        "một ổ ghi được rồi mở bản chép đó. Tệp chưa được kiểm tra: không kết luận được tệp "
        "hợp lệ hay không.",
    ),
    "no_folder": QT_TRANSLATE_NOOP(
        "Storage",
        "Không có thư mục {folder} (ổ đã bị rút ra, hoặc gõ sai đường dẫn). Hãy cắm lại ổ hoặc "
        "chọn thư mục có thật.",
    ),
    "lock_failed": QT_TRANSLATE_NOOP(
        "Storage",
        "Không tạo được tệp khoá {lock_file} ({detail}). Hãy kiểm tra ổ chứa tệp sự kiện.",
    ),
    "already_exists": QT_TRANSLATE_NOOP(
        "Storage", "Tệp {path} đã tồn tại: hãy mở nó hoặc chọn tên khác."
    ),
    "written_elsewhere": QT_TRANSLATE_NOOP(
        "Storage",
        "Tệp sự kiện đã bị một chương trình khác ghi vào. Hãy đóng và mở lại sự kiện.",
    ),
    "opened_read_only": QT_TRANSLATE_NOOP(
        "Storage", "Tệp {name} đang được mở ở chế độ chỉ đọc: không ghi được."
    ),
    "closed": QT_TRANSLATE_NOOP("Storage", "Tệp {name} đã đóng."),
    "file_moved_on": QT_TRANSLATE_NOOP(
        "Storage",
        "Tệp {name} không còn kết thúc ở bước chương trình ghi sau cùng (có {entries} mục nhật "
        "ký, chương trình có {expected}): có thể ổ đã được thay hoặc tệp bị chép đè. Không ghi "
        "gì thêm vào tệp này. Hãy đóng sự kiện và mở lại tệp đúng.",
    ),
    "picture_not_given": QT_TRANSLATE_NOOP(
        "Storage",
        "Câu hỏi {question} dùng hình {picture}, nhưng hình đó không có trong tệp {name} cũng "
        "không được đưa kèm. Hãy nhập lại câu hỏi cùng hình ảnh.",
    ),
    "folder_not_created": QT_TRANSLATE_NOOP(
        "Storage", "Không tạo được thư mục {folder} ({detail})."
    ),
    "backup_no_folder": QT_TRANSLATE_NOOP(
        "Storage",
        "Không có thư mục {folder} để chép bản sao lưu vào. Hãy cắm ổ hoặc tạo thư mục đó rồi "
        "thử lại.",
    ),
    "backup_is_source": QT_TRANSLATE_NOOP(
        "Storage",
        "Bản sao lưu phải là một tệp khác {original}: hãy chọn thư mục hoặc tên khác.",
    ),
    "backup_target_taken": QT_TRANSLATE_NOOP(
        "Storage",
        "{path} đã có và không phải tệp sự kiện rcv: không ghi đè lên nó. Hãy chọn tên hoặc "
        "thư mục khác.",
    ),
    "backup_failed": QT_TRANSLATE_NOOP(
        "Storage",
        "Không sao lưu được {name}: {detail}. Bản sao lưu cũ (nếu có) vẫn còn nguyên; tệp sự "
        "kiện không bị ảnh hưởng.",
    ),
    "backup_unreadable": QT_TRANSLATE_NOOP(
        "Storage",
        "Bản sao lưu vừa chép không đọc lại được ({cause}). Bản sao lưu cũ (nếu có) vẫn còn "
        "nguyên; tệp sự kiện không bị ảnh hưởng. Hãy thử lại, hoặc chép sang ổ khác.",
    ),
    "backup_differs": QT_TRANSLATE_NOOP(
        "Storage",
        "Bản sao lưu vừa chép có {copied} mục nhật ký, tệp gốc có {entries}: không khớp. Bản "
        "sao lưu cũ (nếu có) vẫn còn nguyên; tệp sự kiện không bị ảnh hưởng. Hãy thử lại.",
    ),
}
# "corrupt": what the check found
CORRUPT_REASONS = {
    "not_sqlite": QT_TRANSLATE_NOOP("Storage", "không phải cơ sở dữ liệu SQLite"),
    "tables_missing": QT_TRANSLATE_NOOP("Storage", "thiếu bảng dữ liệu"),
    "not_rcv": QT_TRANSLATE_NOOP("Storage", "không có dấu hiệu tệp rcv"),
    "integrity": QT_TRANSLATE_NOOP("Storage", "kiểm tra toàn vẹn: {detail}"),
    "unknown_recipe": QT_TRANSLATE_NOOP("Storage", "công thức chuỗi băm không rõ: {detail}"),
    "no_migration": QT_TRANSLATE_NOOP("Storage", "không có cách nâng cấp từ lược đồ {detail}"),
}  # "sqlite": SQLite's own words, as they are
# "setup_parts_changed": the parts of the setup
PARTS = {
    "event.name": QT_TRANSLATE_NOOP("Storage", "tên sự kiện"),
    "event.date": QT_TRANSLATE_NOOP("Storage", "ngày tổ chức"),
    "event.venue": QT_TRANSLATE_NOOP("Storage", "địa điểm"),
    "event.organiser": QT_TRANSLATE_NOOP("Storage", "đơn vị tổ chức"),
    "roster": QT_TRANSLATE_NOOP("Storage", "danh sách thí sinh"),
    "questions": QT_TRANSLATE_NOOP("Storage", "bộ câu hỏi"),
    "rules": QT_TRANSLATE_NOOP("Storage", "thể lệ"),
    "media": QT_TRANSLATE_NOOP("Storage", "hình ảnh"),
}
# "setup_fixed": what can no longer change once the show has started
SETUP_FIXED = {
    "setup": QT_TRANSLATE_NOOP(
        "Storage",
        "Chương trình đã bắt đầu: không thể thay danh sách thí sinh, câu hỏi hay thể lệ nữa "
        "(chúng là phần đầu của chuỗi băm).",
    ),
    "info": QT_TRANSLATE_NOOP(
        "Storage",
        "Chương trình đã bắt đầu: không thể thay tên, ngày, địa điểm hay đơn vị tổ chức của sự "
        "kiện nữa (chúng là phần đầu của chuỗi băm).",
    ),
}
# a write that failed: what was being written …
WRITE_LEADS = {
    "step": QT_TRANSLATE_NOOP("Storage", "Không ghi được bước vừa rồi của chương trình vào {path}"),
    "setup": QT_TRANSLATE_NOOP("Storage", "Không ghi được thí sinh, câu hỏi và thể lệ vào {path}"),
    "info": QT_TRANSLATE_NOOP("Storage", "Không ghi được thông tin sự kiện vào {path}"),
    "new_file": QT_TRANSLATE_NOOP("Storage", "Không ghi được tệp sự kiện mới vào {path}"),
    "backup": QT_TRANSLATE_NOOP("Storage", "Không ghi được bản sao lưu vào {path}"),
    "journal": QT_TRANSLATE_NOOP("Storage", "Không gộp được nhật ký tạm vào tệp chính {path}"),
    "hardware": QT_TRANSLATE_NOOP(
        "Storage", "Không ghi được cấu hình bộ thu và bảng ghép bàn phím vào {path}"
    ),
    "open": QT_TRANSLATE_NOOP("Storage", "Không mở được {path} để ghi"),
}
# … why, as the system tells …
FAILURE_CAUSES = {
    "disk_full": QT_TRANSLATE_NOOP("Storage", "ổ đĩa chứa tệp đã đầy"),
    "medium_gone": QT_TRANSLATE_NOOP(
        "Storage", "ổ chứa tệp đã bị rút ra hoặc không còn truy cập được"
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Storage", "ổ hoặc tệp chỉ cho phép đọc (ổ bị khoá ghi, hoặc không có quyền ghi)"
    ),
    "other": QT_TRANSLATE_NOOP("Storage", "hệ thống báo lỗi"),
}
# … what that leaves …
CONSEQUENCES = {
    "unchanged": QT_TRANSLATE_NOOP(
        "Storage", "Chưa có gì của lần ghi này vào tệp, và chương trình vẫn như trước đó."
    ),
    "file_unchanged": QT_TRANSLATE_NOOP("Storage", "Tệp không bị thay đổi."),
    "backup_kept": QT_TRANSLATE_NOOP(
        "Storage", "Bản sao lưu cũ (nếu có) vẫn còn nguyên; tệp sự kiện không bị ảnh hưởng."
    ),
    "merge_later": QT_TRANSLATE_NOOP(
        "Storage", "Các bước đã ghi vẫn an toàn trong nhật ký tạm (-wal) và sẽ được gộp lần sau."
    ),
}
# … and what to do.
FAILURE_TODO = {
    "disk_full": QT_TRANSLATE_NOOP(
        "Storage", "Hãy giải phóng chỗ trống trên ổ này (xoá hoặc chuyển bớt tệp khác) rồi thử lại."
    ),
    "medium_gone": QT_TRANSLATE_NOOP(
        "Storage", "Hãy cắm lại ổ (USB) hoặc kết nối lại ổ mạng, đúng chỗ cũ, rồi thử lại."
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Storage",
        "Hãy mở khoá ghi của ổ, hoặc chép tệp sự kiện sang một ổ ghi được rồi mở tệp đó.",
    ),
    "other": QT_TRANSLATE_NOOP(
        "Storage", "Hãy thử lại; nếu vẫn lỗi, chép tệp sự kiện sang ổ khác rồi mở tệp đó."
    ),
}
WRITE_SENTENCE = QT_TRANSLATE_NOOP("Storage", "{lead}: {cause} ({detail}). {consequence} {todo}")
# when a lock holder took the lock (a strftime pattern)
SINCE_FORMAT = QT_TRANSLATE_NOOP("Storage", "%H:%M:%S ngày %d/%m/%Y")


def storage_error(exc: EventFileError, words: Words) -> str:
    """What happened to the event file and what to do, in ``words``' language."""
    return render(exc.code, exc.params, words) or str(exc)


def render(code: str, params: Mapping[str, Any], words: Words) -> str | None:
    """The sentence of one storage code with its facts; None for a code rcv has no words for."""
    facts = dict(params)
    if "since" in facts:
        facts["since"] = since_text(float(facts["since"]), words)
    if code in ("write_failed", "open_failed"):
        return _write_failure(code, facts, words)
    if code == "setup_fixed":
        template = SETUP_FIXED.get(str(facts.get("what")))
        return words(CTX, template) if template else None
    if code == "corrupt":
        facts["reason"] = _corrupt_reason(facts, words)
    elif code == "setup_parts_changed":
        facts["parts"] = ", ".join(
            words(CTX, PARTS[p]) if p in PARTS else str(p) for p in facts.get("parts", ())
        )
    elif code == "backup_unreadable":
        inner = render(str(facts.get("cause")), facts.get("cause_params") or {}, words)
        facts["cause"] = inner or str(facts.get("cause"))
    template = ERRORS.get(code)
    # translated, then formatted: a fact may be named like Words' own arguments ("source")
    return words(CTX, template).format(**facts) if template else None


def since_text(since: float, words: Words) -> str:
    """When a lock was taken, as this language writes a time and a date."""
    return datetime.fromtimestamp(since).strftime(words(CTX, SINCE_FORMAT))


def _corrupt_reason(facts: Mapping[str, Any], words: Words) -> str:
    reason, detail = str(facts.get("reason", "")), str(facts.get("detail", ""))
    template = CORRUPT_REASONS.get(reason)
    return words(CTX, template, detail=detail) if template else detail or reason


def _write_failure(code: str, facts: dict[str, Any], words: Words) -> str | None:
    written = "open" if code == "open_failed" else str(facts.get("written"))
    failure = str(facts.get("failure"))
    if written not in WRITE_LEADS or failure not in FAILURE_CAUSES:
        return None
    consequence = CONSEQUENCES.get(str(facts.get("consequence")), CONSEQUENCES["unchanged"])
    return words(
        CTX,
        WRITE_SENTENCE,
        lead=words(CTX, WRITE_LEADS[written], path=facts["path"]),
        cause=words(CTX, FAILURE_CAUSES[failure]),
        detail=facts.get("detail", ""),
        consequence=words(CTX, consequence),
        todo=words(CTX, FAILURE_TODO[failure]),
    )


# -- the command line's lines about a file -------------------------------------------------------
CARRY_ON = QT_TRANSLATE_NOOP(
    "Storage",
    "Các bước đã ghi trước đó vẫn an toàn trong tệp. Khắc phục xong, hãy chạy lại đúng lệnh này "
    "để chạy tiếp chương trình.",
)
TOOK_OVER = QT_TRANSLATE_NOOP(
    "Storage",
    "CHÚ Ý: {program} (PID {pid}, máy {host}) đã dừng đột ngột khi đang ghi tệp này; tiếp tục "
    "từ những gì nó đã ghi.",
)
INVALID = QT_TRANSLATE_NOOP("Storage", "KHÔNG HỢP LỆ: {why}")
CANNOT_CHECK = QT_TRANSLATE_NOOP("Storage", "KHÔNG KIỂM TRA ĐƯỢC: {why}")
VALID = QT_TRANSLATE_NOOP("Storage", "HỢP LỆ: {count} mục nhật ký, chuỗi băm khớp.")
FINGERPRINT = QT_TRANSLATE_NOOP("Storage", "Dấu vân tay kết quả: {fingerprint}")
FULL_HASH = QT_TRANSLATE_NOOP("Storage", "Mã băm đầy đủ: {head}")
COVERED = QT_TRANSLATE_NOOP(
    "Storage",
    "Chuỗi băm bảo vệ: tên, ngày, địa điểm, đơn vị tổ chức của sự kiện, thí sinh, câu hỏi, hình "
    "ảnh, thể lệ và nhật ký.",
)
NOT_COVERED = QT_TRANSLATE_NOOP(
    "Storage",
    "CHÚ Ý: tệp này được ghi bởi phiên bản rcv cũ: tên, ngày, địa điểm và đơn vị tổ chức của sự "
    "kiện KHÔNG được chuỗi băm bảo vệ (có thể đã bị sửa mà không bị phát hiện). Thí sinh, câu "
    "hỏi, hình ảnh, thể lệ và nhật ký được bảo vệ.",
)
BACKED_UP = QT_TRANSLATE_NOOP("Storage", "Đã sao lưu {original} → {path} ({size} KB, {seconds} s).")
BACKUP_ENTRIES = QT_TRANSLATE_NOOP("Storage", "Bản sao có {entries} mục nhật ký.")
BACKUP_VALID = QT_TRANSLATE_NOOP(
    "Storage",
    "Kiểm tra bản sao: HỢP LỆ — mở lại được, chuỗi băm khớp, cùng số mục và cùng mã băm với tệp "
    "gốc lúc sao lưu.",
)


def carry_on(words: Words) -> str:
    """After a failed write mid-show: nothing is lost, the same command carries on."""
    return words(CTX, CARRY_ON)


def took_over(holder: LockHolder, words: Words) -> str:
    """A writer that crashed holding the file's lock; this one carries on from what it wrote."""
    return words(CTX, TOOK_OVER, program=holder.program, pid=holder.pid, host=holder.host)


def verdict(exc: EventFileError, invalid: bool, words: Words) -> str:
    """``rcv verify`` refusing a file: invalid (edited, damaged) or that it cannot check."""
    return words(CTX, INVALID if invalid else CANNOT_CHECK, why=storage_error(exc, words))


def valid_lines(count: int, head: str, fingerprint: str, covered: bool, words: Words) -> list[str]:
    """``rcv verify`` on a good file: the verdict, its fingerprint and what the chain covers."""
    return [
        words(CTX, VALID, count=count),
        words(CTX, FINGERPRINT, fingerprint=fingerprint),
        words(CTX, FULL_HASH, head=head),
        words(CTX, COVERED if covered else NOT_COVERED),
    ]


def backup_lines(result: BackupResult, words: Words) -> list[str]:
    """``rcv backup``: where the checked copy went and what it holds."""
    return [
        words(
            CTX,
            BACKED_UP,
            original=result.source,
            path=result.path,
            size=f"{result.size / 1024:.0f}",
            seconds=f"{result.seconds:.2f}",
        ),
        words(CTX, BACKUP_ENTRIES, entries=result.entries),
        words(CTX, FINGERPRINT, fingerprint=result.fingerprint),
        words(CTX, FULL_HASH, head=result.head),
        words(CTX, BACKUP_VALID),
    ]
