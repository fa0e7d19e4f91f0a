"""Making something compulsory or mandatory by order imposes a restriction on those it binds
(CAMEO 172, PLOVER COERCE restrict), the one who makes it so the source."""

from __future__ import annotations

from .parties import coded

PUBLISHED = "2021-03-12"


def test_made_compulsory_is_a_restriction(read) -> None:
    for text in (
        "The health ministry made face masks compulsory in all shops.",
        "A government decree made vaccination mandatory for teachers.",
        "The ministry made it mandatory for travellers to show a negative test.",
    ):
        found = [e.trigger.text for e in coded(read(text), "172")]
        assert "made" in found, (text, found)


def test_made_without_an_obligation_is_no_act(read) -> None:
    for text in (
        "The health ministry made face masks available in all shops.",
        "The ministry made it clear that travellers must show a negative test.",
    ):
        found = [e.trigger.text for e in coded(read(text), "17")]
        assert not found, (text, found)
