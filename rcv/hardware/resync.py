"""Frames that cannot be placed yet, and the hellos that place them.

A frame is *held* when the session does not know where it belongs: no hello yet on this
connection (the hub was powered before the port opened, or its hello was lost), or its
sequence number fits nothing (:class:`~rcv.hardware.seqbook.Verdict` SUSPECT — noise that
passed the checksum, or a hub that restarted unheard). The hub is then asked who it is (WHO),
and its hello — boot number and current sequence number — places every held frame: in this
boot if it comes before the hello, in the boot before a restart if it fits there, otherwise
refused with its reason (``before_hello``, ``out_of_sequence``). Nothing held is dropped
silently: a frame held longer than ``hold_max_ms`` is refused too.

If the hub never answers WHO (a broken transmit wire), rcv does not stay deaf: after
``resync_timeout_ms`` it follows a new run of numbers if three or more fit together (boot
unknown), and refuses the rest.
"""

from __future__ import annotations

from collections.abc import Callable

from rcv.hardware.boots import Boot
from rcv.hardware.events import HardwareEvent, LinkEvent
from rcv.hardware.held import Held, SessionSide
from rcv.hardware.protocol import SEQ_MODULUS, Hello, HubFrame, PressFrame, RejectReason, RunFrame
from rcv.hardware.seqbook import Verdict, ms_delta

__all__ = ["Held", "Resync"]


class Resync:
    """The held frames of one session, and the check with the hub."""

    def __init__(self, session: SessionSide) -> None:
        self.s = session
        self.held: list[Held] = []
        self.since: int | None = None  # asking the hub who it is since
        self.why = ""
        self.confirming = False  # presses wait for the hub to say which boot it is in

    @property
    def asking(self) -> bool:
        boot = self.s.current
        return self.since is not None or (boot is not None and not boot.book.sure)

    def hold(self, held: Held, events: list[HardwareEvent]) -> None:
        if len(self.held) >= self.s.options.pre_hello_max:
            self._refuse(held, held.at_ms, events, "quá nhiều khung chờ (too many held)")
            return
        self.held.append(held)
        self.s.stats.held += 1

    def suspect(self, held: Held, why: str, events: list[HardwareEvent]) -> None:
        self.hold(held, events)
        self.check(held.at_ms, f"số thứ tự lạ (unexpected seq) #{held.frame.seq}: {why}")

    def check(self, now_ms: int, why: str) -> None:
        """Ask the hub who it is (once until it answers)."""
        if not self.why:
            self.s.stats.resyncs += 1
            self.why = why
        if self.since is None:
            self.since = now_ms
            self.s.ask_who()

    def confirm(self, now_ms: int) -> None:
        """An ARM goes out: ask the hub who it is just before it, and hold the presses that
        follow until it answers. A hub that restarted unheard (its hello lost) is idle until
        armed, so no press of a boot rcv has not heard of is ever taken for another boot's."""
        self.confirming = True
        if self.since is None:
            self.since = now_ms
        self.s.ask_who()

    # -- a hello -----------------------------------------------------------------------------
    def on_hello(self, hello: Hello, line: bytes, now_ms: int, events: list[HardwareEvent]) -> None:
        s = self.s
        cur = s.current
        digest = hash(line)
        if cur is not None and not cur.book.sure:  # followed unanswered: is it still this boot?
            fit = cur.book.classify(hello.seq, digest, hello.hub_ms, now_ms, False)
            if cur.book.boot is None and fit.verdict in (Verdict.NEW, Verdict.RECOVERED):
                cur.book.boot = hello.boot
            cur.book.sure = cur.book.boot == hello.boot
        if cur is not None and self._stale(cur, hello, now_ms):
            self._stale_hello(hello, line, now_ms, events)  # a late copy from a boot now over
            return
        gaps: list[int] = []
        if cur is not None and cur.book.boot == hello.boot:
            fit = cur.book.classify(hello.seq, digest, hello.hub_ms, now_ms, False)
            if fit.verdict is Verdict.DUPLICATE:
                self._refuse_hello(hello, line, RejectReason.DUPLICATE, "", now_ms, events)
                return
            if fit.verdict is Verdict.LATE or (
                fit.verdict is Verdict.SUSPECT and fit.why != "ahead"  # the hub vouches ahead
            ):
                why = f"lùi (goes back): {fit.why or 'late'}"
                self._refuse_hello(hello, line, RejectReason.OUT_OF_SEQUENCE, why, now_ms, events)
                return

            def accept() -> None:
                gaps.append(cur.book.accept(fit.u, digest, hello.hub_ms, now_ms))
                if fit.verdict is Verdict.RECOVERED:
                    s.stats.replayed += 1
                    s.stats.lost_frames -= 1

            checked = self._answered()
            s.greet(hello, now_ms, events, rebooted=False)
            placed, refused = self._place(hello, fit.u, cur, accept, now_ms, events)
        else:
            new = s.new_boot(hello.boot, now_ms, events)
            rebooted = cur is not None
            if cur is not None and not cur.book.sure:  # what it took unsure may be this boot's
                new.book.inherit(cur.book)
            missed = s.missed_boots(cur.book.boot, hello.boot, now_ms) if cur else []
            if missed:  # a boot in between went unheard: its frames and the old boot's look
                s.close_previous(now_ms, events)  # alike; none is placed in the old boot
                events += missed

            def accept() -> None:
                gaps.append(new.book.accept(hello.seq, digest, hello.hub_ms, now_ms))

            checked = self._answered()
            s.greet(hello, now_ms, events, rebooted)
            placed, refused = self._place(hello, hello.seq, new, accept, now_ms, events)
            if rebooted and new.book.low:  # the restart happened during the show: everything
                before = new.book.low  # the new boot sent before its hello is accounted for
                new.book.expect(0)
                gaps[0] += before - (new.book.low or 0)
        if gaps[0]:
            s.stats.lost_frames += gaps[0]
            events.append(s.status(LinkEvent.GAP, now_ms, f"mất {gaps[0]} khung (frames lost)"))
        s.ask(now_ms)
        if checked or refused:
            restarted = cur is not None and s.current is not cur
            found = (
                "đã khởi động lại (restarted)" if restarted else "cùng lần khởi động (same boot)"
            )
            detail = (
                f"{checked or 'khung chờ (held frames)'}: hub {hello.hub_id} boot {hello.boot} "
                f"#{hello.seq} {found}; {placed} khung xếp lại, {refused} bị loại "
                f"(frames placed/refused)"
            )
            events.append(s.status(LinkEvent.RESYNC, now_ms, detail))

    def _answered(self) -> str:
        """The hub answered: the check is over (what made rcv ask, if anything, is returned).
        Commands the hello brings back (an ARM) may start a new one."""
        why, self.why, self.since, self.confirming = self.why, "", None, False
        return why

    def _stale(self, cur: Boot, hello: Hello, now_ms: int) -> bool:
        """A hello of an earlier boot (a boot counter goes up; one seen to end is over) while
        the boot rcv follows is still heard: a copy that came late. If the current boot has gone
        silent, a hub whose counter went back (EEPROM cleared) is believed instead."""
        boot = cur.book.boot
        if boot is None or hello.boot == boot:
            return False
        earlier = hello.boot in self.s.retired or 0 < boot - hello.boot <= 16
        return earlier and now_ms - cur.book.high_at < self.s.options.silent_ms

    def _stale_hello(
        self, hello: Hello, line: bytes, now_ms: int, events: list[HardwareEvent]
    ) -> None:
        """A hello of a boot rcv has already seen end: it came late (held back on the line).
        It belongs to the boot before the restart if that still takes stragglers."""
        prev = self.s.previous
        if prev is not None and prev.book.boot == hello.boot:
            fit = prev.book.classify(hello.seq, hash(line), hello.hub_ms, now_ms, False)
            if fit.verdict is not Verdict.SUSPECT:
                self.s.take(prev, hello, line, fit, now_ms, events)
                return
        why = "của lần khởi động đã qua (of a boot already over)"
        self._refuse_hello(hello, line, RejectReason.OUT_OF_SEQUENCE, why, now_ms, events)

    def _refuse_hello(
        self,
        hello: Hello,
        line: bytes,
        reason: RejectReason,
        why: str,
        now_ms: int,
        events: list[HardwareEvent],
    ) -> None:
        detail = f"HELLO #{hello.seq} {why}".rstrip()
        self.s.reject(events, reason, now_ms, detail, line, None, hello.seq, None, hello.boot)

    def _place(
        self,
        hello: Hello,
        u_hello: int,
        target: Boot,
        accept_hello: Callable[[], None],
        now_ms: int,
        events: list[HardwareEvent],
    ) -> tuple[int, int]:
        """Place the held frames around a hello whose number is ``u_hello`` in ``target``:
        those sent before it, then the hello itself, then those sent just after it (a hello
        that came late); what fits neither goes to the boot before a restart, or is refused.
        Returns (placed, refused)."""
        s, o = self.s, self.s.options
        held, self.held = self.held, []
        s.stats.held -= len(held)
        before: list[tuple[int, Held]] = []
        after: list[tuple[int, Held]] = []
        doubtful: list[tuple[int, Held]] = []  # its number fits, its time hardly: ask the hub
        others: list[Held] = []
        prev = s.previous if s.previous is not target else None
        for h in held:
            f = h.frame
            back = (hello.seq - f.seq) % SEQ_MODULUS
            ahead = (f.seq - hello.seq) % SEQ_MODULUS
            delta = ms_delta(f.hub_ms, hello.hub_ms)
            # how long it took to arrive, by the boot's clock if it has one, else by the hello's
            # reckoning (its own delay taken as 0): it cannot have arrived before it was sent
            known = target.delay(f.hub_ms, h.at_ms)
            delay = h.at_ms - (now_ms + delta) if known is None else known
            causal = delay >= -o.line_delay_ms
            if isinstance(f, RunFrame):  # an answer about old numbers, stamped "now"
                place = 0 if delta >= -o.time_slack_ms and causal else None
            elif 0 < back <= o.record and delta <= 0 and causal:
                place = -back
            elif 0 < ahead <= o.seq_jump and delta >= -o.time_slack_ms and causal:
                place = ahead
            else:
                place = None
            if place is None or (prev is not None and self._rather(prev, h, delay)):
                others.append(h)  # it fits the boot before the restart better, or nowhere
            elif delay < -o.clock_slack_ms:
                doubtful.append((u_hello + place, h))
            elif place < 0:
                before.append((u_hello + place, h))
            else:
                after.append((place, h))
        placed = 0
        for u, h in sorted(before, key=lambda x: x[0]):
            if self._into(target, h, events, now_ms, u):
                placed += 1
            else:
                others.append(h)
        accept_hello()
        for _, h in sorted(after, key=lambda x: x[0]):
            if self._into(target, h, events, now_ms):
                placed += 1
            else:
                others.append(h)
        refused = 0
        for u, h in doubtful:  # the hub will say with RECALL whether it sent this
            target.book.expect(u)
            why = "giờ không khớp — hỏi lại hub (time does not fit; asked again)"
            self._refuse(h, now_ms, events, why, RejectReason.OUT_OF_SEQUENCE)
            refused += 1
        for h in others:
            if prev is not None and self._into(prev, h, events, now_ms):
                placed += 1
            else:
                self._refuse(h, now_ms, events)
                refused += 1
        return placed, refused

    @staticmethod
    def _rather(boot: Boot, h: Held, delay: int) -> bool:
        """Does a held frame that fits a new boot belong to ``boot`` (the one before the
        restart) instead? If it fits there too, the boot whose clock says it took less time to
        arrive wins: a restarted hub's clock makes the other look absurdly early or late."""
        f = h.frame
        if isinstance(f, RunFrame):
            return False
        fit = boot.book.classify(f.seq, hash(h.line), f.hub_ms, h.at_ms, _press(f))
        if fit.verdict is Verdict.SUSPECT:
            return False
        there = boot.delay(f.hub_ms, h.at_ms)
        return there is None or abs(there) < abs(delay)

    def _into(
        self, boot: Boot, h: Held, events: list[HardwareEvent], now_ms: int, u: int | None = None
    ) -> bool:
        """Place a held frame in ``boot`` if it fits there (at ``u`` when the hello vouched for
        its place); False when it does not fit."""
        s, f = self.s, h.frame
        if isinstance(f, RunFrame):
            s.take_run(boot, f, h.at_ms, events)
            return True
        if u is None:  # no hello vouches for its place: the boot's clock must agree too
            fit = s.fit(boot, f, h.line, h.at_ms)
        else:
            fit = boot.book.classify(f.seq, hash(h.line), f.hub_ms, h.at_ms, _press(f), u)
        if fit.verdict is Verdict.SUSPECT:
            return False
        s.safely(lambda: s.take(boot, f, h.line, fit, h.at_ms, events), h.line, now_ms, events)
        return True

    # -- time --------------------------------------------------------------------------------
    def expire(self, now_ms: int, events: list[HardwareEvent]) -> None:
        """Refuse frames held too long; stop waiting for an answer that does not come."""
        o = self.s.options
        old = [h for h in self.held if now_ms - h.at_ms >= o.hold_max_ms]
        if old:
            self.held = [h for h in self.held if now_ms - h.at_ms < o.hold_max_ms]
            self.s.stats.held -= len(old)
            for h in old:
                self._refuse(h, now_ms, events, "chờ chào quá lâu (no hello in time)")
        if not self.s.connected:  # no answer can come while the port is down: the hello
            if self.since is not None:  # after the reconnection settles it
                self.since = now_ms
        elif self.since is not None and now_ms - self.since >= o.resync_timeout_ms:
            self._unanswered(now_ms, events)

    def _unanswered(self, now_ms: int, events: list[HardwareEvent]) -> None:
        """The hub did not answer WHO: follow a new run of numbers if one is clear."""
        s = self.s
        self.since, self.confirming = None, False
        if s.current is not None:  # it may have restarted unheard: events say "boot unknown"
            s.current.book.sure = False  # until a hello says which it is
        waiting = [h for h in self.held if h.why in ("suspect", "confirm")]
        self.held = [h for h in self.held if h.why not in ("suspect", "confirm")]
        s.stats.held -= len(waiting)
        cur = s.current
        suspects = []
        for h in waiting:  # a press held for the boot check goes where it fits
            if h.why == "suspect" or cur is None or not self._into(cur, h, events, now_ms):
                suspects.append(h)
        if not suspects and not self.why:
            return  # only presses that waited for an answer: all placed
        run = [h for h in suspects if not isinstance(h.frame, RunFrame)]
        cluster = run[-1:]
        for h in reversed(run[:-1]):
            if 0 < (cluster[0].frame.seq - h.frame.seq) % SEQ_MODULUS <= s.options.seq_jump:
                cluster.insert(0, h)
            else:
                break
        refused = 0
        if len(cluster) >= 3:
            boot = s.new_boot(None, now_ms, events)
            for h in cluster:
                f = h.frame
                fit = boot.book.classify(f.seq, hash(h.line), f.hub_ms, h.at_ms, _press(f))
                if fit.verdict is Verdict.SUSPECT:
                    self._refuse(h, now_ms, events)
                    refused += 1
                else:
                    s.take(boot, f, h.line, fit, h.at_ms, events)
            first = cluster[0].frame.seq
            detail = f"theo chuỗi số mới từ #{first}, boot không rõ (following new numbers)"
        else:
            cluster = []
            detail = "không theo chuỗi nào (no new sequence)"
        for h in suspects:
            if h not in cluster:
                self._refuse(h, now_ms, events)
                refused += 1
        detail = f"{self.why}: hub không trả lời WHO (no answer); {detail}; {refused} bị loại"
        events.append(s.status(LinkEvent.RESYNC, now_ms, detail))
        self.why = ""

    def drop_all(self, now_ms: int, events: list[HardwareEvent], why: str) -> None:
        held, self.held = self.held, []
        self.s.stats.held -= len(held)
        for h in held:
            self._refuse(h, now_ms, events, why)
        self.since = None

    def _refuse(
        self,
        h: Held,
        now_ms: int,
        events: list[HardwareEvent],
        why: str = "",
        reason: RejectReason | None = None,
    ) -> None:
        f = h.frame
        if reason is not None:
            detail = ""
        elif h.why in ("hello", "confirm"):
            reason, detail = (
                RejectReason.BEFORE_HELLO,
                "không xếp được sau lời chào (cannot be placed)",
            )
        else:
            reason, detail = (
                RejectReason.OUT_OF_SEQUENCE,
                "số thứ tự không khớp lần khởi động nào (fits no boot)",
            )
        detail = "; ".join(x for x in (why, detail) if x)
        seat = f.seat if isinstance(f, PressFrame) else None
        key = f.key if isinstance(f, PressFrame) else None
        self.s.reject(events, reason, now_ms, f"#{f.seq} {detail}", h.line, seat, f.seq, key, None)


def _press(frame: HubFrame) -> bool:
    return isinstance(frame, PressFrame)
