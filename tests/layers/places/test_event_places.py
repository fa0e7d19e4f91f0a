"""Events take their place from the places layer: their own sentence, else none."""

from __future__ import annotations

import pytest

from newsevents.config import DEFAULT_STAGES, Settings
from newsevents.readers import make_article
from newsevents.records import Document

FULL = DEFAULT_STAGES[: DEFAULT_STAGES.index("events.rules.v1") + 1]


@pytest.fixture(scope="module")
def read():
    from newsevents.api import get_pipeline

    pipeline = get_pipeline(Settings(stages=FULL))

    def run(text: str) -> Document:
        return pipeline.run(make_article(text, published="2024-06-12", language="en", detect=False))

    return run


def test_an_event_is_placed_in_the_city_its_sentence_names(read) -> None:
    doc = read("Russian forces attacked a school in the Ukrainian city of Kharkiv on Tuesday.")
    locs = [ev.location for ev in doc.events if ev.location]
    assert locs, doc.events
    loc = locs[0]
    assert (loc.name, loc.country, loc.feature, loc.evidence) == (
        "Kharkiv",
        "UKR",
        "city",
        "sentence",
    )
    assert loc.geonames_id == 706483


def test_an_event_whose_sentence_names_no_place_gets_none(read) -> None:
    doc = read(
        "Protesters gathered in Paris on Monday. Later, the president met the union leaders."
    )
    met = [ev for ev in doc.events if ev.trigger.text.startswith("met")]
    assert met, doc.events
    assert met[0].location is None


def test_a_tally_over_the_year_takes_no_place_from_the_next_sentences_act(read) -> None:
    # "shot by police so far this year" sums up many shootings: the one the next sentence
    # places in Denver is not it told again
    doc = read(
        "Jones is one of 52 people shot by police so far this year. "
        "The officer who shot him in Denver was suspended."
    )
    tally = [ev for ev in doc.events if ev.sentence == 0 and ev.trigger.text == "shot"]
    assert tally, doc.events
    assert tally[0].location is None
