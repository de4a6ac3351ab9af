"""How long importing takes on event-sized files: 2,000 questions, 500 contestants.

Run: ``.venv/bin/python bench/bench_import.py`` (prints one line per file; best of 3 runs).
The files are generated in a temporary folder each time: an Excel question workbook in the
template's shape (five pool sheets), the same set as a Word document and as rcv's YAML, and a
contestant list.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import docx
from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rcv.i18n import load_words
from rcv.i18n.phrases.importing import import_text
from rcv.importers import load_questions, load_roster, save_questions

QUESTIONS = 2000
CONTESTANTS = 500
POOLS = ("Câu hỏi chính", "Câu hỏi phụ", "Cứu trợ", "Khán giả", "Chuông vàng")
HEADER = [
    "Mã câu",
    "Câu hỏi",
    "Phương án A",
    "Phương án B",
    "Phương án C",
    "Phương án D",
    "Đáp án",
    "Loại câu",
    "Thời gian (giây)",
    "Giải thích",
    "Nguồn",
]


def question_workbook(path: Path) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    sheets = [wb.create_sheet(name) for name in POOLS]
    for ws in sheets:
        ws.append(HEADER)
    for i in range(QUESTIONS):
        ws = sheets[0] if i < QUESTIONS * 0.8 else sheets[1 + i % 4]
        text = f"Câu hỏi số {i}: theo Luật Căn cước 2023, công dân từ đủ bao nhiêu tuổi?"
        if i % 10 == 0:
            ws.append([f"Q{i:04d}", text, None, None, None, None, "Đúng", None, 15])
        elif i % 10 == 1:
            ws.append([f"Q{i:04d}", text, None, None, None, None, "0,25; 0.25", None, 20])
        else:
            ws.append(
                [
                    f"Q{i:04d}",
                    text,
                    f"{i} tuổi",
                    "14 tuổi",
                    "16 tuổi",
                    "18 tuổi",
                    "ABCD"[i % 4],
                    "Trắc nghiệm",
                    20,
                    "Giải thích ngắn.",
                    "Điều 19",
                ]
            )
    wb.save(path)
    return path


def roster_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH THÍ SINH"])
    ws.append(["STT", "SBD", "Họ và tên", "Đơn vị", "Lớp", "Số ghế", "Mã check-in"])
    for i in range(1, CONTESTANTS + 1):
        ws.append(
            [
                i,
                f"{i:04d}",
                f"Nguyễn Văn Thí Sinh {i}",
                "THPT Chu Văn An",
                f"1{i % 3}A",
                i,
                f"CK{i:05d}",
            ]
        )
    wb.save(path)
    return path


def question_document(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("ĐỀ THI RUNG CHUÔNG VÀNG")
    for i in range(1, QUESTIONS + 1):
        document.add_paragraph(f"Câu {i}: Thủ đô của nước nào là thành phố số {i}?")
        document.add_paragraph("A. Việt Nam\tB. Lào")
        document.add_paragraph("C. Campuchia\tD. Thái Lan")
        document.add_paragraph(f"Đáp án: {'ABCD'[i % 4]}")
    document.save(path)
    return path


def best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        xlsx = question_workbook(here / "cau-hoi.xlsx")
        roster = roster_workbook(here / "thi-sinh.xlsx")
        word = question_document(here / "de-thi.docx")
        result = load_questions(xlsx)
        assert result.questions is not None, import_text(result, load_words())
        yaml_path = here / "cau-hoi.yaml"
        save_questions(result.questions, yaml_path)
        checks = [
            (f"{QUESTIONS} questions, Excel", xlsx, lambda: load_questions(xlsx)),
            (f"{QUESTIONS} questions, Word", word, lambda: load_questions(word)),
            (f"{QUESTIONS} questions, YAML", yaml_path, lambda: load_questions(yaml_path)),
            (f"{CONTESTANTS} contestants, Excel", roster, lambda: load_roster(roster)),
        ]
        for label, path, work in checks:
            outcome = work()
            if not outcome.ok:  # type: ignore[attr-defined]
                print(import_text(outcome, load_words()))  # type: ignore[arg-type]
                return 1
            seconds = best_of(3, work)
            size = path.stat().st_size / 1024
            print(f"{label:<32} {seconds * 1000:8.0f} ms   ({size:,.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
