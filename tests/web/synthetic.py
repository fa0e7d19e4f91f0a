"""A made-up corpus for the explorer's charts: many actors with long names (for the network's
labels), every PLOVER type (for the timeline's colours), events over three weeks of June 2024
and one stray event dated 1824 (for the timeline's clipping).

Each article is one sentence, "<actor> <verb> <recipient> on <date>.", with one event; the
countries are fictional, so no actor has a country code.
"""

from __future__ import annotations

import datetime as dt

from newsevents.ontology.events import load_event_ontology
from newsevents.readers import make_article
from newsevents.records import Document, Entity, Event, EventDate, Mention, Span

SOURCE = "synthetic.example"
STRAY_DATE = "1824-05-01"
PLACES = ("Freedonia", "Sylvania", "Ruritania", "Latveria", "Genovia", "Elbonia", "Florin",
          "Guilder", "Zubrowka", "Borduria", "Syldavia", "Krakozhia")  # fmt: skip
ACTORS = tuple(
    name
    for place in PLACES
    for name in (f"Ministry of Foreign Affairs of {place}", f"Armed Forces of {place}")
)
# PLOVER type -> (CAMEO code, a verb that names it)
TYPES = {
    "AGREE": ("030", "promised"), "CONSULT": ("040", "met"), "SUPPORT": ("051", "praised"),
    "CONCEDE": ("080", "eased"), "COOPERATE": ("060", "cooperated"), "AID": ("070", "aided"),
    "RETREAT": ("087", "withdrew"), "REQUEST": ("020", "urged"), "ACCUSE": ("111", "criticized"),
    "REJECT": ("120", "rejected"), "THREATEN": ("130", "threatened"),
    "PROTEST": ("140", "protested"), "SANCTION": ("160", "sanctioned"),
    "MOBILIZE": ("150", "mobilized"), "COERCE": ("170", "coerced"),
    "ASSAULT": ("190", "attacked"),
}  # fmt: skip
N_EVENTS = 96


def _doc(actor: str, verb: str, recipient: str, date: str, plover: str, cameo: str) -> Document:
    text = f"{actor} {verb} {recipient} on {date}."
    article = make_article(text, title=f"{actor} {verb} {recipient}", published=date,
                           source=SOURCE)  # fmt: skip
    code = load_event_ontology().code(cameo)
    at = len(actor) + 1
    recipient_at = at + len(verb) + 1
    date_at = text.index(date)
    return Document(
        article=article,
        entities=(
            Entity("e1", actor, "ORG", (Mention(0, len(actor), actor, "name"),)),
            Entity(
                "e2",
                recipient,
                "ORG",
                (Mention(recipient_at, recipient_at + len(recipient), recipient, "name"),),
            ),
        ),
        events=(
            Event(
                "v1",
                Span(at, at + len(verb), verb),
                0,
                cameo,
                plover,
                quad_class=code.quad_class if code else None,
                goldstein=code.goldstein if code else None,
                actors=("e1",),
                recipients=("e2",),
                date=EventDate(date, date, date_at, date_at + len(date)),
                # above the page's default confidence threshold: every made-up event is shown
                confidence=0.9,
            ),
        ),
        layers=frozenset({"entities", "events"}),
    )


def synthetic_docs() -> list[Document]:
    """`N_EVENTS` events over 2024-06-01..21 between `ACTORS` (the first few in most of
    them), every PLOVER type, and one event dated `STRAY_DATE`."""
    types = list(TYPES.items())
    docs = []
    for i in range(N_EVENTS):
        actor = ACTORS[(i * i) % 7 if i % 3 else i % len(ACTORS)]
        recipient = ACTORS[(i * 5 + 3) % len(ACTORS)]
        if recipient == actor:
            recipient = ACTORS[(ACTORS.index(actor) + 1) % len(ACTORS)]
        plover, (cameo, verb) = types[i % len(types)]
        date = (dt.date(2024, 6, 1) + dt.timedelta(days=i % 21)).isoformat()
        docs.append(_doc(actor, verb, recipient, date, plover, cameo))
    docs.append(_doc(ACTORS[0], "met", ACTORS[5], STRAY_DATE, "CONSULT", "040"))
    return docs
