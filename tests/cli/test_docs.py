"""docs/cli.md names every option of every command (the reference a newcomer reads first)."""

from __future__ import annotations

import importlib
import re

import click
import pytest

from newsevents.cli import COMMANDS

from ..conftest import ROOT

DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def documented(name: str) -> str:
    """The command's row of the table and its own section, if it has one."""
    row = next((line for line in DOC.splitlines() if line.startswith(f"| `{name}")), "")
    section = re.search(rf"^## {re.escape(name)}\n(.*?)(?=^## |\Z)", DOC, re.M | re.S)
    return row + (section.group(1) if section else "")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_option_of_a_command_is_in_its_row_or_section_of_docs_cli(name: str) -> None:
    command = importlib.import_module(COMMANDS[name]).command
    text = documented(name)
    assert text, f"docs/cli.md has no row for `{name}`"
    options = [
        o
        for p in command.params
        if isinstance(p, click.Option) and not p.hidden
        for o in p.opts
        if o.startswith("--")
    ]
    missing = [o for o in options if not re.search(rf"{re.escape(o)}\b", text)]
    assert not missing, f"docs/cli.md does not name {missing} of `{name}`"
