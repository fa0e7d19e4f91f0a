"""`newsevents stories`: the stories of a store, most reported first, or one story's thread."""

from __future__ import annotations

import json

import click

from .store import DB_OPTION, fail, opened
from .tables import table


@click.command("stories")
@DB_OPTION
@click.option("--id", "story_id", help="One story: its articles and events, first report first.")
@click.option("--text", help="Words in the story's title.")
@click.option("--actor", help="An actor of the story (part of a name).")
@click.option("--place", help="A place of the story's events (part of a name).")
@click.option("--source", help="A source that reported it (the site or a subdomain).")
@click.option("--date-from", help="Reported on or after this date (YYYY-MM-DD).")
@click.option("--date-to", help="First reported on or before this date (YYYY-MM-DD).")
@click.option("--min-articles", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def command(
    db: str | None,
    story_id: str | None,
    as_json: bool,
    **filters: object,
) -> None:
    """List the stories of a store (docs/stories.md), or show one with --id."""
    with opened(db) as store:
        if story_id:
            found = store.story(story_id)
            if found is None:
                fail(f"no story {story_id}")
            rows = [found]
        else:
            rows = store.stories(**filters)
    if as_json:
        click.echo(json.dumps(rows if not story_id else rows[0], indent=1, default=str))
    elif story_id:
        click.echo(_thread(rows[0]))
    elif not rows:
        click.echo("no stories")
    else:
        click.echo(
            table(
                ("story", "articles", "sources", "first seen", "last seen", "title"),
                [
                    (
                        r["id"],
                        r["num_articles"],
                        r["num_sources"],
                        r["first_seen"] or "-",
                        r["last_seen"] or "-",
                        _short(r["title"] or "-"),
                    )
                    for r in rows
                ],
            )
        )


def _thread(story: dict[str, object]) -> str:
    lines = [
        f"{story['title'] or '(untitled)'}",
        f"{story['num_articles']} articles from {story['num_sources']} sources, "
        f"{story['first_seen'] or '?'} to {story['last_seen'] or '?'}",
        "",
        table(
            ("published", "source", "title"),
            [
                (a["published"] or "-", a["source"] or "-", _short(a["title"] or a["id"]))
                for a in story["articles"]  # type: ignore[attr-defined]
            ],
        ),
    ]
    events = story["events"]
    if events:
        lines += [
            "",
            table(
                ("date", "event", "who", "whom", "where", "articles"),
                [
                    (
                        e["date_start"] or "-",
                        f"{e['plover']} ({e['modality']})",
                        ", ".join(e["actor_names"] or ()) or "-",
                        ", ".join(e["recipient_names"] or ()) or "-",
                        e["location_name"] or "-",
                        e["num_articles"],
                    )
                    for e in events  # type: ignore[attr-defined]
                ],
            ),
        ]
    return "\n".join(lines)


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."
