"""The main event (5W1H) of parsed articles, with and without the event layer."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.extract.main_event import find_main_event
from newsevents.extract.timexes import find_timexes
from newsevents.ingest import make_article
from newsevents.records import Event, MainEvent, Span


@pytest.fixture(scope="module")
def read(pipeline):
    def run(text: str, published: str | None = "2016-11-08"):
        doc = pipeline.parser.parse(make_article(text, published=published))
        return replace(doc, timexes=tuple(find_timexes(doc)))

    return run


def answers(me: MainEvent | None) -> dict[str, str | None]:
    assert me is not None
    out: dict[str, str | None] = {}
    for q in ("who", "what", "when", "where", "why", "how"):
        a = getattr(me, q)
        out[q] = a.text if a else None
    return out


def test_main_event_reads_the_lead(read) -> None:
    doc = read(
        "Dozens of rescuers in China are trying to reach a five-year-old boy who fell down a "
        "well in Baoding on Sunday morning. The well had been left unused for five years."
    )
    got = answers(find_main_event(doc))
    assert got["who"] == "Dozens of rescuers"
    assert got["what"] == "are trying to reach a five-year-old boy"
    assert got["when"] == "Sunday morning"
    assert got["where"] == "Baoding"


def test_main_event_looks_through_reported_speech(read) -> None:
    doc = read(
        "A suicide bomber has rammed a truck into the German consulate in Mazar-i-Sharif, "
        "killing six civilians, officials said."
    )
    got = answers(find_main_event(doc))
    assert got["who"] == "A suicide bomber"
    assert got["what"] == "has rammed a truck into the German consulate"
    assert got["where"] == "Mazar-i-Sharif"


def test_main_event_finds_causes_and_means(read) -> None:
    doc = read(
        "The company changed the shape of its chocolate bars because of higher costs for "
        "ingredients. It did so by widening the gaps between the peaks."
    )
    got = answers(find_main_event(doc))
    assert got["why"] == "higher costs for ingredients"
    assert got["how"] is not None


def test_main_event_goes_from_travel_to_what_is_done_there(seed_doc) -> None:
    me = seed_doc.main_event
    got = answers(me)
    assert got["who"] is not None and "Biden" in got["who"]
    assert got["what"] is not None and "security agreement" in got["what"]
    assert got["where"] == "Italy"
    text = seed_doc.article.text
    for q in ("who", "what", "where"):
        a = getattr(me, q)
        assert text[a.start : a.end] == a.text


def test_main_event_takes_the_id_of_the_lead_event(read) -> None:
    doc = read("Rebels attacked a convoy near Goma on Tuesday. The army later shelled their camp.")
    trigger_at = doc.article.text.index("attacked")
    events = (
        Event("v2", Span(60, 67, doc.article.text[60:67]), 1, None, None),
        Event("v1", Span(trigger_at, trigger_at + 8, "attacked"), 0, None, None),
    )
    me = find_main_event(replace(doc, events=events))
    assert me is not None and me.event == "v1"
    assert find_main_event(doc).event is None  # type: ignore[union-attr]


def test_main_event_skips_captions_and_first_person_lines(read) -> None:
    doc = read(
        "Image copyright EPA Image caption The blast destroyed buildings.\n\n"
        "'I will never forget this day.'\n\n"
        "Felipe Massa bid farewell to the Brazilian Grand Prix in Sao Paulo."
    )
    got = answers(find_main_event(doc))
    assert got["who"] == "Felipe Massa"
