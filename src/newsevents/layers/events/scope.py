"""Which coded words of a sentence report events of their own.

A sentence codes once per act, as PETRARCH and the PLOVER coders do. Three kinds of coded words
only describe another event and are dropped:

* the content of an appeal or demand: "demanded that Israel [ease] restrictions", "must agree to
  changes before they [demobilize]", "reiterated its demand that Israel [ease] restrictions",
  "demanded an admission that its forces [murdered] ..." -- what is asked for has not happened;
* the deeds a document provides for: "a resolution that aims to [impose] a blockade", "a plan
  that will not [allow] candidates" (its words are the issuer's: "a declaration [demanding]");
* a nominal event that is the theme of another: "dismissed an [appeal] from X", "complained over
  two [raids]", "in protest of the government's [refusal]". An act a court finds unlawful is not
  one: the finding presupposes it happened ("the government's [ban] on masks was ruled
  unconstitutional": the ban and the ruling are two events), unlike what an accusation alleges.

`Scope.descriptive` names them among the sentence's protos; the reader drops them.
"""

from __future__ import annotations

from ...ontology.codebook import EventOntology
from .arguments import Args
from .roles import Proto

ASKING_ROOTS = frozenset({"02", "10"})  # appeal, demand
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "acl", "relcl"})
DOCUMENT_CLASSES = ("@proposal", "@agreement", "@measure")
DOCUMENT_WORDS = frozenset({"resolution", "plan", "law", "bill", "decree", "statement", "report"})
THEME_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})
THEME_PREPS = frozenset({"over", "against", "to", "of", "on", "for", "about", "from", "at", "into"})
MATERIAL_QUADS = frozenset({2, 4})  # material cooperation, material conflict
# The lexicon class of what a court finds an act to be when it finds a party in the wrong
# ("ruled unconstitutional", "declared illegal", "found that ... was unlawful", CAMEO 116).
UNLAWFUL = "@unlawful"


class Scope:
    """Which coded words only describe another event, over one document's parse."""

    def __init__(self, args: Args, onto: EventOntology) -> None:
        self.a = args
        self.onto = onto

    def descriptive(self, protos: dict[int, Proto]) -> set[int]:
        """Keys of the protos that describe another event instead of reporting one."""
        regions: dict[int, int] = {}  # token -> the proto key whose content it is
        for key, p in protos.items():
            if p.code[:2] in ASKING_ROOTS:
                for t in {p.anchor, p.head, key}:
                    for c in self._asked(t):
                        regions.update(dict.fromkeys(self.a.tree.subtree(c), key))
        drop = set()
        for key, p in protos.items():
            owner = regions.get(p.anchor, regions.get(key))
            asked = owner is not None and owner != key
            provided = self._in_document(p.anchor) and self._material(p.code)
            if asked or provided or self._theme_of_other(p, protos):
                drop.add(key)
        return drop

    def _asked(self, t: int) -> list[int]:
        """The clauses that say what an appeal or demand word asks for: its own complements
        ("demanded that Israel [ease]"), the complement clause of what it asks for ("demanded an
        admission by Moscow that its forces [murdered]"), and a demand noun's clause the parser
        hangs on the verb above it ("reiterated its demand today that Israel [ease]
        restrictions", "its demand that Modi [resign]")."""
        a = self.a
        out = a.deps(t, "xcomp", "ccomp", "acl")
        out += [c for o in a.deps(t, "dobj") for c in a.deps(o, "acl")]
        tok = a.token(t)
        if tok.pos == "NOUN" and tok.dep == "dobj" and tok.head != t:
            out += [c for c in a.deps(tok.head, "ccomp") if c > t]
        return out

    def _in_document(self, i: int) -> bool:
        """Inside a clause that says what a plan, law or resolution contains."""
        a = self.a
        j = i
        for _ in range(8):
            t = a.token(j)
            if t.head == j:
                return False
            if t.dep in ("relcl", "acl") and self._is_document(t.head):
                return True
            if t.dep not in CONTENT_DEPS and t.dep not in ("conj", "aux", "advcl"):
                return False
            j = t.head
        return False

    def _material(self, code: str) -> bool:
        """A deed rather than words: "a declaration demanding X" is the declarer's demand."""
        cc = self.onto.code(code)
        return cc is not None and cc.quad_class in MATERIAL_QUADS

    def _is_document(self, n: int) -> bool:
        words = self.a.words(n)
        if words & DOCUMENT_WORDS:
            return True
        return any(self.onto.in_class(w, c) for w in words for c in DOCUMENT_CLASSES)

    def _theme_of_other(self, p: Proto, protos: dict[int, Proto]) -> bool:
        """A nominal event that another coded event acts upon or is about."""
        c = p.coding
        if c.pos != "NOUN" or c.light is not None or p.governor is not None:
            return False
        t = self.a.token(c.tok)
        if t.dep not in THEME_DEPS or self.a.owned_act(c.tok):
            return False  # "convicted of [the murder]": an act found, not a theme
        h = t.head
        if t.dep == "pobj":
            if self.a.lemma(h) not in THEME_PREPS:
                return False  # "closed its borders because of fighting": a cause, reported
            h = self.a.token(h).head
        if h == c.tok or h not in protos or protos[h].key == p.key:
            return False
        return not self._found_unlawful(protos[h])

    def _found_unlawful(self, p: Proto) -> bool:
        """ "The government's [ban] on masks was ruled unconstitutional", "a court ruling
        declaring the government's mask [ban] unconstitutional": a finding that an act is
        unlawful presupposes the act (a factive judgement, unlike an accusation), so the act
        keeps its own event beside the finding (CAMEO 116)."""
        f = p.coding.frame
        return f is not None and UNLAWFUL in (f.comp, f.clause_word)
