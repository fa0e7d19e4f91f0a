"""Event modality (issue 21, tenth session): an act that someone decides, chooses or agrees not
to do did not happen (coding guide, section 3: negated), while a decision to act stays future;
an agreement not to act is still an agreement, a commitment (future), not a negated one."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "2019-11-20"


def moods(doc: Document) -> set[tuple[str | None, str]]:
    return {(e.plover, e.modality) for e in doc.events}


def test_decided_not_to_act_is_negated(read) -> None:
    doc = read("The EU decided not to impose sanctions on Russia on Monday.")
    assert {m for _, m in moods(doc)} == {"negated"}
    doc = read(
        "The VHP decided not to go ahead with the yatra following talks with the government."
    )
    assert {m for _, m in moods(doc)} <= {"negated"}


def test_decided_to_act_stays_future(read) -> None:
    doc = read("The EU decided to impose sanctions on Russia on Monday.")
    assert ("THREATEN", "future") in moods(doc)
    doc = read("The NYPD has agreed not to conduct surveillance based on religion.")
    assert moods(doc) and "negated" not in {m for _, m in moods(doc)}
    # a refusal is itself an act (REJECT, asserted)
    doc = read("Iran refused to meet the inspectors.")
    assert ("REJECT", "asserted") in moods(doc)


def test_an_act_whose_subject_names_no_one_is_negated(read) -> None:
    for text in (
        "None of the rebels attacked the convoy.",
        "Neither France nor Germany has condemned the coup in Niger.",
        "The judge neither approved nor rejected the request of the prosecutors.",
    ):
        doc = read(text)
        assert doc.events and {m for _, m in moods(doc)} == {"negated"}, text
    # a subject that names someone keeps the act asserted
    assert moods(read("France has condemned the coup in Niger.")) == {("ACCUSE", "asserted")}
