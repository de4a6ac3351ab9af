"""Vietnamese words of the printed results: statuses, how places were decided, the rules.

Pure functions: the workbook and its verification call the same ones, so a cell that differs
from what these return was changed by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from rcv.core.events import Stage
from rcv.core.ranking import Placing
from rcv.core.rules import AllWrongPolicy, AnswerPolicy, LimitPolicy, Rules
from rcv.core.state import SeatRecord
from rcv.i18n import Words
from rcv.i18n.phrases.show import decider, rescue_method

PROVISIONAL_BANNER = "KẾT QUẢ TẠM THỜI — chương trình chưa kết thúc"
FINAL_BANNER = "KẾT QUẢ CHÍNH THỨC — chương trình đã kết thúc"

STAGE_LABELS = {
    Stage.MAIN: "Chính",
    Stage.RESCUE: "Cứu trợ",
    Stage.TIEBREAK: "Câu hỏi phụ",
    Stage.FINAL: "Chuông vàng",
}
AUTOMATIC_REASONS = ("wrong", "all_wrong", "sai", "cả sàn sai")  # codes; older files: words
VI = Words()  # the workbook is Vietnamese until a reader's Words is threaded through it
CO_WINNERS_WORDS = "những thí sinh còn trên sàn khi hết câu hỏi cùng chiến thắng"

ALL_WRONG_WORDS = {
    AllWrongPolicy.KEEP: "không ai bị loại",
    AllWrongPolicy.ELIMINATE: "tất cả bị loại (có thể được cứu trợ)",
    AllWrongPolicy.TIEBREAK: "tất cả bị loại và xếp hạng với nhau bằng câu hỏi phụ",
}
ANSWER_POLICY_WORDS = {
    AnswerPolicy.FIRST_LOCKS: "lần bấm đầu tiên được tính (khoá đáp án)",
    AnswerPolicy.LAST_COUNTS: "lần bấm cuối cùng trước khi hết giờ được tính",
}
LIMIT_WORDS = {
    LimitPolicy.CO_WINNERS: "những thí sinh còn lại cùng chiến thắng, đồng hạng nhất",
    LimitPolicy.TIEBREAK: "dùng câu hỏi phụ để phân định",
}


def status_words(placing: Placing, record: SeatRecord, finished: bool) -> str:
    """Winner, golden bell, still standing, eliminated at question N; rescued if so."""
    if placing.bell:
        text = "Rung chuông vàng"
    elif placing.co_winner:
        text = "Đồng chiến thắng"
    elif placing.standing and finished:
        text = "Chiến thắng" if placing.rank == 1 else "Trụ lại đến cuối chương trình"
    elif placing.standing:
        text = "Còn trên sàn"
    else:
        fell = placing.fell_at or 0
        text = f"Bị loại ở câu {fell}" if fell else "Bị loại trước câu hỏi đầu tiên"
        reason = record.eliminated_reason
        if reason in ("all_wrong", "cả sàn sai"):
            text += " (cả sàn sai)"
        elif reason and reason not in AUTOMATIC_REASONS:
            text += f" — {reason}"
    if placing.rescued:
        times = f" {placing.rescued} lần" if placing.rescued > 1 else ""
        text += f"; được cứu trợ{times}"
    return text


def decision_words(placing: Placing, rank_above: int | None, tied_sbds: Sequence[str]) -> str:
    """How this place was decided: against the place above, or an open tie that says so."""
    parts = []
    if rank_above is not None and placing.decided_by is not None:
        parts.append(f"Hạng {rank_above} xếp trên vì {decider(placing.decided_by, VI)}")
    if placing.co_winner:
        parts.append(f"Đồng hạng nhất theo thể lệ: {CO_WINNERS_WORDS}")
    elif tied_sbds:
        parts.append(f"Đồng hạng với {_some(tied_sbds)}: {decider(None, VI)}")
    if placing.prize_pending:
        parts.append(f"CHƯA PHÂN ĐỊNH giải ({' / '.join(placing.prize_pending)})")
    return "; ".join(parts)


def _some(sbds: Sequence[str], shown: int = 10) -> str:
    """A few SBDs, and how many more: a tie of 300 must not print 300 names on 300 rows."""
    if len(sbds) <= shown:
        return ", ".join(sbds)
    return f"{', '.join(sbds[:shown])} và {len(sbds) - shown} thí sinh khác"


def prize_words(placing: Placing) -> str | None:
    if placing.prize:
        return placing.prize
    if placing.prize_pending:
        return "Chưa phân định: " + " / ".join(placing.prize_pending)
    return None


def _seconds(value: int) -> str:
    return f"{value} giây"


def rules_lines(rules: Rules) -> list[tuple[str, str]]:
    """The rules in force, one (label, Vietnamese words) pair per rule."""
    rescue = rules.rescue
    when = []
    if rescue.after_question is not None:
        when.append(f"sau câu {rescue.after_question}")
    if rescue.when_fewer_than is not None:
        when.append(
            "khi sàn đấu không còn ai"
            if rescue.when_fewer_than == 1
            else f"khi còn ít hơn {rescue.when_fewer_than} thí sinh"
        )
    rescue_text = (
        "không có cứu trợ"
        if rescue.max_times == 0
        else f"tối đa {rescue.max_times} lần, {' hoặc '.join(when) or 'bất cứ lúc nào'}; "
        f"cách cứu trợ đề xuất: {rescue_method(rescue.method, VI)}"
        + (f" ({rescue.best_count} thí sinh)" if rescue.method.value == "best" else "")
    )
    prizes = "; ".join(f"{p.name}: {p.count}" for p in rules.prizes) or "không có"
    limit = f"{rules.question_limit} câu" if rules.question_limit else "toàn bộ câu hỏi chính"
    return [
        ("Thời gian mỗi câu", _seconds(rules.time_per_question_s)),
        ("Thời gian câu hỏi phụ", _seconds(rules.tiebreak_time_s)),
        ("Thời gian câu hỏi chuông vàng", _seconds(rules.final_time_s)),
        (
            "Không trả lời",
            "tính là sai" if rules.missing_answer_is_wrong else "không tính là sai",
        ),
        ("Khi cả sàn trả lời sai", ALL_WRONG_WORDS[rules.all_wrong]),
        ("Bấm nhiều lần", ANSWER_POLICY_WORDS[rules.answer_policy]),
        ("Cứu trợ", rescue_text),
        ("Số câu hỏi chính", limit),
        ("Hết câu hỏi mà còn nhiều thí sinh", LIMIT_WORDS[rules.at_limit]),
        (
            "Câu hỏi chuông vàng",
            f"khi còn {rules.final_when_standing} thí sinh trở xuống"
            if rules.final_when_standing
            else "không dùng",
        ),
        ("Cơ cấu giải thưởng", prizes),
        (
            "Thứ tự xếp hạng",
            "còn trên sàn; rung chuông vàng; trụ lại lâu hơn; kết quả câu hỏi phụ; nhiều câu "
            "đúng hơn; tổng thời gian trả lời đúng ít hơn; bằng nhau hoàn toàn thì ban tổ chức "
            "quyết định",
        ),
    ]


def local_time(at_ms: int, tz: tzinfo | None = None) -> datetime:
    """Show-clock milliseconds as a naive local date-time (what Excel stores)."""
    moment = datetime.fromtimestamp(at_ms / 1000, tz)
    return moment.replace(tzinfo=None)
