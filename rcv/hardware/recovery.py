"""Getting missing frames back from a hub, and saying which ones never will come.

For each run of missing sequence numbers rcv sends ``RECALL first,last``: the hub sends the
presses it still holds again and a ``RUN`` frame for the rest — not presses (heartbeats,
acks: nothing was lost), presses it has forgotten (lost for good), or numbers it cannot
account for. A hub without RECALL answers ``ACK …,RECALL,UNKNOWN``; rcv then asks with REPLAY,
which only brings back the presses still held and cannot tell a forgotten press from a
heartbeat. Numbers that do not come after ``replay_tries`` asks are reported lost as well.

Every loss is reported once, in a :class:`~rcv.hardware.events.FramesLost` naming the numbers:
``certain`` when the hub said they were presses, otherwise as "may have been presses".
"""

from __future__ import annotations

from dataclasses import dataclass

from rcv.hardware.events import FramesLost
from rcv.hardware.protocol import SEQ_MODULUS, Ack, Command, Recall, Replay, RunFate, RunFrame
from rcv.hardware.seqbook import SeqBook, seq_runs
from rcv.hardware.tracking import LinkStats


@dataclass(frozen=True, slots=True)
class SessionOptions:
    repeat_ms: int = 250  # same seat, same key again within this: bounce or stuck key
    silent_ms: int = 3500  # no frame for this long: SILENT (hubs send a heartbeat every 1 s)
    hello_timeout_ms: int = 4000  # report NO_HELLO after this (Arduino boot takes 1–3 s)
    who_interval_ms: int = 1000  # ask WHO this often until the hello comes
    pre_hello_max: int = 512  # frames held while waiting for a hello
    hold_max_ms: int = 30_000  # a frame held longer than this cannot be placed: refused
    max_replay: int = 128  # numbers asked at most per round with REPLAY (RECALL asks runs)
    replay_retry_ms: int = 700  # ask again for frames still missing after this
    replay_tries: int = 4
    settle_ms: int = 500  # a frame the hub says is gone is reported lost after this
    seq_jump: int = 256  # a number further ahead than this is checked with the hub (WHO)
    time_slack_ms: int = 2000  # how far out of order a frame's hub time may be
    line_delay_ms: int = 1500  # longest from a frame's hub time to its arrival (a queued burst)
    clock_slack_ms: int = 300  # how far arrival may stray from the boot's clock before a check
    resync_timeout_ms: int = 4000  # no answer to WHO by then: follow the new numbers anyway
    straggler_ms: int = 2000  # after a reboot, late frames of the old boot are still placed
    record: int = 4096  # sequence numbers whose frames are remembered (duplicates, conflicts)


class Recovery:
    """Asks for the missing numbers of a book and turns what cannot be had into reports."""

    def __init__(self, port: str, options: SessionOptions, stats: LinkStats) -> None:
        self.port = port
        self.options = options
        self.stats = stats
        self.recall: bool | None = None  # does the hub answer RECALL? None: not known yet

    def requests(self, book: SeqBook, now_ms: int) -> list[Command]:
        """The RECALL (or REPLAY) commands to send now, one per run of due numbers."""
        o = self.options
        limit = o.max_replay if self.recall is False else None
        due = book.to_ask(now_ms, o.replay_tries, o.replay_retry_ms, limit)
        if not due:
            return []
        make = Replay if self.recall is False else Recall
        runs = seq_runs(due)
        return [make(first, last) for first, last in runs]

    def on_ack(self, book: SeqBook | None, ack: Ack) -> bool:
        """Learn from the hub's answer to RECALL; True when rcv must ask again with REPLAY."""
        if ack.command != "RECALL":
            return False
        if ack.result == "UNKNOWN":
            first = self.recall is not False
            self.recall = False
            if book is not None and first:
                book.asked.clear()  # REPLAY gets its own tries
            return first
        self.recall = True
        return False

    def on_run(self, book: SeqBook, run: RunFrame, now_ms: int) -> None:
        """The hub's account of a run of numbers: settle those still missing."""
        span = (run.last_seq - run.seq) % SEQ_MODULUS
        if span > SEQ_MODULUS // 2:
            return
        base = book.unwrap(run.seq)
        numbers = range(base, base + span + 1)
        if run.fate is RunFate.NOT_PRESSES:
            self.stats.not_presses += len(book.not_presses(numbers))
        else:
            certain = run.fate is RunFate.GONE
            book.doom(numbers, certain, now_ms + self.options.settle_ms)

    def give_up(self, book: SeqBook, now_ms: int) -> None:
        """Numbers asked for too often without an answer will not come."""
        o = self.options
        book.doom(book.exhausted(now_ms, o.replay_tries, o.replay_retry_ms), False, now_ms)

    def losses(
        self, book: SeqBook, hub_id: str, now_ms: int, everything: bool = False, why: str = ""
    ) -> list[FramesLost]:
        """Reports for the lost numbers that are due (all of them with ``everything``)."""
        if everything:
            book.doom(list(book.missing), False, now_ms)
        events = []
        for certain, numbers in book.due_losses(now_ms, everything).items():
            if not numbers:
                continue
            runs = seq_runs(numbers)
            if certain:
                self.stats.lost_presses += len(numbers)
                detail = (
                    f"hub không còn giữ {len(numbers)} lần bấm: {_runs_text(runs)} "
                    f"(presses the hub no longer holds)"
                )
            else:
                self.stats.lost_unknown += len(numbers)
                detail = (
                    f"không lấy lại được {len(numbers)} khung, có thể là lần bấm: "
                    f"{_runs_text(runs)} (frames not recovered; may have been presses)"
                )
            if why:
                detail = f"{why}; {detail}"
            if not book.sure:
                detail += " — lần khởi động không chắc (boot in doubt)"
            events.append(
                FramesLost(
                    self.port, hub_id, book.boot, runs, len(numbers), now_ms, detail, certain
                )
            )
        return events

    def tail(self, book: SeqBook, hub_id: str, now_ms: int) -> FramesLost | None:
        """The hub restarted: whatever it sent after the last number received never came. Not
        reported when the last frame said the hub was idle or locked with nothing armed since
        (it cannot have sent a press)."""
        if book.high is None or book.quiet:
            return None
        last = book.high % SEQ_MODULUS
        waited = now_ms - book.high_at
        detail = (
            f"hub khởi động lại; khung gửi sau #{last} (nhận {waited} ms trước) không bao giờ "
            f"tới — có thể mất lần bấm trong khoảng đó (frames after #{last} never came)"
        )
        return FramesLost(
            self.port, hub_id, book.boot, (), 0, now_ms, detail, False, after_seq=last
        )


def _runs_text(runs: tuple[tuple[int, int], ...]) -> str:
    parts = [f"#{a}" if a == b else f"#{a}–{b}" for a, b in runs[:6]]
    if len(runs) > 6:
        parts.append("…")
    return ", ".join(parts)
