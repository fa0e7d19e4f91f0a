"""Reading the package's JSONL data files with a schema check.

Every data file is JSON Lines; an optional first row `{"_meta": {...}}` names the source and
licence. A schema maps each field to the types it may hold and whether it is required; unknown
fields are refused too, so a typo in a hand-written row fails loudly, naming the file and line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import jsonl
from ..errors import ConfigError

DATA_DIR = Path(__file__).parent / "data"


class DataFileError(ConfigError):
    """A data file under ontology/data is missing or has a row that breaks its schema."""


@dataclass(frozen=True, slots=True)
class Field:
    types: tuple[type, ...]
    required: bool = True
    items: tuple[type, ...] | None = None  # element types when the field is a list
    choices: frozenset[str] | None = None
    item_schema: Mapping[str, Field] | None = None  # for a list of objects

    def problem(self, value: Any) -> str | None:
        if value is None:
            return "is required" if self.required else None
        if type(value) in self.types and self.items is None and self.choices is None:
            return None  # the common case, checked fast
        if not isinstance(value, self.types) or (
            isinstance(value, bool) and bool not in self.types
        ):
            names = "/".join(t.__name__ for t in self.types)
            return f"should be {names}, not {type(value).__name__}"
        if self.items is not None and isinstance(value, list):
            for v in value:
                if not isinstance(v, self.items):
                    names = "/".join(t.__name__ for t in self.items)
                    return f"should hold {names} items, not {type(v).__name__}"
        if self.choices is not None and value not in self.choices:
            return f"is {value!r}; expected one of {sorted(self.choices)}"
        return None


Schema = Mapping[str, Field]


def read_jsonl(name: str, schema: Schema, *, directory: Path = DATA_DIR) -> list[dict[str, Any]]:
    """All rows of a data file, each checked against `schema`; the `_meta` row is skipped."""
    path = directory / name
    rows: list[dict[str, Any]] = []
    for n, row in jsonl.read_jsonl(path, error=DataFileError, missing="data file missing:"):
        if not isinstance(row, dict):
            raise DataFileError(f"{path}:{n}: a row must be a JSON object")
        if "_meta" in row:
            continue
        check_row(row, schema, where=f"{path}:{n}")
        rows.append(row)
    return rows


def check_row(row: Mapping[str, Any], schema: Schema, *, where: str) -> None:
    if not row.keys() <= schema.keys():
        unknown = sorted(set(row) - set(schema))
        raise DataFileError(f"{where}: unknown field(s) {unknown}; allowed: {sorted(schema)}")
    for key, spec in schema.items():
        value = row.get(key)
        problem = spec.problem(value)
        if problem:
            raise DataFileError(f"{where}: field {key!r} {problem}")
        if spec.item_schema is not None and isinstance(value, list):
            for i, item in enumerate(value):
                check_row(item, spec.item_schema, where=f"{where}: {key}[{i}]")
