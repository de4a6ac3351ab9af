"""A show's set of hubs refuses the same port twice and lists overlapping seats before the show,
not during it."""

from __future__ import annotations

import os
import tty
from pathlib import Path

import pytest

from rcv.hardware.hubs import HubSet, SamePort
from rcv.hardware.ports import PortInfo
from rcv.hardware.profile import parse_profile

from .conftest import Collector

CONSOLE = """
name: console16
pattern: '^(?P<seat>\\d+),(?P<key>[1-4])$'
keys: {"1": A, "2": B, "3": C, "4": D}
seats: [1, 16]
"""
TEAM = "name: team\npattern: '^BTN(?P<key>[1-4])$'\nkeys: {'1': A}\n"


def nothing_listed() -> list[PortInfo]:
    return []


def test_the_same_port_twice_is_refused_by_name(collector: Collector) -> None:
    hubs = HubSet(collector, lister=nothing_listed)
    hubs.add("/dev/ttyUSB7")
    with pytest.raises(SamePort, match="đã có") as err:
        hubs.add("/dev/ttyUSB7")
    assert "same port" in str(err.value)
    assert len(hubs.links) == 1


def test_a_symlink_to_a_port_already_added_is_the_same_port(tmp_path: Path, collector) -> None:
    master, slave = os.openpty()
    tty.setraw(slave)
    try:
        path = os.ttyname(slave)
        alias = tmp_path / "usb-FTDI_FT232R_A1234-if00-port0"  # like /dev/serial/by-id/…
        alias.symlink_to(path)
        hubs = HubSet(collector, lister=nothing_listed)
        hubs.add(str(alias))
        with pytest.raises(SamePort, match=path):
            hubs.add(path)
        other_master, other_slave = os.openpty()
        try:
            hubs.add(os.ttyname(other_slave))  # another port is welcome
        finally:
            os.close(other_master)
            os.close(other_slave)
        assert len(hubs.links) == 2
    finally:
        os.close(master)
        os.close(slave)


def test_the_same_usb_adapter_by_serial_number_and_by_path_is_the_same_port(collector) -> None:
    def lister() -> list[PortInfo]:
        return [
            PortInfo("/dev/ttyFAKE0", "FT232R", 0x0403, 0x6001, "A1234"),
            PortInfo("/dev/ttyFAKE1", "FT232R", 0x0403, 0x6001, "B9"),
        ]

    hubs = HubSet(collector, lister=lister)
    hubs.add("usb:0403:6001:A1234")
    with pytest.raises(SamePort, match="USB"):
        hubs.add("/dev/ttyFAKE0")
    hubs.add("/dev/ttyFAKE1")
    with pytest.raises(SamePort):
        hubs.add("usb:0403:6001:B9")


def test_devices_with_overlapping_fixed_seats_are_listed_before_the_show(collector) -> None:
    hubs = HubSet(collector, lister=nothing_listed)
    console = parse_profile(CONSOLE)
    team = parse_profile(TEAM)
    hubs.add("/dev/ttyA", profile=console)
    hubs.add("/dev/ttyB", profile=team, seat=17)  # one port per team: seat 17 only
    assert hubs.problems() == []
    hubs.add("/dev/ttyC", profile=team, seat=12)
    (problem,) = hubs.problems()
    assert problem.kind == "overlap" and problem.ports == ("/dev/ttyA", "/dev/ttyC")
    assert (problem.params["first"], problem.params["last"]) == (12, 12)
    assert {problem.params["who_a"], problem.params["who_b"]} == {console.name, team.name}
    hubs.add("/dev/ttyD", profile=parse_profile(CONSOLE.replace("[1, 16]", "[10, 20]")))
    assert len(hubs.problems()) == 4  # A–C, A–D, B–D, C–D
