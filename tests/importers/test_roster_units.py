"""The roster report on units and groups: spellings counted as one, likely duplicates, a unit in
several groups — warnings with a place, in both languages; the roster stays usable."""

from __future__ import annotations

import unicodedata

from rcv.core.units import units_of
from rcv.i18n import Words
from rcv.i18n.phrases.importing import problem_text
from rcv.importers import load_roster
from tests.importers.conftest import shown

HEAD = ["SBD", "Họ và tên", "Đơn vị", "Cụm"]


def test_units_written_in_several_ways_are_one_unit_and_the_report_says_so(xlsx) -> None:
    nfd = unicodedata.normalize("NFD", "Huyện Krông Ana")
    path = xlsx(
        {
            "DS": [
                HEAD,
                ["01", "Nguyễn Văn An", "Huyện Krông Ana", "Cụm 1"],
                ["02", "Trần Thị Bình", nfd, "Cụm 1"],
                ["03", "Lê Văn Cường", "huyện  krông ana", "cụm 1"],
                ["04", "Phạm Thị Dung", "Xã Hoà Thắng", "Cụm 2"],
                ["05", "Võ Văn Em", "Xã Hòa Thắng", "Cụm 2"],
                ["06", "Hồ Thị Phương", "Xã Hòa Thắng", "Cụm 2"],
            ]
        },
        name="thi-sinh.xlsx",
    )
    result = load_roster(path)
    assert result.ok, shown(result)
    spellings = [p for p in result.report if p.code == "unit_spellings"]
    assert [(p.params["name"], p.location.row) for p in spellings] == [
        ("Huyện Krông Ana", 4),  # the NFD one is the same text once composed
        ("Xã Hòa Thắng", 5),
    ]
    assert spellings[1].params["spellings"] == '"Xã Hoà Thắng"'
    groups = [p for p in result.report if p.code == "group_spellings"]
    assert [p.params["name"] for p in groups] == ["Cụm 1"]
    assert all(p.severity.value == "warning" for p in result.report)
    assert [u.name for u in units_of(result.roster)] == ["Huyện Krông Ana", "Xã Hòa Thắng"]


def test_a_likely_duplicate_is_named_not_merged(xlsx) -> None:
    path = xlsx(
        {
            "DS": [
                HEAD,
                ["01", "Nguyễn Văn An", "UBND huyện Đắk Song", "Cụm 1"],
                ["02", "Trần Thị Bình", "Huyện Dak Song", "Cụm 1"],
                ["03", "Lê Văn Cường", "Sở GD&ĐT", "Khối"],
                ["04", "Phạm Thị Dung", "Sở GD - ĐT", "Khối"],
                ["05", "Võ Văn Em", "Đông Hòa", ""],
                ["06", "Hồ Thị Phương", "Dông Hòa", ""],
            ]
        },
        name="thi-sinh.xlsx",
    )
    result = load_roster(path)
    assert result.ok, shown(result)
    near = [p for p in result.report if p.code == "unit_likely_duplicate"]
    assert [(p.params["name"], p.params["other_name"], p.location.row) for p in near] == [
        ("Huyện Dak Song", "UBND huyện Đắk Song", 3),
        ("Sở GD - ĐT", "Sở GD&ĐT", 5),
        ("Dông Hòa", "Đông Hòa", 7),  # Đ and D: different letters, likely a typing slip
    ]
    assert near[0].params["other"].row == 2
    assert len(units_of(result.roster)) == 6  # nothing merged
    for lang in ("vi", "en"):
        text = problem_text(near[0], Words(lang))
        assert "Huyện Dak Song" in text and "UBND huyện Đắk Song" in text


def test_a_unit_in_several_groups_is_counted_where_most_of_it_is(xlsx) -> None:
    path = xlsx(
        {
            "DS": [
                HEAD,
                ["01", "Nguyễn Văn An", "Sở Y tế", "Khối 1"],
                ["02", "Trần Thị Bình", "Sở Y tế", "Khối 2"],
                ["03", "Lê Văn Cường", "Sở Y tế", "Khối 2"],
                ["04", "Phạm Thị Dung", "Sở Tư pháp", "Khối 1"],
                ["05", "Võ Văn Em", "Sở Tư pháp", "Khối 1"],
                ["06", "Hồ Thị Phương", "Công an tỉnh", "Khối 2"],
                ["07", "Đỗ Văn Giang", "Công an tỉnh", "Khối 2"],
            ]
        },
        name="thi-sinh.xlsx",
    )
    result = load_roster(path)
    (warning,) = [p for p in result.report if p.code == "unit_groups"]
    unit = next(u for u in units_of(result.roster) if u.name == "Sở Y tế")
    assert warning.params["group"] == unit.group == "Khối 2"
    assert warning.params["groups"] == '"Khối 1", "Khối 2"'
    # it points at the cell that names the other group: where the secretary corrects it
    assert (warning.location.row, warning.location.column) == (2, "D")
    for lang in ("vi", "en"):
        text = problem_text(warning, Words(lang))
        assert "Sở Y tế" in text and '"Khối 1", "Khối 2"' in text


def test_classes_that_divide_a_school_are_no_mistake_and_no_group_standings(xlsx) -> None:
    rows = [HEAD] + [
        [f"{i:02d}", f"Học sinh {i}", school, f"{10 + i % 3}A"]
        for i, school in enumerate(["THPT Lê Lợi"] * 4 + ["THPT Nguyễn Du"] * 3, start=1)
    ]
    result = load_roster(xlsx({"DS": rows}, name="thi-sinh.xlsx"))
    assert "unit_groups" not in [p.code for p in result.report]
    assert all(u.group == "" for u in units_of(result.roster))


def test_a_tidy_roster_has_no_unit_warnings(xlsx) -> None:
    path = xlsx(
        {"DS": [HEAD, ["01", "An", "Sở Y tế", "Khối 1"], ["02", "Bình", "Sở Tư pháp", "Khối 1"]]},
        name="thi-sinh.xlsx",
    )
    result = load_roster(path)
    assert [p.code for p in result.report] == ["seats_assigned"]


def test_rcv_roster_check_names_the_file_and_row_of_a_likely_duplicate(xlsx, capsys, monkeypatch):
    """What the secretary reads: "UBND huyện X" beside "Huyện X", with the file and the rows,
    in the reader's language; the roster is still usable (exit 0)."""
    from rcv.cli.main import main
    from rcv.i18n.phrases.importing import location_parts, location_text

    path = xlsx(
        {
            "DS": [
                HEAD,
                ["01", "Nguyễn Văn An", "UBND huyện Krông Ana", "Cụm 1"],
                ["02", "Trần Thị Bình", "Sở Y tế", "Khối 1"],
                ["03", "Lê Văn Cường", "Huyện Krông Ana", "Cụm 1"],
            ]
        },
        name="thi-sinh.xlsx",
    )
    (near,) = [p for p in load_roster(path).report if p.code == "unit_likely_duplicate"]
    for lang in ("vi", "en"):
        monkeypatch.setenv("RCV_LANG", lang)
        assert main(["roster", "check", str(path)]) == 0
        out = capsys.readouterr().out
        words = Words(lang)
        (line,) = [ln for ln in out.splitlines() if problem_text(near, words) in ln]
        assert all(part in line for part in location_parts(near.location, words))
        assert "thi-sinh.xlsx" in line and near.location.row == 4
        assert "UBND huyện Krông Ana" in line and "Huyện Krông Ana" in line
        other = near.params["other"].at(sheet=None)  # the same sheet: only its row and column
        assert location_text(other, words, with_file=False) in line and other.row == 2
