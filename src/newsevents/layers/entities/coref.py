"""Rule-based coreference over the parse: pronouns, plural descriptions, definite nominals.

No coreference model installs offline, so this is a small Hobbs/Lappin-Leass-style resolver:

- pronouns ("he", "him", "his", "she", "it", "its", "they", "their") pick the best earlier
  mention within a few sentences that agrees in person/thing, gender and number. Candidates score
  by sentence distance, subjecthood and main-clause position; a non-reflexive object pronoun
  cannot be the subject of its own clause ("Biden ... will hold a news conference with him").
- plural descriptions with a number ("the two leaders", "both countries") take the N latest
  distinct entities of the kind the noun refers to (persons, countries).
- definite nominals ("the president", "the ministry", "the country") join the latest entity
  whose role or name carries the same word; otherwise they become an entity of their own.
"""

from __future__ import annotations

from ...ontology.actors import Agent
from ...ontology.normalize import norm
from ...ontology.reading import organisation_words, person_words
from ...records import Token
from .mentions import DETERMINERS, Draft, Evidence, MentionDraft, Pending
from .workspace import Workspace

PRONOUNS: dict[str, tuple[str, str | None, bool]] = {
    # word: (what it refers to, gender, plural)
    "he": ("PERSON", "M", False),
    "him": ("PERSON", "M", False),
    "his": ("PERSON", "M", False),
    "himself": ("PERSON", "M", False),
    "she": ("PERSON", "F", False),
    "her": ("PERSON", "F", False),
    "hers": ("PERSON", "F", False),
    "herself": ("PERSON", "F", False),
    "it": ("THING", None, False),
    "its": ("THING", None, False),
    "itself": ("THING", None, False),
    "they": ("ANY", None, True),
    "them": ("ANY", None, True),
    "their": ("ANY", None, True),
    "themselves": ("ANY", None, True),
}
REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
CAUSATIVE = frozenset(person_words()["causative_verbs"])
POSSESSIVE_PRON = frozenset({"his", "her", "its", "their", "hers"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
WINDOW = {"PERSON": 3, "THING": 0, "ANY": 1}  # sentences back a pronoun may look
NOMINAL_WINDOW = 5
FIRM = "BUS"
# nouns a text calls any business it has named by ('the company'): organisation_words.json
FIRM_NOUNS = frozenset(organisation_words()["firm_nouns"])
# Sectors whose titles a text varies for one named person ('general', 'commander', 'the military
# official'): a nominal subject of these joins the one person of its sector. Not GOV ('the
# President' is the head of state, not the spokeswoman just named) nor JUD ('the political
# counselor' is not the lawyer just named): on the Wikinews and HTML pages those joins were wrong.
ARMED = frozenset({"MIL", "REB", "COP", "SPY"})
# Adjectives that do not tell two referents apart ('the new government' is the government).
NEUTRAL = frozenset(
    [
        "new",
        "current",
        "incumbent",
        "top",
        "senior",
        "same",
        "interim",
        "acting",
        "whole",
        "entire",
        "local",
        "national",
        "year",  # 'the 89-year-old general'
        "old",
        "month",
    ]
)


# -- resolution -------------------------------------------------------------------------------


def resolve(ws: Workspace) -> None:
    for p in ws.pending_plurals:
        plural_description(ws, p)
    for p in ws.pending_nominals:
        definite_nominal(ws, p)
    for i, t in enumerate(ws.tok):
        if t.pos == "PRON" and t.text.lower() in PRONOUNS and i not in ws.owner:
            pronoun(ws, i)


def _mentions_before(ws: Workspace, at: int, sentences: int) -> list[tuple[MentionDraft, Draft]]:
    """Mentions whose head precedes token `at`, within `sentences` sentences, latest first."""
    sent = ws.tok[at].sent
    out = [
        (m, d)
        for d in ws.drafts.values()
        for m in d.mentions
        if m.head < at and sent - ws.tok[m.head].sent <= sentences
    ]
    out.sort(key=lambda md: -md[0].head)
    return out


def _is_country(d: Draft, ws: Workspace) -> bool:
    return d.type == "GPE" and d.key.startswith("C:") and len(d.country or "") == 3


def plural_description(ws: Workspace, p: Pending) -> None:
    found: list[Draft] = []
    for _m, d in _mentions_before(ws, p.first, 2):
        ok = (
            d.type == "PERSON"
            if p.refers == "PERSON"
            else _is_country(d, ws)
            if p.refers == "GPE"
            else d.type == "PERSON" or _is_country(d, ws)
        )
        if ok and not d.plural and d not in found:
            found.append(d)
        if len(found) == p.count:
            break
    if len(found) < p.count:
        return
    for d in found:
        ws.add_mention(d, p.first, p.last, "nominal", head=p.head, own=False)
    ws.owner.setdefault(p.head, found[0])


def definite_nominal(ws: Workspace, p: Pending) -> None:
    word = norm(ws.tok[p.head].lemma)
    content = [
        ws.low(x)
        for x in range(p.first, p.head)
        if ws.tok[x].pos in ("NOUN", "PROPN", "ADJ")
        and ws.low(x) not in NEUTRAL
        and not _status(ws, x)
    ]
    for _m, d in _mentions_before(ws, p.first, NOMINAL_WINDOW):
        if content and not _has_words(d, content):
            continue  # 'the pro-government candidate' is not 'the opposition candidate'
        if _same_kind(ws, d, p.refers, p.agent, word):
            ws.add_mention(d, p.first, p.last, "nominal", head=p.head)
            return
    if (officer := _only_person_of_sector(ws, p)) is not None:
        ws.add_mention(officer, p.first, p.last, "nominal", head=p.head)
        return
    agent = p.agent
    if p.refers == "GPE" or agent.needs_modifier or not (agent.sector or agent.default):
        return
    kind = "ORG" if p.refers == "ORG" else "PERSON"
    text = ws.phrase(p.first, p.last)
    d = ws.draft(f"G:{norm(text)}", kind, text)
    d.agent = agent
    start = next(x for x in range(p.first, p.last + 1) if ws.low(x) not in DETERMINERS)
    d.evidence.append(Evidence(roles=[ws.phrase(start, p.last)]))
    ws.add_mention(d, p.first, p.last, "nominal", head=p.head)


def _only_person_of_sector(ws: Workspace, p: Pending) -> Draft | None:
    """The one named person of the nominal's sector (`ARMED`) in the sentences before a
    nominal subject: 'Iran's top general Hossein Salami ... The commander said', 'Hossein
    Salami ... The top general said' ('general' and 'commander' are both MIL). Two such people,
    or a former one, and the nominal stays its own entity."""
    sector = p.agent.sector or p.agent.default
    if p.refers != "PERSON" or sector not in ARMED:
        return None
    if ws.tok[p.head].dep not in SUBJECTS:
        return None  # 'The commander said', not '... met the commander'
    found: list[Draft] = []
    for _m, d in _mentions_before(ws, p.first, NOMINAL_WINDOW):
        if d.type != "PERSON" or d.plural or not d.key.startswith(("P:", "K:")) or d in found:
            continue
        if d.surname is None and d.known is None:
            continue  # a description of its own, not a named person
        found.append(d)
    same = [d for d in found if sector in _sectors(d)]
    if len(same) != 1 or any(ev.former for ev in same[0].evidence):
        return None
    return same[0]


def _sectors(d: Draft) -> set[str]:
    """The sectors a person's titles name ('general' MIL, 'commander' MIL by default)."""
    return {s for ev in d.evidence for s in [*ev.sectors, *(w.default for w in ev.weak)] if s}


def _status(ws: Workspace, x: int) -> bool:
    agent = ws.lex.agent(ws.low(x))
    return agent is not None and agent.kind == "status"


def _has_words(d: Draft, words: list[str]) -> bool:
    have = {w for r in [*d.roles(), d.name] for w in norm(r).split()}
    return all(w in have for w in words)


def _same_word(word: str, have: list[str]) -> bool:
    """'general' and 'Gen.', 'senator' and 'Sen.': a title and its abbreviation."""
    return any(
        w == word or (len(w) >= 3 and len(word) >= 3 and (word.startswith(w) or w.startswith(word)))
        for w in have
    )


def _same_kind(ws: Workspace, d: Draft, refers: str, agent: Agent, word: str) -> bool:
    if refers == "GPE":
        return _is_country(d, ws)
    if refers == "PERSON":
        words = [w for r in d.roles() for w in norm(r).split()]
        return d.type == "PERSON" and _same_word(word, words)
    names = [norm(d.name)] + ([d.agent.term] if d.agent else [])
    if d.type in ("ORG", "GROUP") and any(word in n.split() for n in names):
        return True
    # 'the company', 'the firm': the business the passage last named ('General Motors ... the
    # company said'), whatever its name says
    return word in FIRM_NOUNS and d.type == "ORG" and _is_firm(d)


def _is_firm(d: Draft) -> bool:
    if d.agent is not None and FIRM in (d.agent.sector, d.agent.default):
        return True
    return d.known is not None and any(w.sector == FIRM for w in d.known.windows)


def clause_subject(ws: Workspace, i: int) -> int | None:
    """The subject token of the clause token i sits in (conjoined verbs, controlled infinitives
    and subjectless adjuncts share their head's)."""
    tok = ws.tok
    j = tok[i].head
    seen = 0
    while seen < 12:
        t = tok[j]
        if t.pos in ("VERB", "AUX"):
            break
        if t.head == j:
            return None
        j, seen = t.head, seen + 1
    for _ in range(6):
        subj = ws.tree.children_by_dep(j, *SUBJECTS)
        if subj:
            return subj[0]
        if _caused(tok[j]):
            return None  # "..., enabling him to ...": the adjunct tells what the clause caused
        # "police ..., pinning 800 students inside and threatened to use ammunition on them":
        # a participial adjunct with no subject of its own is its main clause's subject's
        if tok[j].dep in ("conj", "xcomp", "advcl") and tok[j].head != j:
            j = tok[j].head
            continue
        return None
    return None


def _caused(t: Token) -> bool:
    """A causative adjunct: a participle ("..., enabling him to", "..., making him the third")
    or an infinitive of purpose ("needed it to help move him")."""
    if norm(t.lemma) not in CAUSATIVE:
        return False
    return (t.tag == "VBG" and t.dep in ("advcl", "conj")) or (t.tag == "VB" and t.dep == "advcl")


def pronoun(ws: Workspace, i: int) -> None:
    t = ws.tok[i]
    word = t.text.lower()
    what, gender, plural = PRONOUNS[word]
    if word == "it" and (t.dep not in ("nsubj", "dobj", "pobj") or ws.tok[t.head].lemma == "be"):
        return  # pleonastic or predicative "it"
    subject = clause_subject(ws, i)
    subject_owner = ws.owner.get(subject) if subject is not None else None
    best: tuple[float, Draft] | None = None
    seen: set[str] = set()
    for m, d in _mentions_before(ws, i, WINDOW[what]):
        if d.key in seen or not _agrees(d, what, gender, plural):
            continue
        seen.add(d.key)
        if word in REFLEXIVE and d is not subject_owner:
            continue
        if word not in REFLEXIVE and word not in POSSESSIVE_PRON and d is subject_owner:
            continue  # "Biden will meet Zelenskyy and hold a conference with him"
        if what == "ANY" and ws.tok[m.head].sent != t.sent and ws.tok[m.head].dep not in SUBJECTS:
            continue  # "they" reaches back one sentence only to its subject
        score = _salience(ws, m, i)
        if best is None or score > best[0]:
            best = (score, d)
    cataphor = _cataphora(ws, i, what, gender)
    if cataphor is not None:
        best = (0.0, cataphor)
    if best is None:
        return
    d = best[1]
    if what == "PERSON" and d.gender is None and word in ("he", "she"):
        d.gender = gender  # learnt from subjects only: a wrong 'his' should not spread
    ws.add_mention(d, i, i, "pronoun")


def _cataphora(ws: Workspace, i: int, what: str, gender: str | None) -> Draft | None:
    """'Discussing his concern, Prime Minister Najib Razak said ...': the subject that follows.

    Only for a pronoun inside a clause or phrase that opens the sentence, before its subject.
    """
    tok = ws.tok
    if what != "PERSON":
        return None
    root = i
    while tok[root].head != root and tok[tok[root].head].dep != "ROOT":
        root = tok[root].head
    if tok[root].dep not in ("advcl", "prep", "npadvmod") or tok[root].head == root:
        return None
    verb = tok[root].head
    subj = [c for c in ws.tree.children_by_dep(verb, *SUBJECTS) if c > i]
    if not subj or any(c < i for c in ws.tree.children_by_dep(verb, *SUBJECTS)):
        return None
    d = ws.owner.get(subj[0])
    if d is None:
        for c in ws.tree.children_by_dep(subj[0], "appos"):
            d = d or ws.owner.get(c)
    if d is not None and _agrees(d, what, gender, False):
        return d
    return None


def _agrees(d: Draft, what: str, gender: str | None, plural: bool) -> bool:
    if what == "PERSON":
        return d.type == "PERSON" and not d.plural and (d.gender in (None, gender))
    if what == "THING":
        return d.type in ("ORG", "GPE") and not d.plural
    return d.plural and d.type in ("GROUP", "NORP")


def _salience(ws: Workspace, m: MentionDraft, at: int) -> float:
    tok = ws.tok
    h = tok[m.head]
    distance = tok[at].sent - h.sent
    score = -3.0 * distance - 0.01 * (at - m.head)
    role = h
    if h.dep == "appos" and tok[h.head].dep in SUBJECTS:
        role = tok[h.head]  # 'His father, Mohamed El-Hassan Mohamed, said'
    if role.dep in SUBJECTS:
        score += 2.0
        if tok[role.head].dep == "ROOT":
            score += 1.0
    if m.kind == "pronoun":
        score += 0.5
    return score
