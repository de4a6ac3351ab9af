"""Pictures of questions, kept inside the event file so they travel with it.

Each picture is stored under a name made from its SHA-256 (``media/<hash>.<ext>``) and the
question's ``media`` field is rewritten to that name. The setup hash (the start of the hash
chain) covers the questions, so it covers the pictures too: a picture changed in the file no
longer matches its name, which opening the file checks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import PurePosixPath

from rcv.core.model import QuestionSet
from rcv.core.state import ShowSetup

PREFIX = "media/"


def media_name(data: bytes, original: str) -> str:
    suffix = PurePosixPath(original).suffix.lower()[:8]
    return f"{PREFIX}{hashlib.sha256(data).hexdigest()}{suffix}"


def name_matches(name: str, data: bytes) -> bool:
    """Whether a stored picture is still the one its name was made from."""
    digest = PurePosixPath(name).stem
    return name.startswith(PREFIX) and hashlib.sha256(data).hexdigest() == digest


def embed(setup: ShowSetup, media: Mapping[str, bytes]) -> tuple[ShowSetup, dict[str, bytes]]:
    """The setup with its questions pointing at stored pictures, and the pictures to store.

    ``media`` maps a question's ``media`` path (as imported) to the picture's bytes; questions
    whose picture is not given keep their path (looked up next to the event file)."""
    blobs: dict[str, bytes] = {}
    questions = []
    for q in setup.questions.questions:
        if q.media and q.media in media:
            name = media_name(media[q.media], q.media)
            blobs[name] = media[q.media]
            q = replace(q, media=name)
        elif q.media and q.media.startswith(PREFIX):
            pass  # already stored (a setup re-saved as it was)
        questions.append(q)
    return replace(setup, questions=QuestionSet(tuple(questions), setup.questions.title)), blobs
