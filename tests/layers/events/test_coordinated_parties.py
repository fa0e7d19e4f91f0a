"""Several named parties joined by "and" acting each on their own: one event per party
(`docs/coding-guide.md`, "Several actors joined by 'and'"; `layers/events/parties.py`), a
meeting or an agreement one event, a list of three or more left whole."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2021-03-10"


def parties(doc: Document, plover: str) -> list[tuple[str, ...]]:
    names = {e.id: e.name for e in doc.entities}
    return [tuple(names[a] for a in e.actors) for e in doc.events if e.plover == plover]


def test_two_named_parties_refusing_are_two_refusals(read) -> None:
    doc = read("Boris Johnson and Emmanuel Macron refused to sign the treaty on Monday.")
    got = parties(doc, "REJECT")
    assert len(got) == 2 and all(len(p) == 1 for p in got), got
    assert {p[0] for p in got} == {"Boris Johnson", "Emmanuel Macron"}, got
    same = [e for e in doc.events if e.plover == "REJECT"]
    assert len({(e.trigger, e.sentence, e.cameo, e.modality, e.confidence) for e in same}) == 1


def test_both_states_accusing_are_two_accusations(read) -> None:
    doc = read("Both Japan and South Korea accused North Korea of firing missiles on Sunday.")
    got = parties(doc, "ACCUSE")
    assert sorted(p[0] for p in got if len(p) == 1) == ["Japan", "South Korea"], got


def test_a_meeting_of_two_parties_stays_one_event(read) -> None:
    doc = read("Joe Biden and Angela Merkel met in Berlin on Tuesday.")
    assert len([e for e in doc.events if e.plover == "CONSULT"]) == 1, parties(doc, "CONSULT")


def test_an_agreement_of_two_parties_stays_one_event(read) -> None:
    doc = read("Microsoft and Sony have agreed to a cloud gaming deal.")
    assert len([e for e in doc.events if e.plover == "AGREE"]) <= 1, parties(doc, "AGREE")


def test_a_list_of_three_parties_is_left_whole(read) -> None:
    doc = read("Iraq, Jordan and Egypt condemned the attack on the embassy on Friday.")
    got = [p for plover in ("ACCUSE", "PROTEST", "REJECT") for p in parties(doc, plover)]
    assert got and all(len(p) > 1 for p in got), got


def test_two_parties_reaching_or_signing_an_agreement_stay_one_event(read) -> None:
    for text in (
        "Canada and Chile signed a free trade agreement in Ottawa.",
        "The United States and Mexico reached a trade agreement on Friday.",
        "Airbus and Rolls-Royce signed a supply agreement on Wednesday.",
    ):
        doc = read(text)
        acts = [e for e in doc.events if e.trigger.text.split()[0] in ("signed", "reached")]
        assert len(acts) == 1 and len(acts[0].actors) == 2, (text, acts)


def test_two_parties_upgrading_their_ties_stay_one_event(read) -> None:
    doc = read("Peru and Bolivia have restored their diplomatic ties after a long break.")
    acts = [e for e in doc.events if e.trigger.text.split()[0] == "restored"]
    assert all(len(e.actors) == 2 for e in acts), [(e.cameo, e.actors) for e in acts]
