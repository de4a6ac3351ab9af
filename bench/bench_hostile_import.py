"""What hostile and broken files cost to import, beside a normal 500-row file, in one run.

Run: ``.venv/bin/python bench/bench_hostile_import.py [--runs N]`` (default: best of 3).

Each file is built in a temporary folder by tests/importers/hostile_files.py (real files, edited
at the XML or zip level) and imported in a fresh Python process, started through a small
launcher so that its ``ru_maxrss`` is its own. For each file the table prints the outcome (the
report's codes), the wall and CPU seconds of the import itself (best of N), and the process's
peak RSS, which includes the interpreter and the libraries (about 40 MB). The first rows are
normal files measured the same way; "x normal" compares wall time with the normal workbook.
The last rows are the heaviest files that still pass every bound: they show what the bounds
allow at most.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.importers import hostile_files as h
from tests.importers.measure import measure

Build = Callable[[Path], Path]


def _text(name: str, text: str) -> Build:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        return path

    return build


def _sparse_big(folder: Path) -> Path:
    path = folder / "qua-lon.docx"
    with path.open("wb") as f:
        f.truncate(101 << 20)
    return path


def _dense_workbook(folder: Path) -> Path:
    """12,000 rows of 25 numbers: 300,000 cells, at the cell bound."""
    rows = [[f"Cột {c}" for c in range(1, 26)]]
    rows += [[r * 100 + c for c in range(1, 26)] for r in range(1, 12_000)]
    return h.workbook(folder / "day-dac.xlsx", rows)


CASES: list[tuple[str, str, Build]] = [
    (
        "normal: 500 questions, Excel",
        "questions",
        lambda d: h.workbook(d / "q.xlsx", h.question_rows(500)),
    ),
    (
        "normal: 500 contestants, Excel",
        "roster",
        lambda d: h.workbook(d / "r.xlsx", h.roster_rows(500)),
    ),
    ("normal: 500 questions, YAML", "questions", _text("q.yaml", h.yaml_questions(500))),
    # hostile or broken
    (
        "stray cell at XFD1048576",
        "questions",
        lambda d: h.stray_cell(d / "s.xlsx", h.question_rows(500)),
    ),
    (
        "dimension A1:XFD1048576",
        "questions",
        lambda d: h.huge_dimension(d / "d.xlsx", h.question_rows(500)),
    ),
    (
        "1,048,576 formatted empty rows",
        "questions",
        lambda d: h.styled_empty_rows(d / "e.xlsx", h.question_rows(500)),
    ),
    (
        "200 rows x 16,384 columns",
        "questions",
        lambda d: h.wide_rows(d / "w.xlsx", h.question_rows(20)),
    ),
    (
        "merge A1:XFD1048576",
        "questions",
        lambda d: h.merged_everything(d / "m.xlsx", h.question_rows(500)),
    ),
    ("xlsx zip bomb, 1 GB sheet", "questions", lambda d: h.xlsx_zip_bomb(d / "b.xlsx")),
    ("docx zip bomb, 1 GB body", "questions", lambda d: h.docx_zip_bomb(d / "b.docx")),
    ("XML entity bomb", "questions", lambda d: h.xml_entity_bomb(d / "x.xlsx")),
    ("2,500 zip parts", "questions", lambda d: h.many_parts(d / "p.xlsx")),
    ("docx, 50 MB paragraph", "questions", lambda d: h.docx_long_paragraph(d / "l.docx")),
    (
        "docx, 5 MB paragraph",
        "questions",
        lambda d: h.docx_long_paragraph(d / "l5.docx", characters=5 << 20),
    ),
    ("docx, 1.6 M elements", "questions", lambda d: h.docx_many_elements(d / "el.docx")),
    (
        "1,000,001 junk elements in a row",
        "questions",
        lambda d: h.junk_in_a_row(d / "j.xlsx", h.question_rows(20), 1_000_001),
    ),
    ("YAML billion laughs", "questions", _text("laughs.yaml", h.yaml_billion_laughs())),
    ("YAML nested 100,000 deep", "questions", _text("deep.yaml", h.yaml_nested())),
    ("JSON nested 100,000 deep", "questions", _text("deep.json", h.json_nested())),
    ("JSON 1e400, 5,000 digits, NaN", "questions", _text("num.json", h.json_huge_numbers())),
    ("101 MB file", "questions", _sparse_big),
    (
        "10,000-character name",
        "roster",
        lambda d: h.workbook(
            d / "n.xlsx", h.roster_rows(500, lambda i: "A" * 10_000 if i == 7 else f"Tên {i}")
        ),
    ),
    ("10,001 questions, YAML", "questions", _text("many.yaml", h.yaml_questions(10_001))),
    ("5,001 contestants", "roster", lambda d: h.workbook(d / "c.xlsx", h.roster_rows(5_001))),
    # the heaviest files every bound still lets through
    (
        "within bounds: 950,000 junk elements",
        "questions",
        lambda d: h.junk_in_a_row(d / "j2.xlsx", h.question_rows(20), 950_000),
    ),
    (
        "within bounds: 950,000 style elements",
        "questions",
        lambda d: h.junk_in_styles(d / "st.xlsx", h.question_rows(20), 950_000),
    ),
    ("within bounds: 300,000 cells", "questions", _dense_workbook),
    (
        "within bounds: docx 29,000 x 3 runs",
        "questions",
        lambda d: h.docx_many_runs(d / "runs.docx", 29_000, 3),
    ),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="imports per file (best is kept)")
    args = parser.parse_args()
    print(f"{'file':<40} {'wall s':>7} {'cpu s':>6} {'peak MB':>8} {'x normal':>9}  outcome")
    reference = None
    with tempfile.TemporaryDirectory() as folder:
        for label, what, build in CASES:
            path = build(Path(folder))
            results = [measure(path, what) for _ in range(args.runs)]
            wall = min(float(r["seconds"]) for r in results)
            cpu = min(float(r["cpu"]) for r in results)
            peak = max(float(r["peak_mb"]) for r in results)
            reference = reference or wall
            codes = list(dict.fromkeys(results[0]["codes"]))  # type: ignore[call-overload]
            outcome = ("usable" if results[0]["ok"] else "refused") + (
                f": {', '.join(codes[:3])}" if codes else ""
            )
            ratio = wall / reference
            print(f"{label:<40} {wall:7.2f} {cpu:6.2f} {peak:8.0f} {ratio:8.1f}x  {outcome}")
            path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
