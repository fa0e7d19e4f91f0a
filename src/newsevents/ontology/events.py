"""Event-coding knowledge: CAMEO codes with PLOVER mapping, and the trigger lexicon.

Three data files, each checked against a small schema when loaded:

* `cameo_codes.jsonl`: CAMEO code -> label, quad class, Goldstein score, PLOVER event/mode/context;
* `event_lexicon.jsonl`: the project's own trigger lexicon (verbs, nouns, light verbs, governors
  such as "expect to"/"refuse to", object classes, recipient prepositions per CAMEO root);
* `verbs_petrarch2.jsonl`: PETRARCH-2's verb patterns converted by `ontology.builders`, used as
  a fallback for verbs the project lexicon does not list.

Everything is loaded once per process (`load_event_ontology()`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import NewseventsError

DATA = "newsevents.ontology.data"

GOVERNOR_ROLES = frozenset(
    {
        "future", "hypothetical", "intent", "request", "demand", "reject", "threaten", "deny",
        "negate", "attempt", "aspect", "report",
    }
)  # fmt: skip
ROLE_CODE_ROLES = frozenset({"intent", "request", "demand", "reject", "threaten"})
_CODE_CHARS = frozenset("0123456789")


class OntologyError(NewseventsError):
    """A data file of the ontology is missing or does not match its schema."""


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    label: str
    root: str
    quad_class: int | None
    goldstein: float | None
    plover: str | None
    plover_mode: str | None
    plover_context: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Frame:
    """A condition on a trigger's arguments that selects a more specific code."""

    code: str | None  # None blocks coding ("meet a deadline" is no meeting)
    obj: str | None = None  # word or @class on the object (or on the noun's modifiers)
    prep: str | None = None
    pobj: str | None = None
    prt: str | None = None
    subj: str | None = None
    mod: str | None = None
    of: str | None = None
    passive: bool | None = None
    clause: bool | None = None  # the verb has a clausal complement ("denied that ...")
    in_place: bool | None = None  # a place phrase on the verb or its object ("summit in Italy")
    swap: bool = False
    reciprocal: bool | None = None
    recip: tuple[str, ...] = ()
    plover: str | None = None  # PLOVER type where it differs from the CAMEO mapping
    plover_mode: str | None = None


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
    needs_args: bool = False
    needs_mod: tuple[str, ...] = ()
    plural_only: bool = False
    only_verb: bool = False
    # "the deal commits [the US] to training": with this preposition, the object is the actor
    object_is_actor_with: str | None = None
    plover: str | None = None  # PLOVER type where it differs from the CAMEO mapping ("resign")
    plover_mode: str | None = None
    theme_object: bool = False  # "provide [arms] to X": the object is what changes hands


@dataclass(frozen=True, slots=True)
class Governor:
    """A word whose complement is the event and which shapes its modality or code."""

    lemma: str
    role: str
    code: str | None = None
    pos: str | None = None
    prep: tuple[str, ...] = ()
    prt: str | None = None
    obj: tuple[str, ...] = ()
    when: str | None = None
    # PLOVER type of a conflictual event under it: "prepared to resume shelling" -> MOBILIZE
    plover_if_conflict: str | None = None


@dataclass(frozen=True, slots=True)
class PetrarchPattern:
    code: str | None
    rcode: str | None
    subj: tuple[str, ...]
    prt: str | None
    obj: tuple[str, ...]
    preps: tuple[tuple[str, tuple[str, ...]], ...]


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
    codes: dict[str, CameoCode]
    verbs: dict[str, Trigger]
    nouns: dict[str, Trigger]
    governors: dict[tuple[str, str | None], Governor]
    lights: dict[str, dict[str, Any]]
    classes: dict[str, frozenset[str]]
    roles: dict[str, tuple[str, ...]]
    role_codes: dict[str, dict[str, str]]
    transforms: tuple[dict[str, Any], ...]
    petrarch: dict[str, tuple[PetrarchVerb, ...]] = field(default_factory=dict)
    notices: tuple[str, ...] = ()
    # the counterpart's event a code implies, for the dyad view: hosting (043) -> a visit (042)
    reverse: dict[str, str] = field(default_factory=dict)
    # PLOVER type -> (mode, cue words) in the order they are tried: "in a bomb attack"
    mode_cues: dict[str, tuple[tuple[str, frozenset[str]], ...]] = field(default_factory=dict)

    def code(self, code: str | None) -> CameoCode | None:
        if not code:
            return None
        return self.codes.get(code) or self.codes.get(code[:3]) or self.codes.get(code[:2])

    def in_class(self, word: str, name: str) -> bool:
        """`name` is a literal word, an `@class` of the lexicon or a `&set` of PETRARCH-2."""
        if name.startswith(("@", "&")):
            return word in self.classes.get(name, frozenset())
        return word == name

    def recipient_preps(self, code: str | None) -> tuple[str, ...]:
        if code and code[:2] in self.roles:
            return self.roles[code[:2]]
        return self.roles.get("default", ())

    def role_code(self, role: str, code: str | None, default: str | None) -> str | None:
        """The code of a governed event: "agreed to [withdraw 0874]" -> 0356 (intent to yield)."""
        table = self.role_codes.get(role, {})
        if code:
            for key in (code, code[:3], code[:2]):
                if key in table:
                    return table[key]
        return default or table.get("default")


# -- reading ---------------------------------------------------------------------------------


def _lines(name: str) -> Iterator[dict[str, Any]]:
    try:
        text = resources.files(DATA).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise OntologyError(f"ontology data file {name} is missing") from exc
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise OntologyError(f"{name}:{n}: not JSON ({exc.msg})") from exc


def _need(rec: dict[str, Any], where: str, *keys: str) -> None:
    missing = [k for k in keys if k not in rec]
    if missing:
        raise OntologyError(f"{where}: missing {', '.join(missing)}")


def _check_code(code: Any, where: str) -> None:
    if code is None:
        return
    if not isinstance(code, str) or not 2 <= len(code) <= 4 or set(code) - _CODE_CHARS:
        raise OntologyError(f"{where}: bad CAMEO code {code!r}")


def _read_codes() -> tuple[dict[str, CameoCode], list[str]]:
    codes: dict[str, CameoCode] = {}
    notices = []
    for n, r in enumerate(_lines("cameo_codes.jsonl"), 1):
        where = f"cameo_codes.jsonl:{n}"
        if r.get("kind") == "notice":
            notices.append(r["text"])
            continue
        _need(r, where, "code", "label", "quad_class", "goldstein", "plover")
        _check_code(r["code"], where)
        codes[r["code"]] = CameoCode(
            code=r["code"],
            label=r["label"],
            root=r["code"][:2],
            quad_class=r["quad_class"],
            goldstein=r["goldstein"],
            plover=r["plover"],
            plover_mode=r.get("plover_mode"),
            plover_context=tuple(r.get("plover_context") or ()),
        )
    return codes, notices


def _frame(f: dict[str, Any], where: str) -> Frame:
    _need(f, where, "code")
    _check_code(f["code"], where)
    return Frame(
        code=f["code"],
        obj=f.get("obj"),
        prep=f.get("prep"),
        pobj=f.get("pobj"),
        prt=f.get("prt"),
        subj=f.get("subj"),
        mod=f.get("mod"),
        of=f.get("of"),
        passive=f.get("passive"),
        clause=f.get("clause"),
        in_place=f.get("in_place"),
        swap=bool(f.get("swap", False)),
        reciprocal=f.get("reciprocal"),
        recip=tuple(f.get("recip", ())),
        plover=_plover(f, where),
        plover_mode=f.get("plover_mode"),
    )


PLOVER_TYPES = frozenset(
    [
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ]
)


def _plover(r: dict[str, Any], where: str) -> str | None:
    value = r.get("plover")
    if value is not None and value not in PLOVER_TYPES:
        raise OntologyError(f"{where}: unknown PLOVER type {value!r}")
    return value


def _trigger(r: dict[str, Any], pos: str, where: str) -> Trigger:
    _need(r, where, "lemma", "code")
    _check_code(r["code"], where)
    return Trigger(
        lemma=r["lemma"],
        pos=pos,
        code=r["code"],
        rcode=r.get("rcode"),
        frames=tuple(_frame(f, where) for f in r.get("frames", ())),
        recip=tuple(r.get("recip", ())),
        reciprocal=bool(r.get("reciprocal", False)),
        needs_recipient=bool(r.get("needs_recipient", False)),
        needs_light=bool(r.get("needs_light", False)),
        needs_args=bool(r.get("needs_args", False)),
        needs_mod=tuple(r.get("needs_mod", ())),
        plural_only=bool(r.get("plural_only", False)),
        only_verb=bool(r.get("only_verb", False)),
        object_is_actor_with=r.get("object_is_actor_with"),
        plover=_plover(r, where),
        plover_mode=r.get("plover_mode"),
        theme_object=bool(r.get("theme_object", False)),
    )


def _read_petrarch(
    classes: dict[str, frozenset[str]], notices: list[str]
) -> dict[str, tuple[PetrarchVerb, ...]]:
    verbs: dict[str, list[PetrarchVerb]] = {}
    for n, r in enumerate(_lines("verbs_petrarch2.jsonl"), 1):
        where = f"verbs_petrarch2.jsonl:{n}"
        kind = r.get("kind")
        if kind == "notice":
            notices.append(r["text"])
        elif kind == "synset":
            _need(r, where, "name", "words")
            classes[r["name"].rstrip("_")] = frozenset(r["words"])
        elif kind == "block":
            _need(r, where, "name", "code", "verbs", "patterns")
            patterns = []
            for p in r["patterns"]:
                _check_code(p.get("code"), where)
                patterns.append(
                    PetrarchPattern(
                        code=p.get("code"),
                        rcode=p.get("rcode"),
                        subj=tuple(p.get("subj", ())),
                        prt=p.get("prt"),
                        obj=tuple(p.get("obj", ())),
                        preps=tuple((q[0], tuple(q[1])) for q in p.get("preps", ())),
                    )
                )
            for v in r["verbs"]:
                _check_code(v.get("code"), where)
                # A block's default code holds for the verb that names it ("KILL"), not for
                # every WordNet synonym listed with it ("FACE" under "MEET_PEOPLE [040]").
                names_block = r["name"].split("_")[0] == v["lemma"]
                verbs.setdefault(v["lemma"], []).append(
                    PetrarchVerb(
                        lemma=v["lemma"],
                        prt=v.get("prt"),
                        code=v.get("code") or (r["code"] if names_block else None),
                        rcode=v.get("rcode") or r.get("rcode"),
                        block=r["name"],
                        patterns=tuple(patterns),
                    )
                )
        else:
            raise OntologyError(f"{where}: unknown record kind {kind!r}")
    return {k: tuple(v) for k, v in verbs.items()}


@lru_cache(maxsize=1)
def load_event_ontology() -> EventOntology:
    codes, notices = _read_codes()
    verbs: dict[str, Trigger] = {}
    nouns: dict[str, Trigger] = {}
    governors: dict[tuple[str, str | None], Governor] = {}
    lights: dict[str, dict[str, Any]] = {}
    classes: dict[str, frozenset[str]] = {}
    roles: dict[str, tuple[str, ...]] = {}
    role_codes: dict[str, dict[str, str]] = {}
    transforms: list[dict[str, Any]] = []
    reverse: dict[str, str] = {}
    mode_cues: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
    for n, r in enumerate(_lines("event_lexicon.jsonl"), 1):
        where = f"event_lexicon.jsonl:{n}"
        kind = r.get("kind")
        if kind == "notice":
            notices.append(r["text"])
        elif kind == "class":
            _need(r, where, "name", "words")
            classes[r["name"]] = frozenset(r["words"])
        elif kind in ("verb", "noun"):
            table = verbs if kind == "verb" else nouns
            if r.get("lemma") in table:
                raise OntologyError(f"{where}: duplicate {kind} {r['lemma']!r}")
            table[r["lemma"]] = _trigger(r, kind.upper(), where)
        elif kind == "governor":
            _need(r, where, "lemma", "role")
            if r["role"] not in GOVERNOR_ROLES:
                raise OntologyError(f"{where}: unknown governor role {r['role']!r}")
            _check_code(r.get("code"), where)
            key = (r["lemma"], r.get("pos"))
            if key in governors:
                raise OntologyError(f"{where}: duplicate governor {key}")
            governors[key] = Governor(
                lemma=r["lemma"],
                role=r["role"],
                code=r.get("code"),
                pos=r.get("pos"),
                prep=tuple(r.get("prep", ())),
                prt=r.get("prt"),
                obj=tuple(r.get("obj", ())),
                when=r.get("when"),
                plover_if_conflict=_plover({"plover": r.get("plover_if_conflict")}, where),
            )
        elif kind == "light":
            _need(r, where, "lemma")
            lights[r["lemma"]] = r
        elif kind == "roles":
            _need(r, where, "root", "recip")
            roles[r["root"]] = tuple(r["recip"])
        elif kind == "role_codes":
            _need(r, where, "role", "codes")
            if r["role"] not in ROLE_CODE_ROLES:
                raise OntologyError(f"{where}: unknown role {r['role']!r}")
            for c in r["codes"].values():
                _check_code(c, where)
            role_codes[r["role"]] = dict(r["codes"])
        elif kind == "transform":
            _need(r, where, "role", "embedded_roots", "same_actor", "other_actor")
            transforms.append(r)
        elif kind == "reverse":
            _need(r, where, "code", "reverse")
            _check_code(r["code"], where)
            _check_code(r["reverse"], where)
            reverse[r["code"]] = r["reverse"]
        elif kind == "mode_cues":
            _need(r, where, "plover", "modes")
            _plover(r, where)
            mode_cues[r["plover"]] = tuple((m, frozenset(words)) for m, words in r["modes"])
        else:
            raise OntologyError(f"{where}: unknown record kind {kind!r}")
    petrarch = _read_petrarch(classes, notices)
    onto = EventOntology(
        codes=codes,
        verbs=verbs,
        nouns=nouns,
        governors=governors,
        lights=lights,
        classes=classes,
        roles=roles,
        role_codes=role_codes,
        transforms=tuple(transforms),
        petrarch=petrarch,
        notices=tuple(notices),
        reverse=reverse,
        mode_cues=mode_cues,
    )
    _check_references(onto)
    return onto


def _check_references(onto: EventOntology) -> None:
    """Every code a trigger can emit exists in the codebook; every @class is defined."""
    for table in (onto.verbs, onto.nouns):
        for t in table.values():
            for code in [t.code, *(f.code for f in t.frames)]:
                if code and onto.code(code) is None:
                    raise OntologyError(f"trigger {t.lemma!r}: code {code} not in cameo_codes")
            for f in t.frames:
                for name in (f.obj, f.pobj, f.subj, f.mod, f.of):
                    if name and name.startswith("@") and name not in onto.classes:
                        raise OntologyError(f"trigger {t.lemma!r}: unknown class {name}")
    for code, rev in onto.reverse.items():
        if onto.code(code) is None or onto.code(rev) is None:
            raise OntologyError(f"reverse {code}->{rev}: code not in cameo_codes")
    for role, codes in onto.role_codes.items():
        for code in codes.values():
            if onto.code(code) is None:
                raise OntologyError(f"role {role}: code {code} not in cameo_codes")
