"""The hash chain over an event's setup and log: pure functions, no I/O.

The genesis hash covers the setup; each log entry's hash covers the previous hash and the entry.
Any change to the setup or to an entry changes every hash after it. The head hash is the show's
fingerprint: published on the projector and the printed results, it lets anyone check later
that a file is the one played on stage. (Without a secret key, the chain detects corruption and
edits, but a forger who recomputes the whole chain is caught only by comparing with the
published fingerprint.)

Two genesis recipes exist; a file says which one it uses (meta ``genesis_recipe``):

- recipe 1 (files written before schema 3): the roster, the questions and the rules — the
  event's name, date, venue and organiser are *not* covered;
- recipe 2: a hash of each part of the setup (every field of the event's details, the roster,
  the questions, the rules), and the genesis hashes those parts, so a mismatch can name the part
  that changed. Pictures are covered through the questions: a stored picture's name is its
  SHA-256, and the file must hold exactly the pictures its questions name.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from rcv.core.codec import canonical_json, to_plain
from rcv.core.events import LogEntry
from rcv.core.model import EventInfo
from rcv.core.rules import BuzzRules, Rules, StandingRules
from rcv.core.state import ShowSetup

GENESIS_TAG = "rcv-event-v1"
GENESIS_TAG_PARTS = "rcv-event-v2"
RECIPE_SETUP = 1  # roster, questions, rules
RECIPE_PARTS = 2  # + the event's details, hashed part by part
CURRENT_RECIPE = RECIPE_PARTS
INFO_PREFIX = "event."


def setup_plain(setup: ShowSetup) -> dict[str, Any]:
    return {
        "roster": to_plain(setup.roster.contestants),
        "questions": to_plain(setup.questions),
        "rules": rules_plain(setup.rules),
    }


def rules_plain(rules: Rules) -> dict[str, Any]:
    """The rules as hashed. A setting added after files were written is left out while it
    holds its default, so every file written before it still verifies (and hashes the same as
    a new file with the same rules); once set, it is covered like any other."""
    plain: dict[str, Any] = to_plain(rules)
    if rules.buzz == BuzzRules():  # buzz-in
        del plain["buzz"]
    if rules.units == StandingRules():  # units' and groups' standings
        del plain["units"]
    return plain


def _digest(value: Any) -> str:
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


def setup_parts(setup: ShowSetup, info: EventInfo) -> dict[str, str]:
    """Recipe 2: part name -> SHA-256 of that part (``event.name``, …, ``roster``, …)."""
    parts = {f"{INFO_PREFIX}{key}": _digest(value) for key, value in to_plain(info).items()}
    parts.update({key: _digest(value) for key, value in setup_plain(setup).items()})
    return parts


def genesis_of_parts(parts: Mapping[str, str]) -> str:
    payload = GENESIS_TAG_PARTS + canonical_json(dict(parts))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def genesis(setup: ShowSetup, info: EventInfo | None = None) -> str:
    """The genesis hash: recipe 2 when the event's details are given, else recipe 1 (the
    recipe of files written before schema 3)."""
    if info is not None:
        return genesis_of_parts(setup_parts(setup, info))
    payload = GENESIS_TAG + canonical_json(setup_plain(setup))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def genesis_by_recipe(setup: ShowSetup, info: EventInfo, recipe: int) -> str:
    return genesis(setup, info if recipe >= RECIPE_PARTS else None)


def changed_parts(stored: Mapping[str, str], computed: Mapping[str, str]) -> tuple[str, ...]:
    """The parts whose hash differs from the one recorded when the file was written."""
    names = sorted(set(stored) | set(computed))
    return tuple(n for n in names if stored.get(n) != computed.get(n))


def entry_text(entry: LogEntry) -> str:
    """The canonical JSON of an entry's event, exactly as the event file stores it."""
    return canonical_json(to_plain(entry.event))


def link_text(previous: str, seq: int, step: int, at_ms: int, type_: str, data: str) -> str:
    """The hash of one stored log row, from its columns as text (no decoding needed)."""
    payload = f"{previous}|{seq}|{step}|{at_ms}|{type_}|{data}"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def link(previous: str, entry: LogEntry) -> str:
    return link_text(
        previous, entry.seq, entry.step, entry.at_ms, entry.event.TYPE, entry_text(entry)
    )


def head_of(start: str, entries: Sequence[LogEntry]) -> str:
    head = start
    for entry in entries:
        head = link(head, entry)
    return head


def genesis_for(setup: ShowSetup, info: EventInfo, entries: Sequence[LogEntry], head: str) -> str:
    """The genesis, of whichever recipe, from which ``entries`` chain to ``head`` (the current
    recipe's when none does): what a record read from a file started from."""
    candidates = [genesis(setup, info), genesis(setup)]
    for start in candidates:
        if head_of(start, entries) == head:
            return start
    return candidates[0]


def fingerprint_text(head: str) -> str:
    """The head hash as people read it aloud: 4 groups of 4 hex digits, upper case."""
    short = head[:16].upper()
    return "-".join(short[i : i + 4] for i in range(0, 16, 4))
