"""The pages the server serves — only these, from memory, by exact path — and their words.

The pages are plain HTML, CSS and JavaScript in ``rcv/web/static`` (no build step, nothing
from the internet); their texts come from the catalogue: :data:`TEXTS` is marked for
``scripts/update-translations`` and :func:`page_texts` renders it with a
:class:`~rcv.i18n.Words` in each language, served as ``/words.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rcv.i18n import QT_TRANSLATE_NOOP, Words

STATIC = Path(__file__).resolve().parent / "static"

# exact path -> (file in static/, content type)
ROUTES: dict[str, tuple[str, str]] = {
    "/p": ("phone.html", "text/html; charset=utf-8"),
    "/a": ("audience.html", "text/html; charset=utf-8"),
    "/o": ("overlay.html", "text/html; charset=utf-8"),
    "/r": ("referee.html", "text/html; charset=utf-8"),
    "/s/app.css": ("app.css", "text/css; charset=utf-8"),
    "/s/common.js": ("common.js", "text/javascript; charset=utf-8"),
    "/s/phone.js": ("phone.js", "text/javascript; charset=utf-8"),
    "/s/audience.js": ("audience.js", "text/javascript; charset=utf-8"),
    "/s/overlay.js": ("overlay.js", "text/javascript; charset=utf-8"),
    "/s/referee.js": ("referee.js", "text/javascript; charset=utf-8"),
}

HEADERS = (
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    (
        "Content-Security-Policy",
        "default-src 'self'; connect-src 'self'; img-src 'self' data:; "
        "style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
)

CTX = "Phone"
TEXTS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Phone", "Rung chuông vàng"),
    "seat": QT_TRANSLATE_NOOP("Phone", "Ghế"),
    "pin": QT_TRANSLATE_NOOP("Phone", "Mã PIN"),
    "join": QT_TRANSLATE_NOOP("Phone", "Vào ghế"),
    "joining": QT_TRANSLATE_NOOP("Phone", "Đang vào ghế…"),
    "join_help": QT_TRANSLATE_NOOP(
        "Phone", "Quét mã QR của ghế, hoặc nhập số ghế và mã PIN trên phiếu."
    ),
    "connecting": QT_TRANSLATE_NOOP("Phone", "Đang kết nối lại…"),
    "idle": QT_TRANSLATE_NOOP("Phone", "Chờ câu hỏi"),
    "shown": QT_TRANSLATE_NOOP("Phone", "Đọc câu hỏi — chờ hiệu lệnh"),
    "armed": QT_TRANSLATE_NOOP("Phone", "Trả lời ngay!"),
    "answered": QT_TRANSLATE_NOOP("Phone", "Đã trả lời: {answer}"),
    "sent": QT_TRANSLATE_NOOP("Phone", "Đã gửi: {answer}"),
    "locked": QT_TRANSLATE_NOOP("Phone", "Hết giờ — đã khoá"),
    "right": QT_TRANSLATE_NOOP("Phone", "Đúng!"),
    "wrong": QT_TRANSLATE_NOOP("Phone", "Sai"),
    "correct_was": QT_TRANSLATE_NOOP("Phone", "Đáp án: {answer}"),
    "out": QT_TRANSLATE_NOOP("Phone", "Bạn đã rời sàn thi"),
    "watch": QT_TRANSLATE_NOOP("Phone", "Câu này bạn không tham gia"),
    "over": QT_TRANSLATE_NOOP("Phone", "Chương trình đã kết thúc"),
    "bell": QT_TRANSLATE_NOOP("Phone", "Rung chuông vàng!"),
    "question": QT_TRANSLATE_NOOP("Phone", "Câu {number}"),
    "seconds": QT_TRANSLATE_NOOP("Phone", "{s} giây"),
    "true": QT_TRANSLATE_NOOP("Phone", "Đúng"),
    "false": QT_TRANSLATE_NOOP("Phone", "Sai"),
    "number_hint": QT_TRANSLATE_NOOP("Phone", "Nhập đáp án"),
    "send": QT_TRANSLATE_NOOP("Phone", "Gửi"),
    "waiting_mc": QT_TRANSLATE_NOOP(
        "Phone", "Ghế này đang dùng trên máy khác: chờ người dẫn chương trình đồng ý."
    ),
    "replaced": QT_TRANSLATE_NOOP("Phone", "Ghế này đã chuyển sang máy khác."),
    "bad_token": QT_TRANSLATE_NOOP("Phone", "Mã không đúng hoặc đã dùng rồi."),
    "bad_pin": QT_TRANSLATE_NOOP("Phone", "Số ghế hoặc mã PIN không đúng."),
    "too_many": QT_TRANSLATE_NOOP("Phone", "Thử quá nhiều lần: đợi một chút."),
    "unknown_seat": QT_TRANSLATE_NOOP("Phone", "Không có ghế này."),
    "closed": QT_TRANSLATE_NOOP("Phone", "Máy chủ đã dừng."),
    "language": QT_TRANSLATE_NOOP("Phone", "English"),
    "audience_title": QT_TRANSLATE_NOOP("Phone", "Khán giả cứu trợ"),
    "audience_wait": QT_TRANSLATE_NOOP("Phone", "Chờ câu hỏi dành cho khán giả"),
    "audience_go": QT_TRANSLATE_NOOP("Phone", "Chọn đáp án của bạn"),
    "audience_done": QT_TRANSLATE_NOOP("Phone", "Đã ghi nhận: {answer}"),
    "audience_closed": QT_TRANSLATE_NOOP("Phone", "Đã hết giờ trả lời"),
    "audience_count": QT_TRANSLATE_NOOP("Phone", "{n} khán giả đã trả lời"),
    "audience_right": QT_TRANSLATE_NOOP("Phone", "{n} khán giả trả lời đúng"),
    "referee_title": QT_TRANSLATE_NOOP("Phone", "Trọng tài — bảng trắng"),
    "referee_name": QT_TRANSLATE_NOOP("Phone", "Tên trọng tài"),
    "referee_from": QT_TRANSLATE_NOOP("Phone", "Từ ghế"),
    "referee_to": QT_TRANSLATE_NOOP("Phone", "đến ghế"),
    "referee_help": QT_TRANSLATE_NOOP("Phone", "Chạm vào các ghế trả lời SAI rồi bấm Gửi."),
    "referee_sent": QT_TRANSLATE_NOOP("Phone", "Đã gửi {n} ghế sai cho người dẫn chương trình."),
    "standing": QT_TRANSLATE_NOOP("Phone", "Còn {n}/{total} trên sàn"),
    "out_now": QT_TRANSLATE_NOOP("Phone", "Rời sàn: {names}"),
    "winner": QT_TRANSLATE_NOOP("Phone", "Chiến thắng: {names}"),
}


@dataclass(frozen=True, slots=True)
class Page:
    body: bytes
    content_type: str


def load_pages(folder: Path = STATIC) -> dict[str, Page]:
    """Every route's page, read once when the server starts."""
    return {
        path: Page((folder / name).read_bytes(), ctype) for path, (name, ctype) in ROUTES.items()
    }


def page_texts(words: Words) -> dict[str, str]:
    """The pages' words in ``words``' language (templates keep their ``{name}`` fields)."""
    return {key: words(CTX, source) for key, source in TEXTS.items()}
