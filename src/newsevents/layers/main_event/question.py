"""What every question of the main event reads, as one record.

Each question module answers with one function of one signature, `find_X(q: Question) ->
Answer | None`: who and what (`who.py`, `what.py`), when, where, why and how. `Question`
holds the document's parse tree (and through it the document), the lead (the sentence indices
read, in reading order) and the chosen actor-action candidate (`Action`), the main event the
other questions are asked about; when the lead has no candidate, only when and where are asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...parse.tree import Tree
from ...records import Document


@dataclass(frozen=True, slots=True)
class Action:
    """An actor-action candidate: its sentence and that sentence's rank in the lead, `verb` as
    found, `act` the verb that says what is done, `subj` the actor's token, and its score."""

    sent: int
    rank: int
    verb: int
    act: int
    subj: int
    score: float


@dataclass(frozen=True, slots=True)
class Question:
    """A question about the main event: the parse tree, the lead and the chosen candidate."""

    tree: Tree
    lead: tuple[int, ...]
    action: Action | None = None

    @property
    def doc(self) -> Document:
        return self.tree.doc
