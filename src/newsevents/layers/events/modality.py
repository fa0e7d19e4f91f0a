"""Did the text say the event happened, will happen, might happen, or did not happen?

Read from the trigger's own clause (auxiliaries, negation, "if"/"whether") and from the governors
above it up to the first reporting verb ("is expected to", "plans to", "refused to", "denied").
A reporting verb is a boundary: "has not made clear whether he would ..." negates the statement,
not the event; its "whether" makes the event hypothetical. "would" under a past-tense reporting
verb is the future of indirect speech ("said it would allow"). An auxiliary before its subject
asks a yes/no question ("Did Russia bomb the hospital?") or opens a conditional ("Had the police
arrived, ..."): both hypothetical (coding guide, section 3: "conditional ... asked about").

The `commitment` flag separates the actor's own future ("will sign", "plans to sign") from an
outside expectation ("is expected to sign", "is scheduled to"): PLOVER codes the first as AGREE.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...ontology.codebook import Governor
from .arguments import Args

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})  # "wo" is spaCy's "won't"
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "can", "ca", "must"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "nt"})
CONDITIONS = frozenset({"if", "unless", "whether"})
# A subject that names no one makes its clause's act one not done: "Nobody was injured", "None
# of the protesters were detained", "No one was arrested", "Neither Clinton nor her allies have
# been charged" (the determiner "no" or "neither" on the subject); "The court neither approves
# nor disapproves" ("neither" on the verb, "nor" on its conjunct). Instances: TBAQ (NYT, "neither
# approves nor disapproves"), PolNeAR (Breitbart, "Neither Clinton nor her allies have been
# charged"), ECB+ and Wikinews texts ("No one was injured", "Neither company made any official
# statement"); coding guide, section 3: an act the text says did not happen is negated.
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither", "no-one", "noone"})
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
# Governors whose future is somebody else's expectation, not the actor's commitment; "be to" is
# an arrangement made for the act ("is to be sentenced", "are to be closed"), not the actor's own.
EXPECTATION = frozenset(
    {"expect", "schedule", "set", "due", "poised", "likely", "about", "go", "be"}
)
# Modifiers that make a nominal event future or hypothetical: "the planned visit".
NOMINAL_FUTURE = frozenset(
    {"planned", "upcoming", "scheduled", "expected", "forthcoming", "future"}
)
# "avoids a feared veto", "the threatened strike": feared or threatened, not (yet) done
NOMINAL_HYPOTHETICAL = frozenset(
    {"possible", "potential", "proposed", "prospective", "feared", "threatened", "mooted"}
)
# An auxiliary before its subject opens a yes/no question ("Did Russia bomb ...?") or, as
# "had/were/should", a conditional clause ("Had the police arrived, ...", "Were China to invade").
QUESTION_AUX = frozenset(
    {"be", "have", "do", "will", "would", "can", "could", "should", "shall", "may", "might", "must"}
)
INVERTED_CONDITION = frozenset({"had", "were", "should"})
# Decision verbs whose "not to" complement is an act not done: "decided not to impose
# sanctions", "chose not to provide", "voted not to convict" (coding guide, section 3: negated).
# Instances: ECB+ ("decided not to risk", "chose not to make an offer"), India police events
# ("decided not to go ahead", "deciding not to allow"), corpus pages ("chose not to accept").
DECISION = frozenset({"decide", "choose", "opt", "vote", "elect", "resolve"})
# how an event's verb hangs under the clause the auxiliary opens: "Is X ready to evacuate?"
_IN_CLAUSE = frozenset({"xcomp", "acomp", "conj"})
SUBJECTS = ("nsubj", "nsubjpass", "expl")
MODALS = FUTURE_AUX | HYPOTHETICAL_AUX  # the auxiliaries a conjoined verb shares
ORDER = ("negated", "hypothetical", "future", "asserted")


@dataclass(frozen=True, slots=True)
class Mood:
    modality: str
    cue: int | None = None  # token that decided it
    commitment: bool = False


@dataclass(slots=True)
class _Marks:
    negated: int | None = None
    hypothetical: int | None = None
    future: int | None = None
    commitment: bool = False

    def mood(self) -> Mood:
        if self.negated is not None:
            return Mood("negated", self.negated)
        if self.hypothetical is not None:
            return Mood("hypothetical", self.hypothetical)
        if self.future is not None:
            return Mood("future", self.future, self.commitment)
        return Mood("asserted")


def _clause(a: Args, i: int, marks: _Marks, *, under_past_report: bool) -> None:
    """Auxiliaries, negation and conditions attached to one verb or noun."""
    for c in a.deps(i, "aux", "auxpass", "neg", "mark", "det", "advmod", "amod"):
        w = a.lemma(c)
        text = a.token(c).text.lower()
        dep = a.token(c).dep
        if dep == "neg" or (dep == "det" and w == "no") or (dep == "advmod" and w == "never"):
            marks.negated = marks.negated if marks.negated is not None else c
        elif dep in ("aux", "auxpass") and (w in FUTURE_AUX or text in FUTURE_AUX):
            if marks.future is None:
                marks.future, marks.commitment = c, True
        elif dep in ("aux", "auxpass") and w in HYPOTHETICAL_AUX:
            if w == "would" and under_past_report:
                if marks.future is None:
                    marks.future, marks.commitment = c, True
            elif marks.hypothetical is None:
                marks.hypothetical = c
        elif dep == "mark" and w in CONDITIONS and marks.hypothetical is None:
            marks.hypothetical = c
        elif dep == "amod" and w in NOMINAL_FUTURE and marks.future is None:
            marks.future = c
        elif dep == "amod" and NOMINAL_HYPOTHETICAL & {w, text} and marks.hypothetical is None:
            marks.hypothetical = c
    if marks.negated is None:
        marks.negated = _no_one(a, i)
    for c in a.deps(i, "advcl"):  # "X will attack if Y ..."
        if any(a.lemma(m) in ("if", "unless") for m in a.deps(c, "mark")):
            marks.hypothetical = marks.hypothetical if marks.hypothetical is not None else c


def _no_one(a: Args, i: int) -> int | None:
    """The word by which the clause of verb `i` says no one did its act: a subject that names
    no one ("Nobody", "No one", "Neither Clinton nor her allies"; a conjunct verb without a
    subject of its own shares its head's: "No one was hurt or arrested"), or "neither" on the
    verb or on the verb its "nor" conjunct hangs on ("neither approves nor disapproves")."""
    heads = [i]
    tok = a.token(i)
    if tok.dep == "conj" and tok.head != i:
        heads.append(tok.head)
    for h in heads:
        for c in a.deps(h, "preconj"):
            nor = any(a.lemma(k) == "nor" for k in a.deps(h, "cc"))
            if a.lemma(c) == "neither" and (h == i or nor):
                return c
    for h in heads:
        subjects = a.deps(h, "nsubj", "nsubjpass")
        for c in subjects:
            if a.token(c).text.lower() in NEGATIVE_SUBJECTS:
                return c
            for d in a.deps(c, "det", "preconj"):
                if a.token(d).text.lower() in NEGATIVE_DETERMINERS:
                    return d
        if subjects:
            return None  # the verb's own subject names someone
    return None


def _opener(a: Args, j: int) -> int | None:
    """The auxiliary of `j`'s clause that comes before its subject: "Did [Russia] bomb"."""
    aux = [c for c in a.deps(j, "aux", "auxpass") if a.lemma(c) in QUESTION_AUX]
    if a.token(j).pos == "AUX" and a.lemma(j) in QUESTION_AUX:
        aux.append(j)
    subjects = a.deps(j, "nsubj", "nsubjpass", "expl")
    if not aux or not subjects or min(aux) > min(subjects):
        return None
    return min(aux)


def _opens(a: Args, o: int) -> str | None:
    """Where `o` stands: first word of its sentence ("sentence") or of a clause after a comma
    ("comma"), quotes and brackets aside; None elsewhere."""
    k = o - 1
    while k >= 0 and a.token(k).sent == a.token(o).sent and a.token(k).pos == "PUNCT":
        if a.token(k).text == ",":
            return "comma"
        k -= 1
    return "sentence" if k < 0 or a.token(k).sent != a.token(o).sent else None


def _asks(a: Args, o: int) -> bool:
    """The sentence of `o` ends with a question mark (closing quotes aside)."""
    k, sent = o, a.token(o).sent
    while k + 1 < len(a.tok) and a.token(k + 1).sent == sent:
        k += 1
    while k > o and a.token(k).text in ('"', "'", "”", "’", ")"):
        k -= 1
    return a.token(k).text == "?"


def inverted(a: Args, tokens: Sequence[int]) -> int | None:
    """The inverted auxiliary that makes the event's clause a yes/no question ("Did Russia
    bomb the hospital?", "Is the government ready to evacuate ...?": asked about, not asserted)
    or a conditional ("Had the police arrested him, ...", "Were China to invade Taiwan, ...").
    A wh-question ("Why have fans boycotted the match?") takes the act as done: not matched."""
    for i in tokens:
        j, seen = i, 0
        while seen < 6:
            o = _opener(a, j)
            opens = _opens(a, o) if o is not None else None
            if o is not None and opens is not None:
                if opens == "sentence" and _asks(a, o) and a.token(j).dep != "advcl":
                    return o
                if a.token(j).dep == "advcl" and a.token(o).text.lower() in INVERTED_CONDITION:
                    return o
            if a.token(j).dep not in _IN_CLAUSE or a.token(j).head == j:
                break
            j, seen = a.token(j).head, seen + 1
    return None


def modality(a: Args, tokens: Sequence[int], chain: Sequence[tuple[int, Governor]]) -> Mood:
    """Modality of an event whose own clause is headed by `tokens` (trigger, light verb ...)
    under the governor `chain` (nearest first)."""
    report = next((t for t, g in chain if g.role == "report"), None)
    past_report = report is not None and a.token(report).tag in ("VBD", "VBN")
    marks = _Marks()
    for i in tokens:
        _clause(a, i, marks, under_past_report=past_report)
        if (h := _sharing(a, i)) is not None:
            shared = _Marks()
            _clause(a, h, shared, under_past_report=past_report)
            if marks.hypothetical is None:
                marks.hypothetical = shared.hypothetical
            if marks.future is None and shared.future is not None:
                marks.future, marks.commitment = shared.future, shared.commitment
    for t, g in chain:
        if g.role == "report":
            # only a "whether/if" on the complement crosses the reporting verb
            break
        own = _Marks()
        _clause(a, t, own, under_past_report=past_report)
        if g.role in ("deny", "negate"):
            marks.negated = marks.negated if marks.negated is not None else t
        elif own.negated is not None and g.role in ("aspect", "attempt", "intent"):
            marks.negated = marks.negated if marks.negated is not None else own.negated
        elif g.role == "hypothetical" or own.hypothetical is not None or own.negated is not None:
            marks.hypothetical = marks.hypothetical if marks.hypothetical is not None else t
        elif g.role == "future" and marks.future is None:
            marks.future, marks.commitment = t, g.lemma not in EXPECTATION
        if own.future is not None and marks.future is None:
            marks.future, marks.commitment = own.future, True
    if marks.negated is None:
        marks.negated = _decided_not(a, tokens)
    if marks.hypothetical is None:
        marks.hypothetical = inverted(a, tokens)
    return marks.mood()


def _sharing(a: Args, i: int) -> int | None:
    """The verb whose auxiliary verb `i` shares: a verb joined by "and" or "or" to one with a
    modal auxiliary, with no auxiliary or subject of its own, is under it too ("they will order
    a lathi charge or arrest us", "would attack and destroy the town"). Not its negation: "did
    not attack but fled"."""
    t = a.token(i)
    while t.dep == "conj" and t.head != i and t.pos == "VERB":
        if a.deps(i, "aux", "auxpass", *SUBJECTS):
            return None
        if not any(a.lemma(c) in ("and", "or") for c in a.deps(t.head, "cc")):
            return None
        i, t = t.head, a.token(t.head)
        if any(a.lemma(c) in MODALS for c in a.deps(i, "aux")):
            return i
    return None


def _decided_not(a: Args, tokens: Sequence[int]) -> int | None:
    """The "not" of a decision verb's complement ("decided not to impose"): when the event is
    coded on the decision verb itself, the act decided against did not happen."""
    for i in tokens:
        if a.lemma(i) not in DECISION:
            continue
        for c in a.deps(i, "xcomp"):
            neg = [n for n in a.deps(c, "neg") if i < n < c]  # "decided not to X"
            if neg:
                return neg[0]
    return None


def governed_mood(mood: Mood, governor: Governor | None, offer: bool = False) -> Mood:
    """The mood of an event absorbed into an intent or a threat (its trigger is the governor,
    "agreed to", "threatened to"): as the coding guide (section 3) says, what an actor agrees,
    promises or threatens to do keeps `future` ("committed to a $9.5 billion lifeline",
    "threatened to use live ammunition"); an `offer` (the governor is of the event lexicon's
    class @offer: "stands ready to support") keeps `hypothetical`."""
    if governor is None or mood.modality != "asserted":
        return mood
    if governor.role == "intent" and offer:
        return Mood("hypothetical", mood.cue)
    if governor.role in ("intent", "threaten"):
        return Mood("future", mood.cue, True)
    return mood
