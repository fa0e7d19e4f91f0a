"""Loaders for the lexicons of the reading layers: time words, quantity units, quote cues,
main-event cues.

Each file under `ontology/data/` is a JSON object; `_about` says where its words come from.
A loader checks the shape once (a missing or mistyped key raises `ConfigError` naming the
file) and caches the parsed object, so stages read plain dicts and lists.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from ..errors import ConfigError

DATA = "newsevents.ontology.data"


# file -> required key -> expected JSON type of its value
_SHAPES: dict[str, dict[str, type]] = {
    "timex_words.json": {
        "months": dict,
        "weekdays": dict,
        "seasons": dict,
        "parts_of_day": dict,
        "number_words": dict,
        "vague_numbers": list,
        "ordinals": dict,
        "duration_units": dict,
        "relative_days": dict,
        "direction_words": dict,
        "ref_words": dict,
        "set_words": dict,
        "emphasis_words": list,
        "modifiers": dict,
        "holidays": dict,
    },
    "quantity_units.json": {
        "currency_symbols": dict,
        "currency_codes": list,
        "currency_names": dict,
        "scales": dict,
        "approximators": dict,
        "percent_words": dict,
        "measure_units": dict,
        "duration_units": dict,
        "number_words": dict,
        "vague_numbers": list,
        "name_patterns": list,
        "glued_name_patterns": list,
        "name_unit_suffixes": list,
        "measures_verbs": dict,
    },
    "quote_cues.json": {
        "reporting_verbs": list,
        "direct_cue_lemmas": list,
        "reporting_nouns": list,
        "according_to": list,
        "quote_pairs": list,
        "speaker_titles": list,
        "anonymous_heads": list,
        "term_cues": list,
    },
    "main_event_cues.json": {
        "reporting_verbs": list,
        "motion_verbs": list,
        "light_verbs": list,
        "bare_light_verbs": list,
        "non_actors": list,
        "blame_verbs": list,
        "causal_cues": list,
        "culprit_verbs": list,
        "reproach_nouns": list,
        "reaction_verbs": list,
        "casualty_words": list,
        "choice_verbs": list,
        "site_nouns": list,
        "provocation_cues": dict,
        "causal_verbs": list,
        "passive_causal_verbs": list,
        "means_cues": list,
        "locative_preps": list,
        "deictic_times": list,
        "place_suffixes": list,
        "skip_line_patterns": list,
        "subordinators": list,
        "adjunct_preps": list,
        "time_anchors": list,
        "occasion_heads": list,
        "cause_nouns": list,
        "circumstance_nouns": list,
        "companion_nouns": list,
        "states_of_mind": list,
        "not_manner_adverbs": list,
        "with_argument_verbs": list,
        "prompt_end_patterns": list,
    },
    "page_furniture.json": {
        "caption_markers": list,
        "credit_markers": list,
    },
}


def _load(name: str) -> dict[str, Any]:
    try:
        raw = resources.files(DATA).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"ontology data file {name} is missing") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{name}: not JSON ({exc.msg}, line {exc.lineno})") from exc
    check_shape(name, data)
    return data


def check_shape(name: str, data: Any) -> None:
    """Raise ConfigError unless `data` has every key of the file's shape, with its type."""
    if not isinstance(data, dict):
        raise ConfigError(f"{name}: expected a JSON object")
    for key, kind in _SHAPES.get(name, {}).items():
        if key not in data:
            raise ConfigError(f"{name}: missing key {key!r}")
        if not isinstance(data[key], kind):
            raise ConfigError(f"{name}: {key!r} must be a {kind.__name__}")


@cache
def timex_words() -> dict[str, Any]:
    """Month, weekday, season, unit, modifier and holiday words for time expressions."""
    return _load("timex_words.json")


@cache
def quantity_units() -> dict[str, Any]:
    """Currencies, scale words, approximators, measure units and patterns of names."""
    return _load("quantity_units.json")


@cache
def quote_cues() -> dict[str, Any]:
    """Reporting verbs and nouns, quote-mark pairs, speaker titles, anonymous sources."""
    return _load("quote_cues.json")


@cache
def main_event_cues() -> dict[str, Any]:
    """Verbs looked through, causal and purpose cues, means cues, locative prepositions."""
    return _load("main_event_cues.json")


@cache
def page_furniture() -> dict[str, Any]:
    """The labels a page prints before a caption ("Image caption") or a picture's credit."""
    return _load("page_furniture.json")
