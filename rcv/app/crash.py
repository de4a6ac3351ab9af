"""When something goes wrong in the program itself: log it, tell the MC, keep the show.

:class:`CrashHandler` replaces ``sys.excepthook`` (PySide6 routes exceptions raised in slots and
Qt virtual methods there) and ``threading.excepthook``: the traceback goes to a rotating log file
in the user's log folder, and the MC gets one calm dialog saying the show is safe in its event
file (every step is written before it takes effect). The program keeps running.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from rcv.userdirs import log_dir

LOG_NAME = "rcv.log"
MAX_BYTES = 1_000_000
BACKUPS = 5

Notify = Callable[[str, Path], None]  # (short message, log file)


def default_log_dir() -> Path:
    return log_dir()


class CrashHandler:
    """Install with :meth:`install`; :meth:`uninstall` puts the previous hooks back."""

    def __init__(self, log_dir: Path | None = None, notify: Notify | None = None) -> None:
        self.log_dir = log_dir or default_log_dir()
        self.log_path = self.log_dir / LOG_NAME
        self._notify = notify
        self._logger = logging.getLogger(f"rcv.crash.{id(self)}")
        self._logger.propagate = False
        self._logger.setLevel(logging.INFO)
        self._handler: RotatingFileHandler | None = None
        self._previous: tuple[object, object] | None = None
        self._busy = False

    def install(self) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            self.log_path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        self._logger.addHandler(handler)
        self._handler = handler
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook
        self._logger.info("rcv started (Python %s)", sys.version.split()[0])

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None
        if self._handler is not None:
            self._logger.removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Log the exception and tell the MC once; never raises."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        text = "".join(traceback.format_exception(kind, error, tb))
        self._logger.error("unexpected error\n%s", text)
        if self._handler is not None:
            self._handler.flush()
        if self._notify is None or self._busy:
            return
        self._busy = True  # an error inside the dialog must not open another dialog
        try:
            self._notify(f"{kind.__name__}: {error}", self.log_path)
        except Exception:
            self._logger.error("the error dialog failed\n%s", traceback.format_exc())
        finally:
            self._busy = False

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._logger.error(
                "unexpected error in thread %s\n%s",
                getattr(args.thread, "name", "?"),
                "".join(
                    traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
                ),
            )
