"""The console's look: a calm dark theme with high-contrast states, readable in a dim hall.

Colours carry meaning in the seat grid, so they are named by meaning here and used nowhere else.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

BACKGROUND = QColor("#14161b")
PANEL = QColor("#1c1f26")
TEXT = QColor("#f2f4f8")
MUTED = QColor("#8a93a3")

# the seat grid: every state its own colour, far apart in hue or lightness (see the legend)
SEAT_WAITING = QColor("#6e7781")  # in play, no answer yet: light grey, clearly not dimmed
SEAT_ANSWERED = QColor("#1f6feb")  # answered, before the reveal
SEAT_RIGHT = QColor("#1f883d")
SEAT_WRONG = QColor("#cf222e")
SEAT_NO_ANSWER = QColor("#9a6700")  # revealed with no answer
SEAT_IDLE = QColor("#27415c")  # standing but not part of this question (between questions)
SEAT_OUT = QColor("#111317")  # eliminated: almost the background, a thin outline
SEAT_OUT_EDGE = QColor("#2a2f38")
SEAT_OUT_TEXT = QColor("#5b6472")
SEAT_RESCUED = QColor("#8250df")  # brought back by the last rescue
SEAT_BELL = QColor("#d4a72c")
SEAT_OPERATOR_MARK = QColor("#ffd33d")  # an answer set by hand
SEAT_REFUSED_MARK = QColor("#ff8c1a")  # a press that did not count (paused, bouncing key …)
SEAT_SELECTED = QColor("#ffffff")
SEAT_MARKED = QColor("#ffd33d")  # a seat of the unit chosen beside the grid
SEAT_DIMMED = QColor(13, 17, 23, 150)  # over a seat of another unit
GRID_BACKGROUND = QColor("#0d1117")

PRIMARY = "#2da44e"
PRIMARY_HOVER = "#35b85a"
WARNING = "#d29922"
DANGER = "#f85149"

STYLESHEET = f"""
QMainWindow, QDialog {{ background: {BACKGROUND.name()}; color: {TEXT.name()}; }}
QWidget {{ color: {TEXT.name()}; font-size: 13px; }}
QMenuBar, QMenu {{ background: {PANEL.name()}; }}
QMenu::item:selected, QMenuBar::item:selected {{ background: #30363d; }}
QMenu::item:disabled {{ color: {MUTED.name()}; }}
QGroupBox {{ border: 1px solid #30363d; border-radius: 6px; margin-top: 14px; padding: 6px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; color: {MUTED.name()}; }}
QLineEdit, QSpinBox, QComboBox, QPlainTextEdit, QListView, QListWidget, QTableWidget {{
    background: #0d1117; border: 1px solid #30363d; border-radius: 4px; padding: 3px;
    selection-background-color: #1f6feb;
}}
QLineEdit:focus, QSpinBox:focus {{ border: 1px solid #58a6ff; }}
QPushButton {{
    background: #2b313b; border: 1px solid #3d4450; border-radius: 6px; padding: 6px 12px;
}}
QPushButton:hover {{ background: #353c48; }}
QPushButton:checked {{ background: {WARNING}; color: #000; }}
QPushButton:disabled {{ color: {MUTED.name()}; background: #1f232b; }}
QPushButton#primaryButton {{
    background: {PRIMARY}; color: #ffffff; font-size: 24px; font-weight: bold;
    border: 2px solid #46c463; border-radius: 10px; padding: 10px 24px;
}}
QPushButton#primaryButton:hover {{ background: {PRIMARY_HOVER}; }}
QPushButton#primaryButton:disabled {{
    background: #1d3b2a; color: #c9d1d9; border: 2px solid #2f5f40;
}}
QPushButton#dangerButton {{ background: #5c1b1e; border: 1px solid {DANGER}; }}
QLabel#bigCount {{ font-size: 26px; font-weight: bold; }}
QLabel#bigCount[alarm="true"] {{ color: #ff8c1a; }}
QLabel#countdown {{ font-size: 30px; font-weight: bold; color: {WARNING}; }}
QLabel#phaseLine {{ font-size: 15px; color: #c9d1d9; }}
QLabel#questionText {{ font-size: 18px; }}
QLabel#correctAnswer {{ font-size: 18px; font-weight: bold; color: #56d364; }}
QLabel#mcOnly {{ color: {WARNING}; font-size: 12px; }}
QLabel#notice {{ color: #ffdcd7; background: #5c1b1e; border: 1px solid {DANGER};
    border-radius: 6px; padding: 4px 8px; font-size: 13px; font-weight: bold; }}
QLabel#notice[warning="false"] {{ color: #d2f8d2; background: #113d21; border-color: #2ea043; }}
QLabel#screenLine {{ color: {MUTED.name()}; }}
QLabel#screenLine[missing="true"] {{ color: {WARNING}; font-weight: bold; }}
QFrame#storageBanner {{ background: #5c1b1e; border: 1px solid {DANGER}; }}
QLabel#storageBannerText {{ color: #ffdcd7; font-weight: bold; }}
QLabel#placeholder {{
    background: #0d1117; border: 2px dashed #3d4450; color: {MUTED.name()}; padding: 12px;
}}
QHeaderView::section {{
    background: {PANEL.name()}; color: {TEXT.name()}; padding: 4px; border: none;
    border-bottom: 1px solid #30363d;
}}
QTableCornerButton::section {{ background: {PANEL.name()}; border: none; }}
QListView::indicator, QListWidget::indicator, QCheckBox::indicator, QRadioButton::indicator {{
    width: 14px; height: 14px; border: 1px solid #8a93a3; background: #0d1117;
}}
QRadioButton::indicator {{ border-radius: 7px; }}
QListView::indicator:checked, QListWidget::indicator:checked, QCheckBox::indicator:checked,
QRadioButton::indicator:checked {{ background: #1f6feb; border: 1px solid #58a6ff; }}
QCheckBox::indicator:disabled {{ border: 1px solid #4b5262; }}
QStatusBar {{ background: {PANEL.name()}; }}
QTabWidget::pane {{ border: 1px solid #30363d; }}
QTabBar::tab {{ background: {PANEL.name()}; padding: 6px 12px; }}
QTabBar::tab:selected {{ background: #30363d; }}
QTreeView, QAbstractItemView {{
    background: #0d1117; alternate-background-color: #161b22; border: 1px solid #30363d;
    selection-background-color: #1f6feb; selection-color: #ffffff;
}}
QComboBox QAbstractItemView {{ background: {PANEL.name()}; }}
QToolButton {{ background: #2b313b; border: 1px solid #3d4450; border-radius: 4px; padding: 3px; }}
QToolButton:hover {{ background: #353c48; }}
QScrollBar:vertical, QScrollBar:horizontal {{ background: #0d1117; border: none; }}
QScrollBar::handle {{ background: #3d4450; border-radius: 4px; min-height: 24px; min-width: 24px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QAbstractScrollArea::corner {{ background: #0d1117; }}
QFileDialog QListView, QFileDialog QTreeView {{ padding: 0; }}
QScrollArea#questionArea, QScrollArea#questionArea > QWidget > QWidget {{
    background: transparent;
}}
"""
