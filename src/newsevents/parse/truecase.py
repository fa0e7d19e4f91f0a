"""Headline and shouted text re-cased for the parser, with every character kept in place.

A statistical parser trained on running text misreads Title Case headlines ("Tram Derails in
Croydon, Near London, Killing at Least 7": every word a proper noun) and capitals used for
emphasis ("AT LEAST five people have been shot", "'I BLAME COMEY'"). `recase` returns a copy of
the text in which such words take the case the article itself gives them elsewhere: a word the
body writes in lower case ("derails", "least") is lowered, one it writes capitalised ("Croydon",
"Kunduz") is capitalised, one it writes in capitals ("FBI") stays. Without evidence, a function
word is lowered and a short capitalised word (an acronym) is kept.

Only the case of ASCII letters changes, so the copy has the same length and every offset in it
is an offset in the original: the parser reads the copy, the records quote the original.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = frozenset(".!?:;\"'“‘(—–-|")
TITLE_SHARE = 0.7  # share of capitalised words that makes a line a headline
MIN_TITLE_WORDS = 3  # words of four or more letters a headline must have
MIN_SHOUT_RUN = 2  # capitalised words in a row that are shouting, not an acronym
MIN_SHOUT_LETTERS = 6
LONE_MIN_LETTERS = 4  # a single word in capitals is re-cased only when the article says how
_SUFFIX = re.compile(r"(?:'s|ing|ed|es|s)$")


def recase(text: str, function_words: Collection[str]) -> str:
    """The text with headline and shouted words re-cased (see the module docstring)."""
    spans = _candidates(text)
    if not spans:
        return text
    wanted = {k for a, b, _ in spans for k in (text[a:b].lower(), _stem(text[a:b]))}
    evidence = _evidence(text, {start for start, _, _ in spans}, wanted)
    out = list(text)
    for start, end, lone in spans:
        word = text[start:end]
        seen = evidence.get(word.lower()) or evidence.get(_stem(word))
        if lone and not seen:
            continue  # one word in capitals with nothing to go by: an acronym ("NATO")
        new = _choose(word, seen, function_words, _starts_sentence(text, start))
        if new != word and len(new) == len(word) and new.isascii():
            out[start:end] = new
    return "".join(out)


def _candidates(text: str) -> list[tuple[int, int, bool]]:
    """Words of Title Case lines, runs of words in capitals and (flagged `lone`) single long
    words in capitals: (start, end, lone)."""
    spans: list[tuple[int, int, bool]] = []
    for line in _LINE.finditer(text):
        words = [(m.start(), m.end()) for m in _WORD.finditer(text, line.start(), line.end())]
        if _is_title_line(text, words):
            spans += [(a, b, False) for a, b in words if text[a].isupper()]
            continue
        run: list[tuple[int, int]] = []
        for a, b in [*words, (-1, -1)]:
            if a >= 0 and _shouted(text[a:b]):
                run.append((a, b))
                continue
            if _is_shouting(text, run):
                spans += [(x, y, False) for x, y in run]
            elif run and run[0][1] - run[0][0] >= LONE_MIN_LETTERS:
                spans.append((*run[0], True))
            run = []
    return spans


def _is_shouting(text: str, run: list[tuple[int, int]]) -> bool:
    """Words in capitals in a row that are emphasis, not acronyms side by side ("A US ...",
    "US FBI"): two words of two letters or more, six letters in all."""
    long = [b - a for a, b in run if b - a >= 2]
    return len(long) >= MIN_SHOUT_RUN and sum(long) >= MIN_SHOUT_LETTERS


def _shouted(word: str) -> bool:
    letters = word.replace("'", "")
    return (len(letters) >= 2 and letters.isupper()) or word in ("A", "I")


def _is_title_line(text: str, words: list[tuple[int, int]]) -> bool:
    long = [text[a:b] for a, b in words if b - a >= 4]
    if len(long) < MIN_TITLE_WORDS:
        return False
    capitalised = [w for w in long if w[0].isupper() and not w.isupper()]
    return len(capitalised) >= TITLE_SHARE * len(long)


def _evidence(text: str, skip: set[int], wanted: set[str]) -> dict[str, Counter[str]]:
    """How the article writes the `wanted` words (lower-cased, or stems) outside headlines and
    shouting, not first in a sentence: `lower`, `title` or `upper` counts per key."""
    seen: dict[str, Counter[str]] = {}
    for m in _WORD.finditer(text):
        word = m.group(0)
        key, stem = word.lower(), _stem(word)
        if key not in wanted and stem not in wanted:
            continue
        if m.start() in skip or _starts_sentence(text, m.start()):
            continue
        if word.islower():
            form = "lower"
        elif word.isupper() and len(word) > 1:
            form = "upper"
        elif word[0].isupper():
            form = "title"
        else:
            continue
        seen.setdefault(key, Counter())[form] += 1
        seen.setdefault(stem, Counter())[form] += 1
    return seen


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude stem, the second key of the evidence: "Derails" is read by "derailed"."""
    return "~" + _SUFFIX.sub("", word.lower())


def _starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in _SENTENCE_END


def _choose(
    word: str, seen: Counter[str] | None, function_words: Collection[str], first: bool
) -> str:
    if word == "I":
        return word
    lower, title = word.lower(), word[0].upper() + word[1:].lower()
    seen = seen or Counter()
    if word.isupper() and seen["upper"] > max(seen["lower"], seen["title"]):
        return word  # an acronym the article writes in capitals: "FBI"
    if seen["lower"] > seen["title"] or (not seen and lower in function_words):
        return title if first else lower
    if not word.isupper():
        return word  # already capitalised, its own way: "McDonald" stays
    if seen["title"] or len(word) > 3:
        return title
    return word  # an unknown short word in capitals: most likely an acronym ("GOP")
