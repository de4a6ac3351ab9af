"""YAML for rcv's own small files (certificate templates, device profiles) without the two ways
a hostile file exhausts memory: aliases are refused outright (a "billion laughs" document nests
them) and nesting is capped. A refusal is a ``yaml.YAMLError`` naming the line."""

from __future__ import annotations

from typing import Any

import yaml

MAX_DEPTH = 32


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses aliases and deep nesting while composing."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.YAMLError(
                f"dòng {event.start_mark.line + 1}: không dùng bí danh *{event.anchor} "
                f"(line {event.start_mark.line + 1}: aliases are not allowed); hãy viết lại giá "
                "trị (write the value out)"
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise yaml.YAMLError(
                    f"dòng {mark.line + 1}: lồng quá {MAX_DEPTH} tầng "
                    f"(line {mark.line + 1}: nested deeper than {MAX_DEPTH})"
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` without aliases and with bounded nesting."""
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
