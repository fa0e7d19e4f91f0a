"""The one reader of these tests: the default pipeline up to the event layer, a text read as an
English article published on the test module's `PUBLISHED` date."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.config import DEFAULT_STAGES, Settings
from newsevents.readers import make_article
from newsevents.records import Document

FULL = DEFAULT_STAGES[: DEFAULT_STAGES.index("events.rules.v1") + 1]

Reader = Callable[[str], Document]


@pytest.fixture(scope="session")
def event_pipeline():
    from newsevents.api import get_pipeline

    return get_pipeline(Settings(stages=FULL))


@pytest.fixture(scope="module")
def read(request: pytest.FixtureRequest, event_pipeline) -> Reader:
    published = request.module.PUBLISHED

    def run(text: str) -> Document:
        article = make_article(text, published=published, language="en", detect=False)
        return event_pipeline.run(article)

    return run
