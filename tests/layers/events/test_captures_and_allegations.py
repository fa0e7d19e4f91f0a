"""Words that tell no event of their own (issue 21, type precision), read through the whole
pipeline: "capture" in the sense of recording or collecting, no seizure
(ontology/data/event_lexicon.jsonl); an act only a private party alleges
(layers/events/abstain.py)."""

from __future__ import annotations

PUBLISHED = "2019-11-20"


def test_what_a_camera_captures_is_no_seizure(read) -> None:
    doc = read("Police kept back a second video, captured by a dashboard camera in the patrol car.")
    assert "COERCE" not in {e.plover for e in doc.events}
    doc = read("Scientists counted the dust particles captured by the probe over two years.")
    assert "COERCE" not in {e.plover for e in doc.events}
    # troops capturing a town still take it
    doc = read("Government troops captured the town of Kiri on Monday.")
    assert "COERCE" in {e.plover for e in doc.events}


def test_an_act_a_private_party_alleges_is_no_reported_act(read) -> None:
    doc = read("Maria Keller, a former nurse, has claimed that the Church of Unity imprisoned her.")
    assert "COERCE" not in {e.plover for e in doc.events}
    doc = read("Maria Keller has alleged that French police arrested her brother in Lyon.")
    assert [e.plover for e in doc.events] == ["ACCUSE"]
    # a state body's allegation tells the act as the article's own report
    doc = read("The French interior ministry alleged that police arrested her brother in Lyon.")
    assert "COERCE" in {e.plover for e in doc.events}
