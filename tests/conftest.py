"""Every test runs Qt offscreen, whether started by ./scripts/test or by a bare pytest."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
