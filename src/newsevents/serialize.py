"""Documents to and from the JSON contract (`docs/schema.md`, `schema/document.schema.json`).

One codec for every record, read off `dataclasses.fields`: a record becomes an object with one
key per field (a nested record an object, a tuple a list, a frozenset a sorted list) and comes
back by reading each field's annotation, so a field added to `records.py` is written and read
without a line here. Nothing is lost: `from_dict(to_dict(doc, parse=True)) == doc`.

The parse (`tokens`, `sentences`, `ner`) is written only when asked for: it is about five times
the size of the rest and belongs to the parser's model rather than to the contract. Without it
the record names only the layers it carries: `from_dict(to_dict(doc)) == drop_parse(doc)`.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import MISSING, dataclass, fields, is_dataclass, replace
from functools import cache
from typing import Any

from .records import SCHEMA_VERSION, Article, Document, Entity, Failure

PARSE = ("tokens", "sentences", "ner")

# The contract's key order where it differs from the declaration order (records keep their
# required fields first). Fields not named here follow in declaration order.
_ORDER: dict[type, tuple[str, ...]] = {
    Article: ("id", "url", "source", "title", "published", "language", "text"),
    Entity: ("id", "name", "type", "country", "sector", "role", "mentions"),
}


@cache
def _names(cls: type) -> tuple[str, ...]:
    first = _ORDER.get(cls, ())
    return (*first, *(f.name for f in fields(cls) if f.name not in first))


# -- writing ------------------------------------------------------------------------------------


def record_dict(record: Any, *, skip: Iterable[str] = ()) -> dict[str, Any]:
    """Any record of `newsevents.records` as a JSON-ready dict, every field but `skip`."""
    cls: type = type(record)
    left_out = set(skip)
    return {n: _plain(getattr(record, n)) for n in _names(cls) if n not in left_out}


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float):
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return record_dict(value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, frozenset):
        return sorted(value)  # a stable order, so the same document gives the same text
    return value


def drop_parse(doc: Document) -> Document:
    """The document as a record without its parse keeps it (see the module docstring)."""
    return replace(doc, tokens=(), sentences=(), ner=(), layers=doc.layers - set(PARSE))


def to_dict(doc: Document, *, parse: bool = False) -> dict[str, Any]:
    """The JSON contract for one article (schema_version 1); with its parse when `parse`."""
    if parse:
        return {"schema_version": SCHEMA_VERSION, **record_dict(doc)}
    return {"schema_version": SCHEMA_VERSION, **record_dict(drop_parse(doc), skip=PARSE)}


def to_json(doc: Document, *, indent: int | None = None, parse: bool = False) -> str:
    return json.dumps(to_dict(doc, parse=parse), ensure_ascii=False, indent=indent)


def article_dict(a: Article) -> dict[str, Any]:
    """The `article` object of the contract (the store builds records of copies from it)."""
    return record_dict(a)


def failure_dict(f: Failure) -> dict[str, Any]:
    return record_dict(f)


# -- reading back (store, exports, tests) -------------------------------------------------------

Decode = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    decode: Decode
    nullable: bool  # the annotation admits None
    optional: bool  # the field has a default


def from_dict(d: dict[str, Any]) -> Document:
    """Rebuild a Document from its JSON contract (unknown keys, such as
    `schema_version`, are ignored)."""
    doc: Document = _record(Document, d)
    return doc


def _record(cls: type, d: dict[str, Any]) -> Any:
    """A record from its dict. A missing key, or null where the field cannot be None, takes the
    field's default: records written before a field existed still read back."""
    kwargs: dict[str, Any] = {}
    for f in _fields(cls):
        if f.name not in d:
            if not f.optional:
                raise KeyError(f"{cls.__name__} record without {f.name!r}")
            continue
        value = d[f.name]
        if value is None and f.optional and not f.nullable:
            continue  # "language": null in old records means the default
        kwargs[f.name] = None if value is None else f.decode(value)
    return cls(**kwargs)


@cache
def _fields(cls: type) -> tuple[_Field, ...]:
    hints = typing.get_type_hints(cls)
    return tuple(
        _Field(
            name=f.name,
            decode=_decoder(hints[f.name]),
            nullable=type(None) in typing.get_args(hints[f.name]),
            optional=f.default is not MISSING or f.default_factory is not MISSING,
        )
        for f in fields(cls)
    )


@cache
def _decoder(tp: Any) -> Decode:
    """How to turn the JSON value of a field annotated `tp` back into its Python value."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        (inner,) = [a for a in args if a is not type(None)]  # records use `X | None` only
        return _decoder(inner)
    if is_dataclass(tp):
        return lambda v: _record(tp, v)  # type: ignore[arg-type]
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _decoder(args[0])
        return lambda v: tuple(item(x) for x in v)
    if origin is tuple:
        parts = [_decoder(a) for a in args]
        return lambda v: tuple(p(x) for p, x in zip(parts, v, strict=True))
    if origin is frozenset:
        member = _decoder(args[0])
        return lambda v: frozenset(member(x) for x in v)
    return lambda v: v
