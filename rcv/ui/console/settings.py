"""What the console remembers between runs: recent event files, keypad hubs, the languages (the
console's and the projector's, apart), projector screen.

A small JSON file in the user's config folder (platformdirs). A broken or missing file is
treated as empty: settings never stop a show from starting.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from rcv.i18n import DEFAULT_LANGUAGE
from rcv.userdirs import settings_path

MAX_RECENT = 8


def default_settings_path() -> Path:
    return settings_path("console.json")


class ConsoleSettings:
    def __init__(self, path: Path | None = None, persist: bool = True) -> None:
        self.path = path or default_settings_path()
        self._persist = persist
        self._data: dict[str, object] = {}
        self._projector_language_followers: list[Callable[[str], None]] = []
        if not persist:
            return
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._data = loaded
        except (OSError, ValueError):
            self._data = {}

    @classmethod
    def ephemeral(cls) -> ConsoleSettings:
        """Settings that are neither read nor written (screenshots, benchmarks)."""
        return cls(Path("console.json"), persist=False)

    # -- recent events -----------------------------------------------------------------------
    def recent(self) -> list[Path]:
        raw = self._data.get("recent", [])
        items = raw if isinstance(raw, list) else []
        return [Path(p) for p in items if isinstance(p, str)]

    def remember(self, path: Path) -> None:
        text = str(Path(path).resolve())
        items = [str(p) for p in self.recent() if str(p) != text]
        self._data["recent"] = [text, *items][:MAX_RECENT]
        self._save()

    def forget(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self._data["recent"] = [str(p) for p in self.recent() if str(p) != text]
        self._save()

    # -- keypad hubs (port and device profile of each) ---------------------------------------
    def hubs(self) -> list[dict[str, str]]:
        raw = self._data.get("hubs", [])
        items = raw if isinstance(raw, list) else []
        return [
            {"port": str(h.get("port", "")), "profile": str(h.get("profile", ""))}
            for h in items
            if isinstance(h, dict)
        ]

    def set_hubs(self, hubs: list[dict[str, str]]) -> None:
        self._data["hubs"] = hubs
        self._save()

    # -- the interface language ----------------------------------------------------------------
    @property
    def language(self) -> str | None:
        value = self._data.get("language")
        return value if isinstance(value, str) else None

    @language.setter
    def language(self, lang: str | None) -> None:
        self._data["language"] = lang
        self._save()

    # -- the projector's language (the hall's: apart from the console's) -----------------------
    @property
    def projector_language(self) -> str:
        """What the projector speaks; Vietnamese unless chosen otherwise."""
        value = self._data.get("projector_language")
        return value if isinstance(value, str) and value else DEFAULT_LANGUAGE

    @projector_language.setter
    def projector_language(self, lang: str) -> None:
        self._data["projector_language"] = lang
        self._save()
        for follow in list(self._projector_language_followers):
            follow(lang)

    def follow_projector_language(self, follow: Callable[[str], None]) -> None:
        """Call ``follow(lang)`` whenever the projector's language is chosen (the composition
        root has the display follow it; the console only sets it)."""
        self._projector_language_followers.append(follow)

    # -- automatic backups (after every question) ----------------------------------------------
    @property
    def backup_folder(self) -> Path | None:
        value = self._data.get("backup_folder")
        return Path(value) if isinstance(value, str) and value else None

    @backup_folder.setter
    def backup_folder(self, folder: Path | None) -> None:
        self._data["backup_folder"] = str(folder) if folder is not None else None
        self._save()

    # -- the projector screen ----------------------------------------------------------------
    @property
    def projector_screen(self) -> str | None:
        value = self._data.get("projector_screen")
        return value if isinstance(value, str) else None

    @projector_screen.setter
    def projector_screen(self, name: str | None) -> None:
        self._data["projector_screen"] = name
        self._save()

    def _save(self) -> None:
        if not self._persist:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self._data, ensure_ascii=False, indent=2), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass  # a read-only profile must not break the show
