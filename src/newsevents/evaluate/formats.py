"""What each layer's evaluation data looks like, checked before anything is scored.

`read_gold(layer, path)` reads a JSONL file and keeps the records that have the fields the layer
scores (`FORMATS`). A file none of whose records fit is the wrong file: an EvalError says what the
layer expected and what the file holds, instead of a KeyError or a silent score of zero. A record
that does not fit, or that a stage fails on (`Gold.each`), is skipped and listed in the metrics
(`skipped`), so one bad record never aborts an evaluation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from .. import jsonl
from ..errors import EvalError

log = logging.getLogger(__name__)

T = TypeVar("T")
Record = dict[str, Any]
# Reasons listed in the metrics (the count is always complete).
SHOWN = 10


@dataclass(frozen=True)
class Format:
    """One kind of record a layer scores: its name and the fields it needs, with their types."""

    name: str
    fields: Mapping[str, type | tuple[type, ...]]
    # a finer test of a record that has the fields: why it does not fit, or None
    test: Callable[[Record], str | None] | None = None

    def missing(self, record: Record) -> str | None:
        """Why `record` is not of this format (None when it is)."""
        for key, kind in self.fields.items():
            if key not in record:
                return f"no {key!r} field"
            if not isinstance(record[key], kind):
                return f"{key!r} is a {type(record[key]).__name__}"
        return self.test(record) if self.test else None

    def describe(self) -> str:
        return f"{self.name} ({', '.join(self.fields)})"


def _plover_actors(record: Record) -> str | None:
    """PLOVER events name their actors as lists of {actorText, code} (PETRARCH's are codes)."""
    for event in record["expected"]:
        if not isinstance(event, dict) or not isinstance(event.get("source", []), list):
            return "its expected events do not list actors as PLOVER does"
    return None


def _article_text(record: Record) -> str | None:
    """A whole article carries its text, or names the shared page it was read from."""
    if isinstance(record.get("text"), str) or isinstance(record.get("html_file"), str):
        return None
    return "neither a 'text' nor an 'html_file'"


def _toponyms(record: Record) -> str | None:
    """GeoWebNews toponyms: character spans with a fine-grained type."""
    for t in record["toponyms"]:
        if not isinstance(t, dict) or not {"start", "end", "type"} <= set(t):
            return "its toponyms are not objects with start, end and type"
    return None


_ID = (str, int)
FORMATS: dict[str, tuple[Format, ...]] = {
    "actors": (
        Format("PLOVER records", {"text": str, "expected": list}, _plover_actors),
        Format("NGEC actor tests", {"method": str, "expect": list}),
    ),
    "events": (
        Format("PLOVER or PETRARCH-2 records", {"text": str, "expected": list}),
        Format("IndiaPoliceEvents articles", {"text": str, "sentences": list}),
        Format("CASE 2021 snippets", {"text": str, "label": str}),
    ),
    "main-event": (Format("Giveme5W1H records", {"id": _ID, "text": str, "gold_scored": dict}),),
    "quotes": (Format("quote records", {"id": _ID, "text": str, "quotes": list}),),
    "timex": (Format("TIMEX3 records", {"id": _ID, "text": str, "timexes": list}),),
    "html": (Format("an HTML page index", {"html_file": str, "articleBody": str}),),
    "articles": (Format("whole-article gold", {"id": _ID, "events": list}, _article_text),),
    "stories": (
        Format(
            "ECB+ records",
            {"id": _ID, "text": str, "topic": _ID, "subtopic": _ID, "mentions": list},
        ),
    ),
    "places": (
        Format("GeoWebNews records", {"id": _ID, "text": str, "toponyms": list}, _toponyms),
    ),
}

# The gold slice shipped in the repo that `eval LAYER` reads without --data (the in-repo case of
# each layer in tests/gold/floors.json), relative to the repository root.
DEFAULT_DATA: dict[str, str] = {
    "actors": "tests/gold/plover_gold.jsonl",
    "events": "tests/gold/plover_gold.jsonl",
    "main-event": "tests/gold/main_event_gold.jsonl",
    "places": "tests/gold/places_gold.jsonl",
    "quotes": "tests/gold/quotes_gold.jsonl",
    "timex": "tests/gold/timex_gold.jsonl",
    "html": "tests/gold/html/index.jsonl",
    "articles": "tests/gold/articles_gold.jsonl",
    "stories": "tests/gold/stories_gold.jsonl",
}
ROOT = Path(__file__).resolve().parents[3]


def default_data(layer: str) -> Path:
    """The in-repo gold slice for `layer`; an EvalError outside a source checkout."""
    path = ROOT / DEFAULT_DATA[layer]
    if not path.is_file():
        raise EvalError(
            f"no default data for {layer}: {DEFAULT_DATA[layer]} is in a source checkout only; "
            "pass --data FILE"
        )
    return path


@dataclass
class Gold:
    """The records of an evaluation file that fit the layer, and what was skipped (and why)."""

    path: str
    format: Format
    records: list[Record]
    skipped: list[str] = field(default_factory=list)

    def each(self, score: Callable[[Record], T]) -> Iterator[tuple[Record, T]]:
        """(record, score(record)) for every record whose scoring does not fail; one that fails
        (a stage error, a bad annotation) is skipped with its reason."""
        for n, record in enumerate(self.records):
            try:
                result = score(record)
            except Exception as exc:  # one record never ends an evaluation
                self.skip(record, f"{type(exc).__name__}: {exc}", n)
                continue
            yield record, result

    def skip(self, record: Record, why: str, n: int = 0) -> None:
        """Leave `record` out of the scores, saying why."""
        reason = f"record {record.get('id', n + 1)}: {why}"
        log.warning("%s: skipped %s", self.path, reason)
        self.skipped.append(reason)

    def report(self, scored: int) -> dict[str, Any]:
        """`{"skipped": {...}}` for the metrics when records were skipped, else `{}`; when none
        of `scored` records was scored, an EvalError (a score over nothing is no score)."""
        if not scored:
            first = f": {self.skipped[0]}" if self.skipped else ""
            raise EvalError(f"no record of {self.path} could be scored{first}")
        if not self.skipped:
            return {}
        return {"skipped": {"count": len(self.skipped), "reasons": self.skipped[:SHOWN]}}


def read_gold(layer: str, path: str | Path, *, limit: int | None = None) -> Gold:
    """The records of `path` that fit one of `layer`'s formats (the first limit of them)."""
    formats = FORMATS[layer]
    p = Path(path)
    if not p.is_file():
        raise EvalError(f"no evaluation file at {p}")
    rows: list[tuple[int, Any]] = []
    skipped: list[str] = []
    try:
        with p.open(encoding="utf-8") as fh:
            for n, row in jsonl.parse_lines(fh):
                if isinstance(row, jsonl.BadLine):
                    skipped.append(f"line {n}: not JSON ({row.detail})")
                elif not isinstance(row, dict):
                    skipped.append(f"line {n}: a {type(row).__name__}, not a JSON object")
                else:
                    rows.append((n, row))
    except UnicodeDecodeError:
        raise EvalError(f"{p} is not UTF-8 text: {_expected(layer)}") from None
    if not rows:
        raise EvalError(f"no JSON records in {p}: {_expected(layer)}")
    chosen = next((f for f in formats for _, row in rows if f.missing(row) is None), None)
    if chosen is None:
        first = ", ".join(list(rows[0][1])[:12]) or "none"
        raise EvalError(
            f"{p} is not {layer} evaluation data: {_expected(layer)}; "
            f"its first record has the fields {first}"
        )
    records: list[Record] = []
    for n, row in rows:
        why = chosen.missing(row)
        if why is None:
            records.append(row)
        else:
            skipped.append(f"line {n}: not {chosen.name}: {why}")
    if limit is not None:
        records = records[:limit]
    return Gold(str(p), chosen, records, skipped)


def _expected(layer: str) -> str:
    kinds = " or ".join(f.describe() for f in FORMATS[layer])
    return f"`eval {layer}` expects JSON Lines of {kinds}"
