"""The main event's cue lexicon (`ontology/data/main_event_cues.json`), compiled once: the word
lists and patterns every question reads (reporting and motion verbs, causal and means cues,
locative prepositions, lines to skip, ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...ontology.reading import main_event_cues


@dataclass(frozen=True, slots=True)
class Cues:
    reporting: frozenset[str]
    motion: frozenset[str]
    light: frozenset[str]
    bare_light: frozenset[str]
    non_actors: frozenset[str]
    blame: frozenset[str]
    culprit: frozenset[str]
    reproach: frozenset[str]
    reaction: frozenset[str]
    casualty: frozenset[str]
    choice_verbs: frozenset[str]
    site_nouns: frozenset[str]
    feeling_nouns: frozenset[str]  # reproach nouns and states of mind: "sparks outrage"
    provoked_preps: frozenset[str]
    provoked_clauses: frozenset[str]
    causal_verbs: dict[str, str | None]
    passive_causal: frozenset[str]
    causal: re.Pattern[str]
    causal_weight: dict[str, float]
    clause_only: frozenset[str]
    means: re.Pattern[str]
    locative: frozenset[str]
    deictic: re.Pattern[str]
    place_suffix: re.Pattern[str]
    skip_line: re.Pattern[str]
    subordinators: frozenset[str]
    adjunct_preps: frozenset[str]
    time_anchor: re.Pattern[str]
    occasion_heads: frozenset[str]
    cause_nouns: frozenset[str]
    circumstances: frozenset[str]
    companion_nouns: frozenset[str]
    states_of_mind: frozenset[str]
    not_manner: frozenset[str]
    with_verbs: frozenset[str]
    prompt_end: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    """A regex group matching any of the words literally."""
    return "(?:" + "|".join(map(re.escape, words)) + ")"


def _with_particles(verbs: list[str]) -> dict[str, str | None]:
    """Verb entries as lemma -> the particle they need: "lead to" -> {"lead": "to"}."""
    out: dict[str, str | None] = {}
    for v in verbs:
        lemma, *rest = v.split()
        out[lemma] = rest[0] if rest else None
    return out


@cache
def cues() -> Cues:
    """The cue lexicon (`ontology/data/main_event_cues.json`) compiled once."""
    c = main_event_cues()
    longest_first = sorted(c["causal_cues"], key=lambda x: -len(x["phrase"]))
    causal = re.compile(
        r"\b(?:" + "|".join(re.escape(x["phrase"]) for x in longest_first) + r")\b", re.IGNORECASE
    )
    means = "|".join(re.escape(m) for m in c["means_cues"])
    return Cues(
        reporting=frozenset(c["reporting_verbs"]),
        motion=frozenset(c["motion_verbs"]),
        light=frozenset(c["light_verbs"]),
        bare_light=frozenset(c["bare_light_verbs"]),
        non_actors=frozenset(c["non_actors"]),
        blame=frozenset(c["blame_verbs"]),
        culprit=frozenset(c["culprit_verbs"]),
        reproach=frozenset(c["reproach_nouns"]),
        reaction=frozenset(c["reaction_verbs"]),
        casualty=frozenset(c["casualty_words"]),
        choice_verbs=frozenset(c["choice_verbs"]),
        site_nouns=frozenset(c["site_nouns"]),
        feeling_nouns=frozenset(c["reproach_nouns"]) | frozenset(c["states_of_mind"]),
        provoked_preps=frozenset(c["provocation_cues"]["prepositions"]),
        provoked_clauses=frozenset(c["provocation_cues"]["conjunctions"]),
        causal_verbs=_with_particles(c["causal_verbs"]),
        passive_causal=frozenset(c["passive_causal_verbs"]),
        causal=causal,
        causal_weight={x["phrase"].lower(): float(x["weight"]) for x in c["causal_cues"]},
        clause_only=frozenset(
            x["phrase"].lower() for x in c["causal_cues"] if x.get("kind") == "clause"
        ),
        means=re.compile(rf"\b(?:{means})\b", re.IGNORECASE),
        locative=frozenset(c["locative_preps"]),
        deictic=re.compile(rf"(?:earlier |later )?{_alternation(c['deictic_times'])}", re.I),
        place_suffix=re.compile(rf"\s+{_alternation(c['place_suffixes'])}$", re.I),
        skip_line=re.compile("|".join(c["skip_line_patterns"]), re.IGNORECASE),
        subordinators=frozenset(c["subordinators"]),
        adjunct_preps=frozenset(c["adjunct_preps"]),
        occasion_heads=frozenset(c["occasion_heads"]),
        cause_nouns=frozenset(c["cause_nouns"]),
        circumstances=frozenset(c["circumstance_nouns"]),
        companion_nouns=frozenset(c["companion_nouns"]),
        states_of_mind=frozenset(c["states_of_mind"]),
        not_manner=frozenset(c["not_manner_adverbs"]),
        with_verbs=frozenset(c["with_argument_verbs"]),
        prompt_end=re.compile("|".join(c["prompt_end_patterns"]), re.IGNORECASE),
        time_anchor=re.compile(rf"\s+(?:just\s+)?{_alternation(c['time_anchors'])}\s+", re.I),
    )
