"""What a failed write leaves behind: why (the storage error, a code with its facts), the MC's
step that could not be written, and when to try again — at most once a second, whoever made the
failed try (each try is a write that may fail again). Plain Python; the controller owns one."""

from __future__ import annotations

from collections.abc import Callable

from rcv.storage.errors import EventFileError

RETRY_MS = 1000  # after a failed write, try again this often


class WriteHold:
    def __init__(self) -> None:
        self.problem: EventFileError | None = None  # why the last write failed
        self.step: Callable[[], object] | None = None  # the MC's step that could not be written
        self._retry_at = 0

    def failed(self, problem: EventFileError, now_ms: int) -> None:
        self.problem = problem
        self._retry_at = now_ms + RETRY_MS

    def succeeded(self) -> bool:
        """A write went through; True when that ends a hold (the storage has recovered)."""
        was, self.problem = self.problem, None
        return was is not None

    def may_try(self, now_ms: int) -> bool:
        """Whether an automatic write may be tried now (always, unless a hold's interval runs)."""
        if self.problem is None:
            return True
        if now_ms < self._retry_at:
            return False
        self._retry_at = now_ms + RETRY_MS
        return True

    def take_step(self) -> Callable[[], object] | None:
        step, self.step = self.step, None
        return step

    def forget(self) -> None:
        """The event closed: nothing is held any more."""
        self.problem = self.step = None
