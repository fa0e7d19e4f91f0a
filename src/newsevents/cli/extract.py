"""`newsevents extract FILE|-`: read one article and print its record."""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterable
from typing import NoReturn

import click

from ..api import extract
from ..config import Settings
from ..errors import NewseventsError
from ..readers import make_article, read_paths, read_stdin
from ..readers.articles import reader_name
from ..records import Article, Failure
from ..serialize import to_dict
from .tables import print_document_table


@click.command("extract")
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--published", help="Publication date YYYY-MM-DD (anchors relative dates).")
@click.option("--url", help="Where the article came from.")
@click.option("--title", help="The article's headline.")
@click.option("--language", help="Skip detection and treat the text as this language.")
@click.option(
    "--item",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Which article of a file holding several (JSONL, JSON array, WARC, feed).",
)
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
    item: int,
    model: str | None,
    fmt: str,
) -> None:
    """Read one article and print what it says: a file of any type `ingest` reads (.txt,
    .html/.htm(.gz), .json/.jsonl, .warc(.gz), .rss/.atom), or - for plain text on stdin.
    Which reader was used is said on stderr."""
    settings = Settings.from_env(model=model)
    given = {"published": published, "url": url, "title": title}
    reader = "text" if file == "-" else reader_name(file)
    if file == "-":
        items = iter([read_stdin(max_bytes=settings.max_bytes, text_meta=given)])
    else:
        items = read_paths([file], max_bytes=settings.max_bytes, text_meta=given)
    try:
        first, more = _pick(items, item)
        if first is None:
            _error(file, f"no article {item} in the file ({reader} reader)")
        if isinstance(first, Failure):
            _error(file, first.reason)
        article = _override(first, given, language)
        doc = extract(article, settings=settings)
    except NewseventsError as exc:
        _error(file, str(exc))
    except OSError as exc:
        _error(file, exc.strerror or str(exc))
    position = f", article {item}" + (" (more follow: --item N)" if more else "")
    click.echo(f"read {file} with the {reader} reader{position}", err=True)
    if fmt == "json":
        click.echo(json.dumps(to_dict(doc), ensure_ascii=False, indent=1))
    else:
        print_document_table(doc)


def _pick(items: Iterable[Article | Failure], n: int) -> tuple[Article | Failure | None, bool]:
    """The n-th item (1-based) and whether another follows it."""
    it = iter(items)
    chosen = next(itertools.islice(it, n - 1, None), None)
    return chosen, chosen is not None and next(it, None) is not None


def _override(article: Article, given: dict[str, str | None], language: str | None) -> Article:
    """The article with the options given on the command line winning over what it says."""
    if not any(given.values()) and language is None:
        return article
    return make_article(
        article.text,
        url=given["url"] or article.url,
        title=given["title"] or article.title,
        published=given["published"] or article.published,
        source=None if given["url"] else article.source,  # then the new URL's site
        language=language or article.language,
        meta=article.meta,
    )


def _error(file: str, message: str) -> NoReturn:
    click.echo(f"error: {file}: {message}", err=True)
    sys.exit(2)
