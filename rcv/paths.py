"""Where rcv's shipped files live: next to the package in a checkout, or under ``_MEIPASS`` in
a PyInstaller bundle. User data (events, logs, settings) goes to platformdirs folders instead."""

from __future__ import annotations

import sys
from pathlib import Path


def install_root() -> Path:
    """The folder holding ``assets/`` and ``questions/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def questions_dir() -> Path:
    return install_root() / "questions"


SAMPLE_QUESTIONS = "de-an-06-mau.yaml"
