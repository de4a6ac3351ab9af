"""Where device profiles are found: the ones shipped with rcv (``rcv/hardware/profiles/``),
the ones a technician imported (``profiles/`` in the user's settings folder), or any file by
path — by name, and listed by their titles for people."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rcv.hardware.device import DeviceProfile
from rcv.hardware.profile import ProfileError, parse_profile
from rcv.hardware.profile_rules import Problem
from rcv.userdirs import config_dir


@dataclass(frozen=True, slots=True)
class ProfileEntry:
    """A profile that can be chosen: its name, its title for people, and its file (None for
    the shipped ones)."""

    name: str
    title: str
    path: Path | None = None


def user_profiles_dir() -> Path:
    """Where imported profiles are kept: ``profiles/`` in the user's settings folder (beside
    the program in portable mode)."""
    return config_dir() / "profiles"


def shipped_profiles() -> list[str]:
    """Names of the profiles that come with rcv."""
    folder = resources.files("rcv.hardware").joinpath("profiles")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))


def _shipped_text(name: str) -> str | None:
    res = resources.files("rcv.hardware").joinpath("profiles").joinpath(f"{name}.yaml")
    return res.read_text(encoding="utf-8") if res.is_file() else None


def load_profile(name_or_path: str | Path, folders: tuple[Path, ...] = ()) -> DeviceProfile:
    """A profile file by path, a shipped profile by name, or an imported one (in ``folders``)
    by name. :class:`ProfileError` with code ``not_found``, ``cannot_read``, ``no_such_profile``
    or the file's problems."""
    text_name = str(name_or_path)
    path = Path(text_name)
    if path.suffix in (".yaml", ".yml") or path.exists():
        if not path.is_file():
            raise ProfileError([Problem(0, "not_found", {"path": str(path)})])
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ProfileError(
                [Problem(0, "cannot_read", {"path": str(path), "detail": str(exc)})]
            ) from exc
        return parse_profile(text, path.stem)
    shipped = _shipped_text(text_name)
    if shipped is not None:
        return parse_profile(shipped, text_name)
    for folder in folders:
        candidate = folder / f"{text_name}.yaml"
        if candidate.is_file():
            return load_profile(candidate)
    known = ", ".join(e.name for e in available_profiles(folders))
    raise ProfileError([Problem(0, "no_such_profile", {"name": text_name, "known": known})])


def available_profiles(folders: tuple[Path, ...] = ()) -> list[ProfileEntry]:
    """Every profile that can be chosen, by title: shipped ones, then those imported into
    ``folders`` (files that no longer load are left out)."""
    entries = [ProfileEntry(n, load_profile(n).title or n) for n in shipped_profiles()]
    names = {e.name for e in entries}
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
            try:
                profile = load_profile(path)
            except ProfileError:
                continue
            if profile.name not in names:
                names.add(profile.name)
                entries.append(ProfileEntry(profile.name, profile.title or profile.name, path))
    return entries


def import_profile(source: Path, folder: Path) -> DeviceProfile:
    """Check a profile file and copy it into ``folder`` under its own name, so it can be
    chosen by name from then on. :class:`ProfileError` when it cannot be used (nothing is
    copied); a shipped profile's name cannot be taken."""
    profile = load_profile(source)
    if profile.name in shipped_profiles():
        raise ProfileError([Problem(0, "name_taken", {"name": profile.name})])
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{profile.name}.yaml"
    if source.resolve() != target.resolve():
        shutil.copyfile(source, target)
    return profile
