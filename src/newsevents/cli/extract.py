"""`newsevents extract FILE|-`: read one article and print its record."""

from __future__ import annotations

import json
import sys

import click

from ..api import extract
from ..config import Settings
from ..errors import NewseventsError
from ..readers.decode import decode_bytes
from ..serialize import to_dict
from .tables import print_document_table


@click.command("extract")
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--published", help="Publication date YYYY-MM-DD (anchors relative dates).")
@click.option("--url", help="Where the article came from.")
@click.option("--title", help="The article's headline.")
@click.option("--language", help="Skip detection and treat the text as this language.")
@click.option("--model", help="spaCy model (package name, 'md', or a path).")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True
)
def command(
    file: str,
    published: str | None,
    url: str | None,
    title: str | None,
    language: str | None,
    model: str | None,
    fmt: str,
) -> None:
    """Read one article (a text file, or - for stdin) and print what it says."""
    settings = Settings.from_env(model=model)
    try:
        if file == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(file, "rb") as fh:
                data = fh.read(settings.max_bytes + 1)
        text = decode_bytes(data, path=file, max_bytes=settings.max_bytes)
        doc = extract(
            text, published=published, url=url, title=title, language=language, settings=settings
        )
    except NewseventsError as exc:
        click.echo(f"error: {file}: {exc}", err=True)
        sys.exit(2)
    except OSError as exc:
        click.echo(f"error: {file}: {exc.strerror or exc}", err=True)
        sys.exit(2)
    if fmt == "json":
        click.echo(json.dumps(to_dict(doc), ensure_ascii=False, indent=1))
    else:
        print_document_table(doc)
