"""Where rcv's shipped files live: next to the package in a checkout, or under ``_MEIPASS`` in
a PyInstaller bundle. User data (events, logs, settings) goes to platformdirs folders instead."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def install_root() -> Path:
    """The folder holding ``assets/`` and ``questions/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def assets_dir() -> Path:
    """The folder holding ``fonts/``, ``sounds/``, ``branding/`` and ``certificates/``
    (``$RCV_ASSETS`` overrides it, for tests and for organisers' own branding)."""
    override = os.environ.get("RCV_ASSETS")
    return Path(override) if override else install_root() / "assets"


def questions_dir() -> Path:
    return install_root() / "questions"


SAMPLE_QUESTIONS = "de-an-06-mau.yaml"
