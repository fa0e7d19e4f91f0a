"""`newsevents query`: events (or merged corpus events) matching filters, as a table or JSON."""

from __future__ import annotations

import json

import click

from ..errors import QueryError
from ..store.reads import EventQuery
from .store import DB_OPTION, MIN_CONFIDENCE_OPTION, opened
from .tables import dead, table


def _names(names: list[str] | None, codes: list[str] | None) -> str:
    names, codes = names or [], codes or []
    parts = [
        f"{n} ({c})" if c else n for n, c in zip(names, codes + [""] * len(names), strict=False)
    ]
    return ", ".join(parts)


def events_table(rows: list[dict[str, object]]) -> str:
    return table(
        ["date", "actors", "action", "cameo", "plover", "recipients", "modality", "dead",
         "where", "says who", "source", "sentence"],
        [
            (r["event_date"], _names(r["actor_names"], r["actor_codes"]),  # type: ignore[arg-type]
             r["trigger_text"], r["cameo"], r["plover"],
             _names(r["recipient_names"], r["recipient_codes"]),  # type: ignore[arg-type]
             r["modality"], dead(r.get("fatal"), r.get("killed")),  # type: ignore[arg-type]
             r["location_name"], r["attribution_text"], r["source"],
             r["sentence_text"])
            for r in rows
        ],
    )  # fmt: skip


def corpus_table(rows: list[dict[str, object]]) -> str:
    return table(
        ["from", "to", "actors", "cameo", "plover", "recipients", "where", "articles",
         "sources", "mentions", "id"],
        [
            (r["date_start"], r["date_end"],
             _names(r["actor_names"], r["actor_codes"]),  # type: ignore[arg-type]
             r["cameo"], r["plover"],
             _names(r["recipient_names"], r["recipient_codes"]),  # type: ignore[arg-type]
             r["location_name"] or r["location_country"], r["num_articles"], r["num_sources"],
             r["num_mentions"], r["id"])
            for r in rows
        ],
    )  # fmt: skip


def checked(query: EventQuery) -> EventQuery:
    """The query, or a usage error naming the option (`--from`, not `date_from`) and what it
    takes."""
    try:
        return query.checked()
    except QueryError as exc:
        ctx = click.get_current_context()
        param = next((p for p in ctx.command.params if p.name == exc.field), None)
        raise click.BadParameter(
            f"must be {exc.expected}, not {exc.value!r}", ctx=ctx, param=param
        ) from None


@click.command("query")
@DB_OPTION
@click.option("--actor", help="Actor or recipient: name substring or code (USA, USAGOV).")
@click.option("--country", help="ISO3 country of an actor or recipient.")
@click.option("--plover", help="PLOVER event type (CONSULT, ASSAULT ...).")
@click.option("--cameo", help="CAMEO code prefix (04 = all consultations).")
@click.option("--from", "date_from", help="Events on or after this date (YYYY-MM-DD).")
@click.option("--to", "date_to", help="Events on or before this date (YYYY-MM-DD).")
@click.option("--modality", type=click.Choice(["asserted", "future", "hypothetical", "negated"]))
@click.option("--text", help="Word(s) in the event's sentence.")
@click.option("--source", help="Source site (bbc.co.uk).")
@click.option("--article", "article_id", help="Only this article id.")
@MIN_CONFIDENCE_OPTION
@click.option(
    "--merged",
    is_flag=True,
    help="Corpus-level events (one per real-world event, with article counts).",
)
@click.option("--limit", default=50, show_default=True, type=click.IntRange(0))
@click.option("--offset", default=0, type=click.IntRange(0))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def command(db: str | None, merged: bool, fmt: str, **filters: object) -> None:
    """Find stored events by actor, country, type, date, modality, words or source."""
    filters["min_confidence"] = filters["min_confidence"] or None  # 0 keeps every event
    query = checked(EventQuery(**filters))  # type: ignore[arg-type]
    with opened(db) as store:
        if merged:
            rows, total = store.corpus_events(query), None
        else:
            rows, total = store.events_page(query)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows and not total:
        click.echo(f"no {'corpus ' if merged else ''}events match")
        return
    click.echo(corpus_table(rows) if merged else events_table(rows))
    if total is not None and total > len(rows):
        shown = f"{query.offset + 1}-{query.offset + len(rows)}" if rows else "none"
        click.echo(f"({shown} of {total} events; use --limit/--offset for more)", err=True)
