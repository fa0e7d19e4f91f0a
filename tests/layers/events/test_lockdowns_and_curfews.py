"""A lockdown or a curfew imposed, introduced, ordered or extended by an authority is a
restriction on the people of a place (CAMEO 172 and 1723, PLOVER COERCE); lifting or easing one is
a concession (081); a lockdown that only frames another act is no act."""

from __future__ import annotations

from newsevents.records import Document

from .parties import coded

PUBLISHED = "2021-03-12"


def codes(doc: Document, prefix: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.cameo or "") for e in coded(doc, prefix)]


def test_a_lockdown_put_in_force_is_a_restriction(read) -> None:
    for text, trigger in (
        ("The regional governor extended the lockdown until the end of April.", "extended"),
        ("The cabinet introduced a national lockdown on Tuesday.", "introduced"),
        ("The mayor of Varna ordered a two-week lockdown.", "ordered"),
    ):
        found = codes(read(text), "172")
        assert (trigger, "172") in found, (text, found)


def test_a_curfew_implemented_or_clamped_is_a_curfew(read) -> None:
    for text, trigger in (
        ("The district police clamped an indefinite curfew on the old town.", "clamped"),
        ("The interior ministry implemented a night curfew in the border towns.", "implemented"),
    ):
        found = codes(read(text), "1723")
        assert (trigger, "1723") in found, (text, found)


def test_a_lockdown_lifted_is_eased(read) -> None:
    found = codes(read("The health minister lifted the lockdown on Monday."), "081")
    assert ("lifted", "081") in found, found


def test_a_lockdown_as_background_is_no_act(read) -> None:
    for text in (
        "Shops stayed closed during the lockdown.",
        "The break-in triggered a lockdown at the hospital.",
        "The firm introduced a new tablet.",
    ):
        doc = read(text)
        assert not codes(doc, "17") and not codes(doc, "08"), (text, codes(doc, ""))
