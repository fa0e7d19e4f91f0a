"""From candidates to quotes: one candidate per cue and per stretch of text, its kind (direct,
mixed, indirect) from the quotation marks it covers, its speaker resolved to an entity
(`speakers`), and the `Quote` record.
"""

from __future__ import annotations

from ...parse.tree import Tree
from ...records import Document, Quote
from .cues import FRAME_RANK
from .marks import Segment, inside_share
from .spans import Candidate, overlap
from .speakers import resolve_speaker


def merge(
    lines: list[Candidate], direct: list[Candidate], indirect: list[Candidate]
) -> list[Candidate]:
    """Transcript lines first, then direct quotes, then indirect readings of other words; one
    candidate per cue."""
    out = list(lines)
    for group in (direct, sorted(indirect, key=lambda c: FRAME_RANK.get(c.frame, 5))):
        strong = [o for o in out if o.frame in ("colon", "quote", "float", "dash")]
        for c in group:
            size = c.content[1] - c.content[0]
            if any(overlap(c.content, o.content) >= 0.5 * size for o in strong):
                continue
            if c.cue_token is not None and any(o.cue_token == c.cue_token for o in out):
                continue
            out.append(c)
    out.sort(key=lambda c: c.content)
    return out


def kind_of(c: Candidate, segs: list[Segment]) -> str:
    if c.frame in ("quote", "float", "dash"):
        return "direct"
    share = inside_share(segs, *c.content, single=False)
    if share >= 0.9:
        return "direct"
    if share > 0 or inside_share(segs, *c.content) > 0:
        return "mixed"
    return "indirect"


def to_quote(doc: Document, tree: Tree, segs: list[Segment], c: Candidate, qid: str) -> Quote:
    speaker_span = tree.span(*c.speaker) if c.speaker else None
    entity = (
        resolve_speaker(doc, tree, c.speaker_head, c.speaker)
        if c.speaker_head is not None and c.speaker is not None
        else None
    )
    return Quote(
        id=qid,
        speaker=entity,
        speaker_text=speaker_span.text if speaker_span else None,
        cue=tree.span(*c.cue) if c.cue else None,
        content=tree.span(*c.content),
        kind=kind_of(c, segs),
        speaker_span=speaker_span,
    )
