"""A verb joined by "and" or "or" to a verb with a modal auxiliary, with no auxiliary or subject
of its own, is under that auxiliary too: "they will order a lathi charge or arrest us" tells an
arrest to come, not one made; a verb with its own auxiliary or subject, or joined by "but",
keeps its own mood."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2002-03-02"


def moods(doc: Document, word: str) -> list[str]:
    return [e.modality for e in doc.events if e.trigger.text.split()[0] == word]


def test_a_conjoined_verb_shares_the_modal_of_its_first_verb(read) -> None:
    doc = read("The police said they will order a baton charge or arrest the protesters.")
    assert moods(doc, "arrest") and "asserted" not in moods(doc, "arrest")
    doc = read("The rebels warned that they would shell and attack the garrison on Friday.")
    assert moods(doc, "attack") and "asserted" not in moods(doc, "attack")


def test_a_conjoined_verb_of_its_own_keeps_its_mood(read) -> None:
    doc = read("The police fired tear gas and arrested ten men on Sunday.")
    assert moods(doc, "arrested") == ["asserted"]
    doc = read("The police will guard the station, and the army arrested ten men on Sunday.")
    assert moods(doc, "arrested") == ["asserted"]
    doc = read("The police did not charge the crowd but arrested two men on Sunday.")
    assert moods(doc, "arrested") == ["asserted"]
