"""People's names the NER misses or mislabels, told by the name itself.

A full name (`full_name`): a known given name (`given_names.jsonl`) and one or two surname
words ('Isabel Ruiz', 'Fritz Meyer', 'Mario J Lucero') is a person where the small NER model
left it untagged or called it an organisation; a surname word is a capitalised word the text
never writes in lower case and that no dictionary makes an institution, a place or a firm
('Victoria Hospital', 'Ivy League', 'Walter Reed hospital' stay what they are), nor a thing
named for a person ('Nelson Mandela Award') or the plural of an agent term ('Gordon Advisors').
"""

from __future__ import annotations

from ...ontology.actors import LEGAL_FORMS
from ...ontology.normalize import norm
from ...ontology.reading import organisation_words, person_words, place_words
from .workspace import Workspace

# Last words of the names of places, buildings and institutions ('Walter Reed hospital',
# 'George Washington Bridge', 'Victoria Street'): never a surname after a given name
_PLACE_WORDS = place_words()
_NOT_SURNAMES = (
    frozenset(_PLACE_WORDS["named_after"])
    | frozenset(_PLACE_WORDS["street_words"])
    | frozenset(_PLACE_WORDS["school_words"])
    | frozenset(organisation_words()["firm_words"])
    | frozenset(organisation_words()["mastheads"])
    | frozenset(person_words()["named_for"])  # 'Nelson Mandela Award', 'Andy Warhol Foundation'
    | LEGAL_FORMS
)


def full_name(ws: Workspace, a: int, b: int) -> bool:
    """Tokens a..b are a person's name: a given name the dictionary knows, then one or two
    surname words (a middle initial allowed), not part of a longer name or a modifier."""
    tok, lex = ws.tok, ws.lex
    if not 1 <= b - a <= 2 or not _name_case(tok[a].text) or ws.low(a) not in lex.given:
        return False
    if a > 0 and tok[a - 1].text == "-" and tok[a - 1].end == tok[a].start:
        return False  # 'Eva-Marie Persson': the given name is hyphenated, the span cut inside it
    if b + 1 < len(tok) and (tok[b + 1].pos == "NUM" or tok[b + 1].text[:1].isdigit()):
        return False  # 'Adam Air Flight 574'
    last = tok[b]
    if last.tag == "NNPS" or (last.dep == "compound" and tok[last.head].pos == "NOUN"):
        return False  # 'Rory Peck Awards', 'the Annie Oakley screen print'
    key = norm(ws.phrase(a, b))
    known = lex.actor(key)
    if (known is not None and known.kind != "person") or key in lex.places:
        return False
    return all(_surname_word(ws, x) or _initial(tok[x].text) for x in range(a + 1, b)) and (
        _surname_word(ws, b)
    )


def _surname_word(ws: Workspace, x: int) -> bool:
    word, key, lex = ws.tok[x].text, ws.low(x), ws.lex
    return (
        _name_case(word)
        and word.lower() not in ws.lower_words
        and key not in _NOT_SURNAMES
        and key not in lex.agents
        and not (key.endswith("s") and key[:-1] in lex.agents)  # 'Gordon Advisors', a firm
        and key not in lex.countries
        and key not in lex.demonyms
    )


def _name_case(word: str) -> bool:
    """A capitalised word that is no acronym ('Ruiz', 'McBride', 'DiBenedetto'; not 'EVA')."""
    return len(word) > 1 and word[0].isupper() and not word.isupper() and word.isalpha()


def _initial(word: str) -> bool:
    return word.rstrip(".").isupper() and len(word.rstrip(".")) == 1
