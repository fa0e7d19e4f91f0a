"""Two named actors joined by "and" acting each on their own: one event per party (issue 21).

`docs/coding-guide.md` (section 6, "Several actors joined by 'and'") codes parties joined by
"and" that act together as one event per acting party, except a meeting, which stays one event:
"Barr and Ross refused to hand over the documents" is a refusal by Barr and one by Ross; "both
Saudi Arabia and the United States have alleged Iranian involvement" an accusation by each; "the
American Civil Liberties Union of Montana and Native American Rights Fund filed a lawsuit" a
suit by each (article gold dev; "orders from Air Berlin and ALAFCO", "Bank of America and
Barclays pulled out of negotiations", article gold train).

The roles list every coordinated subject in `actors`; `split_coordinated` gives each of two such
parties an event of its own, the same in all else (id aside: trigger, sentence, code, target,
modality, place, date, evidence and confidence). It runs before `duplicates.merge_duplicates`,
so a party's act told again in another sentence merges with its own event. Only where both
parties are named parties of their own (a person, an organisation, a state; no group told by a
common noun, "automakers - Ford, Chrysler and General Motors", "Spanton and prosecutors") and the
parse joins them, and nothing else, as conjuncts in the event's sentence (`_conjoined`). A
meeting, an agreement (reached or signed), cooperation with no third party and an act told as
one of the parties with each other ("upgraded their diplomatic ties", `_reciprocal`) are one
act of the parties together ("Apple and ABC have agreed to a deal"), and stay one event
(`RECIPROCAL`, `RECIPROCAL_CAMEO`).
"""

from __future__ import annotations

from dataclasses import replace

from ...records import Event
from .arguments import Args

# parties that meet or agree do one act together, whatever the number (the guide's exception)
RECIPROCAL = frozenset({"CONSULT", "AGREE"})
# signing a formal agreement (PLOVER SUPPORT): "The USAF and Boeing have signed an interim
# agreement", "the United States and China had reached a trade agreement" (Wikinews, html pages)
RECIPROCAL_CAMEO = frozenset({"057"})
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE"})  # parties named by a proper name
# words that make an act of two parties a reciprocal one ("Czechia and Albania have upgraded
# their diplomatic ties", PLOVER GSR; "worked together", "accused each other")
TOGETHER = frozenset({"together", "jointly", "mutually"})
EACH_OTHER = ("each other", "one another")


def _reciprocal(a: Args, ev: Event) -> bool:
    """Whether the sentence tells the act as one of the parties with each other: "each other",
    "one another", the trigger's "together" or "jointly", or its object their own ("their
    ties", "their relations")."""
    toks = [t for t in a.tok if t.sent == ev.sentence]
    words = " ".join(t.text.lower() for t in toks)
    if any(f" {w} " in f" {words} " for w in EACH_OTHER):
        return True
    heads = {t.i for t in toks if ev.trigger.start <= t.start < ev.trigger.end}
    for t in toks:
        if t.head in heads and t.text.lower() in TOGETHER:
            return True
        if (
            t.head in heads
            and t.dep in ("dobj", "pobj", "nsubjpass")
            and any(a.tok[c].text.lower() == "their" for c in a.deps(t.i, "poss"))
        ):
            return True
    return False


def _conjoined(a: Args, ev: Event) -> bool:
    """Whether the parse joins the event's two actors, and nothing else, as conjuncts in the
    event's sentence ("Barr and Ross"): tokens linked by `conj`, each a token of one of the two
    actors. A list of three or more ("Iran, Russia and Syria have been pressuring the U.S.",
    "Saraki, Melaye and Murray-Bruce have dragged the Inspector-General to court": the article
    gold codes the first-named party alone) is left whole, and so is a pair with a third
    conjunct that is no named party ("by Quirin, Redouane, and an unidentified third officer")
    or a name the parse cut into conjuncts ("the Greek foreign minister and United Nations
    Educational, Scientific and Cultural Organization")."""
    if len(ev.actors) != 2:
        return False
    toks = [i for i in range(len(a.tok)) if a.tok[i].sent == ev.sentence]
    joined: dict[int, set[int]] = {i: {i} for i in toks}
    for i in toks:
        t = a.tok[i]
        if t.dep == "conj" and t.head in joined and joined[t.head] is not joined[i]:
            merged = joined[t.head] | joined[i]
            for j in merged:
                joined[j] = merged
    # the conjuncts of one list, each a party (conjuncts inside one name, "ALAFCO Aviation
    # Lease & Finance", are that party's)
    return any(
        len(group) > 1 and {a.entity(j) for j in group} == set(ev.actors)
        for group in {id(g): g for g in joined.values()}.values()
    )


def split_coordinated(a: Args, events: list[Event]) -> list[Event]:
    """`events` with each event of two coordinated named actors told once per actor, in order
    (ids `v3.1`, `v3.2` until the stage numbers them)."""
    types = {e.id: e.type for e in a.tree.entities.values()}
    out: list[Event] = []
    for ev in events:
        if (
            ev.plover in RECIPROCAL
            or ev.cameo in RECIPROCAL_CAMEO
            # parties that cooperate with no one else named cooperate with each other
            or (ev.plover == "COOPERATE" and not ev.recipients)
            or any(types.get(x) not in NAMED_TYPES for x in ev.actors)
            or not _conjoined(a, ev)
            or _reciprocal(a, ev)
        ):
            out.append(ev)
            continue
        out.extend(replace(ev, id=f"{ev.id}.{n}", actors=(x,)) for n, x in enumerate(ev.actors, 1))
    return out
