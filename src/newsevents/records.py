"""Frozen records passed between pipeline stages.

No logic and no I/O lives here: a stage takes a `Document` and returns a new one built with
`dataclasses.replace`. Every annotation carries character offsets into `Article.text`, so each
fact can be traced back to the words it came from. Conversion to the JSON contract lives in
`newsevents.serialize` (read off these fields, so a field added here is written and read back);
`newsevents.parse.handmade.make_document` builds a parsed Document by hand, without a model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SCHEMA_VERSION = 1

MODALITIES = ("asserted", "future", "hypothetical", "negated")
QUOTE_KINDS = ("direct", "indirect", "mixed")
TIMEX_TYPES = ("DATE", "DURATION", "SET", "TIME")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as it arrives: text plus what we know about where it came from."""

    id: str
    text: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime
    language: str = "en"
    meta: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """One token of the parse, flattened out of the NLP library's own objects."""

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent_type: str = ""
    ent_iob: str = "O"
    morph: str = ""
    sent: int = 0


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    tok_start: int  # first token index
    tok_end: int  # one past the last token index


@dataclass(frozen=True, slots=True)
class NamedSpan:
    """A named-entity span from the NER model (or a rule), over tokens [tok_start, tok_end)."""

    start: int
    end: int
    text: str
    label: str
    tok_start: int
    tok_end: int


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str = "name"  # name | surname | acronym | demonym | possessive | pronoun | nominal


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world actor of the article with every mention merged."""

    id: str
    name: str
    type: str  # PERSON | ORG | GPE | NORP | LOC | EVENT | GROUP ...
    mentions: tuple[Mention, ...]
    country: str | None = None  # ISO3, or a non-state code (IGO, EUR, ...)
    sector: str | None = None  # PLOVER sector code
    role: str | None = None  # role as the text states it
    wikidata: str | None = None
    # What gave the country: "text" (a title, a nationality word, a place in the name's phrase),
    # "dictionary" (the actor knowledge base), "context" (a country named in the passage),
    # "article" (a person named in full, or a group of people, in an article whose actors are
    # all, or nearly all, of one country) or "scene" (police, attackers, suspects or protesters
    # described by a role, in an article whose towns and regions lie in one country);
    # None when there is no country. `confidence` is how often that evidence was right on the
    # annotated dev sets (`ontology/data/evidence_confidence.json`).
    evidence: str | None = None
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym of the article resolved to a GeoNames place (all None when it could not be)."""

    id: str
    start: int
    end: int
    text: str
    name: str | None = None  # the gazetteer's name ("Kyiv" for "Kiev")
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # country | admin1 | admin2 | city | other
    country: str | None = None  # ISO3
    admin1: str | None = None  # GeoNames admin1 code ("GA" for Georgia, US)
    # How the words were found ("ner", "demonym", "gazetteer") and what chose the place.
    source: str = "ner"
    evidence: str | None = None
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    start: int | None = None
    end: int | None = None
    geonames_id: int | None = None
    feature: str | None = None
    admin1: str | None = None
    # "sentence": a place in the event's sentence; "dateline"; "story": the place the article
    # last gave the incident a later report tells (the lead, "the shooting took place in ...")
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class EventDate:
    text: str | None
    value: str | None
    start: int | None = None
    end: int | None = None
    # where the date came from: "clause" (a time expression of the event's own clause),
    # "above" (of a clause above it), "narrative" (the day of the simple past told in the
    # sentence before), "story" (the day last told for the incident a later report tells); an
    # event the text does not date has no EventDate at all
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class Fatality:
    """Whether an event killed anyone, as the words at `start:end` tell: `fatal` True ("police
    fired, killing two", "was shot dead", "were killed in police firing") or False ("no one was
    killed"); `killed` is the number dead when the text gives it, and `quantity` the id of the
    Quantity row that gives it ("killed 5 people"). `evidence` says which words: "verb" (the
    act's own verb kills: "killed", "shot dead", "beaten to death"), "clause" (a death clause
    attached to the act: "fired, killing one", "leaving two dead", "the firing killed two"),
    "means" (the act is the means or occasion of a death the clause above it tells: "were
    killed in police firing", "was killed when the police fired", "died after being beaten").
    An event the text tells no death or survival of has no Fatality at all."""

    fatal: bool
    text: str
    start: int
    end: int
    killed: int | None = None
    quantity: str | None = None  # quantity id
    evidence: str | None = None  # verb | clause | means


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None  # entity id
    text: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    trigger: Span
    sentence: int
    cameo: str | None
    plover: str | None
    plover_mode: str | None = None
    plover_context: tuple[str, ...] = ()
    quad_class: int | None = None
    goldstein: float | None = None
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    modality: str = "asserted"
    location: Location | None = None
    date: EventDate | None = None
    attribution: Attribution | None = None
    quantities: tuple[str, ...] = ()
    confidence: float = 0.5
    fatality: Fatality | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    speaker: str | None  # entity id
    speaker_text: str | None
    cue: Span | None
    content: Span
    kind: str  # direct | indirect | mixed
    speaker_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    id: str
    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    approximate: bool = False
    measures: str | None = None
    kind: str = "count"  # money | count | percent | duration | measure


@dataclass(frozen=True, slots=True)
class Timex:
    id: str
    start: int
    end: int
    text: str
    type: str  # DATE | DURATION | SET | TIME
    value: str | None
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Answer:
    text: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class MainEvent:
    who: Answer | None
    what: Answer | None
    when: Answer | None
    where: Answer | None
    why: Answer | None
    how: Answer | None
    event: str | None  # event id


@dataclass(frozen=True, slots=True)
class Document:
    """The article plus every layer the stages have produced so far."""

    article: Article
    tokens: tuple[Token, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    ner: tuple[NamedSpan, ...] = ()
    entities: tuple[Entity, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    timexes: tuple[Timex, ...] = ()
    main_event: MainEvent | None = None
    errors: tuple[str, ...] = ()
    layers: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class Failure:
    """A per-article failure kept instead of a crashed batch."""

    article_id: str | None
    path: str | None
    stage: str
    error: str
    reason: str
