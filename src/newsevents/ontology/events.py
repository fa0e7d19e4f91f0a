"""Loading the event-coding knowledge: three data files, each checked against a small schema.

* `cameo_codes.jsonl`: CAMEO code -> label, quad class, Goldstein score, PLOVER event/mode/context;
* `event_lexicon.jsonl`: the project's own trigger lexicon (verbs, nouns, light verbs, governors
  such as "expect to"/"refuse to", object classes, recipient prepositions per CAMEO root), one
  reader per record kind (`_KINDS`);
* `verbs_petrarch2.jsonl`: PETRARCH-2's verb patterns converted by `ontology.builders`, used as
  a fallback for verbs the project lexicon does not list.

The records they become (`CameoCode`, `Trigger`, `Governor` ... and `EventOntology` with its
lookups) are defined in `ontology.codebook`. A bad record raises `OntologyError` naming its
`file:line`; then `_check_references` ties the files together (every code a trigger can emit is
in the codebook, every @class is defined). Everything is loaded once per process
(`load_event_ontology()`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import MISSING, fields, replace
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar

from ..errors import NewseventsError
from .codebook import (
    CameoCode,
    EventOntology,
    Frame,
    Governor,
    PetrarchPattern,
    PetrarchVerb,
    Trigger,
)

DATA = "newsevents.ontology.data"

GOVERNOR_ROLES = frozenset(
    {
        "future", "hypothetical", "intent", "request", "demand", "reject", "threaten", "deny",
        "negate", "attempt", "aspect", "report",
    }
)  # fmt: skip
ROLE_CODE_ROLES = frozenset({"intent", "request", "demand", "reject", "threaten"})
PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip
_CODE_CHARS = frozenset("0123456789")

Record = dict[str, Any]
R = TypeVar("R")


class OntologyError(NewseventsError):
    """A data file of the ontology is missing or does not match its schema."""


@lru_cache(maxsize=1)
def load_event_ontology() -> EventOntology:
    notices: list[str] = []
    onto = EventOntology()
    _read_codes(onto, notices)
    for where, r in _records("event_lexicon.jsonl", notices):
        read = _KINDS.get(r.get("kind"))
        if read is None:
            raise OntologyError(f"{where}: unknown record kind {r.get('kind')!r}")
        read(onto, r, where)
    _read_petrarch(onto, notices)
    onto = replace(onto, notices=tuple(notices))
    _check_references(onto)
    return onto


# -- one record ------------------------------------------------------------------------------


def _lines(name: str) -> Iterator[Record]:
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


def _records(name: str, notices: list[str]) -> Iterator[tuple[str, Record]]:
    """(file:line, record) for every record of a data file; its notices go to `notices`."""
    for n, r in enumerate(_lines(name), 1):
        if r.get("kind") == "notice":
            notices.append(r["text"])
        else:
            yield f"{name}:{n}", r


def _need(r: Record, where: str, *keys: str) -> None:
    missing = [k for k in keys if k not in r]
    if missing:
        raise OntologyError(f"{where}: missing {', '.join(missing)}")


def _check_code(code: Any, where: str) -> None:
    if code is None:
        return
    if not isinstance(code, str) or not 2 <= len(code) <= 4 or set(code) - _CODE_CHARS:
        raise OntologyError(f"{where}: bad CAMEO code {code!r}")


def _plover(value: Any, where: str) -> str | None:
    if value is not None and value not in PLOVER_TYPES:
        raise OntologyError(f"{where}: unknown PLOVER type {value!r}")
    return value


_ANNOTATIONS = frozenset({"kind", "note", "source", "sources"})  # keys for readers, not for code


def _build(cls: type[R], r: Record, **given: Any) -> R:
    """A record class filled from a data record. `given` fields are computed by the caller; a
    field without a default is required, a tuple default reads a list, a bool default a flag."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    unknown = set(r) - names - _ANNOTATIONS
    if unknown:  # a misspelt or unimplemented key would be dropped silently and change nothing
        name = r.get("lemma", "")
        raise OntologyError(f"{cls.__name__} {name!r}: unknown keys {sorted(unknown)}")
    values = dict(given)
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name in given:
            continue
        if f.default is MISSING:
            values[f.name] = r[f.name]
        elif isinstance(f.default, tuple):
            values[f.name] = tuple(r.get(f.name, ()))
        elif isinstance(f.default, bool):
            values[f.name] = bool(r.get(f.name, f.default))
        else:
            values[f.name] = r.get(f.name, f.default)
    return cls(**values)


def _words(r: Record, where: str) -> frozenset[str]:
    _need(r, where, "name", "words")
    return frozenset(r["words"])


# -- cameo_codes.jsonl -----------------------------------------------------------------------


def _read_codes(onto: EventOntology, notices: list[str]) -> None:
    for where, r in _records("cameo_codes.jsonl", notices):
        _need(r, where, "code", "label", "quad_class", "goldstein", "plover")
        _check_code(r["code"], where)
        onto.codes[r["code"]] = _build(
            CameoCode,
            r,
            root=r["code"][:2],
            plover_context=tuple(r.get("plover_context") or ()),
        )


# -- event_lexicon.jsonl: one reader per record kind -----------------------------------------


def _frame(f: Record, where: str) -> Frame:
    _need(f, where, "code")
    _check_code(f["code"], where)
    return _build(Frame, f, plover=_plover(f.get("plover"), where))


def _read_trigger(onto: EventOntology, r: Record, where: str) -> None:
    kind = r["kind"]
    table = onto.verbs if kind == "verb" else onto.nouns
    if r.get("lemma") in table:
        raise OntologyError(f"{where}: duplicate {kind} {r['lemma']!r}")
    _need(r, where, "lemma", "code")
    _check_code(r["code"], where)
    frames = tuple(_frame(f, where) for f in r.get("frames", ()))
    plover = _plover(r.get("plover"), where)
    table[r["lemma"]] = _build(Trigger, r, pos=kind.upper(), frames=frames, plover=plover)


def _read_governor(onto: EventOntology, r: Record, where: str) -> None:
    _need(r, where, "lemma", "role")
    if r["role"] not in GOVERNOR_ROLES:
        raise OntologyError(f"{where}: unknown governor role {r['role']!r}")
    _check_code(r.get("code"), where)
    key = (r["lemma"], r.get("pos"))
    if key in onto.governors:
        raise OntologyError(f"{where}: duplicate governor {key}")
    conflict = _plover(r.get("plover_if_conflict"), where)
    onto.governors[key] = _build(Governor, r, plover_if_conflict=conflict)


def _read_class(onto: EventOntology, r: Record, where: str) -> None:
    if r["name"] in onto.classes:  # a second list of one name would replace the first unseen
        raise OntologyError(f"{where}: duplicate class {r['name']!r}")
    onto.classes[r["name"]] = _words(r, where)


def _read_light(onto: EventOntology, r: Record, where: str) -> None:
    _need(r, where, "lemma")
    onto.lights[r["lemma"]] = r


def _read_roles(onto: EventOntology, r: Record, where: str) -> None:
    _need(r, where, "root", "recip")
    onto.roles[r["root"]] = tuple(r["recip"])


def _read_role_codes(onto: EventOntology, r: Record, where: str) -> None:
    _need(r, where, "role", "codes")
    if r["role"] not in ROLE_CODE_ROLES:
        raise OntologyError(f"{where}: unknown role {r['role']!r}")
    for c in r["codes"].values():
        _check_code(c, where)
    onto.role_codes[r["role"]] = dict(r["codes"])


def _read_transform(onto: EventOntology, r: Record, where: str) -> None:
    _need(r, where, "role", "embedded_roots", "same_actor", "other_actor")
    onto.transforms.append(r)


def _read_reverse(onto: EventOntology, r: Record, where: str) -> None:
    _need(r, where, "code", "reverse")
    _check_code(r["code"], where)
    _check_code(r["reverse"], where)
    onto.reverse[r["code"]] = r["reverse"]


def _read_mode_cues(onto: EventOntology, r: Record, where: str) -> None:
    _need(r, where, "plover", "modes")
    _plover(r["plover"], where)
    onto.mode_cues[r["plover"]] = tuple((m, frozenset(words)) for m, words in r["modes"])


def _read_implicit_actor(onto: EventOntology, r: Record, where: str) -> None:
    _need(r, where, "codes", "lemmas", "sector", "note")
    for c in r["codes"]:
        _check_code(c, where)
    for lemma in r["lemmas"]:
        onto.implicit_actors.setdefault(lemma, []).append((tuple(r["codes"]), r["sector"]))
        if r.get("patterns"):
            onto.implicit_pattern_lemmas.add(lemma)
        if r.get("first"):
            onto.implicit_first.add((lemma, r["sector"]))
        if r.get("realm"):
            onto.implicit_realm[lemma] = tuple(r["codes"])
        if r.get("words"):
            onto.implicit_words[(lemma, r["sector"])] = frozenset(r["words"])
        if r.get("things"):
            onto.implicit_things[(lemma, r["sector"])] = r["things"]
        if r.get("heads"):
            _need(r, where, "preps")
            onto.implicit_heads[(lemma, r["sector"])] = (
                frozenset(r["preps"]),
                frozenset(r["heads"]),
            )


def _read_agentless(onto: EventOntology, r: Record, where: str) -> None:
    _need(r, where, "codes", "types", "note")
    for c in r["codes"]:
        _check_code(c, where)
    onto.agentless_codes.update(r["codes"])
    onto.agentless_types.update(r["types"])
    for c in r["codes"]:
        onto.agentless_code_types[c] = onto.agentless_code_types.get(c, frozenset()) | set(
            r["types"]
        )
    if r.get("lemmas"):  # those codes only for these triggers
        for c in r["codes"]:
            onto.agentless_lemmas[c] = onto.agentless_lemmas.get(c, frozenset()) | set(r["lemmas"])


def _read_implied_party(onto: EventOntology, r: Record, where: str) -> None:
    _need(r, where, "sector", "name", "type", "note")
    onto.implied_names[r["sector"]] = (r["name"], r["type"])


_KINDS: dict[Any, Callable[[EventOntology, Record, str], None]] = {
    "class": _read_class,
    "verb": _read_trigger,
    "noun": _read_trigger,
    "governor": _read_governor,
    "light": _read_light,
    "roles": _read_roles,
    "role_codes": _read_role_codes,
    "transform": _read_transform,
    "reverse": _read_reverse,
    "mode_cues": _read_mode_cues,
    "implicit_actor": _read_implicit_actor,
    "agentless": _read_agentless,
    "implied_party": _read_implied_party,
}


# -- verbs_petrarch2.jsonl -------------------------------------------------------------------


def _read_petrarch(onto: EventOntology, notices: list[str]) -> None:
    verbs: dict[str, list[PetrarchVerb]] = {}
    for where, r in _records("verbs_petrarch2.jsonl", notices):
        kind = r.get("kind")
        if kind == "synset":
            onto.classes[r["name"].rstrip("_")] = _words(r, where)
        elif kind == "block":
            for v in _petrarch_block(r, where):
                verbs.setdefault(v.lemma, []).append(v)
        else:
            raise OntologyError(f"{where}: unknown record kind {kind!r}")
    onto.petrarch.update((k, tuple(v)) for k, v in verbs.items())


def _petrarch_block(r: Record, where: str) -> Iterator[PetrarchVerb]:
    """The verbs of one PETRARCH-2 block, each with the block's patterns."""
    _need(r, where, "name", "code", "verbs", "patterns")
    patterns = []
    for p in r["patterns"]:
        _check_code(p.get("code"), where)
        preps = tuple((q[0], tuple(q[1])) for q in p.get("preps", ()))
        patterns.append(_build(PetrarchPattern, p, preps=preps))
    for v in r["verbs"]:
        _check_code(v.get("code"), where)
        # A block's default code holds for the verb that names it ("KILL"), not for
        # every WordNet synonym listed with it ("FACE" under "MEET_PEOPLE [040]").
        names_block = r["name"].split("_")[0] == v["lemma"]
        yield PetrarchVerb(
            lemma=v["lemma"],
            prt=v.get("prt"),
            code=v.get("code") or (r["code"] if names_block else None),
            rcode=v.get("rcode") or r.get("rcode"),
            block=r["name"],
            patterns=tuple(patterns),
        )


# -- the files together ----------------------------------------------------------------------


def _check_references(onto: EventOntology) -> None:
    """Every code a trigger can emit exists in the codebook; every @class is defined."""
    for table in (onto.verbs, onto.nouns):
        for t in table.values():
            for code in [t.code, *(f.code for f in t.frames)]:
                if code and onto.code(code) is None:
                    raise OntologyError(f"trigger {t.lemma!r}: code {code} not in cameo_codes")
            for f in t.frames:
                for name in (f.obj, f.pobj, f.subj, f.head, f.mod, f.of, f.clause_verb):
                    if name and name.startswith("@") and name not in onto.classes:
                        raise OntologyError(f"trigger {t.lemma!r}: unknown class {name}")
    for code, rev in onto.reverse.items():
        if onto.code(code) is None or onto.code(rev) is None:
            raise OntologyError(f"reverse {code}->{rev}: code not in cameo_codes")
    for role, codes in onto.role_codes.items():
        for code in codes.values():
            if onto.code(code) is None:
                raise OntologyError(f"role {role}: code {code} not in cameo_codes")
