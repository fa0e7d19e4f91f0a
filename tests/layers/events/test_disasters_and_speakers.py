"""False events of disaster, accident and casualty news (issue 21, precision): the speaker of a
report is not the doer of what "it" did, and the dead of a reported toll are no attackers."""

from __future__ import annotations

from newsevents.records import Document

from .parties import names

PUBLISHED = "2019-11-20"


def actors_of(doc: Document, trigger: str) -> list[set[str]]:
    return [names(doc, e.actors) for e in doc.events if e.trigger.text.split()[0] == trigger]


def test_it_is_no_person_and_no_plural_speaker(read) -> None:
    doc = read(
        "A blaze swept through a textile depot in Khulna on Monday. "
        "Rescue officials said it killed eleven workers and hurt dozens more."
    )
    assert all("officials" not in " ".join(a).lower() for a in actors_of(doc, "killed"))
    doc = read("Governor Maria Alvarez said it would help thousands of farmers in the valley.")
    assert actors_of(doc, "help") in ([], [set()])
    # an organisation or a state "it" points back to stays the doer
    doc = read("The Hungarian government said it will support the proposal of the Commission.")
    assert any("Hungarian government" in " ".join(a) for a in actors_of(doc, "support"))
