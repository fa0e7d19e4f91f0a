"""The HTTP API and the web explorer (`pip install 'newsevents[web]'`).

`create_app(open_store("news.duckdb", read_only=True))` is an ASGI app any server can run;
`newsevents serve` runs it with uvicorn. See docs/web.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Imported lazily so that a missing [web] extra fails with an install hint, not at import.
    if name == "create_app":
        try:
            from .app import create_app
        except ImportError as exc:
            raise ImportError(
                f"the web explorer needs the [web] extra: pip install 'newsevents[web]' ({exc})"
            ) from exc
        return create_app
    raise AttributeError(name)
