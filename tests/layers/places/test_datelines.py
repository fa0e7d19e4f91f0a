"""One dateline reader for the events' Locator and the main event: the dateline a text starts
with, and for the main event one after a title, a caption or a byline."""

from __future__ import annotations

import pytest

from newsevents.layers.places.datelines import datelines, read_dateline


@pytest.mark.parametrize(
    "text",
    [
        "TROMSO, Norway (AP)_ Fishermen blocked the harbour on Monday.",
        "TROMSO, Norway (AP) _\n\nFishermen blocked the harbour on Monday.",
        "TROMSO (AP) -- Fishermen blocked the harbour on Monday.",
        "TROMSO, Nov. 6 (Reuters) - Fishermen blocked the harbour on Monday.",
        "TROMSO: Fishermen blocked the harbour on Monday.",
        "Tromso, Norway (NTB) -- Fishermen blocked the harbour on Monday.",
    ],
)
def test_a_text_starting_with_a_dateline_names_its_place(text: str) -> None:
    line = read_dateline(text)
    assert line is not None
    assert text[line.start : line.end].upper() == "TROMSO"


def test_a_name_and_an_acronym_in_parentheses_are_no_dateline() -> None:
    assert read_dateline("Porto Alegre (PA) officials blocked the harbour on Monday.") is None


def test_a_dateline_after_a_title_or_a_byline_is_read_later() -> None:
    byline = "Harbour blocked By Ann Moe and Per Dahl TROMSO, Nov 6 (Reuters) - Fishermen blocked"
    assert read_dateline(byline) is None
    assert [d.name for d in datelines(byline)][:1] == ["TROMSO"]
    title = "Fishermen block a harbour.\n\nBERGEN - Fishermen blocked the harbour on Monday."
    assert [d.name for d in datelines(title)] == ["BERGEN"]


def test_words_in_capitals_before_a_remark_in_parentheses_are_no_later_dateline() -> None:
    text = "Results came in from states across the U.S. (all times local): 10:50 a.m."
    assert list(datelines(text)) == []
    assert list(datelines("The maker EADS N.V. (EADS) has bought a rival firm.")) == []
