"""`newsevents eval LAYER [--data FILE]`: one JSON object of metrics."""

from __future__ import annotations

import json
import sys

import click

from ..config import Settings
from ..errors import NewseventsError
from ..evaluate import LAYERS, evaluate
from ..evaluate.formats import DEFAULT_DATA, default_data


@click.command("eval")
@click.argument("layer", type=click.Choice(sorted(LAYERS)))
@click.option(
    "--data",
    type=click.Path(exists=True, dir_okay=False),
    help="Annotated JSONL for the layer (default: its gold slice in tests/gold/, "
    "as listed in docs/cli.md).",
)
@click.option("--model", help="spaCy model (package name, 'md', or a path).")
@click.option("--limit", type=int, default=None, help="Score only the first N records.")
def command(layer: str, data: str | None, model: str | None, limit: int | None) -> None:
    """Measure a layer against annotated data and print its metrics as JSON."""
    settings = Settings.from_env(model=model)
    try:
        path = data or str(default_data(layer))
        if data is None:
            click.echo(f"eval {layer}: {DEFAULT_DATA[layer]} (the in-repo gold slice)", err=True)
        metrics = evaluate(layer, path, settings=settings, limit=limit)
    except NewseventsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    skipped = metrics.get("skipped")
    if skipped:  # the figures cover fewer records than the file holds: say so where it is seen
        click.echo(
            f"warning: {skipped['count']} record(s) of {path} not scored (first: "
            f"{skipped['reasons'][0]}); the figures cover the records that were",
            err=True,
        )
    click.echo(json.dumps(metrics, indent=1))
