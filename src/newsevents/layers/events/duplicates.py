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
But a named party is jailed, shot or charged once by the same party on one day: material conflict
whose every recipient is a named party (a person, an organisation, a place; no group of people
told by a common noun) is merged like the rest ("Rod Blagojevich was jailed for corruption ..."
then "He was sentenced to fourteen years in prison", article gold dev; issue 21, duplicates:
the article gold codes each act once).

Of a repeated sentence the first mention is kept; of an act retold in other words, the mention
told with the most confidence (`confidence.py`: the most complete report, as the guide asks),
the earlier on a tie; of material conflict against a named party, the first mention (the lede
that tells it; the later sentences retell it with other words: "jailed", then "sentenced").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...records import Document, Event

_WORDS = re.compile(r"\w+")
UNMERGED_QUADS = frozenset({4})  # material conflict: arrests, assaults, seizures recur
# coercion and violence: arrests, assaults, fighting, mass violence
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
GROUP_TYPES = ("GROUP", "NORP")  # entities that are groups of people, named by no proper name


def sentence_key(doc: Document, s: int) -> tuple[str, ...]:
    sent = doc.sentences[s]
    return tuple(_WORDS.findall(doc.article.text[sent.start : sent.end].lower()))


def _named_targets(types: dict[str, str], ev: Event) -> bool:
    """Every recipient of the event is a named party, no group told by a common noun ("two men",
    "protesters") or a people ("Palestinians"): one named party jailed or shot by the same
    party on one day is one act, however many sentences tell it."""
    return bool(ev.recipients) and all(
        types.get(r) not in (None, *GROUP_TYPES) for r in ev.recipients
    )


def retold_key(ev: Event, types: dict[str, str] | None = None) -> tuple[object, ...] | None:
    """The act an event tells, whatever its words: None for an event with no named actor (too
    little to say that two mentions are one act), or for material conflict against other than
    named parties (`types`: the article's entity types by id)."""
    if not ev.actors or not ev.cameo:
        return None
    if ev.quad_class in UNMERGED_QUADS and (types is None or not _named_targets(types, ev)):
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
    types = {e.id: e.type for e in doc.entities}
    retold_of = {ev.id: retold_key(ev, types) for ev in kept}
    best: dict[tuple[object, ...], Event] = {}
    for ev in kept:
        retold = retold_of[ev.id]
        if retold is None:
            continue
        # material conflict told again is kept where it is first told (the lede); other acts
        # where told with the most confidence
        if retold not in best or (
            ev.quad_class not in UNMERGED_QUADS and ev.confidence > best[retold].confidence
        ):
            best[retold] = ev
    kept = [ev for ev in kept if (k := retold_of[ev.id]) is None or best[k] is ev]
    return _without_mentions_again(doc, kept)


def _without_mentions_again(doc: Document, events: list[Event]) -> list[Event]:
    """Drop a bare event noun that names again an act told before in the article: the same CAMEO
    root, the same actors (at least one) and the same recipients, whatever the date ("Revenues
    from the Trump-imposed tariffs ..." then "How big an impact have the Trump tariffs had?";
    "retaliatory Chinese tariffs" then "China-specific tariffs took effect in July 2018"; "The
    Swedish investigation had been shelved in 2017 ..." then "What was the Swedish investigation
    about?"; "Sweden has dropped its investigation ..." then "an earlier Swedish investigation
    into the same rape case": html pages, three articles): a noun with no verb of its own refers
    back to the act (precision helper h14, issue 21). Coercion and violence are left apart, as
    material conflict above: "the arrests", "police firing" told in one sentence and again in
    the next are often more arrests, another volley, and IndiaPoliceEvents labels each sentence
    (merging them cost its FORCE F1 0.78 -> 0.76, KILL F1 0.71 -> 0.66 and, for arrests alone,
    ARREST F1 0.756 -> 0.752)."""
    nouns = {t.start for t in doc.tokens if t.pos == "NOUN"}
    told: set[tuple[object, ...]] = set()
    out: list[Event] = []
    for ev in events:
        if not ev.actors or not ev.cameo:
            out.append(ev)
            continue
        key = (ev.cameo[:2], frozenset(ev.actors), frozenset(ev.recipients))
        bare_noun = ev.trigger.start in nouns and " " not in ev.trigger.text.strip()
        if bare_noun and ev.cameo[:2] not in FORCE_ROOTS and key in told:
            continue
        told.add(key)
        out.append(ev)
    return out
