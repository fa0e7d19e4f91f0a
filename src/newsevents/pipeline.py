"""Stage protocol, stage registry and the Pipeline that runs them.

A pipeline is a parser (Article -> Document with tokens, sentences and NER) followed by stages
(Document -> Document). Each stage declares the layers it requires and produces; `Pipeline.build`
checks the order once, so a misconfigured pipeline fails before it reads any article.
"""

from __future__ import annotations

import importlib
import logging
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from types import FrameType
from typing import Literal, Protocol, runtime_checkable

from .config import Settings
from .errors import (
    InputError,
    LanguageError,
    NewseventsError,
    PipelineError,
    StageError,
    StageTimeoutError,
)
from .records import Article, Document, Failure

log = logging.getLogger(__name__)

# Registered stage factories: versioned name -> "module:callable" taking Settings.
# Kept as import strings so that building the registry imports nothing heavy (spaCy included).
REGISTRY: dict[str, str] = {
    "parse.spacy.v1": "newsevents.parse.spacy_adapter:SpacyParser",
    "entities.rules.v1": "newsevents.layers.entities:EntityStage",
    "places.gazetteer.v1": "newsevents.layers.places:PlaceStage",
    "timex.rules.v1": "newsevents.layers.timexes:TimexStage",
    "quantities.rules.v1": "newsevents.layers.quantities:QuantityStage",
    "quotes.rules.v1": "newsevents.layers.quotes:QuoteStage",
    "events.rules.v1": "newsevents.layers.events:EventStage",
    "main_event.rules.v1": "newsevents.layers.main_event:MainEventStage",
}


@runtime_checkable
class Stage(Protocol):
    """Document -> Document; `requires`/`produces` name layers of the Document."""

    name: str
    requires: frozenset[str]
    produces: frozenset[str]

    def __call__(self, doc: Document) -> Document: ...


@runtime_checkable
class Parser(Protocol):
    """Article -> Document with the `tokens`, `sentences` and `ner` layers."""

    name: str
    produces: frozenset[str]

    def parse(self, article: Article) -> Document: ...

    def parse_many(self, articles: Iterable[Article], *, batch_size: int) -> Iterator[Document]: ...


def register(name: str, target: str) -> None:
    """Add a stage factory (`"package.module:Factory"`) under a versioned name."""
    REGISTRY[name] = target


def create(name: str, settings: Settings) -> Stage | Parser:
    try:
        target = REGISTRY[name]
    except KeyError:
        raise PipelineError(f"unknown stage {name!r}; registered: {sorted(REGISTRY)}") from None
    module_name, _, attr = target.partition(":")
    factory: Callable[[Settings], Stage | Parser] = getattr(
        importlib.import_module(module_name), attr
    )
    return factory(settings)


Result = Document | Failure
OnError = Literal["skip", "raise"]


class Pipeline:
    """A parser and the stages after it, checked once when built."""

    def __init__(self, parser: Parser, stages: Iterable[Stage], settings: Settings) -> None:
        self.parser = parser
        self.stages = tuple(stages)
        self.settings = settings
        self._check()

    @classmethod
    def build(cls, settings: Settings | None = None) -> Pipeline:
        settings = settings or Settings()
        if not settings.stages:
            raise PipelineError("a pipeline needs at least a parser")
        first, *rest = settings.stages
        parser = create(first, settings)
        if not isinstance(parser, Parser):
            raise PipelineError(f"the first stage {first!r} must be a parser")
        stages = []
        for name in rest:
            stage = create(name, settings)
            if not isinstance(stage, Stage):
                raise PipelineError(f"{name!r} is not a Document -> Document stage")
            stages.append(stage)
        return cls(parser, stages, settings)

    def _check(self) -> None:
        have = set(self.parser.produces) | {"article"}
        for stage in self.stages:
            missing = set(stage.requires) - have
            if missing:
                raise PipelineError(
                    f"stage {stage.name} requires {sorted(missing)}, which no earlier stage "
                    f"produces (available: {sorted(have)})"
                )
            have |= set(stage.produces)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.parser.name, *(s.name for s in self.stages))

    # -- running ---------------------------------------------------------------------------

    def admit(self, article: Article) -> Article:
        """Refuse what the pipeline must not read; cut over-long text (recorded as an error)."""
        s = self.settings
        if not article.text.strip():
            raise InputError(f"article {article.id} has no text")
        if s.language_check and article.language not in s.languages:
            raise LanguageError(
                f"article {article.id} is in language {article.language!r}; "
                f"this pipeline reads {', '.join(s.languages)}",
                language=article.language,
            )
        return article

    def parse(self, article: Article) -> Document:
        """Admit, cut and parse one article: the parser's Document, before any later stage.

        With `annotate` this is `run` in two steps, so that a parse can be kept (pickled) and
        the later stages re-run on it, e.g. to measure a rule change without parsing again.
        """
        article = self._truncate(self.admit(article))
        try:
            with time_limit(self.settings.stage_timeout_s, self.parser.name, article.id):
                return self.parser.parse(article)
        except StageTimeoutError:
            raise
        except Exception as exc:
            raise StageError(self.parser.name, article.id, exc) from exc

    def annotate(self, doc: Document, on_error: OnError = "skip") -> Document:
        """Run the stages after the parser over a parsed document.

        With on_error="skip" a stage that raises (a bug, or input it cannot read) degrades the
        document instead of losing it: the document keeps the layers that worked, the stage is
        named in `errors` ("stage: ErrorType: message"), and each later stage that requires a
        layer it did not produce is skipped and named too. A timeout still fails the article.
        """
        cut = dict(doc.article.meta).get("truncated_from")
        if cut and not any(e.startswith("text cut") for e in doc.errors):
            note = f"text cut from {cut} to {len(doc.article.text)} characters (max_chars)"
            doc = replace(doc, errors=(*doc.errors, note))
        lost: set[str] = set()  # layers a failed or skipped stage did not produce
        for stage in self.stages:
            missing = sorted(stage.requires & lost)
            if missing:
                note = f"{stage.name}: skipped: requires {', '.join(missing)}, which failed"
                doc = replace(doc, errors=(*doc.errors, note))
                lost |= stage.produces
                continue
            try:
                with time_limit(self.settings.stage_timeout_s, stage.name, doc.article.id):
                    done = stage(doc)
            except NewseventsError:
                raise
            except Exception as exc:  # a bug or bad input inside one stage, for one article
                if on_error == "raise":
                    raise StageError(stage.name, doc.article.id, exc) from exc
                log.warning("stage %s failed on article %s: %r", stage.name, doc.article.id, exc)
                note = f"{stage.name}: {type(exc).__name__}: {exc}"
                doc = replace(doc, errors=(*doc.errors, note))
                lost |= stage.produces
                continue
            doc = replace(done, layers=done.layers | stage.produces)
        return doc

    def run(self, article: Article, *, on_error: OnError = "raise") -> Document:
        """Read one article through every stage.

        Raises on failure; with on_error="skip" a failing stage after the parser degrades the
        document instead (see `annotate`).
        """
        return self.annotate(self.parse(article), on_error)

    def run_many(
        self, articles: Iterable[Article], *, on_error: OnError = "skip"
    ) -> Iterator[Result]:
        """Read many articles, batching the parser; yields a Document or a Failure per article,
        in input order.

        With on_error="skip" an article that cannot be read (refused, unparsable, past its time
        limit) yields a Failure and the batch goes on, and a stage that fails on an article
        leaves it degraded: kept with the layers that worked, the failure in `errors`. With
        on_error="raise" the first failure raises.
        """
        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) >= self.settings.batch_size:
                yield from self._run_chunk(chunk, on_error)
                chunk = []
        if chunk:
            yield from self._run_chunk(chunk, on_error)

    def _run_chunk(self, chunk: list[Article], on_error: OnError) -> Iterator[Result]:
        slots: list[Result | Article] = []
        for article in chunk:
            try:
                slots.append(self._truncate(self.admit(article)))
            except NewseventsError as exc:
                if on_error == "raise":
                    raise
                slots.append(_failure(article.id, "admit", exc))
        admitted = [a for a in slots if isinstance(a, Article)]
        parsed = iter(self._parse_batch(admitted, on_error))
        for slot in slots:
            if not isinstance(slot, Article):
                yield slot
                continue
            result = next(parsed)
            if isinstance(result, Failure):
                yield result
                continue
            try:
                yield self.annotate(result, on_error)
            except NewseventsError as exc:
                if on_error == "raise":
                    raise
                yield _failure(result.article.id, getattr(exc, "stage", "pipeline"), exc)

    def _parse_batch(self, batch: list[Article], on_error: OnError) -> list[Result]:
        """One Document or Failure per article of the batch, in order."""
        if not batch:
            return []
        limit = self.settings.stage_timeout_s
        try:
            # the batch gets the time of its articles together; one by one, each gets its own
            with time_limit(limit * len(batch), self.parser.name, None):
                return list(self.parser.parse_many(batch, batch_size=self.settings.batch_size))
        except Exception:
            log.warning("batch parse failed; parsing its %d articles one by one", len(batch))
        out: list[Result] = []
        for article in batch:
            try:
                with time_limit(limit, self.parser.name, article.id):
                    out.append(self.parser.parse(article))
            except Exception as exc:
                if on_error == "raise":
                    raise StageError(self.parser.name, article.id, exc) from exc
                out.append(_failure(article.id, self.parser.name, exc))
        return out

    def _truncate(self, article: Article) -> Article:
        limit = self.settings.max_chars
        if len(article.text) <= limit:
            return article
        cut = article.text.rfind("\n", 0, limit)
        cut = cut if cut > limit // 2 else limit
        log.warning("article %s cut from %d to %d characters", article.id, len(article.text), cut)
        meta = (*article.meta, ("truncated_from", str(len(article.text))))
        return replace(article, text=article.text[:cut], meta=meta)


# (stage, article id, seconds) of the limit the timer signal is armed for, on the main thread.
_ARMED: tuple[str, str | None, float] | None = None


def _ring(signum: int, frame: FrameType | None) -> None:
    if _ARMED is not None:
        raise StageTimeoutError(*_ARMED)


def _can_alarm() -> bool:
    """A timer signal can interrupt a stage: POSIX, the main thread, no one else's timer."""
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None, _ring)
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )


@contextmanager
def time_limit(seconds: float, stage: str, article_id: str | None) -> Iterator[None]:
    """Raise StageTimeoutError when the body runs longer than `seconds` (0 or less: no limit).

    On the main thread of a POSIX process a timer signal (SIGALRM) interrupts the body: Python
    code at once, spaCy between its components (one C call finishes first). Elsewhere -- a web
    server's worker thread, a program with its own SIGALRM handler -- the limit is checked when
    the body returns: the article is still refused, but only once the stage has finished.
    """
    global _ARMED
    if seconds <= 0:
        yield
        return
    started = time.monotonic()
    alarm = _can_alarm()
    if alarm:
        signal.signal(signal.SIGALRM, _ring)
        _ARMED = (stage, article_id, seconds)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if alarm:
            _ARMED = None
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
            finally:
                signal.signal(signal.SIGALRM, signal.SIG_DFL)
    if time.monotonic() - started > seconds:  # a stage that swallowed the signal, or no signal
        raise StageTimeoutError(stage, article_id, seconds)


def stage_failure(doc: Document) -> tuple[str, str] | None:
    """The first registered stage that failed on a degraded document, with its
    "ErrorType: message" as `errors` records it; None when no stage failed."""
    for note in doc.errors:
        stage, sep, message = note.partition(": ")
        if sep and stage in REGISTRY and not message.startswith("skipped: "):
            return stage, message
    return None


def _failure(article_id: str | None, stage: str, exc: BaseException) -> Failure:
    reason = getattr(exc, "reason", None) or type(exc).__name__
    cause = getattr(exc, "cause", None)
    error = type(cause).__name__ if cause is not None else type(exc).__name__
    return Failure(
        article_id=article_id, path=None, stage=stage, error=error, reason=f"{reason}: {exc}"
    )
