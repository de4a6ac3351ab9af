"""The display's scene at each step of a show driven through the controller."""

from __future__ import annotations

from PySide6.QtCore import QMetaObject, QObject
from PySide6.QtQuick import QQuickItem

from rcv.core.audience import AwardKind, Scene
from rcv.core.units import units_of
from rcv.entry.tour import tour
from rcv.ui.display.render import SceneRenderer
from tests.ui.display.conftest import Show


def texts(renderer: SceneRenderer) -> list[str]:
    """Every text on the display right now (QML items with a ``text`` property)."""
    out = []
    for obj in renderer.items():
        value = obj.property("text")
        if isinstance(value, str) and value:
            out.append(value)
    return out


def prop(renderer: SceneRenderer, name: str, key: str) -> object:
    item = renderer.find(name)
    assert item is not None, f"no QML item called {name!r} in {scene_name(renderer)}"
    return item.property(key)


def frame(renderer: SceneRenderer) -> None:
    """What the countdown does on every frame: recompute from the deadline (no model update)."""
    countdown = renderer.find("countdown")
    assert countdown is not None
    QMetaObject.invokeMethod(countdown, "refresh")


def scene_name(renderer: SceneRenderer) -> str:
    item = renderer.scene_item()
    return item.objectName() if item is not None else ""


def options(renderer: SceneRenderer) -> dict[str, QObject]:
    found = {}
    for letter in "ABCDEF":
        item = renderer.find(f"option_{letter}")
        if item is not None:
            found[letter] = item
    return found


def test_every_scene_of_a_show(show: Show, renderer: SceneRenderer) -> None:
    model, c = show.model, show.controller
    seen: list[str] = []
    for moment in tour(c, show.clock):
        seen.append(moment)
        renderer.settle()
        view = c.audience_view()
        assert view is not None
        assert model.value("scene") == view.scene.value
        check = CHECKS.get(moment)
        if check is not None:
            check(show, renderer)
    assert seen == [
        "welcome", "question", "countdown_last5", "paused", "time_up", "reveal", "eliminations",
        "floor", "units", "maths_question", "maths_reveal", "picture_question", "picture",
        "tiebreak", "tiebreak_question", "rescue_intro", "rescue", "final", "golden_question",
        "golden_reveal", "winner", "results", "prize_1", "prize_2", "prize_3", "prize_4",
        "prize_5", "prize_6", "prize_7", "prize_8", "logo", "blackout",
    ]  # fmt: skip


def check_welcome(show: Show, r: SceneRenderer) -> None:
    assert scene_name(r) == "scene_welcome"
    assert prop(r, "eventNameText", "text") == show.controller.event_file.info.name


def check_question(show: Show, r: SceneRenderer) -> None:
    assert scene_name(r) == "scene_question"
    secret = show.secret()
    assert secret is not None
    setup, state = show.controller.setup, show.controller.state
    q = setup.questions.by_id(state.current.question_id)
    assert prop(r, "questionText", "text") == q.text
    cards = options(r)
    assert sorted(cards) == list("ABCD")
    for letter, card in cards.items():
        assert card.property("label") == q.options["ABCD".index(letter)]
        assert card.property("highlight") is False  # no correct marker before the reveal
        assert card.property("revealed") is False
        assert prop(r, f"bar_{letter}", "visible") is False
        assert prop(r, f"count_{letter}", "visible") is False
    on_screen = " ".join(texts(r))
    assert secret[1] not in on_screen and secret[2] not in on_screen
    answered = prop(r, "answeredText", "text")
    assert f"{len(state.current.answers)}</b>/{len(state.current.participants)}" in answered
    frame(r)
    assert prop(r, "countdown", "shown") == "13"  # 12.4 s left at this moment of the tour


def check_last_five(show: Show, r: SceneRenderer) -> None:
    frame(r)
    assert prop(r, "countdown", "shown") == "4"
    assert prop(r, "countdown", "urgent") is True


def check_paused(show: Show, r: SceneRenderer) -> None:
    assert scene_name(r) == "scene_paused"
    assert "4" in prop(r, "pausedRemainingText", "text")


def check_time_up(show: Show, r: SceneRenderer) -> None:
    assert scene_name(r) == "scene_question"
    assert prop(r, "timeUpBand", "visible") is True
    assert prop(r, "countdown", "over") is True
    assert all(card.property("highlight") is False for card in options(r).values())
    secret = show.secret()
    assert secret is not None and secret[2] not in " ".join(texts(r))


def check_reveal(show: Show, r: SceneRenderer) -> None:
    view = show.controller.audience_view()
    assert view is not None and view.option_counts is not None
    cards = options(r)
    for i, (letter, card) in enumerate(sorted(cards.items())):
        assert card.property("highlight") is (letter == view.correct)
        assert card.property("count") == view.option_counts[i]
        assert prop(r, f"count_{letter}", "text") == str(view.option_counts[i])
        assert prop(r, f"bar_{letter}", "visible") is True
    right = view.option_counts["ABCDEF".index(view.correct)]
    assert f"<b>{right}</b>" in prop(r, "correctCountText", "text")
    assert prop(r, "explanationText", "text") == view.explanation


def names_on_screen(r: SceneRenderer) -> list[str]:
    return [
        str(o.property("text"))
        for o in r.items()
        if o.objectName() == "nameText" and isinstance(o, QQuickItem) and o.isVisible()
    ]


def check_board(r: SceneRenderer, people: list[str]) -> None:
    """A name board shows the people in order, a page at a time when they do not fit."""
    board = next(o for o in r.items() if o.metaObject().className().startswith("NameBoard"))
    shown = names_on_screen(r)
    layout = board.property("g")
    per_page = (layout.toVariant() if hasattr(layout, "toVariant") else layout)["perPage"]
    assert shown == people[: min(len(people), int(per_page))]
    assert board.property("pages") == -(-len(people) // int(per_page))
    assert prop(r, "pageText", "visible") is (len(people) > per_page)


def check_eliminations(show: Show, r: SceneRenderer) -> None:
    assert scene_name(r) == "scene_eliminations"
    view = show.controller.audience_view()
    leaving = [s for s in view.seats if s.eliminated_now]
    assert leaving
    check_board(r, [s.name for s in leaving])
    assert f"<b>{len(leaving)}</b>" in prop(r, "changesSummary", "text")


def check_floor(show: Show, r: SceneRenderer) -> None:
    assert scene_name(r) == "scene_floor"
    grid = r.find("seatGrid")
    assert grid.property("count") == len(show.controller.setup.roster)
    model = show.model.property("seats")
    out = [row for row in model.role_values() if not row["standing"]]
    assert out and len(out) == show.model.value("total") - show.model.value("standing")


def check_tiebreak(show: Show, r: SceneRenderer) -> None:
    assert scene_name(r) == "scene_tiebreak"
    view = show.controller.audience_view()
    playing = [s.name for s in view.seats if s.seat in view.playing]
    assert len(playing) >= 2
    check_board(r, playing)
    assert f"<b>{len(playing)}</b>" in prop(r, "tiebreakSubtitle", "text")


def check_rescue_intro(show: Show, r: SceneRenderer) -> None:
    assert scene_name(r) == "scene_rescue_intro"
    view = show.controller.audience_view()
    assert set(view.playing) == {s.seat for s in view.seats if not s.standing}
    check_board(r, [s.name for s in view.seats if s.seat in view.playing])
    assert f"<b>{len(view.playing)}</b>" in prop(r, "changesSummary", "text")


def check_maths_reveal(show: Show, r: SceneRenderer) -> None:
    """Question, options and explanation typeset: pictures for the formulas, no TeX left."""
    for name in ("questionText", "explanationText", "optionText_B"):
        text = prop(r, name, "text")
        assert "data:image/svg+xml" in text and "\\frac" not in text and "$" not in text, name
    assert show.model.value("questionMath") and show.model.value("explanationMath")


def check_picture_question(show: Show, r: SceneRenderer) -> None:
    """The diagram gets most of the question's panel (a third is not enough for its labels)."""
    picture, panel = r.find("questionPicture"), r.find("questionPanel")
    assert picture.property("visible") and picture.property("progress") == 1.0  # loaded
    painted = picture.property("paintedWidth") * picture.property("paintedHeight")
    assert painted > 0.4 * panel.width() * panel.height()


def check_picture(show: Show, r: SceneRenderer) -> None:
    assert scene_name(r) == "scene_picture"
    picture = r.find("fullPicture")
    assert picture.property("progress") == 1.0
    assert picture.property("paintedHeight") > 0.75 * r.root().height()


def check_tiebreak_question(show: Show, r: SceneRenderer) -> None:
    assert scene_name(r) == "scene_question"
    assert prop(r, "headerTitle", "text") == "CÂU HỎI PHỤ"
    assert prop(r, "shortAnswerPanel", "visible") is True


def check_rescue(show: Show, r: SceneRenderer) -> None:
    assert scene_name(r) == "scene_rescue"
    back = [s for s in show.controller.audience_view().seats if s.returned_now]
    assert back and f"<b>{len(back)}</b>" in prop(r, "changesSummary", "text")
    check_board(r, [s.name for s in back])


def check_final(show: Show, r: SceneRenderer) -> None:
    assert scene_name(r) == "scene_final"
    standing = [s.name for s in show.controller.audience_view().seats if s.standing]
    shown = " ".join(texts(r))
    assert standing and all(name in shown for name in standing)


def check_golden_question(show: Show, r: SceneRenderer) -> None:
    assert prop(r, "headerTitle", "text") == "CÂU HỎI CHUÔNG VÀNG"
    frame(r)
    assert prop(r, "countdown", "shown") == "23"  # 30 s, 7 s gone


def check_winner(show: Show, r: SceneRenderer) -> None:
    assert scene_name(r) == "scene_winner"
    view = show.controller.audience_view()
    winners = [s for s in view.seats if s.bell] or [s for s in view.seats if s.standing]
    title = prop(r, "winnerTitle", "text")
    assert title == ("RUNG CHUÔNG VÀNG!" if any(s.bell for s in view.seats) else "CHÚC MỪNG")
    shown = " ".join(texts(r))
    assert all(s.name in shown for s in winners)


def check_results(show: Show, r: SceneRenderer) -> None:
    assert scene_name(r) == "scene_ranking"
    view = show.controller.audience_view()
    assert view.scene is Scene.RANKING and view.fingerprint
    assert show.controller.display_override is None  # Space lifted the floor the MC had up
    assert prop(r, "fingerprintText", "text") == view.fingerprint
    assert prop(r, "qrImage", "source").toString().startswith("image://rcvqr/RCV1")
    assert prop(r, "qrImage", "implicitWidth") > 0  # the provider painted it
    shown = " ".join(texts(r))
    first = view.ranking[0]
    assert first.name in shown and (first.prize or "") in shown


def check_prize(show: Show, r: SceneRenderer) -> None:
    """One award at a time, from the lowest prize: its name, and who receives it."""
    assert scene_name(r) == "scene_ceremony"
    view = show.controller.audience_view()
    award = view.awards[view.award]
    assert prop(r, "prizeTitle", "text") == award.prize.upper()
    check_board(r, [row.name for row in award.winners])
    if view.award == len(view.awards) - 1:
        assert award.prize == "Giải Nhất tập thể"  # the units' prizes close the ceremony
    elif view.awards[view.award + 1].kind is not award.kind:
        assert award.prize == "Giải Nhất"


def check_units(show: Show, r: SceneRenderer) -> None:
    """The units by contestants standing: one bar per unit of the roster, each with its count."""
    assert scene_name(r) == "scene_units"
    units = units_of(show.controller.setup.roster)
    rows = show.model.property("units").role_values()
    assert sorted(row["name"] for row in rows) == sorted(u.name for u in units)
    bars = [i for i in r.items() if i.objectName() == "unitBar" and i.isVisible()]
    assert len(bars) == len(units)
    standing = show.controller.state.standing
    assert sum(row["standing"] for row in rows) == sum(
        1 for u in units for s in u.seats if s in standing
    )


def check_unit_ranking(show: Show, r: SceneRenderer) -> None:
    """After the contestants' prizes: every unit in its final order, with its prize."""
    assert scene_name(r) == "scene_ceremony"
    view = show.controller.audience_view()
    award = view.awards[view.award]
    assert award.kind is AwardKind.UNIT_RANKING
    assert prop(r, "prizeTitle", "text") == "XẾP HẠNG ĐƠN VỊ"
    names = [
        i.property("text") for i in r.items() if i.objectName() == "unitName" and i.isVisible()
    ]
    assert names == [row.name for row in award.winners]


def check_logo(show: Show, r: SceneRenderer) -> None:
    assert scene_name(r) == "scene_logo"


def check_blackout(show: Show, r: SceneRenderer) -> None:
    assert r.scene_item() is None
    image = r.grab()
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#000000"


CHECKS = {
    "welcome": check_welcome,
    "question": check_question,
    "countdown_last5": check_last_five,
    "paused": check_paused,
    "time_up": check_time_up,
    "reveal": check_reveal,
    "eliminations": check_eliminations,
    "floor": check_floor,
    "tiebreak": check_tiebreak,
    "rescue_intro": check_rescue_intro,
    "maths_reveal": check_maths_reveal,
    "picture_question": check_picture_question,
    "picture": check_picture,
    "tiebreak_question": check_tiebreak_question,
    "rescue": check_rescue,
    "final": check_final,
    "golden_question": check_golden_question,
    "winner": check_winner,
    "results": check_results,
    "prize_1": check_prize,
    "prize_2": check_prize,
    "prize_4": check_prize,
    "units": check_units,
    "prize_5": check_unit_ranking,
    "prize_6": check_prize,
    "prize_8": check_prize,
    "logo": check_logo,
    "blackout": check_blackout,
}
