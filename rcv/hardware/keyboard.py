"""USB buzzers that type like a keyboard: a typed key → (seat, key), auto-repeat removed. Pure:
the Qt layer captures key events and calls :meth:`KeyboardMapper.press`."""

from __future__ import annotations


class KeyboardMapper:
    """Pure: the Qt layer captures key events and calls :meth:`press` with the key's text (or
    its Qt name, e.g. "F1") and the clock's time."""

    def __init__(self, bindings: dict[str, tuple[int, str]], debounce_ms: int = 400) -> None:
        self.bindings = {k.lower(): v for k, v in bindings.items()}
        self.debounce_ms = debounce_ms
        self._last: dict[str, int] = {}

    def press(self, key_text: str, at_ms: int) -> tuple[int, str] | None:
        """(seat, key) for a new press, None for an unbound key or an auto-repeat."""
        name = key_text.lower()
        bound = self.bindings.get(name)
        if bound is None:
            return None
        last = self._last.get(name)
        self._last[name] = at_ms
        if last is not None and 0 <= at_ms - last < self.debounce_ms:
            return None
        return bound

    def release(self, key_text: str) -> None:
        """The key was let go: the next press counts at once."""
        self._last.pop(key_text.lower(), None)
