"""PLOVER modes the CAMEO code does not give: how an attack was made, what a threat threatens.

The CAMEO->PLOVER table gives a mode with the code ("193" is ASSAULT `firearms`); a generic code
("190", "130") gives none. Then the event's own phrases are read for the PLOVER manual's cues
("wounded two soldiers [in a bomb attack]" -> `explosives`, "[armed with machetes]" ->
`primitive`), and a threat takes its mode from the event threatened ("prepared to impose martial
law" -> `martial-law`, "will withdraw its inspectors" -> `relations`, "to resume attacks" ->
`violence`). An attack prepared rather than made is MOBILIZE `weapons` or `troops`.
`Modes.refine` gives the mode of an event record.
"""

from __future__ import annotations

from ...ontology.codebook import CameoCode, EventOntology
from .arguments import Args

# Dependencies that start another clause: their words describe another event.
OTHER_CLAUSE = frozenset({"ccomp", "advcl", "conj", "parataxis", "relcl", "xcomp", "csubj"})
# What a threat threatens, by the PLOVER type of the event threatened.
THREAT_OF = {"ASSAULT": "violence", "SANCTION": "relations", "MOBILIZE": "violence"}
# COERCE modes that name a threat as they stand ("threatened to impose a curfew").
COERCE_THREATS = frozenset({"restrict", "arrest", "curfew", "martial-law", "ban", "political"})
HEAVY = frozenset({"194", "195"})


class Modes:
    """Modes from cues in one document's parse and from the event a threat is about."""

    def __init__(self, args: Args, onto: EventOntology) -> None:
        self.a = args
        self.onto = onto

    def _cue_mode(self, plover: str, tokens: list[int]) -> str | None:
        cues = self.onto.mode_cues.get(plover)
        if not cues:
            return None
        words: set[str] = set()
        for t in tokens:
            # a threat's words are in its complement: "threatened [to resume attacks]"
            scope = self.a.tree.subtree(t) if plover == "THREATEN" else self._own_phrase(t)
            for j in scope:
                if j not in tokens:  # the instrument, not the act: "[fired] a missile"
                    words |= self.a.words(j)
        return next((mode for mode, cue in cues if cue & words), None)

    def _own_phrase(self, i: int) -> set[int]:
        """Token i's subtree without the clauses hanging from it."""
        out = {i}
        stack = [c for c in self.a.tree.children[i] if self.a.token(c).dep not in OTHER_CLAUSE]
        while stack:
            j = stack.pop()
            out.add(j)
            stack.extend(self.a.tree.children[j])
        return out

    def refine(
        self, plover: str, mode: str | None, inner: CameoCode | None, tokens: list[int]
    ) -> str | None:
        """The mode of a `plover` event whose code gave `mode`; `inner` is the code of the
        event it was made from (the complement of "threatened to", a future attack)."""
        if plover == "THREATEN" and inner is not None and inner.plover != "THREATEN":
            if inner.plover == "COERCE" and inner.plover_mode in COERCE_THREATS:
                return inner.plover_mode
            if inner.plover in THREAT_OF:
                return THREAT_OF[inner.plover]
        if plover == "MOBILIZE" and inner is not None and inner.plover == "ASSAULT":
            heavy = inner.code in HEAVY or self._cue_mode("ASSAULT", tokens) == "heavy-weapons"
            return "weapons" if heavy else "troops"
        if mode is None:
            return self._cue_mode(plover, tokens)
        return mode
