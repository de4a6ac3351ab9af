"""The hash chain over an event's setup and log: pure functions, no I/O.

``genesis`` hashes the roster, questions and rules; each log entry's hash covers the previous
hash and the entry. Any change to the setup or to an entry changes every hash after it. The head
hash is the show's fingerprint: published on the projector and the printed results, it lets
anyone check later that a file is the one played on stage. (Without a secret key, the chain
detects corruption and edits, but a forger who recomputes the whole chain is caught only by
comparing with the published fingerprint.)
"""

from __future__ import annotations

import hashlib
from typing import Any

from rcv.core.codec import canonical_json, to_plain
from rcv.core.events import LogEntry
from rcv.core.state import ShowSetup

GENESIS_TAG = "rcv-event-v1"


def setup_plain(setup: ShowSetup) -> dict[str, Any]:
    return {
        "roster": to_plain(setup.roster.contestants),
        "questions": to_plain(setup.questions),
        "rules": to_plain(setup.rules),
    }


def genesis(setup: ShowSetup) -> str:
    payload = GENESIS_TAG + canonical_json(setup_plain(setup))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


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


def fingerprint_text(head: str) -> str:
    """The head hash as people read it aloud: 4 groups of 4 hex digits, upper case."""
    short = head[:16].upper()
    return "-".join(short[i : i + 4] for i in range(0, 16, 4))
