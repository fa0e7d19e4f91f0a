"""What a story is recognised by: an article's sparse bag of weighted features.

Four kinds of feature, each prefixed so that they never collide:

1. `a:` actors and other named entities, by corpus-wide identity (`store.rows.actor_key`: the
   knowledge-base id where the entity has one, else its normalised name, without the country a
   described party's key carries), not the unnamed
   parties acts imply (`layers.events.implied`);
2. `p:` places of its events, by normalised name (and `c:` their countries);
3. `t:` PLOVER types of its events (weak: many stories share a type);
4. `w:` key terms: content words of the headline (counted twice) and of the text.

A feature's weight is `KIND_WEIGHT[kind] * (1 + log(count))`; rarity (IDF) is applied by the
index at comparison time, because it changes as the corpus grows.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources

from ..layers.events.implied import implied
from ..records import Document
from ..store.rows import actor_key, name_key

Bag = dict[str, float]

KIND_WEIGHT = {"a": 1.0, "p": 1.0, "c": 0.5, "t": 0.5, "w": 1.0}
# Entity types that name who or where a story is about (numbers, dates and works are not).
ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "GROUP"})
MIN_WORD = 3
TEXT_CHARS = 1000  # the lead says what an article is about; the tail adds other stories
_WORD = re.compile(r"[^\W\d_][\w'-]*[^\W_]|\d[\d.,]*\d", re.UNICODE)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files(__package__).joinpath("stopwords.txt").read_text(encoding="utf-8")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


def key_terms(text: str) -> Counter[str]:
    """Lower-cased content words of a text (numbers of two or more digits kept: a magnitude, a
    toll, a flight number tell stories apart)."""
    stop = stopwords()
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return Counter(w for w in words if (len(w) >= MIN_WORD or w[0].isdigit()) and w not in stop)


def headline(doc: Document) -> str:
    """The article's title, else its first sentence (ECB+ and plain texts have no title)."""
    a = doc.article
    if a.title:
        return a.title
    if doc.sentences:
        first = doc.sentences[0]
        return a.text[first.start : first.end].strip()
    return a.text.split("\n", 1)[0][:200].strip()


def document_features(doc: Document) -> Bag:
    """The weighted feature bag of a read article."""
    counts: Counter[str] = Counter()
    for e in doc.entities:
        # an unnamed party an act implies ("prosecutors" of a charge) names no one a story is
        # about: every charge in the country has it
        if e.type in ENTITY_TYPES and not implied(e):
            counts["a:" + actor_key(e, by_country=False)] += len(e.mentions) or 1
    for ev in doc.events:
        if ev.plover:
            counts["t:" + ev.plover] += 1
        if ev.location is not None:
            counts["p:" + name_key(ev.location.name)] += 1
            if ev.location.country:
                counts["c:" + ev.location.country] += 1
    title = headline(doc)
    for word, n in key_terms(title).items():
        counts["w:" + word] += 2 * n
    body = doc.article.text
    if body.startswith(title):
        body = body[len(title) :]
    for word, n in key_terms(body[:TEXT_CHARS]).items():
        counts["w:" + word] += n
    return weigh(counts)


def weigh(counts: Counter[str]) -> Bag:
    return {f: KIND_WEIGHT.get(f[0], 1.0) * (1.0 + math.log(n)) for f, n in counts.items() if n > 0}
