"""What the server keeps across restarts of rcv, beside the event file (``<event>.web.json``):
the event's secret, the join tokens already taken and each seat's generation (so a phone that
was let go stays let go). Written atomically; readable only by its owner where the system
allows. A new event gets a new secret: nothing of one event opens another."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rcv.web.keys import EventKeys, new_secret


@dataclass(slots=True)
class WebStore:
    path: Path | None  # None: kept in memory only (tests, the bench)
    secret: bytes
    used: set[str] = field(default_factory=set)  # nonces of join tokens already taken
    generations: dict[int, int] = field(default_factory=dict)  # seat -> generation

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
        if self.path is None:
            return
        data = {
            "secret": self.secret.hex(),
            "used": sorted(self.used),
            "generations": {str(k): v for k, v in sorted(self.generations.items())},
        }
        fd, tmp = tempfile.mkstemp(prefix=".web-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
