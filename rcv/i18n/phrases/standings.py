"""The words of the units' and groups' standings (giải tập thể): the methods, what decided a
place, the figures' names, the table the CLI and the demo print, the unit sheet of the workbook.

The core (:mod:`rcv.core.standings`) speaks in codes — a method, a decider — and numbers;
these tables put them in words, written once in Vietnamese and marked for the catalogue
(contexts "Standings" and "StandingsColumn").
"""

from __future__ import annotations

from fractions import Fraction

from rcv.core.rules import StandingMethod, StandingRules
from rcv.i18n.words import QT_TRANSLATE_NOOP, Words

CTX = "Standings"
COLUMN = "StandingsColumn"

METHODS = {
    StandingMethod.POINTS: QT_TRANSLATE_NOOP(
        "Standings", "Điểm theo thứ hạng cá nhân của {k} thí sinh có hạng cao nhất"
    ),
    StandingMethod.BEST_PLACES: QT_TRANSLATE_NOOP(
        "Standings", "Tổng thứ hạng cá nhân của {k} thí sinh có hạng cao nhất (càng nhỏ càng tốt)"
    ),
    StandingMethod.SURVIVAL: QT_TRANSLATE_NOOP(
        "Standings", "Tỉ lệ thí sinh còn trên sàn sau mỗi câu hỏi chính, bình quân"
    ),
    StandingMethod.REACHED: QT_TRANSLATE_NOOP(
        "Standings", "Câu hỏi chính đạt được, bình quân các thí sinh của đơn vị"
    ),
}
# how each method treats units of different sizes (and what a figure means)
SIZES = {
    "points_default": QT_TRANSLATE_NOOP(
        "Standings",
        "mỗi thí sinh được (số thí sinh + 1 − hạng) điểm: hạng 1 được {top} điểm, hạng cuối "
        "1 điểm; đơn vị có ít hơn {k} thí sinh chỉ được tính điểm của số thí sinh đơn vị có",
    ),
    "points_table": QT_TRANSLATE_NOOP(
        "Standings",
        "điểm theo hạng: {table}; các hạng sau 0 điểm; đơn vị có ít hơn {k} thí sinh chỉ được "
        "tính điểm của số thí sinh đơn vị có",
    ),
    StandingMethod.BEST_PLACES: QT_TRANSLATE_NOOP(
        "Standings",
        "đơn vị có ít hơn {k} thí sinh: mỗi người thiếu tính hạng {missing} (sau mọi thí sinh)",
    ),
    StandingMethod.SURVIVAL: QT_TRANSLATE_NOOP(
        "Standings",
        "tổng số thí sinh còn trên sàn sau từng câu chia cho số thí sinh của đơn vị và số câu "
        "({questions}): đơn vị lớn hay nhỏ đều so được; thời gian bị loại trước khi được cứu "
        "trợ không tính",
    ),
    StandingMethod.REACHED: QT_TRANSLATE_NOOP(
        "Standings",
        "mỗi thí sinh: câu bị loại cuối cùng, hoặc câu chính cuối cùng nếu còn trên sàn; chia "
        "cho số thí sinh của đơn vị",
    ),
    "then": QT_TRANSLATE_NOOP(
        "Standings",
        "bằng nhau thì so thứ hạng cá nhân của các thành viên, từ người cao nhất; vẫn bằng nhau "
        "thì đồng hạng, ban tổ chức quyết định",
    ),
    "groups": QT_TRANSLATE_NOOP(
        "Standings",
        "Nhóm: bình quân kết quả các đơn vị của nhóm, bằng nhau thì nhóm có đơn vị xếp cao "
        "nhất đứng trên",
    ),
}
DECIDERS = {
    "points": QT_TRANSLATE_NOOP("Standings", "tổng điểm cao hơn"),
    "place_sum": QT_TRANSLATE_NOOP("Standings", "tổng thứ hạng nhỏ hơn"),
    "survival": QT_TRANSLATE_NOOP("Standings", "tỉ lệ trụ lại cao hơn"),
    "reached": QT_TRANSLATE_NOOP("Standings", "câu đạt được bình quân cao hơn"),
    "places": QT_TRANSLATE_NOOP("Standings", "thứ hạng cá nhân của các thành viên cao hơn"),
    "unit_mean": QT_TRANSLATE_NOOP("Standings", "kết quả bình quân của các đơn vị tốt hơn"),
    "best_unit": QT_TRANSLATE_NOOP("Standings", "đơn vị dẫn đầu của nhóm xếp cao hơn"),
    "": QT_TRANSLATE_NOOP("Standings", "bằng nhau ở mọi tiêu chí: ban tổ chức quyết định"),
}
# the result of a unit, and what one member adds to it, by method (column titles too)
SCORES = {
    StandingMethod.POINTS: QT_TRANSLATE_NOOP("StandingsColumn", "Tổng điểm"),
    StandingMethod.BEST_PLACES: QT_TRANSLATE_NOOP("StandingsColumn", "Tổng thứ hạng"),
    StandingMethod.SURVIVAL: QT_TRANSLATE_NOOP("StandingsColumn", "Tỉ lệ trụ lại"),
    StandingMethod.REACHED: QT_TRANSLATE_NOOP("StandingsColumn", "Câu đạt được bình quân"),
}
FIGURES = {
    StandingMethod.POINTS: QT_TRANSLATE_NOOP("StandingsColumn", "Điểm"),
    StandingMethod.BEST_PLACES: QT_TRANSLATE_NOOP("StandingsColumn", "Hạng được tính"),
    StandingMethod.SURVIVAL: QT_TRANSLATE_NOOP("StandingsColumn", "Số câu trụ lại"),
    StandingMethod.REACHED: QT_TRANSLATE_NOOP("StandingsColumn", "Câu đạt được"),
}
COLUMNS = {
    "rank": QT_TRANSLATE_NOOP("StandingsColumn", "Hạng"),
    "unit": QT_TRANSLATE_NOOP("StandingsColumn", "Đơn vị"),
    "group": QT_TRANSLATE_NOOP("StandingsColumn", "Nhóm"),
    "size": QT_TRANSLATE_NOOP("StandingsColumn", "Số thí sinh"),
    "standing": QT_TRANSLATE_NOOP("StandingsColumn", "Còn trên sàn"),
    "sbd": QT_TRANSLATE_NOOP("StandingsColumn", "SBD"),
    "name": QT_TRANSLATE_NOOP("StandingsColumn", "Họ và tên"),
    "place": QT_TRANSLATE_NOOP("StandingsColumn", "Hạng cá nhân"),
    "counted": QT_TRANSLATE_NOOP("StandingsColumn", "Được tính"),
    "prize": QT_TRANSLATE_NOOP("StandingsColumn", "Giải thưởng"),
    "decided": QT_TRANSLATE_NOOP("StandingsColumn", "Cách phân định thứ hạng"),
    "units": QT_TRANSLATE_NOOP("StandingsColumn", "Số đơn vị"),
    "unit_rank": QT_TRANSLATE_NOOP("StandingsColumn", "Hạng đơn vị"),
    "unit_score": QT_TRANSLATE_NOOP("StandingsColumn", "Kết quả đơn vị"),
    "mean": QT_TRANSLATE_NOOP("StandingsColumn", "Kết quả bình quân"),
}
# sentences of the sheets, the CLI and the demo
SAY = {
    "method": QT_TRANSLATE_NOOP("Standings", "Cách tính: {method}."),
    "sizes": QT_TRANSLATE_NOOP("Standings", "Đơn vị khác nhau về số thí sinh: {how}."),
    "order": QT_TRANSLATE_NOOP("Standings", "Thứ tự: {how}."),
    "above": QT_TRANSLATE_NOOP("Standings", "Hạng {rank} xếp trên vì {why}"),
    "tied": QT_TRANSLATE_NOOP("Standings", "Đồng hạng với {names}: {why}"),
    "pending": QT_TRANSLATE_NOOP("Standings", "CHƯA PHÂN ĐỊNH giải ({prizes})"),
    "undecided": QT_TRANSLATE_NOOP("Standings", "Chưa phân định: {prizes}"),
    "unassigned": QT_TRANSLATE_NOOP(
        "Standings", "{n} thí sinh không có đơn vị, không tính cho đơn vị nào: {sbds}"
    ),
    "ungrouped": QT_TRANSLATE_NOOP("Standings", "Đơn vị không thuộc nhóm nào: {units}"),
    "spellings": QT_TRANSLATE_NOOP(
        "Standings", "Đơn vị {unit} được ghi theo nhiều cách, tính là một: {spellings}"
    ),
    "two_groups": QT_TRANSLATE_NOOP(
        "Standings", "Thí sinh của đơn vị {unit} ghi nhiều nhóm ({groups}); đơn vị tính vào {group}"
    ),
    "no_units": QT_TRANSLATE_NOOP("Standings", "Danh sách thí sinh không ghi đơn vị."),
    "no_groups": QT_TRANSLATE_NOOP("Standings", "Các đơn vị không ghi nhóm."),
    "decimal": QT_TRANSLATE_NOOP("Standings", "{whole},{fraction}"),
    "percent": QT_TRANSLATE_NOOP("Standings", "{value}%"),
    "title_units": QT_TRANSLATE_NOOP("Standings", "XẾP HẠNG ĐƠN VỊ — {method}"),
    "title_groups": QT_TRANSLATE_NOOP("Standings", "XẾP HẠNG NHÓM"),
    "prizes": QT_TRANSLATE_NOOP("Standings", "GIẢI TẬP THỂ"),
    "group_prizes": QT_TRANSLATE_NOOP("Standings", "GIẢI CỦA NHÓM"),
    "no_prizes": QT_TRANSLATE_NOOP("Standings", "không có giải"),
    "undecided_line": QT_TRANSLATE_NOOP(
        "Standings", "CHƯA PHÂN ĐỊNH ({prizes}): {names} đồng hạng {rank} — {why}"
    ),
    "h_size": QT_TRANSLATE_NOOP("Standings", "Số TS"),
    "h_standing": QT_TRANSLATE_NOOP("Standings", "Còn"),
    "h_why": QT_TRANSLATE_NOOP("Standings", "Xếp trên vì"),
}


def say(which: str, words: Words, /, **params: object) -> str:
    return words(CTX, SAY[which], **params)


def column(which: str, words: Words) -> str:
    return words(COLUMN, COLUMNS[which])


def method_words(rules: StandingRules, words: Words) -> str:
    """The method in a few words ("Điểm theo thứ hạng cá nhân của 3 thí sinh …")."""
    return words(CTX, METHODS[rules.method], k=rules.best_of)


def sizes_words(rules: StandingRules, contestants: int, questions: int, words: Words) -> str:
    """How the method treats units of different sizes."""
    method = rules.method
    if method is StandingMethod.POINTS:
        if rules.points:
            table = ", ".join(f"{i}: {p}" for i, p in enumerate(rules.points, start=1))
            return words(CTX, SIZES["points_table"], table=table, k=rules.best_of)
        return words(CTX, SIZES["points_default"], top=contestants, k=rules.best_of)
    return words(CTX, SIZES[method], k=rules.best_of, missing=contestants + 1, questions=questions)


def order_words(words: Words, groups: bool = False) -> str:
    return words(CTX, SIZES["groups" if groups else "then"])


def decider_words(code: str | None, words: Words) -> str:
    """What separated a unit (a group) from the one above; None: nothing, a tie."""
    return words(CTX, DECIDERS[code or ""])


def score_title(method: StandingMethod, words: Words) -> str:
    return words(COLUMN, SCORES[method])


def figure_title(method: StandingMethod, words: Words) -> str:
    return words(COLUMN, FIGURES[method])


def decimal(value: Fraction | float, places: int, words: Words) -> str:
    """A number with ``places`` decimals, written as the reader writes them ("0,44")."""
    text = f"{float(value):.{places}f}"
    if places == 0:
        return text
    whole, fraction = text.split(".")
    return say("decimal", words, whole=whole, fraction=fraction)


def score_text(method: StandingMethod, score: Fraction, words: Words, mean: bool = False) -> str:
    """A unit's (a group's) result as printed: whole points, a share in per cent, a mean — a
    group's (``mean``) or the ``reached`` method's — always with two decimals, so that a column
    of means lines up."""
    if method is StandingMethod.SURVIVAL:
        return say("percent", words, value=decimal(score * 100, 1, words))
    if score.denominator == 1 and not mean and method is not StandingMethod.REACHED:
        return str(score.numerator)
    return decimal(score, 2, words)


TABLES = {
    CTX: (METHODS, SIZES, DECIDERS, SAY),
    COLUMN: (SCORES, FIGURES, COLUMNS),
}
