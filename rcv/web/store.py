"""What the server keeps across restarts of rcv, beside the event file (``<event>.web.json``):
the event's secret, the join tokens already taken and each seat's generation (so a phone that
was let go stays let go). Written atomically; readable only by its owner where the system
allows. A new event gets a new secret: nothing of one event opens another.

A save that fails (the disk beside the event file is full, the stick was pulled) never stops a
phone from joining: what changed is kept in memory, :attr:`WebStore.problem` says why it is not
on disk (the event file's own failure is already in front of the operator), and the next save
writes it all."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rcv.web.keys import EventKeys, new_secret

log = logging.getLogger(__name__)


@dataclass(slots=True)
class WebStore:
    path: Path | None  # None: kept in memory only (tests, the bench)
    secret: bytes
    used: set[str] = field(default_factory=set)  # nonces of join tokens already taken
    generations: dict[int, int] = field(default_factory=dict)  # seat -> generation
    problem: OSError | None = None  # why the last save did not reach the disk

    @staticmethod
    def beside(event_path: Path) -> Path:
        return event_path.with_name(event_path.name + ".web.json")

    @classmethod
    def load_or_create(cls, path: Path | None) -> WebStore:
        if path is not None and path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                path,
                bytes.fromhex(data["secret"]),
                set(data.get("used", ())),
                {int(k): int(v) for k, v in data.get("generations", {}).items()},
            )
        store = cls(path, new_secret())
        store.save()
        return store

    def keys(self, event_id: str) -> EventKeys:
        return EventKeys(self.secret, event_id)

    def save(self) -> None:
        """Write the store atomically; on failure keep it in memory and say why (``problem``)."""
        if self.path is None:
            return
        data = {
            "secret": self.secret.hex(),
            "used": sorted(self.used),
            "generations": {str(k): v for k, v in sorted(self.generations.items())},
        }
        tmp: str | None = None
        try:
            fd, tmp = tempfile.mkstemp(prefix=".web-", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except OSError as exc:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
            if self.problem is None:
                log.warning(
                    "phones' join record not saved beside the event (%s): kept in memory", exc
                )
            self.problem = exc
            return
        self.problem = None
