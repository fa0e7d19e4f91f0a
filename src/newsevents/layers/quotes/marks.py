"""Stretches of text between quotation marks, in every style news uses.

Curly “…”, straight "…", guillemets «…» and »…«, German „…“, single ‘…’ and '…'. A double
quote left open at the end of a paragraph runs to the end of that paragraph (news writes a quote
that goes on in the next paragraph without closing the first one). Single quotes are told apart
from apostrophes by what stands on either side ("Trump’s", "'90s").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Segment:
    start: int  # at the opening mark
    end: int  # after the closing mark (or at the end of the paragraph when left open)
    single: bool  # single quotation marks ('term' or ‘term’)
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - (1 if self.closed else 0)


_PAIRED = [
    re.compile(r"“[^“”\n]*(?:”|(?=\n)|$)"),
    re.compile(r"(?<!\w)''(?=\S)[^\n]*?''(?!\w)"),
    re.compile(r"«[^«»\n]*(?:»|(?=\n)|$)"),
    re.compile(r"»[^«»\n]*(?:«)"),
    re.compile(r"„[^„“”\n]*(?:[“”]|(?=\n)|$)"),
]
_SINGLE = [
    re.compile(r"(?<![\w’'])‘(?=\S)[^‘\n]*?(?<=\S)’(?![\w’])"),
    re.compile(r"(?<![\w’'])'(?=[A-Za-z])[^'\n]*?(?<=[\w.,!?])'(?![\w'])"),
]


def segments(text: str) -> list[Segment]:
    """Every quoted stretch, outermost first when they nest, sorted by start."""
    found: list[Segment] = []
    for pattern in _PAIRED:
        for m in pattern.finditer(text):
            closed = m.end() > m.start() + 1 and text[m.end() - 1] in "”»«“'"
            found.append(Segment(m.start(), m.end(), False, closed))
    found.extend(_straight(text))
    for pattern in _SINGLE:
        for m in pattern.finditer(text):
            found.append(Segment(m.start(), m.end(), True, True))
    found.sort(key=lambda s: (s.start, -s.end))
    out: list[Segment] = []
    for seg in found:
        # a single-quoted stretch inside a double-quoted one is a quote within a quote; keep
        # only the outer one, and drop stretches that cross one already kept
        if any(o.start <= seg.start and seg.end <= o.end for o in out):
            continue
        if any(o.start < seg.start < o.end or o.start < seg.end < o.end for o in out):
            continue
        out.append(seg)
    return out


def _straight(text: str) -> list[Segment]:
    """Pair straight double quotes in order within each paragraph."""
    out: list[Segment] = []
    pos = 0
    for para in text.split("\n"):
        marks = [pos + m.start() for m in re.finditer('"', para)]
        for k in range(0, len(marks) - 1, 2):
            out.append(Segment(marks[k], marks[k + 1] + 1, False, True))
        if len(marks) % 2 == 1:
            out.append(Segment(marks[-1], pos + len(para.rstrip()), False, False))
        pos += len(para) + 1
    return out


def covering(segs: list[Segment], start: int, end: int) -> Segment | None:
    """The segment that contains [start, end), if any."""
    for s in segs:
        if s.start <= start and end <= s.end:
            return s
    return None


def inside_share(segs: list[Segment], start: int, end: int, *, single: bool = True) -> float:
    """Share of [start, end) that lies between quotation marks."""
    if end <= start:
        return 0.0
    n = 0
    for s in segs:
        if s.single and not single:
            continue
        n += max(0, min(end, s.end) - max(start, s.start))
    return n / (end - start)
