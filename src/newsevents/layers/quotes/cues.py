"""Reporting cues: the verbs and nouns that report speech, and the frames each verb takes.

Read once from `ontology/data/quote_cues.json`: the frames of each reporting verb ("say": a
clause; "call": "for" + object), the lemmas that cue direct speech, the reporting nouns.
`FRAME_RANK` orders the frames from the surest reading to the loosest; `lemma` mends the
tagger's lemmas so that a verb finds its frames.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ...ontology.reading import quote_cues
from ...records import Token

FRAME_RANK = {"quote": 0, "colon": 0, "ccomp": 1, "according": 1, "noun": 2, "xcomp": 3}


@cache
def lexicon() -> dict[str, Any]:
    c = quote_cues()
    frames: dict[str, list[str]] = {}
    for group in c["reporting_verbs"]:
        for word in group["lemmas"]:
            for f in group["frames"]:
                if f not in frames.setdefault(word, []):
                    frames[word].append(f)
    return {
        "frames": frames,
        "direct": set(c["direct_cue_lemmas"]),
        "nouns": set(c["reporting_nouns"]),
    }


def lemma(t: Token) -> str:
    """The lemma, mended where the tagger's lemmatizer slips ("hoping" -> "hop")."""
    frames = lexicon()["frames"]
    if t.lemma in frames:
        return t.lemma
    low = t.text.lower()
    for cut, add in (("ing", "e"), ("ed", "e"), ("es", "e"), ("s", "")):
        if low.endswith(cut) and low[: -len(cut)] + add in frames:
            return low[: -len(cut)] + add
    return t.lemma
