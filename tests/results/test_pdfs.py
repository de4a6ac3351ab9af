"""Seat cards and certificates: page counts, the text on each page in either language (the
organisers' own words as written), the QR codes."""

from __future__ import annotations

import io
import json
import math
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
import zxingcpp
from PIL import Image

from rcv.cli.main import main
from rcv.i18n import Words
from rcv.i18n.phrases.results import results_error
from rcv.results.cards import cards_per_page, write_cards
from rcv.results.cert_template import TextItem, date_words, load_template
from rcv.results.certificates import DEFAULT_TEMPLATE, write_certificates
from rcv.results.errors import ResultsError, ResultsNotFinal, TemplateError
from rcv.results.facts import compute_results, read_event
from tests.results.readback import vietnamese

EventCopy = Callable[[str], Path]
VI, EN = Words(), Words("en")


def page_texts(pdf: Path) -> list[str]:
    """The text of each page, composed (NFC) and with whitespace collapsed."""
    reader = pypdf.PdfReader(pdf)
    return [
        " ".join(unicodedata.normalize("NFC", page.extract_text()).split()) for page in reader.pages
    ]


def page_qr_codes(pdf: Path, page: int) -> list[str]:
    texts = []
    for image in pypdf.PdfReader(pdf).pages[page].images:
        picture = Image.open(io.BytesIO(image.data)).convert("L")
        texts += [r.text for r in zxingcpp.read_barcodes(picture)]
    return texts


def test_cards_one_per_contestant_eight_per_page(event_copy: EventCopy, tmp_path: Path):
    event = read_event(event_copy("finished"))
    out = tmp_path / "the.pdf"
    pages = write_cards(event.setup.roster, out, VI, event_name=event.info.name)
    roster = sorted(event.setup.roster.contestants, key=lambda c: c.seat)
    assert pages == math.ceil(len(roster) / cards_per_page()) == len(page_texts(out))
    texts = page_texts(out)
    for i, c in enumerate(roster):
        text = texts[i // cards_per_page()]
        assert f"SBD: {c.sbd}" in text
        assert c.name in text
        assert f"GHẾ {c.seat} " in text


def test_cards_in_english_keep_the_contestants_as_written(event_copy, tmp_path: Path):
    event = read_event(event_copy("crafted"))
    out = tmp_path / "cards.pdf"
    write_cards(event.setup.roster, out, EN, event_name=event.info.name)
    text = page_texts(out)[0]
    for c in event.setup.roster.contestants:
        assert f"SEAT {c.seat} " in text and f"Candidate no.: {c.sbd}" in text and c.name in text
    assert "GHẾ" not in text and "SBD" not in text
    assert pypdf.PdfReader(out).metadata.title == f"Seat cards — {event.info.name}"


def test_card_qr_codes_scan_to_the_seat_card_payload(event_copy: EventCopy, tmp_path: Path):
    event = read_event(event_copy("crafted"))
    out = tmp_path / "the.pdf"
    write_cards(event.setup.roster, out, VI)
    codes = page_qr_codes(out, 0)
    assert sorted(codes) == sorted(f"RCV-TS:{c.sbd}" for c in event.setup.roster.contestants)


def test_cards_render_stacked_vietnamese_marks(event_copy: EventCopy, tmp_path: Path):
    event = read_event(event_copy("crafted"))
    out = tmp_path / "the.pdf"
    write_cards(event.setup.roster, out, VI, font="/no/such/font.ttf")  # falls back to a found font
    text = page_texts(out)[0]
    for name in ("Nguyễn Văn Ẩn", "Trần Thị Ầu", "Lê Ngọc Ặng", "Phạm Gia Ễ", "Võ Minh Ự"):
        assert name in text


def test_certificates_one_page_per_prize_winner(event_copy: EventCopy, tmp_path: Path):
    results = compute_results(read_event(event_copy("finished")))
    out = tmp_path / "gcn.pdf"
    report = write_certificates(results, out, VI)
    winners = [p for p in results.ranking.placings if p.prize]
    assert report.pages == len(winners) == len(page_texts(out)) > 0
    for text, p in zip(page_texts(out), winners, strict=True):
        c = results.contestant(p.seat)
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
        assert "Độc lập - Tự do - Hạnh phúc" in text
        assert "GIẤY CHỨNG NHẬN" in text
        assert c.name in text and c.unit in text
        assert f"Đã đạt {p.prize}" in text
        assert "TỈNH ĐOÀN ĐẮK LẮK" in text
        assert "Rung chuông vàng THPT tỉnh Đắk Lắk 2026" in text
        assert "Nhà văn hoá Thanh niên tỉnh, ngày 24 tháng 11 năm 2026" in text
        assert "BẢN NHÁP" not in text


def test_rcvs_default_certificate_in_english(event_copy: EventCopy, tmp_path: Path):
    results = compute_results(read_event(event_copy("finished")))
    out = tmp_path / "certificates.pdf"
    report = write_certificates(results, out, EN)
    winners = [p for p in results.ranking.placings if p.prize]
    assert report.pages == len(winners)
    for text, p in zip(page_texts(out), winners, strict=True):
        c = results.contestant(p.seat)
        assert "SOCIALIST REPUBLIC OF VIETNAM" in text and "CERTIFICATE" in text
        assert f"has won {p.prize}" in text  # the prize's name as the organisers wrote it
        assert "in the contest Rung chuông vàng THPT tỉnh Đắk Lắk 2026" in text
        assert "Nhà văn hoá Thanh niên tỉnh, 24 November 2026" in text
        assert "TỈNH ĐOÀN ĐẮK LẮK" in text and c.name in text
        left = text
        for typed in (c.name, c.unit, p.prize, results.info.name, results.info.venue):
            left = left.replace(typed, "")
        left = left.replace(results.info.organiser.upper(), "")
        assert not vietnamese(left), left


def test_every_phrase_of_the_default_template_is_rcvs_to_translate():
    """A phrase added to assets/certificates/default.yaml must be added to DEFAULT_TEMPLATE."""
    template = load_template()
    phrases = [i.text for i in template.items if isinstance(i, TextItem)]
    words_in = [t for t in phrases if vietnamese(t.replace("{", " {"))]
    assert words_in and set(words_in) <= set(DEFAULT_TEMPLATE)
    assert all(EN.has("Certificate", t) for t in DEFAULT_TEMPLATE)


def test_certificates_refused_before_the_end_unless_a_draft(event_copy, tmp_path, capsys):
    event = event_copy("unfinished")
    results = compute_results(read_event(event))
    with pytest.raises(ResultsNotFinal):
        write_certificates(results, tmp_path / "gcn.pdf", VI)
    assert not (tmp_path / "gcn.pdf").exists()
    assert main(["certificates", str(event), "-o", str(tmp_path / "gcn.pdf")]) == 4
    assert "chưa kết thúc" in capsys.readouterr().err
    report = write_certificates(results, tmp_path / "nhap.pdf", VI, allow_provisional=True)
    texts = page_texts(tmp_path / "nhap.pdf")
    assert report.pages == len(texts) and all("BẢN NHÁP" in t for t in texts)
    report = write_certificates(results, tmp_path / "draft.pdf", EN, allow_provisional=True)
    assert all("DRAFT" in t for t in page_texts(tmp_path / "draft.pdf"))
    assert any("DRAFT" in w for w in report.warnings)


def test_a_tie_across_a_prize_is_never_printed_as_a_guess(event_copy, tmp_path):
    results = compute_results(read_event(event_copy("tied")))
    out = tmp_path / "gcn.pdf"
    report = write_certificates(results, out, VI)
    assert report.winners == (1,)
    assert report.pages == 1
    assert any("7, TS-03" in w and "Giải Nhì" in w for w in report.warnings)
    text = page_texts(out)[0]
    assert "Giải Nhì" not in text
    report = write_certificates(results, tmp_path / "en.pdf", EN)
    assert [w for w in report.warnings if "7, TS-03" in w and "Giải Nhì" in w]
    assert not vietnamese(" ".join(report.warnings).replace("Giải Nhì", ""))


def test_organisers_can_change_the_template(event_copy, tmp_path):
    results = compute_results(read_event(event_copy("crafted")))
    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 40), "red").save(logo)
    template = tmp_path / "mau.json"
    template.write_text(
        json.dumps(
            {
                "version": 1,
                "items": [
                    {"text": "BẰNG KHEN", "y": 30, "size": 36, "bold": True},
                    {"text": "Tặng em {name} ({sbd}), hạng {rank}", "y": 80, "size": 18},
                    {"image": "logo.png", "x": 10, "y": 10, "width": 20, "height": 20},
                    {"line": {"x1": 50, "y1": 60, "x2": 250, "y2": 60}},
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    for words in (VI, EN):  # the organisers' template is printed as written, in either language
        out = tmp_path / f"gcn-{words.lang}.pdf"
        report = write_certificates(results, out, words, template=template)
        texts = page_texts(out)
        assert report.pages == len(texts) == 3  # Nhất + two Nhì
        assert "BẰNG KHEN" in texts[0] and "Tặng em Võ Minh Ự (TS-05), hạng 1" in texts[0]
        assert "GIẤY CHỨNG NHẬN" not in texts[0] and "CERTIFICATE" not in texts[0]


def test_a_template_can_name_the_golden_bell(event_copy, tmp_path):
    """{bell}: the golden bell, in the operator's words, on its winner's certificate only."""
    results = compute_results(read_event(event_copy("crafted")))
    assert [p.bell for p in results.ranking.placings if p.prize] == [True, False, False]
    template = tmp_path / "mau.yaml"
    template.write_text(
        json.dumps({"items": [{"text": "{name}", "y": 30}, {"text": "{bell}!", "y": 60}]}),
        encoding="utf-8",
    )
    for words, bell in ((VI, "Rung chuông vàng!"), (EN, "Rang the golden bell!")):
        out = tmp_path / f"bell-{words.lang}.pdf"
        write_certificates(results, out, words, template=template)
        texts = page_texts(out)
        assert bell in texts[0] and not any(bell in t for t in texts[1:])


@pytest.mark.parametrize(
    ("items", "where", "problem", "facts"),
    [
        ([{"text": "{ten}", "y": 10}], ("item", 1), "unknown_placeholder", ["{ten}", "{name}"]),
        (
            [{"text": "x", "y": 10}, {"text": "y", "y": 10, "sze": 3}],
            ("item", 2),
            "unknown_keys",
            ["'sze'"],
        ),
        ([{"text": "x"}], ("item", 1), "bad_keys", ["y"]),
        ([{"text": "x", "y": 1, "align": "middle"}], ("item", 1), "bad_align", ["middle"]),
        (
            [{"image": "missing.png", "x": 1, "y": 1, "width": 1, "height": 1}],
            ("item", 1),
            "file_missing",
            ["missing.png"],
        ),
        ([], ("file", 0), "need_items", []),
    ],
)
def test_template_mistakes_are_explained(tmp_path, items, where, problem, facts):
    template = tmp_path / "mau.yaml"
    template.write_text(json.dumps({"version": 1, "items": items}), encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template(template)
    exc = caught.value
    assert (exc.params["where"], exc.params["item"], exc.params["problem"]) == (*where, problem)
    for words in (VI, EN):  # said in either language, with the facts
        said = results_error(exc, words)
        assert "mau.yaml" in said
        for fact in facts:
            assert fact in said, (words.lang, said)
    if where[0] == "item":  # which item, as the organisers count them
        assert f"mục {where[1]}:" in results_error(exc, VI)
        assert f"item {where[1]}:" in results_error(exc, EN)
    assert not vietnamese(results_error(exc, EN))


def test_default_template_loads():
    template = load_template()
    assert template.source is not None and template.source.name == "default.yaml"
    assert len(template.items) > 5


@pytest.mark.parametrize(
    ("date", "words"),
    [
        ("24/11/2026", "ngày 24 tháng 11 năm 2026"),
        ("3/9/2026", "ngày 03 tháng 09 năm 2026"),
        ("2026-11-24", "ngày 24 tháng 11 năm 2026"),
        ("tháng 11/2026", "tháng 11/2026"),
        ("", ""),
    ],
)
def test_date_words(date: str, words: str):
    assert date_words(date, VI) == words


@pytest.mark.parametrize(
    ("date", "words"),
    [
        ("24/11/2026", "24 November 2026"),
        ("2026-01-03", "03 January 2026"),
        ("13/13/2026", "13/13/2026"),
    ],
)
def test_date_words_in_english(date: str, words: str):
    assert date_words(date, EN) == words


def test_nobody_with_a_decided_prize_is_an_error(event_copy, tmp_path):
    results = compute_results(read_event(event_copy("tied")))
    nobody = type(results)(
        results.event,
        results.state,
        type(results.ranking)(tuple(p for p in results.ranking.placings if not p.prize)),
        results.questions,
        results.before_first,
        results.undone,
    )
    with pytest.raises(ResultsError):
        write_certificates(nobody, tmp_path / "gcn.pdf", VI)


def test_printing_many_pages_leaves_none_alive(event_copy: EventCopy, tmp_path: Path):
    """Canary for the PySide6 pin: 6.12.0 dropped a reference to None on every void call (about
    2,400 for 60 cards) and CPython 3.11 then aborted at exit. Fail here, clearly, instead."""
    event = read_event(event_copy("finished"))
    before = sys.getrefcount(None)
    for i in range(3):
        write_cards(event.setup.roster, tmp_path / f"the{i}.pdf", VI)
    assert sys.getrefcount(None) >= before - 50


def test_cli_cards_and_certificates(event_copy: EventCopy, tmp_path: Path, capsys):
    event = event_copy("finished")
    assert main(["cards", str(event), "-o", str(tmp_path / "the.pdf")]) == 0
    assert main(["certificates", str(event), "-o", str(tmp_path / "gcn.pdf")]) == 0
    out = capsys.readouterr().out
    assert "thẻ chỗ ngồi" in out and "giấy chứng nhận" in out
    assert (tmp_path / "the.pdf").stat().st_size > 0 and (tmp_path / "gcn.pdf").stat().st_size > 0


def test_cli_cards_and_certificates_in_english(event_copy, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("RCV_LANG", "en")
    event = event_copy("finished")
    assert main(["cards", str(event)]) == 0
    assert main(["certificates", str(event)]) == 0
    out = capsys.readouterr().out
    cards, certificates = (
        event.with_name(f"finished-{n}.pdf") for n in ("seat-cards", "certificates")
    )
    assert cards.is_file() and certificates.is_file()
    assert "seat card" in out and "certificate" in out
    assert not vietnamese(out)
    assert "GIẤY CHỨNG NHẬN" not in " ".join(page_texts(certificates))


def test_a_template_with_aliases_is_refused_at_once(tmp_path: Path):
    """A 'billion laughs' template (nested aliases) would fill the memory: refused, by line."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(lines) + "\nitems: []\n", encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template(bomb)
    assert caught.value.params["problem"] == "unreadable"
    assert "line 2" in caught.value.params["detail"]  # what the YAML reader says, as it says it
