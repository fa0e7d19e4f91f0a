"""The bad-input corpus (generated once per session) and the limits the reliability tests use."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.config import Settings

from ..servers import LiveServer, free_port  # noqa: F401 - fixtures and tests use them
from .corpus import Entry, build


@pytest.fixture(scope="session")
def bad_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Entry]]:
    """A folder of >= 200 hostile inputs with good articles mixed in, and what each must become."""
    folder = tmp_path_factory.mktemp("bad-corpus")
    return folder, build(folder)


@pytest.fixture(scope="session")
def limits() -> Settings:
    """Tighter per-article limits than the defaults, so that the huge inputs are refused or cut
    in seconds: 2 MB per file, 20,000 characters per article, 10 s per stage."""
    return Settings(max_bytes=2_000_000, max_chars=20_000, stage_timeout_s=10.0)
