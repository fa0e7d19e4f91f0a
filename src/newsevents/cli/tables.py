"""Plain-text tables for the terminal (no library printing lives outside the CLI).

A table fits the terminal's width: `COLUMNS` when set, else the width of the terminal stdout is,
else (a pipe, a file) no limit beyond `CELL_MAX` characters a cell. Too wide, the widest columns
are cut first, each cut cell ending in an ellipsis; when even `MIN_COLUMN` characters a column do
not fit, each row is printed as a block of `header  value` lines, the values wrapped.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import textwrap
from collections.abc import Sequence

import click

from ..records import Document

CELL_MAX = 60  # characters of a cell when the width is not limited
MIN_COLUMN = 10  # the narrowest a cut column gets (a date) before rows become blocks
GAP = "  "
ELLIPSIS = "\u2026"


def terminal_width() -> int | None:
    """`COLUMNS` if set to a positive number, else the terminal's width, else None (no tty)."""
    value = os.environ.get("COLUMNS", "")
    if value.isdigit() and int(value) > 0:
        return int(value)
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def dead(fatal: bool | None, killed: int | None) -> str | None:
    """The "dead" cell of an event: the number killed, "yes" when the text gives no number,
    "none" when it says no one died, empty when it says nothing (`Event.fatality`)."""
    if fatal is None:
        return None
    if not fatal:
        return "none"
    return "yes" if killed is None else str(killed)


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    width: int | None = None,
    wrap_last: bool = False,
) -> str:
    """`rows` under `headers`, fitting `width` characters (default: `terminal_width()`). With
    `wrap_last`, the last column's cells are wrapped onto more lines instead of cut."""
    width = width or terminal_width()
    cells = [[_flat(v) for v in r] for r in rows]
    natural = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    if width is None:
        widths = [min(w, CELL_MAX) for w in natural]
    elif (fitted := _fit(natural, width - len(GAP) * (len(headers) - 1))) is not None:
        widths = fitted
    else:
        return _blocks(headers, cells, width)

    def fmt(r: Sequence[str]) -> str:
        return GAP.join(_cut(v, widths[i]).ljust(widths[i]) for i, v in enumerate(r)).rstrip()

    lines = [fmt(list(headers)), fmt(["-" * w for w in widths])]
    for r in cells:
        if not (wrap_last and len(r[-1]) > widths[-1]):
            lines.append(fmt(r))
            continue
        first, *more = textwrap.wrap(r[-1], widths[-1], break_on_hyphens=False)
        lines.append(fmt([*r[:-1], first]))
        lines += [fmt([""] * (len(r) - 1) + [line]) for line in more]
    return "\n".join(lines)


def lines(text: str) -> str:
    """A line of prose wrapped to the terminal's width (unchanged without one)."""
    width = terminal_width()
    return text if width is None else "\n".join(textwrap.wrap(text, width)) or text


def _flat(value: object) -> str:
    """A cell on one line: None is empty, runs of white space (newlines too) are one space."""
    return "" if value is None else re.sub(r"\s+", " ", str(value)).strip()


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + ELLIPSIS


def _fit(natural: list[int], room: int) -> list[int] | None:
    """Column widths summing to at most `room`, cutting the widest columns first (all columns
    over some cap are cut to it), or None when columns of `MIN_COLUMN` do not fit."""
    if sum(natural) <= room:
        return natural
    floor = [min(w, MIN_COLUMN) for w in natural]
    if sum(floor) > room:
        return None

    def capped(cap: int) -> list[int]:
        return [max(min(w, cap), f) for w, f in zip(natural, floor, strict=True)]

    cap = max(natural)
    while sum(capped(cap)) > room:
        cap -= 1
    widths = capped(cap)
    # the cap is the largest that fits; hand what is left over to the cut columns, left first
    spare = room - sum(widths)
    for i, w in enumerate(natural):
        if spare and widths[i] < w:
            widths[i] += 1
            spare -= 1
    return widths


def _blocks(headers: Sequence[str], cells: list[list[str]], width: int) -> str:
    """Each row as `header  value` lines (values wrapped to the width), rows numbered."""
    label = max(len(h) for h in headers) + len(GAP)
    room = max(width - label, 10)
    out: list[str] = []
    for n, row in enumerate(cells, 1):
        out.append(f"-[ {n} ]".ljust(width, "-"))
        for h, v in zip(headers, row, strict=True):
            lines = textwrap.wrap(v, room, break_on_hyphens=False) or [""]
            out.append((h.ljust(label) + lines[0]).rstrip())
            out += [" " * label + line for line in lines[1:]]
    return "\n".join(out) if out else "(none)"


def print_document_table(doc: Document) -> None:
    a = doc.article
    click.echo(
        lines(f"article {a.id}  {a.title or ''}  published={a.published}  lang={a.language}")
    )
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
                    "dead",
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
                        dead(ev.fatality.fatal, ev.fatality.killed) if ev.fatality else None,
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
        click.echo(lines(f"note: {err}"))
