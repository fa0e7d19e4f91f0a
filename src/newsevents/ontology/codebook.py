"""The event coder's knowledge as records: CAMEO codes, triggers, frames, governors, PETRARCH-2
verbs, and `EventOntology`, which holds them all with the lookups the event layer asks of them.

The records are filled from the data files by `ontology.events.load_event_ontology()`; nothing
here reads a file. `EventOntology`'s tables start empty and are filled while the files are read.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

# A PLOVER type decided from the event's mood -> the governed-event table giving its CAMEO code.
PLOVER_ROLES = {"AGREE": "intent", "THREATEN": "threaten"}


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    label: str
    root: str
    quad_class: int | None
    goldstein: float | None
    plover: str | None  # None: PLOVER has no event type for it (CAMEO's statements)
    plover_mode: str | None = None
    plover_context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Frame:
    """A condition on a trigger's arguments that selects a more specific code."""

    code: str | None  # None blocks coding ("meet a deadline" is no meeting)
    obj: str | None = None  # word or @class on the object (or on the noun's modifiers)
    # the object class is matched on the object's head word alone: "launched a [helicopter]"
    # is no air strike where "launched [helicopter] strikes" is one
    obj_head: bool = False
    prep: str | None = None
    pobj: str | None = None
    prt: str | None = None
    subj: str | None = None
    # word or @class on the verb the trigger hangs from as an adverbial clause or conjunct:
    # "the jetliner [crashed] into the Atlantic Ocean, killing all 228 people on board"
    head: str | None = None
    mod: str | None = None
    comp: str | None = None  # word or @class on the verb's adjectival complement ("plead guilty")
    of: str | None = None
    passive: bool | None = None
    # a present-tense passive that tells a standing relation, not an act: "Carrie Lam, who is
    # supported by Beijing", "the rebels are backed by Iran" ("is/are" with no other auxiliary)
    stative: bool | None = None
    clause: bool | None = None  # the verb has a clausal complement ("denied that ...")
    # that clausal complement is a gerund with no subject of its own, an act of the verb's own
    # doer: "she regretted [calling] him a traitor", "regretted not [accepting] the offer"
    own_act: bool | None = None
    # the verb lets a thing happen rather than grants leave ("This allows us to", "would allow
    # him to act", "not allow the city to spiral"): `Coder._enabling`
    enables: bool | None = None
    # word or @class on the verb of that clausal complement ("allowed refugees to [enter]")
    clause_verb: str | None = None
    # word or @class anywhere in that clausal complement: "claimed Joe Biden only won the
    # elections due to voter [fraud]" alleges wrongdoing
    clause_word: str | None = None
    # its clausal complement has a modal and a party as its doer ("warned it [would]
    # retaliate": a threat; "warned that there is no room", "warned there could be more
    # charges": a statement)
    modal: bool | None = None
    # the verb is negated with "will/would/shall": "would not [consider] requests of this
    # nature" declines them (a refusal, CAMEO 12x, told asserted)
    refusal: bool | None = None
    # whether a nominal trigger the frame matched as its object is no event of its own: "agreed
    # to [the demands]" (consumed); "complied with [the request] of X" codes X's request too
    consumes: bool = True
    in_place: bool | None = None  # a place phrase on the verb or its object ("summit in Italy")
    swap: bool = False
    # the subject feels what the verb names and the party after the frame's preposition caused
    # it: "X was disappointed by / with Y" is X's disapproval of Y (`roles.Roles._feeling`)
    experiencer: bool = False
    reciprocal: bool | None = None
    recip: tuple[str, ...] = ()
    plover: str | None = None  # PLOVER type where it differs from the CAMEO mapping
    plover_mode: str | None = None
    # overrides the trigger's own: "bought 20 Dreamliners" is a deal with their maker, named
    # or not
    needs_recipient: bool | None = None
    # the frame's subject is the weapon, no party: "a car bomb killed five soldiers" is a
    # bombing told with no doer named, kept with no source (`record.Recorder._agentless`)
    instrument: bool = False


@dataclass(frozen=True, slots=True)
class Trigger:
    """A verb or noun that can name an event."""

    lemma: str
    pos: str  # VERB | NOUN
    code: str | None
    rcode: str | None = None
    frames: tuple[Frame, ...] = ()
    recip: tuple[str, ...] = ()
    reciprocal: bool = False
    needs_recipient: bool = False
    needs_light: bool = False
    # a noun of a crime is an act only where one is told doing it: under a light verb or as
    # the act a court found or its doer owned ("committed the murders", "confessed to the
    # killings"); elsewhere it names an offence or points back ("condemned the killings")
    needs_owner: bool = False
    needs_args: bool = False
    needs_mod: tuple[str, ...] = ()
    plural_only: bool = False
    # a singular with no determiner or possessor is the mass noun of another sense: "customer
    # demand", "a revival in demand" (market demand), where "a demand", "their demands" are made
    count_only: bool = False
    only_verb: bool = False
    # "the deal commits [the US] to training": with this preposition, the object is the actor
    object_is_actor_with: str | None = None
    plover: str | None = None  # PLOVER type where it differs from the CAMEO mapping ("resign")
    plover_mode: str | None = None
    theme_object: bool = False  # "provide [arms] to X": the object is what changes hands
    # an event only through its frames: where none matches, the lexicon says nothing of the word
    # and it is not coded ("lawmakers gathered ... to [protest]": the purpose is the event)
    frames_only: bool = False
    # the act told is the negation of the code's act: "acquitted" is a finding of guilt not
    # made (CAMEO 116, modality negated)
    negative: bool = False


@dataclass(frozen=True, slots=True)
class Governor:
    """A word whose complement is the event and which shapes its modality or code."""

    lemma: str
    role: str  # what it makes of the event under it: intent, request, report ... (GOVERNOR_ROLES)
    # It governs with one of these prepositions ("call [for]"), this particle, an object among
    # these words, in this form ("progressive", "passive_or_adj", "active", "infinitive": with a
    # "to"-infinitive complement), as this part of speech.
    prep: tuple[str, ...] = ()
    prt: str | None = None
    obj: tuple[str, ...] = ()
    when: str | None = None
    pos: str | None = None
    code: str | None = None  # its own code ("want": 030), where the event under it gives none
    # PLOVER type of a conflictual event under it: "prepared to resume shelling" -> MOBILIZE
    plover_if_conflict: str | None = None
    # What it makes of a cooperative event (CAMEO quad classes 1-2) that is its noun object
    # rather than its infinitive: "seek [aid] from X" asks X for it (02x), where "seek to
    # [deepen] a partnership" is an intent (03x)
    object_role: str | None = None


@dataclass(frozen=True, slots=True)
class PetrarchPattern:
    code: str | None = None  # None: the pattern codes only the reversed event, or blocks coding
    rcode: str | None = None
    subj: tuple[str, ...] = ()
    prt: str | None = None
    obj: tuple[str, ...] = ()
    preps: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (preposition, words of its object)


@dataclass(frozen=True, slots=True)
class PetrarchVerb:
    lemma: str
    prt: str | None
    code: str | None  # the verb's own code, else its block's code when it names the block
    rcode: str | None
    block: str
    patterns: tuple[PetrarchPattern, ...]


@dataclass(frozen=True, slots=True)
class EventOntology:
    codes: dict[str, CameoCode] = field(default_factory=dict)
    verbs: dict[str, Trigger] = field(default_factory=dict)
    nouns: dict[str, Trigger] = field(default_factory=dict)
    governors: dict[tuple[str, str | None], Governor] = field(default_factory=dict)
    lights: dict[str, dict[str, Any]] = field(default_factory=dict)
    # word classes: the lexicon's @classes and PETRARCH-2's &synsets
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # CAMEO root -> recipient preps
    role_codes: dict[str, dict[str, str]] = field(default_factory=dict)
    # PETRARCH-2's transformations of reported events ("X claimed Y attacked" -> accusation)
    transforms: list[dict[str, Any]] = field(default_factory=list)
    petrarch: dict[str, tuple[PetrarchVerb, ...]] = field(default_factory=dict)
    notices: tuple[str, ...] = ()
    # the counterpart's event a code implies, for the dyad view: hosting (043) -> a visit (042)
    reverse: dict[str, str] = field(default_factory=dict)
    # PLOVER type -> (mode, cue words) in the order they are tried: "in a bomb attack"
    mode_cues: dict[str, tuple[tuple[str, frozenset[str]], ...]] = field(default_factory=dict)
    # trigger lemma -> (CAMEO codes, sector of whoever does it when the text names no one): an
    # agentless "X was arrested" is law enforcement's act (`layers.events.implicit`)
    implicit_actors: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    # (lemma, sector) -> words one of the doer's mentions must hold: a charge is brought by the
    # prosecutors the article names, not by any party of the government
    implicit_words: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    # (lemma, sector) -> (prepositions, verb lemmas): a noun whose doer is implied only where it
    # is the object of one of the prepositions on one of the verbs ("arrested six people during
    # a narcotics investigation": the arresting police investigate)
    implicit_heads: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = field(
        default_factory=dict
    )
    # (lemma, sector) -> the @class the act's patient must be of: an agentless seizure is law
    # enforcement's only of weapons, drugs or stolen goods ("ammunition was seized"), not of a
    # ship, a town or assets
    implicit_things: dict[tuple[str, str], str] = field(default_factory=dict)
    # lemmas whose implied doer is read off PETRARCH-2 pattern codings too ("taken into custody")
    implicit_pattern_lemmas: set[str] = field(default_factory=set)
    # (lemma, sector) whose doer is implied only at the article's first report of an act of its
    # code: a ban told again ("the ban on Mahan Air is not part of ...") is the one coded before
    implicit_first: set[tuple[str, str]] = field(default_factory=set)
    # lemma -> codes of a rule a state lays on its whole country: told with no place, it holds
    # in the country of the government imposing it ("the Sunday trade ban": Poland)
    implicit_realm: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # sector -> (name, entity type) of the unnamed party an agentless act of that sector stands
    # for where the article names none ("COP" -> "police", ORG: `layers.events.implied`)
    implied_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    # an agentless passive or a noun that names only whom the act is done to ("X was
    # criticised", "a lawsuit against X") is still that act, with no source, when its code
    # starts with one of `agentless_codes` and one party it is done to is an entity of
    # `agentless_types` (`layers.events.record`)
    agentless_codes: set[str] = field(default_factory=set)
    agentless_types: set[str] = field(default_factory=set)
    # code -> the entity types whom an agentless act of that code is done to (a shooting is
    # done to people, never to a thing the parser named as an organisation)
    agentless_code_types: dict[str, frozenset[str]] = field(default_factory=dict)
    # code -> the only trigger lemmas an agentless act of that code is kept for: of the arrests,
    # detentions and charges (173) only a charge, "was charged with murder", "was indicted"
    agentless_lemmas: dict[str, frozenset[str]] = field(default_factory=dict)

    def code(self, code: str | None) -> CameoCode | None:
        if not code:
            return None
        return self.codes.get(code) or self.codes.get(code[:3]) or self.codes.get(code[:2])

    def in_class(self, word: str, name: str) -> bool:
        """`name` is a literal word, an `@class` of the lexicon or a `&set` of PETRARCH-2."""
        if name.startswith(("@", "&")):
            return word in self.classes.get(name, frozenset())
        return word == name

    def any_in_class(self, words: AbstractSet[str], name: str) -> bool:
        """Some word of `words` is `name` (`in_class`), by one set test instead of a word
        loop: the PETRARCH-2 patterns ask it of each phrase of each verb they code."""
        if name.startswith(("@", "&")):
            return not self.classes.get(name, frozenset()).isdisjoint(words)
        return name in words

    def recipient_preps(self, code: str | None) -> tuple[str, ...]:
        if code and code[:2] in self.roles:
            return self.roles[code[:2]]
        return self.roles.get("default", ())

    def code_for(self, plover: str, code: str) -> str | None:
        """The CAMEO code of an event whose PLOVER type was decided apart from `code` ("will
        attack" 190 decided THREATEN -> 138): the governed-event table of that type (AGREE =
        intent, THREATEN = threaten), else the type's generic code (the lowest three-digit code
        the CAMEO->PLOVER table gives the type, one without a mode first); None when no code
        has the type."""
        role = PLOVER_ROLES.get(plover)
        if role and (c := self.role_code(role, code, None)) and self._plover_of(c) == plover:
            return c
        generic = [
            (c.plover_mode is not None, c.code)
            for c in self.codes.values()
            if c.plover == plover and len(c.code) == 3
        ]
        return min(generic, default=(False, None))[1]

    def _plover_of(self, code: str) -> str | None:
        cc = self.code(code)
        return cc.plover if cc else None

    def role_code(self, role: str, code: str | None, default: str | None) -> str | None:
        """The code of a governed event: "agreed to [withdraw 0874]" -> 0356 (intent to yield)."""
        table = self.role_codes.get(role, {})
        if code:
            for key in (code, code[:3], code[:2]):
                if key in table:
                    return table[key]
        return default or table.get("default")
