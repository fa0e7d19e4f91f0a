"""Who a quote's speaker is: the entity under the speaker's words, or the one a pronoun ("he",
"it") or a title ("the spokesperson") points back to. Anonymous sources have none."""

from __future__ import annotations

from ...ontology.reading import quote_cues
from ...parse.tree import Tree
from ...records import Document, Entity, Token

_PRONOUNS = {
    "he": "PERSON", "she": "PERSON", "him": "PERSON", "her": "PERSON", "i": "PERSON",
    "it": "ORG", "they": "ANY", "we": "ANY", "you": "ANY",
}  # fmt: skip


def resolve_speaker(
    doc: Document, tree: Tree, head_token: int, span: tuple[int, int]
) -> str | None:
    """Entity id of the speaker: the mention under its words, else a pronoun's or title's
    antecedent; None for anonymous sources ("sources familiar with the matter")."""
    if not doc.entities:
        return None
    lex = quote_cues()
    anonymous, titles = set(lex["anonymous_heads"]), set(lex["speaker_titles"])
    head = tree.tokens[head_token]
    if head.tag in ("WP", "WDT") and head.head != head.i and tree.tokens[head.head].dep == "relcl":
        head = tree.tokens[tree.tokens[head.head].head]  # "Trump, who said ..." -> Trump
    if head.i in tree.entity_of_token:
        return tree.entity_of_token[head.i]
    inside = [
        tree.entity_of_token[t.i]
        for t in tree.tokens
        if span[0] <= t.start and t.end <= span[1] and t.i in tree.entity_of_token
    ]
    if inside and head.lemma.lower() not in anonymous:
        return _prefer_person(tree, inside)
    if head.lemma.lower() in anonymous or head.pos == "NUM":
        return None
    want = _PRONOUNS.get(head.text.lower())
    if want is None and head.lemma.lower() in titles:
        want = "TITLE"
    if want is None:
        return None
    return _antecedent(doc.entities, head, want)


def _prefer_person(tree: Tree, ids: list[str]) -> str:
    for eid in ids:
        if tree.entities[eid].type == "PERSON":
            return eid
    return ids[0]


def _antecedent(entities: tuple[Entity, ...], head: Token, want: str) -> str | None:
    best: tuple[int, str] | None = None
    for e in entities:
        if want == "PERSON" and e.type != "PERSON":
            continue
        if want == "ORG" and e.type not in ("ORG", "GPE", "NORP"):
            continue
        if want == "TITLE":
            if e.type != "PERSON":
                continue
            if head.lemma.lower() not in (e.role or "").lower() and not any(
                head.lemma.lower() in m.text.lower() for m in e.mentions
            ):
                continue
        for m in e.mentions:
            if m.end <= head.start and (best is None or m.end > best[0]):
                best = (m.end, e.id)
    return best[1] if best else None
