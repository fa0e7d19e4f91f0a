"""Duplicate mentions of one event inside an article, merged (issue 21, item 8).

Pages repeat themselves: a caption or a "related stories" box restates the lead, a wire story
runs its first paragraph twice. Two events are one when they have the same CAMEO code, the same
actors and the same recipients, and their sentences say the same thing (the same words, case,
spacing and punctuation aside). The first mention is kept; a later one only repeats it.

News also retells an action in other words: the lead says "WeWork is being investigated by the
attorney general", a later paragraph quotes the company on "an inquiry from the office of the
attorney general". The coding guide codes one event per action (docs/coding-guide.md, "One
event per action"), so a later event of the same PLOVER type, the same named actors, the same
recipients, the same modality and the same date (or none on both) is that action told again.
Only a dyad (an actor and a recipient both named) is told apart that well: "police arrested
twelve men" and, later, "police also arrested three others" leave the arrested unnamed, and are
two arrests.
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
    told: set[tuple[object, ...]] = set()
    kept: list[Event] = []
    for ev in events:
        key = (
            ev.cameo,
            frozenset(ev.actors),
            frozenset(ev.recipients),
            ev.modality,
            sentence_key(doc, ev.sentence),
        )
        action = (
            ev.plover,
            frozenset(ev.actors),
            frozenset(ev.recipients),
            ev.modality,
            ev.date and ev.date.value,
        )
        if key in seen or (ev.plover and ev.actors and ev.recipients and action in told):
            continue
        seen.add(key)
        told.add(action)
        kept.append(ev)
    return kept
