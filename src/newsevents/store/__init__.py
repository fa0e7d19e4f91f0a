"""Where documents are kept: the Store seam, DuckDB by default, an in-memory fake for tests."""

from __future__ import annotations

from .base import Store, open_store

__all__ = ["Store", "open_store"]
