"""Event type precision on 1990s wire news (TBAQ) and political news (PolNeAR): what an
"until" clause in the present bounds has not happened; "seize" a chance or "seize on" a remark
takes nothing; a plan that "calls for" something asks no party; declining to discuss is
declining to speak."""

from __future__ import annotations

from newsevents.records import Document

PUBLISHED = "1998-02-20"


def plover_types(doc: Document) -> set[str]:
    return {e.plover for e in doc.events if e.plover}


def test_an_until_clause_in_the_present_tells_no_act(read) -> None:
    doc = read(
        "The sanctions are designed to isolate and strangle the regime until it retreats "
        "from the province."
    )
    assert "RETREAT" not in plover_types(doc)
    doc = read(
        "NATO says there is no hope of peace until economic sanctions force Milosevic to "
        "withdraw his army."
    )
    assert "RETREAT" not in plover_types(doc)


def test_an_until_clause_in_the_past_stays_an_act(read) -> None:
    doc = read("The rebels shelled the town until the army retreated from the port on Monday.")
    assert "RETREAT" in plover_types(doc)
