"""Naming an act to condemn it: "Corbyn called the move a 'smash and grab on our democracy'".

A speaker who calls, labels, brands or characterises someone or their act as something clearly
bad criticises them (CAMEO 111 criticize or denounce, PLOVER ACCUSE): "called the death 'the
senseless killing of a courageous journalist'", "labeled Soleimani as a terrorist",
"characterized the attack as 'a serious violation of Iraqi sovereignty'". The complement is the
parser's object predicate (oprd), an "as" phrase, or the second of two objects ("calling it 'an
aggression'"); how bad it is, the sum of its words' valences (`ontology/data/naming_words.json`,
from the VADER sentiment lexicon, with a list of words of condemnation it lacks: "barbarity",
"breach", "sham", "corrupt", "traitor"). A naming in praise is left alone: speakers praise their own
work as often as another's ("called the new campaign a 'bold, innovative effort'"), and what is
praised names no party. Instances: article gold dev (wn-pool-040, wn-pool-004, wn-pool-051,
wn-pool-068, wn-pool-076, wn-pool-077, wn-pool-095, html pages on Epstein's death), train
(MEANTIME Ford: "called say the plan is 'extremely disappointing'"), and the shared corpus
("called the sentence 'dangerous'", "called it an 'extremely adverse development'").
"""

from __future__ import annotations

from functools import cache

from ...ontology.reading import naming_words
from .arguments import Args


@cache
def _lexicon() -> tuple[frozenset[str], str, float, dict[str, float]]:
    """The naming verbs, the code of a bad name, its threshold and the word valences, built
    once: the valence table (VADER's lexicon) is thousands of words."""
    words = naming_words()
    # words of condemnation VADER lacks ("barbarity", "breach", "corrupt", "traitor")
    condemning = dict.fromkeys(words["condemnation"], float(words["condemnation_valence"]))
    valence: dict[str, float] = {**condemning, **words["valence"]}
    return (
        frozenset(words["verbs"]),
        str(words["criticism_code"]),
        float(words["threshold"]),
        valence,
    )


class Naming:
    """The code of a verb that names its object as something bad, else None."""

    def __init__(self, args: Args) -> None:
        self.a = args
        self.verbs, self.code_bad, self.threshold, self.valence = _lexicon()

    def code(self, i: int) -> str | None:
        a = self.a
        if a.lemma(i) not in self.verbs or a.is_passive(i) or a.token(i).dep == "acl":
            return None  # "a script called 'Wild Rose'": a name given, no one speaks
        comps = self._complements(i)
        if not comps:
            return None
        toks = {j for c in comps for j in a.tree.subtree(c)}
        score = sum(self._valence(j) for j in toks)
        return self.code_bad if score <= -self.threshold else None

    def _complements(self, i: int) -> list[int]:
        """ "called the move [a disgrace]", "labeled him [as a terrorist]", "calling it [an
        aggression]" (the parser's second object)."""
        a = self.a
        comps = a.deps(i, "oprd")
        if not comps:
            comps = [o for p, o in a.preps(i) if p == "as"]
        if not comps:
            objs = a.deps(i, "dobj")
            comps = objs[1:]
        return comps

    def _valence(self, j: int) -> float:
        t = self.a.token(j)
        w = t.text.lower()
        return self.valence.get(w, self.valence.get(t.lemma.lower(), 0.0))
