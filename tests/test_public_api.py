"""The public names of `newsevents` stay what they are, however much of the package is imported.

`newsevents.extract` once broke on its second call: building the pipeline imported the package
`newsevents.extract.entities`, and the import system rebound `newsevents.extract` to the package.
The checks run in a fresh interpreter, where each submodule is imported for the first time.
"""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import newsevents

# Runs in a fresh interpreter: the kind of every public name, then two articles read (the
# pipeline built and every stage imported by its registry name), then every module imported.
_SCRIPT = textwrap.dedent(
    """
    import importlib, inspect, pkgutil
    import newsevents

    def kinds():
        return {
            name: "class" if inspect.isclass(v) else "function" if inspect.isfunction(v)
            else "module" if inspect.ismodule(v) else type(v).__name__
            for name in newsevents.__all__ for v in [getattr(newsevents, name)]
        }

    before = kinds()
    assert "module" not in before.values(), before
    for text in ("Biden met Scholz in Berlin on Tuesday.", "Officials in Nairobi said so."):
        doc = newsevents.extract(text, published="2024-06-12", language="en")
        assert isinstance(doc, newsevents.Document) and doc.tokens, text
    assert kinds() == before, "reading articles rebound a public name"
    for m in pkgutil.walk_packages(newsevents.__path__, "newsevents."):
        try:
            importlib.import_module(m.name)
        except ImportError:  # an optional extra that is not installed
            pass
    assert kinds() == before, "importing the package's modules rebound a public name"
    print("ok", len(before))
    """
)


def test_all_is_sorted_and_importable() -> None:
    assert list(newsevents.__all__) == sorted(newsevents.__all__)
    for name in newsevents.__all__:
        assert hasattr(newsevents, name), name


def test_public_names_keep_their_type_after_reading_and_importing_everything() -> None:
    # the same newsevents as this test reads, whether installed or on PYTHONPATH
    src = str(Path(newsevents.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=300, env=env
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.startswith("ok")


@pytest.mark.parametrize("name", newsevents.__all__)
def test_no_public_name_is_also_a_module_of_the_package(name: str) -> None:
    # Importing newsevents.X for the first time sets the attribute X of newsevents to the
    # module, whatever the package had bound to X before.
    walked = pkgutil.walk_packages(newsevents.__path__, "newsevents.")
    children = {m.name.split(".")[1] for m in walked}
    assert {"layers", "parse", "serialize", "api"} <= children
    assert name not in children, f"newsevents.{name} is also a module of the package"
