"""JSON Lines, read in one place: by the ingest readers, the evaluation data and the ontology.

`parse_lines` turns lines into `(line number, value)` pairs and reports a line that is not JSON
as a `BadLine` instead of raising, so a reader of other people's files can record it and go on;
`read_jsonl` reads a UTF-8 file of trusted rows and raises the caller's error, naming
`file:line`, at the first bad line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import NewseventsError


@dataclass(frozen=True, slots=True)
class BadLine:
    """A line that is not JSON; `detail` says why (the parser's message)."""

    detail: str


def parse_lines(lines: Iterable[str]) -> Iterator[tuple[int, Any]]:
    """(line number from 1, value) of every non-blank line; a BadLine for one that is not JSON."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, BadLine(exc.msg)
        except RecursionError:  # "[[[[..." nested deeper than the parser's stack
            yield n, BadLine("nested too deeply")


def read_jsonl(
    path: str | Path,
    *,
    error: type[NewseventsError] = NewseventsError,
    missing: str = "no such file:",
) -> Iterator[tuple[int, Any]]:
    """(line number, row) of a UTF-8 JSONL file; raises `error` for a missing file
    (`"{missing} {path}"`) or a line that is not JSON (`"{path}:{n}: not JSON (...)"`)."""
    p = Path(path)
    if not p.is_file():
        raise error(f"{missing} {p}")
    with p.open(encoding="utf-8") as fh:
        for n, row in parse_lines(fh):
            if isinstance(row, BadLine):
                raise error(f"{p}:{n}: not JSON ({row.detail})")
            yield n, row
