"""The words of the console's phones panel: the answer server, joining seats, takeovers, the
whiteboard verdict and the audience rescue round (context "Phones").

Written once in Vietnamese and marked for the catalogue; the panel says them with the console's
:class:`~rcv.i18n.Words` (``phones_words(words)("start")``), so the panel follows the console's
language like every code the console shows.
"""

from __future__ import annotations

from collections.abc import Callable

from rcv.i18n.words import QT_TRANSLATE_NOOP, Words

CTX = "Phones"

PHONES = {
    "title": QT_TRANSLATE_NOOP("Phones", "Điện thoại, bảng trắng và khán giả"),
    "action": QT_TRANSLATE_NOOP("Phones", "Điện thoại, bảng trắng và khán giả…"),
    "unavailable": QT_TRANSLATE_NOOP(
        "Phones", "Có khi máy chủ trả lời (rcv.web) được nối vào bảng điều khiển."
    ),
    # the server
    "server_box": QT_TRANSLATE_NOOP("Phones", "Máy chủ trả lời (mạng của hội trường)"),
    "interface": QT_TRANSLATE_NOOP("Phones", "&Mạng:"),
    "port": QT_TRANSLATE_NOOP("Phones", "Cổn&g:"),
    "loopback": QT_TRANSLATE_NOOP("Phones", "{ip} — chỉ máy này (thử)"),
    "iface": QT_TRANSLATE_NOOP("Phones", "{ip} — {name}"),
    "start": QT_TRANSLATE_NOOP("Phones", "&Bật máy chủ"),
    "stop": QT_TRANSLATE_NOOP("Phones", "&Tắt máy chủ"),
    "stopped": QT_TRANSLATE_NOOP(
        "Phones",
        "Máy chủ đang tắt. Chọn mạng mà điện thoại cùng vào (Wi-Fi của hội trường hoặc điểm "
        "phát của máy) rồi bật.",
    ),
    "running": QT_TRANSLATE_NOOP("Phones", "Đang chạy tại {url}"),
    "no_event": QT_TRANSLATE_NOOP("Phones", "Mở một sự kiện trước khi bật máy chủ."),
    "bind_failed": QT_TRANSLATE_NOOP(
        "Phones", "Không mở được {host}:{port} ({why}). Chọn mạng khác hoặc cổng khác."
    ),
    # joining
    "join_box": QT_TRANSLATE_NOOP("Phones", "Vào chương trình"),
    "audience_how": QT_TRANSLATE_NOOP(
        "Phones", "Khán giả quét mã này (cũng có trên màn chiếu khi chơi cứu trợ): {url}"
    ),
    "seat_how": QT_TRANSLATE_NOOP(
        "Phones",
        "Thí sinh: quét mã trên thẻ vào ghế, hoặc mở {url} rồi gõ số ghế và mã PIN.",
    ),
    "referee_how": QT_TRANSLATE_NOOP("Phones", "Trọng tài (máy tính bảng): {url}"),
    "overlay_how": QT_TRANSLATE_NOOP("Phones", "Lớp phủ livestream (OBS): {url}"),
    "print_cards": QT_TRANSLATE_NOOP("Phones", "&In thẻ vào ghế và mã PIN (PDF)…"),
    "cards_file": QT_TRANSLATE_NOOP("Phones", "the-vao-ghe.pdf"),
    "cards_done": QT_TRANSLATE_NOOP("Phones", "Đã in {n} thẻ vào ghế trên {pages} trang: {path}"),
    "cards_failed": QT_TRANSLATE_NOOP("Phones", "Không in được thẻ vào ghế: {why}"),
    # the seats
    "seats_box": QT_TRANSLATE_NOOP("Phones", "Ghế và điện thoại"),
    "col_seat": QT_TRANSLATE_NOOP("Phones", "Ghế"),
    "col_name": QT_TRANSLATE_NOOP("Phones", "Thí sinh"),
    "col_pin": QT_TRANSLATE_NOOP("Phones", "PIN"),
    "col_phone": QT_TRANSLATE_NOOP("Phones", "Điện thoại"),
    "phone_rtt": QT_TRANSLATE_NOOP("Phones", "đã vào · {ms} ms"),
    "phone_on": QT_TRANSLATE_NOOP("Phones", "đã vào"),
    "phone_waiting": QT_TRANSLATE_NOOP("Phones", "máy khác xin vào thay"),
    "counts": QT_TRANSLATE_NOOP(
        "Phones",
        "{seats}/{total} ghế có điện thoại · {audience} khán giả · {referees} trọng tài",
    ),
    "approve": QT_TRANSLATE_NOOP("Phones", "Cho máy mới &vào ghế"),
    "refuse": QT_TRANSLATE_NOOP("Phones", "&Không cho"),
    "takeover": QT_TRANSLATE_NOOP(
        "Phones",
        "Ghế {seat}: một máy khác xin vào thay máy đang giữ ghế. Mỗi ghế một máy: cho máy mới "
        "vào thì máy cũ thôi trả lời.",
    ),
    "no_takeover": QT_TRANSLATE_NOOP("Phones", "Không có máy nào đang xin vào thay."),
    # the whiteboard
    "board_box": QT_TRANSLATE_NOOP("Phones", "Bảng trắng: các ghế sai"),
    "board_hint": QT_TRANSLATE_NOOP("Phones", "ví dụ 12 15 27-30, rồi Enter"),
    "board_label": QT_TRANSLATE_NOOP("Phones", "Ghế &sai:"),
    "board_problems": QT_TRANSLATE_NOOP("Phones", "Không hiểu: {pieces}"),
    "board_referees": QT_TRANSLATE_NOOP(
        "Phones", "Trọng tài đã báo các khối {blocks}; ghế sai: {seats}"
    ),
    "board_use_referees": QT_TRANSLATE_NOOP("Phones", "Dùng danh sách t&rọng tài"),
    "board_confirm": QT_TRANSLATE_NOOP(
        "Phones",
        "Câu {number}: {n} ghế sai, {right} ghế còn lại đúng.\n\nGhế sai:\n{seats}\n\n"
        "Áp dụng? (Ctrl+Z để hoàn tác)",
    ),
    "board_apply": QT_TRANSLATE_NOOP("Phones", "Á&p dụng"),
    "board_edit": QT_TRANSLATE_NOOP("Phones", "Sử&a lại"),
    "board_outside": QT_TRANSLATE_NOOP("Phones", "Không thi câu này: {seats}"),
    "board_none": QT_TRANSLATE_NOOP("Phones", "(không ai sai)"),
    "board_done": QT_TRANSLATE_NOOP(
        "Phones", "Đã ghi kết quả bảng trắng: {n} ghế sai, các ghế khác đúng."
    ),
    "board_not_now": QT_TRANSLATE_NOOP(
        "Phones", "Nhập ghế sai sau khi hết giờ trả lời (trước hoặc sau khi công bố đáp án)."
    ),
    # the audience rescue round
    "hall_box": QT_TRANSLATE_NOOP("Phones", "Khán giả cứu trợ"),
    "hall_open": QT_TRANSLATE_NOOP("Phones", "Mở câu &hỏi cho khán giả"),
    "hall_close": QT_TRANSLATE_NOOP("Phones", "Khoá câu trả &lời"),
    "hall_apply": QT_TRANSLATE_NOOP("Phones", "Cứu trợ th&eo khán giả"),
    "hall_cancel": QT_TRANSLATE_NOOP("Phones", "H&uỷ vòng khán giả"),
    "hall_idle": QT_TRANSLATE_NOOP(
        "Phones", "Mở được khi cứu trợ được phép (giữa các câu hỏi chính) và máy chủ đang chạy."
    ),
    "hall_refused": QT_TRANSLATE_NOOP(
        "Phones",
        "Chưa mở được: cứu trợ chưa được phép lúc này, hoặc không còn câu hỏi cho khán giả.",
    ),
    "hall_answering": QT_TRANSLATE_NOOP(
        "Phones", "Câu hỏi cho khán giả: {text} — {answered} người đã trả lời"
    ),
    "hall_closed": QT_TRANSLATE_NOOP(
        "Phones", "{right}/{answered} khán giả trả lời đúng → {returns} thí sinh trở lại"
    ),
}


def phones_words(words: Words) -> Callable[..., str]:
    """``say(key, **params)``: the panel's text ``key`` in the language of ``words``."""

    def say(key: str, **params: object) -> str:
        return words(CTX, PHONES[key], **params)

    return say
