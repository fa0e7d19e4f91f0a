"""Duplicate mentions of one event inside an article, merged (issue 21, item 8).

Pages repeat themselves: a caption or a "related stories" box restates the lead, a wire story
runs its first paragraph twice. Two events are one when they have the same CAMEO code, the same
actors and the same recipients, and their sentences say the same thing (the same words, case,
spacing and punctuation aside). The first mention is kept; a later one only repeats it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...records import Document, Event

_WORDS = re.compile(r"\w+")


def sentence_key(doc: Document, s: int) -> tuple[str, ...]:
    sent = doc.sentences[s]
    return tuple(_WORDS.findall(doc.article.text[sent.start : sent.end].lower()))


def merge_duplicates(doc: Document, events: Iterable[Event]) -> list[Event]:
    """`events` without the repeats of an earlier one, in text order."""
    seen: set[tuple[object, ...]] = set()
    kept: list[Event] = []
    for ev in events:
        key = (
            ev.cameo,
            frozenset(ev.actors),
            frozenset(ev.recipients),
            ev.modality,
            sentence_key(doc, ev.sentence),
        )
        if key in seen:
            continue
        seen.add(key)
        kept.append(ev)
    return kept
