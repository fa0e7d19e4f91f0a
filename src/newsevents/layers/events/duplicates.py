"""Duplicate mentions of one event inside an article, merged (issue 21, item 8).

Pages repeat themselves: a caption or a "related stories" box restates the lead, a wire story
runs its first paragraph twice. Two events are one when they have the same CAMEO code, the same
actors and the same recipients, and their sentences say the same thing (the same words, case,
spacing and punctuation aside).

Stories also retell one act in other words: "WeWork is being investigated by the New York State
Attorney General" and later "we have received an inquiry from the office of the New York State
Attorney General"; "Trump hasn't committed to any specifics" and "whether Trump will agree to
remove existing tariffs". The coding guide (`docs/coding-guide.md` section 1, "One event per
action") codes such an act once. So two events of one article are one as well when they are
not material conflict (CAMEO quad class 4: appeals, promises, investigations, aid, accusations,
demands, refusals, threats) and have the same CAMEO root, the same named actors (at least one),
the same recipients and the same date (or none): the same party doing the same kind of thing to
the same party on the same day. Material conflict is left apart: police who arrest, fire or beat in
two sentences of a story have often done it twice (IndiaPoliceEvents labels each such sentence).

Of a repeated sentence the first mention is kept; of an act retold in other words, the mention
told with the most confidence (`confidence.py`: the most complete report, as the guide asks),
the earlier on a tie.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...records import Document, Event

_WORDS = re.compile(r"\w+")
UNMERGED_QUADS = frozenset({4})  # material conflict: arrests, assaults, seizures recur


def sentence_key(doc: Document, s: int) -> tuple[str, ...]:
    sent = doc.sentences[s]
    return tuple(_WORDS.findall(doc.article.text[sent.start : sent.end].lower()))


def retold_key(ev: Event) -> tuple[object, ...] | None:
    """The act an event tells, whatever its words: None for an event with no named actor (too
    little to say that two mentions are one act)."""
    if not ev.actors or not ev.cameo or ev.quad_class in UNMERGED_QUADS:
        return None
    return (
        ev.cameo[:2],
        frozenset(ev.actors),
        frozenset(ev.recipients),
        ev.date.value if ev.date else None,
    )


def merge_duplicates(doc: Document, events: Iterable[Event]) -> list[Event]:
    """`events` without the repeats of another one, in text order."""
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
    best: dict[tuple[object, ...], Event] = {}
    for ev in kept:
        retold = retold_key(ev)
        if retold is not None and (retold not in best or ev.confidence > best[retold].confidence):
            best[retold] = ev
    return [ev for ev in kept if (k := retold_key(ev)) is None or best[k] is ev]
