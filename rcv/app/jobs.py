"""Work off the GUI thread: one small helper instead of a hand-made QRunnable per feature.

:func:`start_job` runs ``work(progress)`` in a pool thread. The job's signals belong to the
thread that started it (the GUI thread), so ``done``, ``failed`` and ``progress`` are delivered
there, queued. The work itself must not touch widgets or the live show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Work = Callable[[Progress], Any]


class JobSignals(QObject):
    progress = Signal(int, int)  # done, total
    done = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception it raised


class Job(QRunnable):
    """One piece of work for a pool thread; only emits signals."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.signals = JobSignals()  # created on the starting thread: slots run there
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except Exception as exc:  # handed to the GUI thread, which says it in words
            log.info("background job failed: %s", exc, exc_info=True)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def start_job(
    work: Work,
    done: Callable[[Any], None] | None = None,
    failed: Callable[[Exception], None] | None = None,
    pool: QThreadPool | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Job:
    """Run ``work`` in ``pool`` (the global pool by default) and call back on this thread.

    Every callback is connected before the work starts, so no early report is lost."""
    job = Job(work)
    if done is not None:
        job.signals.done.connect(done)
    if failed is not None:
        job.signals.failed.connect(failed)
    if progress is not None:
        job.signals.progress.connect(progress)
    job.setAutoDelete(False)  # the caller may keep it; its signals must outlive run()
    (pool or QThreadPool.globalInstance()).start(job)
    return job
