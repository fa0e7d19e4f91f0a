"""newsevents: read news articles into a structured, traceable record of world events."""

from __future__ import annotations

from .api import IngestReport, extract, get_pipeline, ingest, ingest_items
from .config import Settings
from .errors import NewseventsError
from .pipeline import Pipeline
from .readers import make_article
from .records import Article, Document, Entity, Event, Failure, Place, Quantity, Quote, Timex
from .serialize import to_dict, to_json
from .store import open_store

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Document",
    "Entity",
    "Event",
    "Failure",
    "IngestReport",
    "NewseventsError",
    "Pipeline",
    "Place",
    "Quantity",
    "Quote",
    "Settings",
    "Timex",
    "__version__",
    "extract",
    "get_pipeline",
    "ingest",
    "ingest_items",
    "make_article",
    "open_store",
    "to_dict",
    "to_json",
]
