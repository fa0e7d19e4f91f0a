"""Plain-text tables for the terminal (no library printing lives outside the CLI)."""

from __future__ import annotations

from collections.abc import Sequence

import click

from ..records import Document


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[("" if v is None else str(v)) for v in r] for r in rows]
    widths = [len(h) for h in headers]
    for r in cells:
        for i, v in enumerate(r):
            widths[i] = min(max(widths[i], len(v)), 60)

    def fmt(r: Sequence[str]) -> str:
        return "  ".join(v[: widths[i]].ljust(widths[i]) for i, v in enumerate(r)).rstrip()

    lines = [fmt(list(headers)), fmt(["-" * w for w in widths])]
    lines += [fmt(r) for r in cells]
    return "\n".join(lines)


def print_document_table(doc: Document) -> None:
    a = doc.article
    click.echo(f"article {a.id}  {a.title or ''}  published={a.published}  lang={a.language}")
    click.echo("\nentities")
    click.echo(
        table(
            ["id", "name", "type", "country", "sector", "role", "mentions"],
            [
                (
                    e.id,
                    e.name,
                    e.type,
                    e.country,
                    e.sector,
                    e.role,
                    "; ".join(m.text for m in e.mentions),
                )
                for e in doc.entities
            ],
        )
    )
    names = {e.id: e.name for e in doc.entities}
    if doc.events:
        click.echo("\nevents")
        click.echo(
            table(
                [
                    "id",
                    "trigger",
                    "cameo",
                    "plover",
                    "actors",
                    "recipients",
                    "modality",
                    "where",
                    "when",
                    "says who",
                ],
                [
                    (
                        ev.id,
                        ev.trigger.text,
                        ev.cameo,
                        ev.plover,
                        ", ".join(names.get(i, i) for i in ev.actors),
                        ", ".join(names.get(i, i) for i in ev.recipients),
                        ev.modality,
                        ev.location.name if ev.location else None,
                        ev.date.value if ev.date else None,
                        ev.attribution.text if ev.attribution else None,
                    )
                    for ev in doc.events
                ],
            )
        )
    if doc.quotes:
        click.echo("\nquotes")
        click.echo(
            table(
                ["id", "speaker", "cue", "kind", "content"],
                [
                    (
                        q.id,
                        names.get(q.speaker or "", q.speaker_text),
                        q.cue.text if q.cue else None,
                        q.kind,
                        q.content.text,
                    )
                    for q in doc.quotes
                ],
            )
        )
    if doc.quantities:
        click.echo("\nquantities")
        click.echo(
            table(
                ["id", "text", "value", "unit", "approx", "measures"],
                [
                    (q.id, q.text, q.value, q.unit, q.approximate, q.measures)
                    for q in doc.quantities
                ],
            )
        )
    if doc.timexes:
        click.echo("\ntime expressions")
        click.echo(
            table(
                ["id", "text", "type", "value"],
                [(t.id, t.text, t.type, t.value) for t in doc.timexes],
            )
        )
    for err in doc.errors:
        click.echo(f"note: {err}")
