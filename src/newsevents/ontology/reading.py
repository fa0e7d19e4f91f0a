"""Loaders for the lexicons of the reading layers: number words, time words, quantity units,
quote cues, main-event cues, page furniture, the confidence of each kind of actor evidence.

Each file under `ontology/data/` is a JSON object; `_about` says where its words come from.
A loader checks the shape once (a missing or mistyped key raises `ConfigError` naming the
file) and caches the parsed object, so stages read plain dicts and lists. Number words live
in `number_words.json` alone: the quantity and time layers read them through one reader
(`layers/quantities/numbers.py`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

from ..errors import ConfigError

DATA = "newsevents.ontology.data"


_NUMBER = (int, float)

# file -> required key -> expected JSON type of its value, or (type, types of its items)
_SHAPES: dict[str, dict[str, type | tuple[type, tuple[type, ...]]]] = {
    "number_words.json": {
        "words": (dict, _NUMBER),
        "scales": (dict, _NUMBER),
        "vague": (list, (str,)),
    },
    "timex_words.json": {
        "months": dict,
        "weekdays": dict,
        "seasons": dict,
        "decade_words": dict,
        "parts_of_day": dict,
        "ordinals": dict,
        "duration_units": dict,
        "relative_days": dict,
        "direction_words": dict,
        "ref_words": dict,
        "set_words": dict,
        "emphasis_words": list,
        "modifiers": dict,
        "holidays": dict,
        "zone_abbreviations": (list, (str,)),
        "span_start_words": (list, (str,)),
    },
    "quantity_units.json": {
        "currency_symbols": dict,
        "currency_codes": list,
        "currency_names": dict,
        "approximators": dict,
        "percent_words": dict,
        "measure_units": dict,
        "duration_units": dict,
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
    "product_makers.json": {
        "makers": dict,
        "aircraft_nouns": (list, (str,)),
        "purchase_verbs": (list, (str,)),
        "deal_nouns": (list, (str,)),
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
    "place_words.json": {
        "compass": (list, (str,)),
        "compass_hyphenated": (list, (str,)),
        "generic_division_words": (list, (str,)),
        "named_after": (list, (str,)),
        "street_words": (list, (str,)),
        "compass_short": (dict, (str,)),
        "division_nouns": (list, (str,)),
        "nation_adjectives": (dict, (str,)),
        "water_words": (list, (str,)),
        "name_abbreviations": (dict, (str,)),
        "saint_titles": (list, (str,)),
        "school_words": (list, (str,)),
        "us_office_words": (list, (str,)),
        "not_us_after": (dict, (list,)),
        "us_state_titles": (list, (str,)),
        "us_state_bodies": (list, (str,)),
        "many_states_words": (list, (str,)),
        "many_states_scopes": (list, (str,)),
        "state_nouns": (list, (str,)),
        "arabic_countries": (list, (str,)),
        "arabic_spellings": (dict, (str,)),
        "arabic_place_words": (list, (str,)),
        "descent_nations": (list, (str,)),
        "descent_communities": (list, (str,)),
    },
    "organisation_words.json": {
        "legal_forms": (list, (str,)),
        "registered_forms": (list, (str,)),
        "firm_words": (list, (str,)),
        "firm_nouns": (list, (str,)),
        "firm_parties": (list, (str,)),
        "custody_places": (list, (str,)),
        "diplomatic_missions": (list, (str,)),
        "mastheads": (list, (str,)),
        "trade_words": (list, (str,)),
        "trade_not_naming": (list, (str,)),
    },
    "person_words.json": {
        "us_party_titles": (dict, (list,)),
        "expertise": (list, (str,)),
        "company_nouns": (list, (str,)),
        "suspect_verbs": (list, (str,)),
        "causative_verbs": (list, (str,)),
        "plain_people": (list, (str,)),
        "police_roles": (list, (str,)),
        "police_words": (list, (str,)),
        "family_name_first": (list, (str,)),
        "named_for": (list, (str,)),
        "charge_voicers": (list, (str,)),
        "charge_verbs": (list, (str,)),
        "post_verbs": (list, (str,)),
        "owner_verbs": (list, (str,)),
        "market_roles": (list, (str,)),
        "field_words": (list, (str,)),
        "state_only_roles": (list, (str,)),
        "party_lawyers": (list, (str,)),
    },
    "naming_words.json": {
        "verbs": (list, (str,)),
        "disapproval": (list, (str,)),
        "judging_verbs": (list, (str,)),
        "condemnation": (list, (str,)),
        "condemnation_valence": float,
        "criticism_code": str,
        "threshold": float,
        "valence": (dict, _NUMBER),
    },
    "sports_words.json": {
        "cues": (list, (str,)),
        "min_cues": int,
        "state_sectors": (list, (str,)),
        "team_words": (list, (str,)),
        "club_peoples": (list, (str,)),
    },
    "genre_words.json": {
        "cues": (list, (str,)),
        "min_cues": int,
    },
    "event_circumstances.json": {
        "place_prepositions": (list, (str,)),
        "motion_prepositions": (list, (str,)),
        "motion_verbs": (list, (str,)),
        "visit_verbs": (list, (str,)),
        "arrival_verbs": (list, (str,)),
        "place_nouns": (list, (str,)),
        "city_nouns": (list, (str,)),
        "other_locative_prepositions": (list, (str,)),
        "site_verbs": (list, (str,)),
        "site_nouns": (list, (str,)),
        "site_prepositions": (list, (str,)),
        "copresence_prepositions": (list, (str,)),
        "motion_nouns": (list, (str,)),
        "simultaneous_prepositions": (list, (str,)),
        "court_nouns": (list, (str,)),
        "court_sequence_prepositions": (list, (str,)),
        "district_directions": (list, (str,)),
        "court_parties": (list, (str,)),
        "incident_nouns": (list, (str,)),
        "outcome_verbs": (list, (str,)),
        "fronted_subordinators": (list, (str,)),
        "shifted_auxiliaries": (list, (str,)),
        "capital_nouns": (list, (str,)),
        "narrative_roots": (list, (str,)),
        "later_adverbs": (list, (str,)),
        "story_roots": (list, (str,)),
        "story_date_roots": (list, (str,)),
        "occurrence_verbs": (list, (str,)),
        "occasion_nouns": (list, (str,)),
        "anaphoric_determiners": (list, (str,)),
        "party_designations": (list, (str,)),
        "clause_subordinators": (list, (str,)),
        "span_to_now_modifiers": (list, (str,)),
        "span_to_now_units": (list, (str,)),
        "span_to_now_prepositions": (list, (str,)),
        "aerial_prepositions": (list, (str,)),
        "aerial_acts": (list, (str,)),
        "commitment_verbs": (list, (str,)),
        "commitment_roots": (list, (str,)),
    },
    "abstention_words.json": {
        "condition_marks": (list, (str,)),
        "future_markers": (list, (str,)),
        "asking_if_words": (list, (str,)),
        "warning_verbs": (list, (str,)),
        "investment_verbs": (list, (str,)),
        "permission_verbs": (list, (str,)),
        "host_noise": (list, (str,)),
        "deontic_modals": (list, (str,)),
        "breach_verbs": (list, (str,)),
        "claim_marks": (list, (str,)),
        "view_verbs": (list, (str,)),
        "desire_words": (list, (str,)),
        "assent_verbs": (list, (str,)),
        "assent_preps": (list, (str,)),
        "held_relations": (list, (str,)),
        "attitude_verbs": (list, (str,)),
        "pending_marks": (list, (str,)),
        "struggle_verbs": (list, (str,)),
        "struggle_preps": (list, (str,)),
        "opponent_preps": (list, (str,)),
        "armed_words": (list, (str,)),
        "tip_words": (list, (str,)),
        "campaign_words": (list, (str,)),
        "protest_words": (list, (str,)),
        "evasion_verbs": (list, (str,)),
    },
    "death_words.json": {
        "killing_verbs": (list, (str,)),
        "wounding_verbs": (list, (str,)),
        "victim_verbs": (list, (str,)),
        "phrasal_killing_verbs": (dict, (str,)),
        "death_verbs": (list, (str,)),
        "dead_words": (list, (str,)),
        "leave_verbs": (list, (str,)),
        "death_nouns": (list, (str,)),
        "means_prepositions": (list, (str,)),
        "means_subordinators": (list, (str,)),
        "near_adverbs": (list, (str,)),
        "nobody_words": (list, (str,)),
        "victim_nouns": (list, (str,)),
        "not_victims": (list, (str,)),
        "single_pronouns": (list, (str,)),
        "violent_types": (list, (str,)),
    },
    "irregular_verbs.json": {
        "forms": (dict, (str,)),
        "transitive_only": (list, (str,)),
    },
    "page_furniture.json": {
        "caption_markers": list,
        "credit_markers": list,
    },
    "evidence_confidence.json": {
        "country": (dict, _NUMBER),
    },
    "event_confidence.json": {
        "bias": float,
        "prior": float,
        "default_min_confidence": float,
        "weights": (dict, _NUMBER),
        "entries": (dict, _NUMBER),
        "types": (dict, _NUMBER),
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
    for key, shape in _SHAPES.get(name, {}).items():
        kind, items = shape if isinstance(shape, tuple) else (shape, None)
        if key not in data:
            raise ConfigError(f"{name}: missing key {key!r}")
        if not isinstance(data[key], kind):
            raise ConfigError(f"{name}: {key!r} must be a {kind.__name__}")
        values = data[key].values() if isinstance(data[key], dict) else data[key]
        if items and not all(isinstance(v, items) and not isinstance(v, bool) for v in values):
            raise ConfigError(f"{name}: {key!r} must hold {'/'.join(t.__name__ for t in items)}")


def _lexicon(name: str, about: str) -> Callable[[], dict[str, Any]]:
    """The cached loader of one data file."""

    def load() -> dict[str, Any]:
        return _load(name)

    load.__name__ = load.__qualname__ = name.removesuffix(".json")
    load.__doc__ = about
    return cache(load)


number_words = _lexicon(
    "number_words.json", "Numbers in words, scale words (million, bn) and vague amounts."
)
timex_words = _lexicon(
    "timex_words.json",
    "Month, weekday, season, unit, modifier and holiday words for time expressions.",
)
quantity_units = _lexicon(
    "quantity_units.json", "Currencies, approximators, measure units and patterns of names."
)
quote_cues = _lexicon(
    "quote_cues.json",
    "Reporting verbs and nouns, quote-mark pairs, speaker titles, anonymous sources.",
)
main_event_cues = _lexicon(
    "main_event_cues.json",
    "Verbs looked through, causal and purpose cues, means cues, locative prepositions.",
)
place_words = _lexicon(
    "place_words.json",
    "Compass words and their short forms, words no division is named by alone, what is named "
    "after a place, the last words of a street's name, the nouns after a division's name, the "
    "UK nations' adjectives, the words of a US-only office ('County Sheriff'), the titles "
    "that make a name a US state's ('Gov.') and the words that make a group one of several "
    "states ('international forces', 'governments of the region').",
)
organisation_words = _lexicon(
    "organisation_words.json",
    "The legal forms and group words a company's name ends with ('Inc.', 'Corporation', 'PLC'), "
    "the last words that make a name a firm of finance ('Partners', 'Capital'), and the nouns "
    "a text calls any firm it has named by ('the company').",
)
person_words = _lexicon(
    "person_words.json",
    "US party words before an elected office ('Republican Gov.'), nouns of country experts, "
    "causative verbs for pronoun binding.",
)
sports_words = _lexicon(
    "sports_words.json",
    "Words that tell a sports report, the words whose game sense it uses, and the sectors of "
    "parties that keep an act an event there.",
)
genre_words = _lexicon(
    "genre_words.json",
    "Words that tell an article of a non-news genre (a product, film, music or book review, a "
    "shopping page), where only acts of a state, armed or political party are events.",
)
event_circumstances = _lexicon(
    "event_circumstances.json",
    "Place prepositions, motion, visit and arrival verbs and place nouns by which the event layer "
    "reads an event's place.",
)
abstention_words = _lexicon(
    "abstention_words.json",
    "Condition marks, the words after which 'if' means 'whether', warning and investment verbs "
    "and the labels of a web host that name no outlet, by which the event layer abstains "
    "(layers/events/abstain.py).",
)
death_words = _lexicon(
    "death_words.json",
    "Killing and dying verbs, 'dead' and 'to death', the prepositions and subordinators that tie "
    "an act to a death, and the words that say no one died (layers/events/deaths.py).",
)
irregular_verbs = _lexicon(
    "irregular_verbs.json",
    "Irregular past and past-participle forms of the event lexicon's verbs ('forgave' -> "
    "'forgive'), read when the lemmatizer keeps such a form as its own lemma.",
)
naming_words = _lexicon(
    "naming_words.json",
    "Verbs that name their object ('called the move a disgrace'), the code and threshold of a "
    "naming that criticises, and English word valences (VADER sentiment lexicon, MIT).",
)
page_furniture = _lexicon(
    "page_furniture.json",
    'The labels a page prints before a caption ("Image caption") or a picture\'s credit.',
)
product_makers = _lexicon(
    "product_makers.json",
    "Airliner makers and their models, the plain nouns of an airliner, the verbs of buying and "
    "what is signed to buy: who a purchase is aimed at (layers/events/sellers.py).",
)
event_confidence = _lexicon(
    "event_confidence.json",
    "The logistic model of an event's confidence: weights of its evidence, the dev precision of "
    "each trigger entry and PLOVER type, and the default threshold (layers/events/confidence.py).",
)


def default_min_confidence() -> float:
    """The event confidence `query`, `export` and the web page filter on unless told otherwise,
    chosen on the whole-article gold's dev part (`event_confidence.json`)."""
    return float(event_confidence()["default_min_confidence"])


evidence_confidence = _lexicon(
    "evidence_confidence.json",
    "How often each kind of evidence for an actor's country was right on the dev sets.",
)
