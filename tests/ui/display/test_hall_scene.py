"""The audience rescue game on the projector: a real answer server on 127.0.0.1, the game's
public view followed by the display model (as the composition root wires it), the QML scene
drawn off screen — its QR scans to the audience page, the count is live, and the correct option
and the result exist only once the answers are closed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QSize

from rcv.app.controller import ShowController
from rcv.app.keypads import KeypadLink
from rcv.app.phones import PhoneHub
from rcv.clock import ManualClock
from rcv.core.audience import Scene
from rcv.core.events import RescueApplied
from rcv.core.model import Pool, QuestionSet
from rcv.core.rules import AudienceRescue, RescueRules, Rules
from rcv.core.state import ShowSetup
from rcv.entry.phones import follow_phones
from rcv.i18n import Words
from rcv.storage.event_file import EventFile
from rcv.ui.display.model import DisplayModel
from rcv.ui.display.render import SceneRenderer
from rcv.web.pages import page_texts
from rcv.web.wire import AudienceAnswer
from tests.core.helpers import choice, questions, roster


class Hall:
    def __init__(self, path: Path, font_family: str, lang: str) -> None:
        qs = questions()
        qs = QuestionSet((*qs.questions, choice("AUD", "B", pool=Pool.AUDIENCE)))
        setup = ShowSetup(roster(10), qs, Rules(rescue=RescueRules(after_question=0)))
        self.controller = ShowController(ManualClock())
        self.controller.attach(EventFile.create(path, setup))
        self.link = KeypadLink(self.controller, self.controller.clock)
        self.hub = PhoneHub(self.controller, self.link, {"vi": page_texts(Words())})
        self.model = DisplayModel(self.controller, words=Words(lang), font_family=font_family)
        follow_phones(self.hub, self.model, None, [])
        self.hub.start("127.0.0.1", 0)
        self.hub.audience.rescue = AudienceRescue(per_correct=2)

    def to_rescue(self) -> None:
        c = self.controller
        c.show_question(next(q.id for q in c.setup.questions.pool(Pool.MAIN)))
        c.start_timer()
        c.stop_early()
        c.reveal()
        c.apply_eliminations()
        for seat in (1, 2, 3):
            c.eliminate(seat, "test")

    def close(self) -> None:
        self.hub.stop()
        self.link.stop()
        self.controller.detach()


@pytest.fixture(params=["vi", "en"])
def hall(request, font_family: str, tmp_path: Path) -> Iterator[Hall]:
    h = Hall(tmp_path / "show.rcv", font_family, request.param)
    yield h
    h.close()


@pytest.fixture
def drawn(hall: Hall) -> Iterator[SceneRenderer]:
    r = SceneRenderer(hall.model, QSize(1280, 720))
    assert not r.errors_text()
    yield r
    r.close()


def _scene(r: SceneRenderer) -> str:
    r.settle()
    item = r.scene_item()
    return item.objectName() if item is not None else ""


def _texts(r: SceneRenderer) -> str:
    return " | ".join(
        str(o.property("text")) for o in r.items() if isinstance(o.property("text"), str)
    )


def test_the_round_on_the_projector(hall: Hall, drawn: SceneRenderer, tmp_path: Path) -> None:
    hall.to_rescue()
    assert _scene(drawn) != "scene_audience"
    game = hall.hub.audience
    started = game.open()
    assert started is not None
    assert _scene(drawn) == "scene_audience"
    hall_model = hall.model.hall
    assert hall_model.right == -1 and hall_model.returns == -1
    assert not any(o["correct"] for o in hall_model.options)  # nothing of the answer yet
    picture = tmp_path / "hall_open.png"
    drawn.save(picture)
    codes = [c.text for c in zxingcpp.read_barcodes(Image.open(picture).convert("L"))]
    assert codes == [hall.hub.address.audience]
    for device, key in (("a", "B"), ("b", "B"), ("c", "A"), ("d", "B"), ("e", "B")):
        game.take(AudienceAnswer(device, started.id, key, 0))
    drawn.settle()
    assert hall_model.answered == 5
    assert "5" in _texts(drawn)
    game.close()
    drawn.settle()
    assert (hall_model.right, hall_model.returns) == (4, 2)  # earned 2 of the 3 out
    assert [o["letter"] for o in hall_model.options if o["correct"]] == ["B"]
    shown = _texts(drawn)
    back = "back on the floor" if hall.model.language == "en" else "thí sinh trở lại"
    assert back in shown and "4" in shown
    hall.controller.set_display_override(Scene.BLACKOUT)  # the console's black screen wins
    assert _scene(drawn) == ""
    hall.controller.set_display_override(None)
    assert _scene(drawn) == "scene_audience"
    game.apply()
    assert _scene(drawn) != "scene_audience" and not hall_model.active


def test_the_round_leaves_the_projector_when_the_server_stops(hall: Hall, drawn) -> None:
    hall.to_rescue()
    assert hall.hub.audience.open() is not None
    assert _scene(drawn) == "scene_audience"
    hall.hub.audience.cancel()
    assert _scene(drawn) != "scene_audience"
    hall.hub.stop()
    assert hall.model.hall.joinUrl == ""


def test_the_projector_never_promises_more_than_are_out(hall: Hall, drawn) -> None:
    hall.to_rescue()  # three contestants are out
    game = hall.hub.audience
    game.rescue = AudienceRescue(per_correct=1)
    started = game.open()
    for device in "abcde":
        game.take(AudienceAnswer(device, started.id, "B", 0))
    game.close()
    assert hall.model.hall.returns == 3  # five earned, three can come back
    rescue = next(e for e in game.apply().events if isinstance(e, RescueApplied))
    assert rescue.seats == (1, 2, 3)
