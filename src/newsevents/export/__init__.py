"""Exports of a stored corpus: Parquet, CSV, JSONL tables, GDELT 2.0 TSV and PLOVER JSONL.

`export(store, fmt, out)` writes files under the folder `out` and returns their paths:

    parquet | csv | jsonl   one file per table (events, actors, quotes, quantities,
                            corpus_events, event_mentions); Parquet events are partitioned by
                            event year and month (hive layout) for large corpora
    gdelt                   gdelt_events.tsv (61 GDELT 2.0 Events columns, one row per dyad of a
                            corpus-level event) and gdelt_mentions.tsv (16 Mentions columns),
                            tab-separated and headerless like GDELT's own files
    plover                  plover_events.jsonl, one PLOVER record per stored event
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import NewseventsError
from .tables import TABLES, export_tables

FORMATS = ("parquet", "csv", "jsonl", "gdelt", "plover")


class ExportError(NewseventsError):
    pass


def export(
    store: Any,
    fmt: str,
    out: str | Path = "export",
    *,
    tables: tuple[str, ...] | None = None,
    partition: bool | None = None,
    min_confidence: float | None = None,
) -> list[Path]:
    """Write the store's content in format `fmt` under folder `out`; returns the files written.

    `tables` picks tables for parquet/csv/jsonl (default: all); `partition` forces Parquet
    partitioning of events by date on or off (default: on above `PARTITION_ROWS` events);
    `min_confidence` keeps only events of at least that confidence (with their mentions and the
    corpus events they report; default: all).
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if fmt in ("parquet", "csv", "jsonl"):
        chosen = tables or TABLES
        unknown = set(chosen) - set(TABLES)
        if unknown:
            raise ExportError(
                f"unknown table(s) {', '.join(sorted(unknown))}; choose from {', '.join(TABLES)}"
            )
        return export_tables(
            store.con, fmt, out, chosen, partition=partition, min_confidence=min_confidence
        )
    if fmt == "gdelt":
        from .gdelt import export_gdelt

        return export_gdelt(store.con, out, min_confidence=min_confidence)
    if fmt == "plover":
        from .plover import export_plover

        path = out / "plover_events.jsonl"
        return [export_plover(store.con, path, min_confidence=min_confidence)]
    raise ExportError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")


__all__ = ["FORMATS", "TABLES", "ExportError", "export"]
