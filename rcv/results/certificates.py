"""Prize certificates (Giấy chứng nhận) as a PDF: one A4 landscape page per prize winner.

The page comes from a template the organisers can change (:mod:`rcv.results.cert_template`).
Only contestants whose prize is decided get a page; a tie across a prize boundary is reported
back as a warning, never printed as a guess. Before the end of the show certificates are
refused unless asked for as a draft, and then every page says "BẢN NHÁP".

Language: the organisers' template is printed as they wrote it. rcv's own words follow the
operator's :class:`~rcv.i18n.Words`: the draft mark, the warnings, a date in words, the
``{bell}`` placeholder ("Rung chuông vàng" for a golden-bell winner) and the phrases of rcv's
default template (:data:`DEFAULT_TEMPLATE`), when that template is the one used.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from rcv.core.ranking import Placing
from rcv.i18n import QT_TRANSLATE_NOOP, Words
from rcv.results.atomic import write_atomically
from rcv.results.cert_template import (
    PAGE_H,
    PAGE_W,
    CertificateTemplate,
    ImageItem,
    LineItem,
    TextItem,
    date_words,
    default_template_path,
    fill,
    load_template,
)
from rcv.results.errors import ResultsError, ResultsNotFinal
from rcv.results.facts import ShowResults
from rcv.results.fingerprint import Fingerprint
from rcv.results.qtpdf import PdfPages

CTX = "Certificate"
T = {
    "draft": QT_TRANSLATE_NOOP("Certificate", "BẢN NHÁP — KẾT QUẢ TẠM THỜI, KHÔNG CÓ GIÁ TRỊ"),
    "title": QT_TRANSLATE_NOOP("Certificate", "Giấy chứng nhận — {event}"),
    "tie": QT_TRANSLATE_NOOP(
        "Certificate",
        "chưa in giấy chứng nhận cho {sbds}: đồng hạng {rank}, giải {prizes} chưa phân định — "
        "ban tổ chức quyết định",
    ),
    "not_over": QT_TRANSLATE_NOOP("Certificate", "chương trình chưa kết thúc: đây là BẢN NHÁP"),
    "bell": QT_TRANSLATE_NOOP("Certificate", "Rung chuông vàng"),
}
# the phrases of rcv's default template (assets/certificates/default.yaml), as written there
DEFAULT_TEMPLATE = (
    QT_TRANSLATE_NOOP("Certificate", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    QT_TRANSLATE_NOOP("Certificate", "Độc lập - Tự do - Hạnh phúc"),
    QT_TRANSLATE_NOOP("Certificate", "GIẤY CHỨNG NHẬN"),
    QT_TRANSLATE_NOOP("Certificate", "CHỨNG NHẬN"),
    QT_TRANSLATE_NOOP("Certificate", "Đã đạt {prize}"),
    QT_TRANSLATE_NOOP("Certificate", "trong cuộc thi {event_name}"),
    QT_TRANSLATE_NOOP("Certificate", "TM. BAN TỔ CHỨC"),
    QT_TRANSLATE_NOOP("Certificate", "(Ký, ghi rõ họ tên và đóng dấu)"),
    QT_TRANSLATE_NOOP("Certificate", "Dấu vân tay kết quả: {fingerprint}"),
)


@dataclass(frozen=True, slots=True)
class CertificateReport:
    pages: int
    winners: tuple[int, ...]  # seats, in ranking order
    warnings: tuple[str, ...]  # in the operator's words: ties still to break, a draft


def winners_and_warnings(results: ShowResults, words: Words) -> tuple[list[Placing], list[str]]:
    """Who gets a certificate (decided prizes, in order) and what the organisers must settle."""
    winners = [p for p in results.ranking.placings if p.prize]
    warnings = []
    for group in results.ranking.straddling_ties:
        first = results.placing(group[0])
        sbds = ", ".join(results.contestant(s).sbd for s in group)
        prizes = " / ".join(first.prize_pending)
        warnings.append(words(CTX, T["tie"], sbds=sbds, rank=first.rank, prizes=prizes))
    return winners, warnings


def is_default(template: CertificateTemplate) -> bool:
    """Whether the template is rcv's own default one (whose phrases rcv translates)."""
    default = default_template_path()
    source = template.source
    return source is not None and default is not None and source.resolve() == default.resolve()


def in_words(template: CertificateTemplate, words: Words) -> CertificateTemplate:
    """rcv's default template with its phrases in the language of ``words``."""
    ours = set(DEFAULT_TEMPLATE)
    items = tuple(
        dataclasses.replace(item, text=words(CTX, item.text))
        if isinstance(item, TextItem) and item.text in ours
        else item
        for item in template.items
    )
    return dataclasses.replace(template, items=items)


def event_values(results: ShowResults, words: Words) -> dict[str, str]:
    """What the template's placeholders about the event say (the same on every page)."""
    info = results.info
    when = date_words(info.date, words)
    fingerprint = Fingerprint(results.event.head, len(results.event.entries))
    return {
        "event_name": info.name,
        "date": info.date,
        "date_words": when,
        "venue": info.venue,
        "place_date": ", ".join(x for x in (info.venue, when) if x),
        "organiser": info.organiser.upper(),
        "fingerprint": fingerprint.text,
    }


def certificate_values(results: ShowResults, placing: Placing, words: Words) -> dict[str, str]:
    """What each placeholder of the template says for one winner."""
    c = results.contestant(placing.seat)
    return {
        "name": c.name,
        "sbd": c.sbd,
        "seat": str(c.seat),
        "unit": c.unit,
        "group": c.group,
        "prize": placing.prize or "",
        "rank": str(placing.rank),
        **event_values(results, words),
        "bell": words(CTX, T["bell"]) if placing.bell else "",
    }


def draw_certificate(
    pdf: PdfPages, template: CertificateTemplate, values: dict[str, str], draft: str | None
) -> None:
    """One certificate page; ``draft``: the draft mark printed at the top, if any."""
    if template.background is not None:
        pdf.image(template.background, 0, 0, PAGE_W, PAGE_H)
    border = template.border
    if border is not None:
        m = border.margin
        pdf.frame(m, m, PAGE_W - 2 * m, PAGE_H - 2 * m, width_mm=border.width, color=border.color)
        if border.inner > 0:
            n = m + border.inner
            pdf.frame(
                n, n, PAGE_W - 2 * n, PAGE_H - 2 * n, width_mm=border.width / 3, color=border.color
            )
    for item in template.items:
        if isinstance(item, LineItem):
            pdf.line(item.x1, item.y1, item.x2, item.y2, width_mm=item.width, color=item.color)
        elif isinstance(item, ImageItem):
            pdf.image(item.image, item.x, item.y, item.width, item.height)
        elif isinstance(item, TextItem):
            text = fill(item.text, values)
            if text is None:
                continue
            height = item.height or item.size * 0.6
            pdf.text(
                text,
                item.x,
                item.y,
                item.width,
                height,
                size=item.size,
                bold=item.bold,
                italic=item.italic,
                align=item.align,
                color=item.color,
                wrap=item.wrap,
            )
    if draft:
        pdf.text(draft, 0, 2, PAGE_W, 8, size=14, bold=True, color="#C00000", align="center")


def write_certificates(
    results: ShowResults,
    target: Path | str,
    words: Words,
    *,
    template: Path | str | CertificateTemplate | None = None,
    font: Path | str | None = None,
    allow_provisional: bool = False,
) -> CertificateReport:
    """One page per decided prize winner, written atomically to ``target``; rcv's own words
    in the language of ``words``, the organisers' template as they wrote it.

    Raises :class:`ResultsNotFinal` before the end of the show (unless ``allow_provisional``),
    :class:`~rcv.results.errors.TemplateError` for a faulty template, :class:`ResultsError` when
    nobody has a decided prize, and the write errors of :mod:`rcv.results.atomic`.
    """
    if not results.finished and not allow_provisional:
        raise ResultsNotFinal("not_final")
    winners, warnings = winners_and_warnings(results, words)
    if not winners:
        raise ResultsError("no_winners")
    values = [certificate_values(results, placing, words) for placing in winners]
    pages = print_pages(results, target, words, values, warnings, template=template, font=font)
    return CertificateReport(pages, tuple(p.seat for p in winners), tuple(warnings))


def print_pages(
    results: ShowResults,
    target: Path | str,
    words: Words,
    values: list[dict[str, str]],
    warnings: list[str],
    *,
    template: Path | str | CertificateTemplate | None = None,
    font: Path | str | None = None,
) -> int:
    """One page of the template per set of ``values``, written atomically to ``target``; a
    draft (the show is not over) says so on every page and in ``warnings``. The number of
    pages written."""
    chosen = template if isinstance(template, CertificateTemplate) else load_template(template)
    if is_default(chosen):
        chosen = in_words(chosen, words)
    draft = None if results.finished else words(CTX, T["draft"])
    if draft:
        warnings.append(words(CTX, T["not_over"]))
    pages = 0

    def write(temp: Path) -> None:
        nonlocal pages
        pdf = PdfPages(
            temp,
            landscape=True,
            title=words(CTX, T["title"], event=results.info.name),
            font=font or chosen.font,
        )
        for i, page in enumerate(values):
            if i:
                pdf.new_page()
            draw_certificate(pdf, chosen, page, draft)
        pages = pdf.finish()

    write_atomically(Path(target), write)
    return pages
