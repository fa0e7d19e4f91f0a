"""Bracketed initials: a word written alone in brackets right after a name, spelling the
initials of the name's last words ('the Ministry of Defence (MoD)', 'rapid action force (raf)',
'Central Reserve Police Force (CRPF)'), is the article's acronym for that name.

One reader for two layers: the entity layer makes the acronym a mention of the name it spells,
never another body the dictionary knows by the same letters (`entities/names.py`); the place
layer reads it as no place the gazetteer lists by it as an alternate name (`places/mentions.py`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..ontology.reading import organisation_words
from ..records import Token

# the small words a name's acronym may leave out or take a letter of ("Ministry of Defence (MoD)"
# spells "MoD" and "MD"; organisation_words.json acronym_skips)
ACRONYM_SKIPS = frozenset(organisation_words()["acronym_skips"])


def bracketed(tokens: Sequence[Token]) -> Iterator[int]:
    """The index of each '(' that opens a bracket around one word after a token of the text:
    '(' word ')'."""
    for i in range(1, len(tokens) - 2):
        if tokens[i].text == "(" and tokens[i + 2].text == ")":
            yield i


def spells(letters: str, words: Sequence[str]) -> bool:
    """The last of `words` (lower case) spell `letters` by their initials, a small word ("of",
    "the") giving its initial or none ("ministry of defence" spells "mod" and "md")."""
    if not letters:
        return True
    if not words:
        return False
    last, rest = words[-1], words[:-1]
    if last in ACRONYM_SKIPS and spells(letters, rest):
        return True
    return last[:1] == letters[-1] and spells(letters[:-1], rest)
