"""A guard against a reference-count bug of PySide6 6.12 on Python 3.11.

``SignalInstance.emit()`` and ``.disconnect()`` return ``True`` without taking a reference to
it: every call made from Python drops one reference to ``True``. On Python 3.11 ``True`` is not
immortal (it is from 3.12), so after a few hundred emits (its count starts around 400) the
interpreter aborts with "bool_dealloc: deallocating True or False" — mid-show.

``emit()`` and ``disconnect()`` here call the real ones and hand the lost reference back. Whether
the running PySide6 has the bug is measured once, at import, on a throwaway signal — so nothing
is done where the bug is absent (a fixed PySide6, Python 3.12+).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def _emit_drops_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        _incref(True)  # give back what the probe took
    return lost == 8


EMIT_DROPS_A_REFERENCE = _emit_drops_a_reference()


def add_ballast(references: int = 1_000_000) -> None:
    """Hold extra references to ``True`` and ``False`` for code that emits without ``emit()``.

    Other parts of rcv (the controller) call ``.emit()`` directly; until they use ``emit()`` or
    PySide6 is fixed, an entry point calls this once so those lost references cannot bring the
    count to zero within a show (a million lost references is ~80 shows of ~10k emits).
    """
    if not EMIT_DROPS_A_REFERENCE:
        return
    for _ in range(references):
        _incref(True)
        _incref(False)


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, without the lost reference."""
    result = signal.emit(*args)
    if EMIT_DROPS_A_REFERENCE and isinstance(result, bool):
        _incref(result)


def disconnect(signal: Any, slot: Any) -> None:
    """``signal.disconnect(slot)``, without the lost reference (and silent if not connected)."""
    try:
        result = signal.disconnect(slot)
    except (RuntimeError, TypeError):
        return
    if EMIT_DROPS_A_REFERENCE and isinstance(result, bool):
        _incref(result)
