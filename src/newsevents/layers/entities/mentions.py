"""Working records of the entity stage: drafts of entities, their mentions and evidence.

Drafts are mutable while the passes of `entities.build` run over the `workspace`; its `finish`
turns them into the frozen `Entity` records of the document. The word sets and evidence ranks
here are shared by every pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...ontology.actors import Agent, Known

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})

CHAIN_DEPS = frozenset({"compound", "amod", "poss", "case", "nmod", "punct", "nummod", "advmod"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})

# How sure a piece of evidence is: the text beats the dictionary beats the context.
TEXT, DICTIONARY, CONTEXT = 3, 2, 1
# The evidence kind written on an entity (`Entity.evidence`) for a country set at a rank; a
# country read from an organisation in the phrase ('Hamas fighters') is ranked below the text
# but is still the text's, and says so.
EVIDENCE = {TEXT: "text", DICTIONARY: "dictionary", CONTEXT: "context"}


@dataclass
class NameSpan:
    first: int
    last: int  # inclusive
    label: str
    poss: int | None = None  # index of a following "'s"


@dataclass(eq=False)
class MentionDraft:
    first: int  # token index
    last: int  # token index, inclusive
    kind: str
    head: int


@dataclass
class Evidence:
    """What the words around one mention say about its actor."""

    countries: list[int] = field(default_factory=list)  # tokens naming a country/demonym
    country: str | None = None  # a country the words give without naming it ('R-Texas')
    orgs: list[int] = field(default_factory=list)  # tokens of organisations in the chain
    roles: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)  # sectors named by role words
    weak: list[Agent] = field(default_factory=list)  # roles whose sector comes from an org
    kin: list[int] = field(default_factory=list)  # names of the person's relatives ('son of X')
    former: bool = False
    gender: str | None = None


@dataclass(eq=False)
class Draft:
    key: str
    type: str  # PERSON | ORG | GPE | NORP | LOC | FAC | GROUP
    name: str
    mentions: list[MentionDraft] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    country: str | None = None
    country_rank: int = 0
    country_evidence: str | None = None
    sector: str | None = None
    sector_rank: int = 0
    known: Known | None = None
    agent: Agent | None = None  # the head term of a group or an institution
    surname: str | None = None
    first: str | None = None
    # the first word of a full name that the text calls the person by alone, a given name
    # ('Tyler' for Tyler Williams) or a family name written first ('Park' for Park Won-soon)
    called: str | None = None
    gender: str | None = None
    plural: bool = False
    hint_country: str | None = None  # a one-word name's country from the dictionary
    # the dictionary person was found by the name as written ('King Hussein', 'President
    # Obama'), not guessed from a bare surname ('Cook' for Robin Cook)
    known_by_name: bool = False

    def set_country(self, code: str | None, rank: int, evidence: str | None = None) -> None:
        if code and rank > self.country_rank:
            self.country, self.country_rank = code, rank
            self.country_evidence = evidence or EVIDENCE[rank]

    def set_sector(self, sector: str | None, rank: int) -> None:
        if sector and rank > self.sector_rank:
            self.sector, self.sector_rank = sector, rank

    @property
    def start(self) -> int:
        return min(m.first for m in self.mentions)

    def roles(self) -> list[str]:
        return list(dict.fromkeys(r for ev in self.evidence for r in ev.roles if r))


@dataclass
class Pending:
    first: int
    last: int
    head: int
    agent: Agent
    count: int = 0  # for plural descriptions
    refers: str = "PERSON"  # what the noun points back to: PERSON, ORG, GPE, ANY
    # the continents a state it points back to lies on ('the Central Asian nation': AS)
    within: frozenset[str] = frozenset()
