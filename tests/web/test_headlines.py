"""Event headlines: who, the verb in its modality, what, and to whom, built from an event row."""

from __future__ import annotations

import json

import pytest

from newsevents.ontology.loader import DataFileError, read_jsonl
from newsevents.web.headlines import _SCHEMA, headline, regular_forms, third_person

SEED_SENTENCE = (
    "President Joe Biden is heading to Italy for the G7 summit where he is expected to sign a "
    "long-term security agreement with Ukraine."
)


def _row(trigger: str, sentence: str, actors=(), recipients=(), **fields) -> dict:
    return {
        "trigger_text": trigger,
        "sentence_text": sentence,
        "actor_names": list(actors),
        "recipient_names": list(recipients),
        "modality": fields.pop("modality", "asserted"),
        **fields,
    }


def test_headline_of_the_seed_event_reads_as_a_sentence():
    row = _row("sign", SEED_SENTENCE, ["Joe Biden"], ["Ukraine"], modality="future",
               cameo="057", plover="SUPPORT")  # fmt: skip
    assert headline(row) == "Joe Biden to sign an agreement with Ukraine"


@pytest.mark.parametrize(
    ("modality", "expected"),
    [
        ("asserted", "Russia shells Ukraine"),
        ("future", "Russia to shell Ukraine"),
        ("hypothetical", "Russia may shell Ukraine"),
        ("negated", "Russia does not shell Ukraine"),
    ],
)
def test_headline_puts_the_verb_in_the_events_modality(modality, expected):
    row = _row("shelled", "Russian forces shelled Ukraine on Tuesday.", ["Russia"], ["Ukraine"],
               modality=modality, cameo="195", plover="ASSAULT")  # fmt: skip
    assert headline(row) == expected


def test_headline_agrees_with_several_actors_and_plural_groups():
    met = _row("met", "Brazil and China met in Brasilia.", ["Brazil", "China"], cameo="040")
    assert headline(met) == "Brazil and China meet"
    assert headline({**met, "modality": "negated"}) == "Brazil and China do not meet"
    police = _row("arrested", "Police arrested Ahmed Mohamed.", ["police"], ["Ahmed Mohamed"],
                  cameo="173")  # fmt: skip
    assert headline(police) == "Police arrest Ahmed Mohamed"
    states = _row("closed", "The United States closed its embassy.", ["United States"],
                  cameo="161")  # fmt: skip
    assert headline(states).startswith("United States closes")


def test_headline_takes_the_preposition_the_sentence_puts_before_the_recipient():
    row = _row("heading", SEED_SENTENCE, ["Joe Biden"], ["Italy"], cameo="042")
    assert headline(row) == "Joe Biden heads to Italy"
    clash = _row("clashed", "Protesters clashed with riot police.", ["Protesters"],
                 ["riot police"], cameo="190")  # fmt: skip
    assert headline(clash) == "Protesters clash with riot police"


def test_headline_of_a_noun_or_light_verb_trigger():
    invasion = _row("invasion", "the invasion of Georgia by Russia", ["Russia"], ["Georgia"],
                    cameo="192", plover="COERCE")  # fmt: skip
    assert headline(invasion) == "Russia invades Georgia"
    visit = _row("made his first official state visit",
                 "George W. Bush made his first official state visit to Canada.",
                 ["George W. Bush"], ["Canada"], cameo="042")  # fmt: skip
    assert headline(visit) == "George W. Bush makes his first official state visit to Canada"
    stepped = _row("step down", "Nardelli will step down.", ["Robert Nardelli"],
                   modality="future", cameo="0831")  # fmt: skip
    assert headline(stepped) == "Robert Nardelli to step down"


def test_headline_without_actor_or_known_verb_still_reads():
    row = _row("blitzkrieg", "", (), ["Ukraine"], cameo="190", plover="ASSAULT")
    assert headline(row) == "Someone attacks Ukraine"  # the PLOVER type's phrase
    assert headline(_row("", "", ["Kenya"])) == "Kenya acts"


def test_headline_resolves_irregular_and_inflected_verbs():
    withdrew = _row("withdrew", "Russia withdrew from Kherson.", ["Russia"], cameo="087")
    assert headline(withdrew) == "Russia withdraws"
    attacked = _row("attacked", "Rebels attacked the base.", ["rebels"], cameo="190")
    assert headline(attacked) == "Rebels attack"


def test_verb_forms_by_rule():
    assert third_person("reach") == "reaches" and third_person("deny") == "denies"
    assert third_person("go") == "goes" and third_person("sign") == "signs"
    assert {"banned", "banning", "bans"} <= set(regular_forms("ban"))
    assert {"promised", "promising"} <= set(regular_forms("promise"))
    assert {"visited", "visiting"} <= set(regular_forms("visit"))


def test_headline_words_file_is_checked(tmp_path):
    bad = tmp_path / "headline_words.jsonl"
    bad.write_text(json.dumps({"kind": "phrase", "key": "AGREE", "phrse": "agree"}) + "\n")
    with pytest.raises(DataFileError, match=r"headline_words.jsonl:1: unknown field"):
        read_jsonl("headline_words.jsonl", _SCHEMA, directory=tmp_path)


def test_headline_gives_an_intransitive_verb_its_preposition():
    row = _row("respond", '"We will respond," said Rustem Umerov.', ["Ukraine"], ["Russia"],
               modality="future", cameo="020")  # fmt: skip
    assert headline(row) == "Ukraine to respond to Russia"
    met = _row("met", "Wu Daiwei met Anami Koreshige in Beijing.", ["Wu Daiwei"],
               ["Anami Koreshige"], cameo="040")  # fmt: skip
    assert headline(met) == "Wu Daiwei meets with Anami Koreshige"
