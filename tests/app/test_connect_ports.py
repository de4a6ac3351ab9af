"""Ports that cannot be connected are said in the operator's language, never half in Vietnamese."""

from __future__ import annotations

import pytest

from rcv.app.controller import ShowController
from rcv.app.keypads import KeypadLink
from rcv.clock import ManualClock
from rcv.hardware.profile import ProfileError
from rcv.i18n import Words
from rcv.i18n.phrases.hardware import connect_problem


@pytest.mark.parametrize(("lang", "start"), [("vi", "Không nối được bộ thu"), ("en", "Cannot")])
def test_an_unknown_profile_is_said_with_its_name(qtbot, lang: str, start: str) -> None:
    controller = ShowController(ManualClock())
    link = KeypadLink(controller, controller.clock)
    try:
        problem = link.connect_ports([("/dev/ttyNOPE", "no-such-box")])
        assert isinstance(problem, ProfileError)
        said = connect_problem(problem, Words(lang))
        assert said.startswith(start) and "no-such-box" in said
    finally:
        link.stop()
