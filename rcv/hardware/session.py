"""One conversation with an rcv protocol hub, as a pure state machine (bytes and times in, events
and bytes out). :class:`~rcv.hardware.link.HubLink` is the thread and the port around it.

Every line that comes in ends as exactly one record: a press, a refusal with its reason, or a
control message (see :class:`~rcv.hardware.tracking.LinkStats`). The session waits for the
hub's hello (asking WHO, holding frames that came before it and placing them once it comes),
maps hub times to the laptop's clock, follows each boot's sequence numbers
(:mod:`~rcv.hardware.seqbook`): a gap is asked for again and, if it cannot be had, reported
(:mod:`~rcv.hardware.recovery`); a number that fits nothing is checked with the hub (WHO)
instead of deafening the link. It refuses presses outside the hub's seats and repeats within
``repeat_ms``, notices silence, and puts a hub that comes back in the state rcv asked for
(:mod:`~rcv.hardware.mirror`).
"""

from __future__ import annotations

import logging

from rcv.hardware.boots import Boot, Boots, missed_boots
from rcv.hardware.events import (
    FramesLost,
    HardwareEvent,
    HubMessage,
    KeyPress,
    LinkEvent,
)
from rcv.hardware.lines import LineSplitter
from rcv.hardware.mirror import HubMirror
from rcv.hardware.protocol import (
    Ack,
    Arm,
    Bad,
    Command,
    Heartbeat,
    Hello,
    HubFrame,
    HubState,
    PressFrame,
    RejectReason,
    Reset,
    RunFrame,
    Who,
    encode,
    parse_line,
)
from rcv.hardware.records import Recorder
from rcv.hardware.recovery import Recovery, SessionOptions
from rcv.hardware.resync import Held, Resync
from rcv.hardware.seqbook import Fit, Verdict, ms_delta
from rcv.hardware.tracking import LinkStats

__all__ = ["HubSession", "SessionOptions"]

log = logging.getLogger(__name__)


class HubSession(Recorder):
    """The rcv protocol on one port. Not thread-safe: one worker thread drives it."""

    needs_hello = True

    def __init__(self, port: str, options: SessionOptions | None = None) -> None:
        self.port = port
        self.options = options or SessionOptions()
        self.stats = LinkStats()
        self.hello: Hello | None = None
        self.connected = False
        self._splitter = LineSplitter()
        self._recovery = Recovery(port, self.options, self.stats)
        self._boots = Boots(self.options, self._recovery)
        self._resync = Resync(self)
        self._mirror = HubMirror()
        self._awaiting = True
        self._wait_since = 0
        self._last_who: int | None = None
        self._no_hello_told = False
        self._retry_scan = 0
        self._last_frame = 0
        self._silent = False
        self._arm_unacked = False  # an ARM went out and its ACK has not come yet
        self._armed_ok = False  # the hub acknowledged an ARM: it should not say IDLE now
        self._out: list[tuple[bytes, Command]] = []
        self._now = 0  # the latest time the session was given

    @property
    def hub_id(self) -> str:  # type: ignore[override]  # the hub says it in its hello
        return self.hello.hub_id if self.hello else ""

    @property
    def boot(self) -> int | None:
        return self.current.book.boot if self.current else None

    @property
    def current(self) -> Boot | None:
        return self._boots.current

    @property
    def previous(self) -> Boot | None:
        return self._boots.previous

    @property
    def retired(self) -> set[int]:
        return self._boots.retired

    # -- connection ----------------------------------------------------------------------
    def on_connected(self, now_ms: int) -> None:
        self.connected = True
        self.stats.connects += 1
        self._splitter = LineSplitter()
        self._awaiting = True
        self._wait_since = now_ms
        self._last_who = None
        self._no_hello_told = False
        self._silent = False
        unsent, self._out = self._out, []
        self._mirror.unsent([command for _, command in unsent])

    def on_lost(self, now_ms: int) -> list[HardwareEvent]:
        """The port failed. Bytes of a line cut short are refused; held frames stay held."""
        self.connected = False
        events: list[HardwareEvent] = []
        for item in self._splitter.flush():
            self.stats.lines += 1
            self.reject(events, item.reason, now_ms, item.detail)
        return events

    def close(self, now_ms: int) -> list[HardwareEvent]:
        """The link stops: what is held is refused, what is missing is reported lost."""
        events = self.on_lost(now_ms) if self.connected else []
        self._resync.drop_all(now_ms, events, "dừng liên kết (link stopped)")
        self._boots.close(now_ms, events)
        return events

    # -- commands ------------------------------------------------------------------------
    def submit(self, command: Command) -> None:
        """A command from rcv: remembered as hub state, written now or after the hello."""
        self._mirror.want(command)
        if self.connected and not self._awaiting:
            self._write(command)
        else:
            self._mirror.hold(command)

    def restore_commands(self) -> list[Command]:
        return self._mirror.restore_commands()

    def _write(self, command: Command) -> None:
        """Write a command and note what the hub now shows. An ARM is preceded by a WHO (see
        :meth:`Resync.confirm`), even right after a hello: the hub may restart in between."""
        self._out.append((encode(command), command))
        self._mirror.wrote(command)
        if isinstance(command, Arm):
            self._arm_unacked = True
            if self.current is not None:
                self.current.book.quiet = False
            self._resync.confirm(self._now)
        elif isinstance(command, Reset):
            self._armed_ok = False

    def outgoing(self, now_ms: int) -> list[bytes]:
        """Bytes to write now."""
        self._now = now_ms
        if not self.connected:
            return []
        out: list[bytes] = []
        if self._awaiting or self._resync.asking:
            last = self._last_who
            if last is None or now_ms - last >= self.options.who_interval_ms:
                self._last_who = now_ms
                out.append(encode(Who()))
            if self._awaiting:
                return out
        out += [data for data, _ in self._out]
        self._out = []
        return out

    def ask_who(self) -> None:
        """Send WHO at the next chance."""
        self._last_who = None

    # -- input ---------------------------------------------------------------------------
    def feed(self, data: bytes, now_ms: int) -> list[HardwareEvent]:
        self._now = now_ms
        self.stats.bytes_in += len(data)
        events: list[HardwareEvent] = []
        for item in self._splitter.feed(data):
            self.stats.lines += 1
            if isinstance(item, Bad):
                self.reject(events, item.reason, now_ms, item.detail)
            else:
                self.safely(
                    lambda line=item: self._line(line, now_ms, events), item, now_ms, events
                )
        return events

    def tick(self, now_ms: int) -> list[HardwareEvent]:
        self._now = now_ms
        events: list[HardwareEvent] = []
        self._boots.tick(now_ms, self.hub_id, events)
        self._resync.expire(now_ms, events)
        boot = self.current
        if not self.connected:
            return events
        if self._awaiting:
            waited = now_ms - self._wait_since
            if waited >= self.options.hello_timeout_ms and not self._no_hello_told:
                self._no_hello_told = True
                events.append(self.status(LinkEvent.NO_HELLO, now_ms, f"{waited} ms"))
            return events
        if boot is not None and now_ms - self._retry_scan >= self.options.replay_retry_ms:
            self._retry_scan = now_ms
            self._recovery.give_up(boot.book, now_ms)
            self.ask(now_ms)
        if not self._silent and now_ms - self._last_frame >= self.options.silent_ms:
            self._silent = True
            events.append(self.status(LinkEvent.SILENT, now_ms, f"{now_ms - self._last_frame} ms"))
        return events

    def _line(self, line: bytes, now_ms: int, events: list[HardwareEvent]) -> None:
        frame = parse_line(line)
        if isinstance(frame, Bad):
            self.reject(events, frame.reason, now_ms, frame.detail, line)
        elif not hasattr(frame, "hub_ms"):
            self.reject(events, RejectReason.ECHO, now_ms, type(frame).__name__, line)
        elif isinstance(frame, Hello):
            self._resync.on_hello(frame, line, now_ms, events)
        else:
            self.frame(frame, line, now_ms, events)  # type: ignore[arg-type]

    def frame(self, frame: HubFrame, line: bytes, now_ms: int, events: list[HardwareEvent]) -> None:
        """A frame with a sequence number (not a hello): placed in its boot, held, or refused."""
        boot = self.current
        if self._awaiting or boot is None:
            self._resync.hold(Held(line, frame, now_ms, "hello"), events)
            return
        if (self._resync.confirming and isinstance(frame, PressFrame)) or (
            self._resync.since is not None and isinstance(frame, RunFrame)
        ):  # a press, or an account of old numbers: which boot is it of? the hub will say
            self._resync.hold(Held(line, frame, now_ms, "confirm"), events)
            return
        if isinstance(frame, RunFrame):
            if ms_delta(frame.hub_ms, boot.book.high_ms) < -self.options.time_slack_ms:
                self._resync.suspect(Held(line, frame, now_ms, "suspect"), "time", events)
            else:
                self.take_run(boot, frame, now_ms, events)
            return
        fit = self.fit(boot, frame, line, now_ms)
        if fit.verdict is Verdict.SUSPECT:
            prev = self.previous
            if prev is not None:  # a late frame of the boot before a restart?
                old = self.fit(prev, frame, line, now_ms)
                if old.verdict is not Verdict.SUSPECT:
                    self.take(prev, frame, line, old, now_ms, events)
                    return
            self._resync.suspect(Held(line, frame, now_ms, "suspect"), fit.why, events)
            return
        self.take(boot, frame, line, fit, now_ms, events)

    def fit(self, boot: Boot, frame: HubFrame, line: bytes, now_ms: int) -> Fit:
        """Where a frame fits in ``boot``: its number, its time, and whether the boot's clock
        agrees with when it arrived. A frame of a restarted hub seems to arrive before it was
        sent, or (a heartbeat, an ack: stamped when sent) far too late: check with the hub."""
        fit = boot.book.classify(frame.seq, hash(line), frame.hub_ms, now_ms, _press(frame))
        if fit.verdict in (Verdict.NEW, Verdict.RECOVERED):
            delay = boot.delay(frame.hub_ms, now_ms)
            slack = self.options.clock_slack_ms
            if delay is not None and (delay < -slack or (delay > slack and not _press(frame))):
                return Fit(Verdict.SUSPECT, fit.u, "clock")
        return fit

    def take_run(self, boot: Boot, run: RunFrame, now_ms: int, events: list[HardwareEvent]) -> None:
        self.stats.frames += 1
        self.stats.control += 1
        self._recovery.on_run(boot.book, run, now_ms)
        events.append(HubMessage(self.port, boot.hub_id or self.hub_id, run, now_ms))

    def take(
        self,
        boot: Boot,
        frame: HubFrame,
        line: bytes,
        fit: Fit,
        now_ms: int,
        ev: list[HardwareEvent],
    ) -> None:
        """A frame whose place in ``boot`` is known: handed on or refused."""
        book = boot.book
        seat = frame.seat if isinstance(frame, PressFrame) else None
        key = frame.key if isinstance(frame, PressFrame) else None
        if fit.verdict in (Verdict.DUPLICATE, Verdict.LATE):
            late = fit.verdict is Verdict.LATE
            reason = RejectReason.LATE if late else RejectReason.DUPLICATE
            detail = f"#{frame.seq}" + (" đã báo mất (reported lost)" if late else "")
            self.reject(ev, reason, now_ms, detail, line, seat, frame.seq, key, book.named)
            return
        quiet = (
            isinstance(frame, Heartbeat)
            and frame.state in (HubState.IDLE, HubState.LOCKED)
            and not self._arm_unacked
        )
        gap = book.accept(fit.u, hash(line), frame.hub_ms, now_ms, quiet)
        if self._resync.since is not None or not book.sure:
            book.doubtful.add(fit.u)  # the hub may have restarted: this may be the next boot's
        current = boot is self.current
        if fit.verdict is Verdict.RECOVERED:
            self.stats.replayed += 1
            self.stats.lost_frames -= 1
        if gap:
            self.stats.lost_frames += gap
            if current:
                ev.append(self.status(LinkEvent.GAP, now_ms, f"mất {gap} khung (frames lost)"))
                self.ask(now_ms)
            else:  # a restarted hub cannot be asked: lost at once
                ev += self._recovery.losses(book, boot.hub_id, now_ms, True, "hub đã khởi động lại")
        self.stats.frames += 1
        if current:
            self.mark_alive(now_ms, ev)
        hub_ms = boot.observe(frame.hub_ms, now_ms)
        hub_id = boot.hub_id or self.hub_id
        if not isinstance(frame, PressFrame):
            self.stats.control += 1
            ev.append(HubMessage(self.port, hub_id, frame, now_ms))  # type: ignore[arg-type]
            if current:
                self._control(frame, now_ms, ev)
            return
        refusal = boot.refusal(frame, hub_ms, self.hello, self.options.repeat_ms)
        if refusal is not None:
            reason, detail = refusal
            self.reject(ev, reason, now_ms, detail, line, seat, frame.seq, key, book.named)
            return
        self.stats.presses += 1
        at_ms = min(boot.clock.to_laptop(hub_ms), now_ms)
        replayed, named = fit.verdict is Verdict.RECOVERED, book.named
        press = (self.port, hub_id, frame.seat, frame.key, hub_ms, at_ms, now_ms, frame.seq)
        ev.append(KeyPress(*press, replayed=replayed, boot=named))

    def _control(self, frame: HubFrame, now_ms: int, events: list[HardwareEvent]) -> None:
        """What the session learns from a hub's acks and heartbeats."""
        if isinstance(frame, Ack):
            if frame.command == "ARM":
                self._arm_unacked, self._armed_ok = False, True
            elif self._recovery.on_ack(self.current.book if self.current else None, frame):
                self.ask(now_ms)  # the hub has no RECALL: ask again with REPLAY
        elif isinstance(frame, Heartbeat) and frame.state is HubState.IDLE and self._armed_ok:
            self._armed_ok = False  # an armed hub that says idle has restarted unnoticed?
            self._resync.check(now_ms, "hub báo IDLE sau ARM (idle after an ARM)")

    # -- boots ---------------------------------------------------------------------------
    def greet(self, hello: Hello, now_ms: int, events: list[HardwareEvent], rebooted: bool) -> None:
        """A hello that fits (see :class:`~rcv.hardware.resync.Resync`): the hub can hear. Told
        before the frames it places, so they carry the hub's id and seats."""
        first = self.hello is None
        restore = self._awaiting or rebooted
        self.hello = hello
        boot = self.current
        assert boot is not None
        boot.hub_id = hello.hub_id
        self._awaiting = False
        self.stats.frames += 1
        self.stats.control += 1
        self.mark_alive(now_ms, events)
        boot.observe(hello.hub_ms, now_ms)
        kind = LinkEvent.REBOOTED if rebooted and not first else LinkEvent.HELLO
        detail = f"{hello.hub_id} ghế {hello.first_seat}–{hello.last_seat} {hello.firmware}"
        if restore or first:
            events.append(self.status(kind, now_ms, detail, hello=hello))
        else:  # an answer to a WHO on a line already greeted
            events.append(HubMessage(self.port, self.hub_id, hello, now_ms))
        if rebooted or first:  # a hub fresh from boot shows nothing, knows no ARM
            self._mirror.forget_hub()
            self._armed_ok = self._arm_unacked = False
        for command in self._mirror.after_hello():
            self._write(command)

    def new_boot(self, number: int | None, now_ms: int, events: list[HardwareEvent]) -> Boot:
        """Start following a new boot (see :class:`~rcv.hardware.boots.Boots`)."""
        return self._boots.new(number, self.hub_id, now_ms, events)

    def close_previous(self, now_ms: int, events: list[HardwareEvent]) -> None:
        self._boots.close_previous(now_ms, events)

    def missed_boots(self, old: int | None, new: int, now_ms: int) -> list[FramesLost]:
        return missed_boots(self.port, self.hub_id, old, new, now_ms)

    def ask(self, now_ms: int) -> None:
        """Ask for each run of missing numbers (again, if due)."""
        boot = self.current
        if boot is None or not self.connected or self._awaiting or self._resync.since is not None:
            return  # not while rcv is unsure which boot the hub is in
        for command in self._recovery.requests(boot.book, now_ms):
            self._write(command)

    def mark_alive(self, now_ms: int, events: list[HardwareEvent]) -> None:
        self._last_frame = now_ms
        if self._silent:
            self._silent = False
            events.append(self.status(LinkEvent.ALIVE, now_ms))


def _press(frame: HubFrame) -> bool:
    return isinstance(frame, PressFrame)
