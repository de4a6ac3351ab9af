"""One conversation with an rcv protocol hub, as a pure state machine (bytes and times in, events
and bytes out). :class:`~rcv.hardware.link.HubLink` is the thread and the port around it.

It waits for the hub's hello (holding frames that came before it), maps hub times to the
laptop's clock, tracks sequence numbers (gaps are reported and asked for again with REPLAY,
duplicates refused), refuses presses outside the hub's seat range and repeats of the same key
within ``repeat_ms`` (bounce, a stuck key), notices silence, and remembers what rcv asked the
hub to show (arm/lock and LEDs) so a hub that comes back is put in the same state.
"""

from __future__ import annotations

from dataclasses import dataclass

from rcv.hardware.clockmap import HubClockMap, Unwrapper
from rcv.hardware.events import (
    HardwareEvent,
    HubMessage,
    KeyPress,
    LinkEvent,
    LinkStatus,
    RejectedFrame,
)
from rcv.hardware.lines import LineSplitter
from rcv.hardware.protocol import (
    SEQ_MODULUS,
    Arm,
    Bad,
    Command,
    Hello,
    HubFrame,
    Led,
    LedState,
    Lock,
    PressFrame,
    RejectReason,
    Replay,
    Reset,
    Who,
    encode,
    parse_line,
)
from rcv.hardware.tracking import LinkStats, SeqTracker


@dataclass(frozen=True, slots=True)
class SessionOptions:
    repeat_ms: int = 250  # same seat, same key again within this: bounce or stuck key
    silent_ms: int = 3500  # no frame for this long: SILENT (hubs send a heartbeat every 1 s)
    hello_timeout_ms: int = 4000  # report NO_HELLO after this (Arduino boot takes 1–3 s)
    who_interval_ms: int = 1000  # ask WHO this often until the hello comes
    pre_hello_max: int = 512  # frames held while waiting for the hello
    max_replay: int = 128  # frames asked again at most per request
    replay_retry_ms: int = 700  # ask again for frames still missing after this
    replay_tries: int = 3


class HubSession:
    """The rcv protocol on one port. Not thread-safe: one worker thread drives it."""

    needs_hello = True

    def __init__(self, port: str, options: SessionOptions | None = None) -> None:
        self.port = port
        self.options = options or SessionOptions()
        self.stats = LinkStats()
        self.hello: Hello | None = None
        self.connected = False
        self._splitter = LineSplitter()
        self._clock = HubClockMap()
        self._unwrap = Unwrapper()
        self._seq = SeqTracker()
        self._repeat: dict[int, tuple[str, int]] = {}
        self._asked: dict[int, tuple[int, int]] = {}  # seq → (times asked, last time)
        self._retry_scan = 0
        self._awaiting = True
        self._wait_since = 0
        self._last_who: int | None = None
        self._no_hello_told = False
        self._held: list[tuple[bytes, int]] = []
        self._last_frame = 0
        self._silent = False
        self._mode: Arm | Lock | None = None
        self._leds: dict[int, LedState] = {}
        self._pending: list[Command] = []
        self._hub_mode: Arm | Lock | None = None
        self._hub_leds: dict[int, LedState] = {}
        self._reset_pending = False
        self._out: list[bytes] = []

    @property
    def hub_id(self) -> str:
        return self.hello.hub_id if self.hello else ""

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
        self._out.clear()

    def on_lost(self, now_ms: int) -> None:
        self.connected = False
        self._held.clear()

    # -- commands ------------------------------------------------------------------------
    def submit(self, command: Command) -> None:
        """A command from rcv: remembered as hub state, written now or after the hello."""
        if isinstance(command, Arm | Lock):
            self._mode = command
        elif isinstance(command, Led):
            for seat in range(command.first_seat, command.last_seat + 1):
                if command.state is LedState.OFF:
                    self._leds.pop(seat, None)
                else:
                    self._leds[seat] = command.state
        elif isinstance(command, Reset):
            self._mode = None
            self._leds.clear()
        if self.connected and not self._awaiting:
            self._write(command)
        elif isinstance(command, Reset):
            self._reset_pending = True
        elif not isinstance(command, Arm | Lock | Led | Who):  # state is synced after hello
            self._pending.append(command)

    def _write(self, command: Command) -> None:
        """Write a command and note what the hub now shows."""
        self._out.append(encode(command))
        if isinstance(command, Arm | Lock):
            self._hub_mode = command
        elif isinstance(command, Led):
            for seat in range(command.first_seat, command.last_seat + 1):
                self._hub_leds[seat] = command.state
        elif isinstance(command, Reset):
            self._hub_mode = None
            self._hub_leds.clear()

    def restore_commands(self) -> list[Command]:
        """What takes the hub from the state it is known to show to the one rcv last asked for:
        everything after a boot, only what changed meanwhile after a reconnection."""
        commands: list[Command] = []
        if self._mode is not None and self._mode != self._hub_mode:
            commands.append(self._mode)
        changed = {
            seat: self._leds.get(seat, LedState.OFF)
            for seat in set(self._leds) | set(self._hub_leds)
            if self._leds.get(seat, LedState.OFF) is not self._hub_leds.get(seat, LedState.OFF)
        }
        run: tuple[int, int, LedState] | None = None
        for seat in sorted(changed):
            state = changed[seat]
            if run and run[1] == seat - 1 and run[2] is state:
                run = (run[0], seat, state)
                continue
            if run:
                commands.append(Led(*run))
            run = (seat, seat, state)
        if run:
            commands.append(Led(*run))
        return commands

    def outgoing(self, now_ms: int) -> list[bytes]:
        """Bytes to write now."""
        if not self.connected:
            return []
        if self._awaiting:
            last = self._last_who
            if last is None or now_ms - last >= self.options.who_interval_ms:
                self._last_who = now_ms
                return [encode(Who())]
            return []
        out, self._out = self._out, []
        return out

    # -- input ---------------------------------------------------------------------------
    def feed(self, data: bytes, now_ms: int) -> list[HardwareEvent]:
        self.stats.bytes_in += len(data)
        events: list[HardwareEvent] = []
        for item in self._splitter.feed(data):
            if isinstance(item, Bad):
                self._reject(events, item.reason, now_ms, item.detail)
            else:
                self._line(item, now_ms, events)
        return events

    def tick(self, now_ms: int) -> list[HardwareEvent]:
        events: list[HardwareEvent] = []
        if not self.connected:
            return events
        if self._awaiting:
            waited = now_ms - self._wait_since
            if waited >= self.options.hello_timeout_ms and not self._no_hello_told:
                self._no_hello_told = True
                events.append(self._status(LinkEvent.NO_HELLO, now_ms, f"{waited} ms"))
            return events
        if now_ms - self._retry_scan >= self.options.replay_retry_ms:
            self._retry_scan = now_ms
            self._ask_replay(now_ms)
        if not self._silent and now_ms - self._last_frame >= self.options.silent_ms:
            self._silent = True
            events.append(self._status(LinkEvent.SILENT, now_ms, f"{now_ms - self._last_frame} ms"))
        return events

    def _line(self, line: bytes, now_ms: int, events: list[HardwareEvent]) -> None:
        frame = parse_line(line)
        if isinstance(frame, Bad):
            self._reject(events, frame.reason, now_ms, frame.detail, line)
        elif isinstance(frame, Hello):
            self._on_hello(frame, now_ms, events)
            held, self._held = self._held, []
            for old_line, at in held:
                self._line(old_line, at, events)
        elif not hasattr(frame, "hub_ms"):
            self._reject(events, RejectReason.ECHO, now_ms, type(frame).__name__, line)
        elif self._awaiting or self.hello is None:
            if len(self._held) < self.options.pre_hello_max:
                self._held.append((line, now_ms))
            else:
                self._reject(events, RejectReason.BEFORE_HELLO, now_ms, "", line)
        else:
            self._on_frame(frame, line, now_ms, events)  # type: ignore[arg-type]

    def _on_hello(self, hello: Hello, now_ms: int, events: list[HardwareEvent]) -> None:
        self.stats.frames += 1
        rebooted = self.hello is not None and hello.boot != self.hello.boot
        first = self.hello is None
        if first or rebooted:
            self._clock.reset()
            self._unwrap.reset()
            self._seq.reset(hello.seq)
            self._repeat.clear()
            self._asked.clear()
        else:
            self._check_seq(hello.seq, now_ms, events)
        restore = self._awaiting or rebooted
        self.hello = hello
        self._awaiting = False
        self._mark_alive(now_ms, events)
        self._clock.observe(self._unwrap.unwrap(hello.hub_ms), now_ms)
        kind = LinkEvent.REBOOTED if rebooted else LinkEvent.HELLO
        detail = f"{hello.hub_id} ghế {hello.first_seat}–{hello.last_seat} {hello.firmware}"
        if restore or first:
            events.append(self._status(kind, now_ms, detail, hello=hello))
        else:  # an answer to a WHO on a line already greeted
            events.append(HubMessage(self.port, self.hub_id, hello, now_ms))
        if first or rebooted:  # a hub fresh from boot shows nothing
            self._hub_mode, self._hub_leds = None, {}
        if self._reset_pending:
            self._reset_pending = False
            self._write(Reset())
        for command in [*self.restore_commands(), *self._pending]:
            self._write(command)
        self._pending.clear()
        if self._seq.missing:
            self._ask_replay(now_ms)

    def _on_frame(self, frame: HubFrame, line: bytes, now_ms: int, ev: list[HardwareEvent]) -> None:
        status = self._check_seq(frame.seq, now_ms, ev)
        if status == "duplicate":
            self._reject(ev, RejectReason.DUPLICATE, now_ms, f"seq {frame.seq}", line)
            return
        self.stats.frames += 1
        self._mark_alive(now_ms, ev)
        hub_ms = self._unwrap.unwrap(frame.hub_ms)
        self._clock.observe(hub_ms, now_ms)
        if not isinstance(frame, PressFrame):
            ev.append(HubMessage(self.port, self.hub_id, frame, now_ms))  # type: ignore[arg-type]
            return
        hello = self.hello
        assert hello is not None
        if not hello.first_seat <= frame.seat <= hello.last_seat:
            detail = f"ghế {frame.seat} ngoài {hello.first_seat}–{hello.last_seat}"
            self._reject(ev, RejectReason.UNKNOWN_SEAT, now_ms, detail, line, frame.seat)
            return
        last = self._repeat.get(frame.seat)
        self._repeat[frame.seat] = (frame.key, hub_ms)
        if last and last[0] == frame.key and abs(hub_ms - last[1]) < self.options.repeat_ms:
            self._reject(
                ev, RejectReason.REPEAT, now_ms, f"ghế {frame.seat} {frame.key}", line, frame.seat
            )
            return
        self.stats.presses += 1
        at_ms = min(self._clock.to_laptop(hub_ms), now_ms)
        ev.append(
            KeyPress(
                self.port,
                self.hub_id,
                frame.seat,
                frame.key,
                hub_ms,
                at_ms,
                now_ms,
                frame.seq,
                replayed=status == "recovered",
            )
        )

    def _check_seq(self, seq: int, now_ms: int, events: list[HardwareEvent]) -> str:
        status, gap, _ = self._seq.check(seq)
        if status == "recovered":
            self.stats.replayed += 1
            self.stats.lost_frames -= 1
        elif gap:
            self.stats.lost_frames += gap
            events.append(self._status(LinkEvent.GAP, now_ms, f"mất {gap} khung (frames lost)"))
            self._ask_replay(now_ms)
        return status

    def _ask_replay(self, now_ms: int) -> None:
        """Ask for each run of missing sequence numbers; again later if still missing."""
        if not self.connected or self._awaiting or not self._seq.missing:
            return
        o = self.options
        asked = self._asked = {m: a for m, a in self._asked.items() if m in self._seq.missing}
        due = [
            m
            for m in self._seq.missing
            if m not in asked
            or (asked[m][0] < o.replay_tries and now_ms - asked[m][1] >= o.replay_retry_ms)
        ]
        missing = sorted(due)[-o.max_replay :]
        for m in missing:
            asked[m] = (asked.get(m, (0, 0))[0] + 1, now_ms)
        start = prev = None
        for m in [*missing, None]:
            if m is not None and prev is not None and m == prev + 1:
                prev = m
                continue
            if start is not None and prev is not None:
                self._out.append(encode(Replay(start % SEQ_MODULUS, prev % SEQ_MODULUS)))
            start = prev = m

    def _mark_alive(self, now_ms: int, events: list[HardwareEvent]) -> None:
        self._last_frame = now_ms
        if self._silent:
            self._silent = False
            events.append(self._status(LinkEvent.ALIVE, now_ms))

    def _status(
        self, kind: LinkEvent, now_ms: int, detail: str = "", hello: Hello | None = None
    ) -> LinkStatus:
        return LinkStatus(self.port, self.hub_id, kind, now_ms, detail, hello=hello)

    def _reject(
        self,
        events: list[HardwareEvent],
        reason: RejectReason,
        now_ms: int,
        detail: str = "",
        raw: bytes = b"",
        seat: int | None = None,
    ) -> None:
        self.stats.rejected[reason] += 1
        events.append(
            RejectedFrame(self.port, self.hub_id, reason, now_ms, detail, raw[:160], seat)
        )
