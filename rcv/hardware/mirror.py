"""What rcv asked a hub to show (armed question, LEDs) beside what the hub is known to show, so a
hub that comes back — same boot after a pulled cable, or a fresh boot — is put back in the
state rcv wants with as few commands as possible. Pure bookkeeping for the session.
"""

from __future__ import annotations

from rcv.hardware.protocol import Arm, Command, Led, LedState, Lock, Recall, Replay, Reset, Who


class HubMirror:
    """Wanted state (``submit``) and shown state (``wrote``); ``restore_commands`` is the
    difference. Commands that are not state (self-test, simulator answers) wait in
    ``pending`` until the hub can hear them."""

    def __init__(self) -> None:
        self.mode: Arm | Lock | None = None
        self.leds: dict[int, LedState] = {}
        self.hub_mode: Arm | Lock | None = None
        self.hub_leds: dict[int, LedState] = {}
        self.pending: list[Command] = []
        self.reset_pending = False

    def want(self, command: Command) -> None:
        """Remember what rcv asked for."""
        if isinstance(command, Arm | Lock):
            self.mode = command
        elif isinstance(command, Led):
            for seat in range(command.first_seat, command.last_seat + 1):
                if command.state is LedState.OFF:
                    self.leds.pop(seat, None)
                else:
                    self.leds[seat] = command.state
        elif isinstance(command, Reset):
            self.mode = None
            self.leds.clear()

    def hold(self, command: Command) -> None:
        """A command given while the hub cannot hear it: state is synced after the hello,
        a reset goes first, anything else waits."""
        if isinstance(command, Reset):
            self.reset_pending = True
        elif not isinstance(command, Arm | Lock | Led | Who):
            self.pending.append(command)

    def wrote(self, command: Command) -> None:
        """A command went out on the line: the hub now shows it."""
        if isinstance(command, Arm | Lock):
            self.hub_mode = command
        elif isinstance(command, Led):
            for seat in range(command.first_seat, command.last_seat + 1):
                self.hub_leds[seat] = command.state
        elif isinstance(command, Reset):
            self.hub_mode = None
            self.hub_leds.clear()

    def unsent(self, commands: list[Command]) -> None:
        """Commands written but never sent (the port was lost first): the hub did not get
        them. State is restored from scratch, a reset is redone, the rest waits."""
        for command in commands:
            if isinstance(command, Reset):
                self.reset_pending = True
            elif isinstance(command, Arm | Lock | Led):
                self.forget_hub()
            elif not isinstance(command, Who | Recall | Replay):
                self.pending.append(command)

    def forget_hub(self) -> None:
        """The hub booted: it shows nothing."""
        self.hub_mode, self.hub_leds = None, {}

    def after_hello(self) -> list[Command]:
        """Everything to write once the hub can hear: a held reset, the state, what waited."""
        commands: list[Command] = [Reset()] if self.reset_pending else []
        self.reset_pending = False
        if commands:
            self.forget_hub()  # the reset will clear the hub; restore from nothing
        commands += [*self.restore_commands(), *self.pending]
        self.pending = []
        return commands

    def restore_commands(self) -> list[Command]:
        """What takes the hub from the state it is known to show to the one rcv last asked for:
        everything after a boot, only what changed meanwhile after a reconnection."""
        commands: list[Command] = []
        if self.mode is not None and self.mode != self.hub_mode:
            commands.append(self.mode)
        changed = {
            seat: self.leds.get(seat, LedState.OFF)
            for seat in set(self.leds) | set(self.hub_leds)
            if self.leds.get(seat, LedState.OFF) is not self.hub_leds.get(seat, LedState.OFF)
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
