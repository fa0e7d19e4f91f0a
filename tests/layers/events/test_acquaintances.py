"""A private person who "meets" someone, with the one met as the object, makes an acquaintance,
no consultation between actors (issue 21, precision); "met with" an official stays a meeting.
Read through the whole pipeline."""

from __future__ import annotations

from .parties import coded

PUBLISHED = "2019-11-20"


def test_private_person_meeting_someone_is_no_consultation(read) -> None:
    doc = read("In 1961 Anna Berg met a young police officer at a dance hall in Oslo.")
    assert coded(doc, "04") == []


def test_meeting_with_an_official_stays(read) -> None:
    doc = read("Activist Maria Lopez met with Interior Minister Jean Dupont in Paris on Monday.")
    assert coded(doc, "040")
