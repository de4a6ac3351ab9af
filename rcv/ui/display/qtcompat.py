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

_RESERVE = 1 << 40
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


def add_ballast() -> None:
    """Give ``True`` and ``False`` a huge reference reserve, as CPython 3.12+ makes them immortal.

    Other parts of rcv (the controller) call ``.emit()`` directly; until they use ``emit()`` or
    PySide6 is fixed, an entry point calls this once (next to ``rcv.app.crash.keep_none_alive``,
    the same cure for ``None``) so those lost references can never bring the count to zero.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for value in (True, False):
        if sys.getrefcount(value) > _RESERVE // 2:
            continue
        refcount = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt: PyObject's first field
        refcount.value += _RESERVE


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
