"""Rehearse with the crew's own box: its ports join the keypad link next to simulated hubs for
every other seat, so a whole show runs with the real device pressed by people at its seats and
simulated contestants everywhere else (``rcv demo --port PORT --profile P``).

Which seats a device serves: the seats written with its port (``COM5@7``, ``COM5@17-32``), else
the ``seats`` its profile declares, else the seats of its pairing table in the open event.
Problems are codes (:class:`RehearsalError`), worded at the edge."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from rcv.app.keypads import KeypadLink
from rcv.hardware.pairing import PairingTable
from rcv.hardware.profile import DeviceProfile
from rcv.hardware.profile_library import load_profile, user_profiles_dir
from rcv.hardware.settings import PortSetting
from rcv.sim.hub import People
from rcv.sim.run import SimOptions, build_hubs

PER_HUB = 100  # simulated seats per virtual hub


class RehearsalError(ValueError):
    """A device that cannot take part: ``code`` (``seats_unknown``: say its seats with
    ``--seat``; ``outside``: its seats are not on the floor; ``overlap``: two devices claim a
    seat) and ``params`` (port, seats)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code, self.params = code, params
        super().__init__(f"{code}: {params}")


@dataclass(frozen=True, slots=True)
class Device:
    """A real device of the rehearsal: its port (with its seats, if written), its profile and
    the floor's seats it serves."""

    setting: PortSetting
    profile: DeviceProfile | None
    first: int
    last: int


def device_seats(
    setting: PortSetting, profile: DeviceProfile | None, pairing: PairingTable
) -> tuple[int, int] | None:
    """The floor seats a device serves, or None when nothing says."""
    if profile is not None:
        fixed = profile.fixed_seats(setting.first_seat, setting.last_seat)
        if fixed is not None:
            return fixed
        if profile.has("id") and len(pairing):
            return min(pairing.seats), max(pairing.seats)
        return None
    if setting.first_seat is not None:
        return setting.first_seat, setting.last_seat or setting.first_seat
    return None


def plan_devices(
    settings: Sequence[PortSetting], seats: int, pairings: dict[str, PairingTable]
) -> list[Device]:
    """Each device with its seats; :class:`RehearsalError` for one whose seats cannot be told,
    lie outside 1..``seats``, or overlap another's. A profile that cannot be loaded raises
    its :class:`~rcv.hardware.profile.ProfileError`."""
    devices: list[Device] = []
    for setting in settings:
        profile = (
            None
            if setting.profile in ("", "rcv-hub")
            else load_profile(setting.profile, (user_profiles_dir(),))
        )
        table = pairings.get(profile.name, PairingTable()) if profile else PairingTable()
        span = device_seats(setting, profile, table)
        if span is None:
            raise RehearsalError("seats_unknown", port=setting.port)
        first, last = span
        if first < 1 or last > seats:
            raise RehearsalError("outside", port=setting.port, seats=f"{first}-{last}", n=seats)
        for other in devices:
            if first <= other.last and other.first <= last:
                raise RehearsalError(
                    "overlap", port=setting.port, other=other.setting.port, seats=f"{first}-{last}"
                )
        devices.append(Device(setting, profile, first, last))
    return devices


def simulated_ranges(seats: int, devices: Sequence[Device]) -> list[tuple[int, int]]:
    """The seats 1..``seats`` no device serves, as consecutive (first, last) ranges."""
    taken = sorted((d.first, d.last) for d in devices)
    ranges: list[tuple[int, int]] = []
    start = 1
    for first, last in taken:
        if first > start:
            ranges.append((start, first - 1))
        start = max(start, last + 1)
    if start <= seats:
        ranges.append((start, seats))
    return ranges


def rehearse(
    link: KeypadLink,
    seats: int,
    seed: int,
    settings: Sequence[PortSetting],
    people: People | None = None,
) -> list[Device]:
    """Connect the real devices (keypads paired by the open event's tables) and simulate every
    other seat (``people``: how the simulated contestants answer), then start the link; the
    devices with their seats. Raises before anything is started."""
    hardware = link.settings()
    tables = dict(hardware.pairings)
    devices = plan_devices(settings, seats, tables)
    for profile, table in hardware.pairings:
        link.hubs.set_pairing(profile, table)
    for first, last in simulated_ranges(seats, devices):
        options = SimOptions(
            seats=last - first + 1,
            hubs=max(1, -(-(last - first + 1) // PER_HUB)),
            first_seat=first,
            seed=seed,
            people=people or People(accuracy=0.85),
            tcp_port=0 if os.name == "nt" else None,
            hub_prefix=f"SIM{first}-",
        )
        for hub in build_hubs(options):
            hub.start()
            link.simulated.append(hub)
            link.add_port(hub.opener())
    for device in devices:
        link.add_port(device.setting.spec, device.profile)
    link.start()
    return devices
