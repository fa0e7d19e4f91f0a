"""`newsevents eval LAYER --data FILE`: one JSON object of metrics."""

from __future__ import annotations

import json
import sys

import click

from ..config import Settings
from ..errors import NewseventsError
from ..evaluate import LAYERS, evaluate


@click.command("eval")
@click.argument("layer", type=click.Choice(sorted(LAYERS)))
@click.option("--data", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--model", help="spaCy model (package name, 'md', or a path).")
@click.option("--limit", type=int, default=None, help="Score only the first N records.")
def command(layer: str, data: str, model: str | None, limit: int | None) -> None:
    """Measure a layer against annotated data and print its metrics as JSON."""
    settings = Settings.from_env(model=model)
    try:
        metrics = evaluate(layer, data, settings=settings, limit=limit)
    except NewseventsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(json.dumps(metrics, indent=1))
