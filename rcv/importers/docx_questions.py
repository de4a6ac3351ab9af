"""Question sets from Word documents written the way Vietnamese organisers write them.

    Câu 1 (20 giây): Thủ đô của Việt Nam là?        ← "Câu 1." / "Câu 1:" starts a question
    A. Huế      B. Hà Nội                           ← options, one or several per line
    C. Đà Nẵng
    D. TP. Hồ Chí Minh
    Đáp án: B                                      ← or: the option underlined / bold / coloured
    Giải thích: …   Nguồn: …   Thời gian: 20 giây

A heading such as "PHẦN II. CÂU HỎI PHỤ" switches the pool. A picture placed with the question
travels with it: its bytes are kept in the import result under ``media/<document>/qNNN.ext``
and written next to the output when the set is saved. A table whose header row names the
question columns is read like an Excel sheet.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

import docx
from docx.document import Document

from rcv.core.model import LETTERS, Pool, nfc
from rcv.importers.docx_lines import Line, Picture, TableBlock, body
from rcv.importers.drafts import Draft
from rcv.importers.headers import QUESTION_FIELDS, fold, pool_from_label
from rcv.importers.limits import MAX_CELL_CHARS, MAX_DOCX_PARAGRAPHS, MAX_DOCX_RUNS
from rcv.importers.parsed import Parsed
from rcv.importers.report import Location, Report
from rcv.importers.sources import Source
from rcv.importers.tabular import find_header
from rcv.importers.xlsx_questions import is_question_header, read_question_table

_START = re.compile(
    r"^(?:câu|question|bài)(?:\s+hỏi)?(?:\s+(phụ|cứu\s+trợ|chuông\s+vàng|khán\s+giả|chính))?"
    r"\s*(?:số\s*)?(\d+)\s*(?:\(([^)]*)\))?\s*(?:[.:)\-–—]\s*|$)(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_OPTION = re.compile(r"(?<!\S)\(?([A-Fa-f])\s?[.):](?=\s|$)")
_LABELLED = re.compile(
    r"^(đáp\s*án(?:\s+đúng)?|đ/a|đa|answer|key|trả\s+lời|giải\s+thích|lời\s+giải|explanation|"
    r"nguồn|tài\s+liệu|source|thời\s+gian|time|loại(?:\s+câu)?|dạng|kind)\s*[:：]\s*(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_LABEL_FIELD = {
    "dap an": "answer",
    "dap an dung": "answer",
    "d a": "answer",
    "da": "answer",
    "answer": "answer",
    "key": "answer",
    "tra loi": "answer",
    "giai thich": "explanation",
    "loi giai": "explanation",
    "explanation": "explanation",
    "nguon": "source",
    "tai lieu": "source",
    "source": "source",
    "thoi gian": "time",
    "time": "time",
    "loai": "kind",
    "loai cau": "kind",
    "dang": "kind",
    "kind": "kind",
}
_SECTION_WORDS = ("phan", "vong", "cau hoi", "bo cau hoi", "part", "round", "section", "cau")
_ENUMERATOR = re.compile(r"^(?:[IVXivx]+|[A-Za-z]|\d+)\s*[.):\-–]\s+")


@dataclass(slots=True)
class _Question:
    draft: Draft
    number: str
    phase: str = "text"  # text → options → after
    last: str = "text"  # the field a following plain paragraph continues
    text_lines: list[str] = field(default_factory=list)
    option_lines: list[tuple[str, Line, tuple[int, int, int]]] = field(default_factory=list)
    pictures: list[tuple[Picture, Location]] = field(default_factory=list)


def read_docx_questions(source: Source, report: Report) -> Parsed:
    """Drafts from a Word document's "Câu N." paragraphs and question tables."""
    parsed = Parsed()
    try:
        document = docx.Document(io.BytesIO(source.data))
    except Exception as exc:  # python-docx, lxml and zipfile raise many kinds on damaged files
        report.error(
            "file_corrupt",
            source.where,
            expected="Word (.docx)",
            reason=f"{type(exc).__name__}: {exc}"[:200],
        )
        return parsed
    if not _small_enough(document, source, report):
        return parsed
    reader = _Reader(source, report, parsed)
    for block in body(document, source.where):
        if isinstance(block, TableBlock):
            reader.table(block)
        else:
            reader.line(block)
    reader.close()
    if not parsed.drafts and report.ok:
        code = "docx_autonumber" if reader.saw_numbering else "docx_no_questions"
        report.error(code, source.where)
    return parsed


def _small_enough(document: Document, source: Source, report: Report) -> bool:
    """Whether the body's paragraphs and runs (counted in C) fit the bounds of a Word file."""
    body = document.element.body
    paragraphs = int(body.xpath("count(.//w:p)"))
    runs = int(body.xpath("count(.//w:r)"))
    if paragraphs <= MAX_DOCX_PARAGRAPHS and runs <= MAX_DOCX_RUNS:
        return True
    report.error(
        "docx_too_big",
        source.where,
        paragraphs=paragraphs,
        runs=runs,
        max_paragraphs=MAX_DOCX_PARAGRAPHS,
        max_runs=MAX_DOCX_RUNS,
    )
    return False


class _Reader:
    def __init__(self, source: Source, report: Report, parsed: Parsed) -> None:
        self.source, self.report, self.parsed = source, report, parsed
        self.pool = Pool.MAIN
        self.current: _Question | None = None
        self.saw_numbering = False
        self.count = 0

    # paragraphs -----------------------------------------------------------------------
    def line(self, line: Line) -> None:
        text = line.text.strip()
        lead = len(line.text) - len(line.text.lstrip())
        self.saw_numbering |= line.numbered
        q = self.current
        if line.too_long:
            self._too_long(line, text, lead)
            return
        if line.equation:
            self.report.error("docx_equation", line.where)
            if q is not None:
                q.draft.broken = True
        if not text:
            self._pictures(line, q)
            return
        if start := _START.match(text):
            self._start(start, line, lead)
            return
        if q is not None and q.phase in ("text", "options") and self._options(text, line, q, lead):
            return
        if q is not None and (labelled := _LABELLED.match(text)):
            self._labelled(labelled, line, q)
            return
        if (q is None or q.phase != "text" or q.text_lines) and self._heading(text, line):
            return
        self._plain(text, line, q)

    def _too_long(self, line: Line, head: str, lead: int) -> None:
        """A paragraph too long to read: its question (a new one if it starts one) is lost."""
        self.report.error(
            "docx_paragraph_too_long", line.where, length=line.too_long, limit=MAX_CELL_CHARS
        )
        if start := _START.match(head):
            self._start(start, line, lead)
        if self.current is not None:
            self.current.draft.broken = True

    def _start(self, m: re.Match[str], line: Line, lead: int) -> None:
        self.close()
        self.count += 1
        draft = Draft(where=line.where.at(question=m.group(2)), default_pool=self.pool)
        if m.group(1):
            draft.pool = m.group(1)
        q = _Question(draft, m.group(2))
        if m.group(3):
            draft.time = _seconds_in(m.group(3))
            draft.places["time"] = line.where
        rest = m.group(4).rstrip()
        offset = lead + m.start(4) + len(rest) - len(rest.lstrip())
        rest = rest.lstrip()
        self.current = q
        if rest and not self._options(rest, line, q, offset):
            q.text_lines.append(rest)
        draft.places["text"] = line.where
        self._pictures(line, q)

    def _options(self, text: str, line: Line, q: _Question, offset: int = 0) -> bool:
        """Split a line into options "A. …  B. …" if it starts with the next letter."""
        expected = LETTERS[len(q.option_lines)] if len(q.option_lines) < 6 else "?"
        markers = list(_OPTION.finditer(text))
        if q.phase == "text" and markers and markers[0].start() != 0:
            split = _inline_options(markers)
            if split is not None:
                before = text[:split].strip()
                if before:
                    q.text_lines.append(before)
                return self._options(text[split:], line, q, offset + split)
        if not markers or markers[0].start() != 0:
            if line.numbered and q.phase in ("text", "options") and q.text_lines:
                self._add_option(q, expected, text, line, (offset, offset, len(line.text)))
                return True
            return False
        letter = markers[0].group(1).upper()
        if letter != expected:
            if q.phase == "text":
                return False  # "C. Mác đã viết…": text, not an option
            self.report.error(
                "option_order",
                line.where,
                "options",
                letter=letter,
                previous=LETTERS[len(q.option_lines) - 1] if q.option_lines else "—",
            )
            q.phase = "options"
            q.draft.broken = True
            return True
        kept = [markers[0]]
        for m in markers[1:]:
            if m.group(1).upper() == chr(ord(kept[-1].group(1).upper()) + 1):
                kept.append(m)
        for i, m in enumerate(kept):
            last = i + 1 == len(kept)
            end = len(text) if last else kept[i + 1].start()
            body_text = text[m.end() : end].strip()
            span = (offset + m.start(), offset + m.end(), len(line.text) if last else offset + end)
            self._add_option(q, m.group(1).upper(), body_text, line, span)
        return True

    def _add_option(
        self, q: _Question, letter: str, text: str, line: Line, span: tuple[int, int, int]
    ) -> None:
        """``span``: where the option's marker starts, its text starts, and it ends."""
        start, _, end = span
        q.phase = "options"
        q.last = "options"
        q.option_lines.append((text, line, span))
        q.draft.places.setdefault("options", line.where)
        q.draft.places[f"option_{letter.lower()}"] = line.where
        for picture in line.pictures:
            if start <= picture.offset <= end:
                self.report.error(
                    "media_in_option", line.where, f"option_{letter.lower()}", letter=letter
                )
                q.draft.broken = True

    def _labelled(self, m: re.Match[str], line: Line, q: _Question) -> None:
        fld = _LABEL_FIELD.get(fold(m.group(1)), "answer")
        value = m.group(2).strip()
        setattr(q.draft, fld, value)
        q.draft.places[fld] = line.where
        q.last = fld
        if fld == "answer":
            q.phase = "after"
        self._pictures(line, q)

    def _heading(self, text: str, line: Line) -> bool:
        if len(text) > 80 or text.endswith("?"):
            return False
        bare = _ENUMERATOR.sub("", text)
        folded = fold(bare)
        pool = pool_from_label(bare)
        if pool is None:
            return False
        sectionish = folded.startswith(_SECTION_WORDS) or line.heading_style or bare.isupper()
        if not sectionish:
            return False
        self.close()
        self.pool = pool
        return True

    def _plain(self, text: str, line: Line, q: _Question | None) -> None:
        if q is None:
            if not self.parsed.title and self.count == 0:
                self.parsed.title = text
            return
        if q.phase == "text":
            q.text_lines.append(text)
            self._pictures(line, q)
        elif q.last in ("explanation", "source"):
            setattr(q.draft, q.last, f"{getattr(q.draft, q.last)}\n{text}")
        else:
            self.report.warn("docx_paragraph_ignored", line.where, excerpt=_excerpt(text))

    def _pictures(self, line: Line, q: _Question | None) -> None:
        if q is not None:
            q.pictures.extend((p, line.where) for p in line.pictures)

    # tables ----------------------------------------------------------------------------
    def table(self, block: TableBlock) -> None:
        header = find_header(block.grid, QUESTION_FIELDS, is_question_header)
        if header is not None:
            self.close()
            before = len(self.parsed.drafts)
            read_question_table(
                block.grid, header, self.source.path.parent, self.parsed, self.report
            )
            for d in self.parsed.drafts[before:]:
                d.default_pool = self.pool if not d.pool else d.default_pool
            return
        q = self.current
        if q is not None and q.phase in ("text", "options"):
            lines = [ln for ln in block.lines if nfc(ln.text).strip()]
            if lines and all(_OPTION.match(nfc(ln.text).strip()) for ln in lines):
                for ln in lines:
                    self._options(nfc(ln.text).strip(), ln, q)
                return
        self.report.warn("docx_table_ignored", block.grid.where, table=block.number)

    # closing a question -----------------------------------------------------------------
    def close(self) -> None:
        q, self.current = self.current, None
        if q is None:
            return
        draft = q.draft
        draft.places = {k: v.at(question=q.number) for k, v in draft.places.items()}
        draft.text = "\n".join(q.text_lines).strip()
        draft.options = [text for text, *_ in q.option_lines]
        draft.marked = self._marked(q)
        if len(q.pictures) > 1:
            self.report.error("media_several", q.pictures[1][1], "media", count=len(q.pictures))
        elif q.pictures:
            picture = q.pictures[0][0]
            stem = fold(self.source.path.stem).replace(" ", "-") or "word"
            relative = f"media/{stem}/q{self.count:03d}{picture.extension}"
            self.parsed.media[relative] = picture.data
            draft.media = relative
        self.parsed.drafts.append(draft)

    def _marked(self, q: _Question) -> str:
        """The one option carrying a mark no other option carries, on its letter or all text."""
        if len(q.option_lines) < 2:
            return ""
        signatures = [_option_marks(line, span) for _, line, span in q.option_lines]
        counts: dict[str, int] = {}
        for sig in signatures:
            for mark in sig:
                counts[mark] = counts.get(mark, 0) + 1
        n = len(signatures)
        marked = [LETTERS[i] for i, sig in enumerate(signatures) if any(counts[m] < n for m in sig)]
        if len(marked) > 1:
            self.report.error(
                "answer_several_marked", q.draft.at("options"), "answer", letters=", ".join(marked)
            )
            return ""
        return marked[0] if marked else ""


def _visible_marks(line: Line, start: int, end: int) -> list[frozenset[str]]:
    return [
        line.marks[i] if i < len(line.marks) else frozenset()
        for i in range(start, min(end, len(line.text)))
        if not line.text[i].isspace()
    ]


def _option_marks(line: Line, span: tuple[int, int, int]) -> frozenset[str]:
    """Marks on the option's letter, or on every visible character of its text."""
    start, body, end = span
    letter = _visible_marks(line, start, body)
    text = _visible_marks(line, body, end)
    marks = frozenset.intersection(*letter) if letter else frozenset()
    if text:
        marks |= frozenset.intersection(*text)
    return marks


def _inline_options(markers: list[re.Match[str]]) -> int | None:
    """Where "… A. x  B. y" options start inside a line of question text, if they do."""
    letters = [m.group(1).upper() for m in markers]
    for i, letter in enumerate(letters):
        if letter == "A" and "B" in letters[i + 1 :]:
            return markers[i].start()
    return None


def _seconds_in(text: str) -> str:
    m = re.search(r"(\d+)\s*(?:giây|giay|s\b|sec)", text, re.IGNORECASE)
    return m.group(1) if m else ""


def _excerpt(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"
