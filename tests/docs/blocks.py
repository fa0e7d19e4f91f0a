"""The runnable examples of the documentation: fenced ```bash, ```sh, ```console and ```python
blocks of README.md and docs/*.md.

An HTML comment on the line before a block, `<!-- skip-test: REASON -->`, keeps the block out
of the test (a REASON is required): for what cannot run offline in a few seconds, such as a
`pip install`, a Ray cluster's address, or a server that runs until stopped.

A ```console block is a session: `$ COMMAND` lines, each followed by the output it must show
(every shown line, in order; a line ending in `...` matches any line it begins). A command whose
shown output begins with `Error:` or `error:` must fail; every other command must succeed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = {"bash": "shell", "sh": "shell", "console": "console", "python": "python"}
# Fenced blocks that are shown, never run; any other language (```shell, ```py, a bare ```) is
# refused, so that an example cannot slip past the test by its spelling.
SHOWN = {"text", "json", "sql"}
_FENCE = re.compile(r"^```(\w*)\s*$")
_SKIP = re.compile(r"^<!--\s*skip-test:(.*?)-->\s*$")
_MARKER = re.compile(r"^\s*<!--\s*skip-test\b")


@dataclass(frozen=True, slots=True)
class Block:
    doc: str  # path relative to the repository root
    line: int  # of the opening fence, 1-based
    kind: str  # shell | console | python
    text: str
    skip: str | None  # the reason, when marked skip-test

    @property
    def name(self) -> str:
        return f"{self.doc}:{self.line}"


@dataclass(frozen=True, slots=True)
class Command:
    """One `$ COMMAND` of a console block and the output lines shown under it."""

    line: str
    shown: tuple[str, ...]

    @property
    def must_fail(self) -> bool:
        return bool(self.shown) and self.shown[0].lower().startswith("error:")


def doc_files(root: Path) -> list[Path]:
    return [root / "README.md", *sorted((root / "docs").glob("*.md"))]


def parse(path: Path, root: Path) -> list[Block]:
    """The runnable blocks of one Markdown file, in order; raises ValueError on a skip marker
    without a reason or not right before a runnable block."""
    lines = path.read_text(encoding="utf-8").splitlines()
    doc = str(path.relative_to(root))
    blocks: list[Block] = []
    markers = {n for n, line in enumerate(lines) if _MARKER.search(line)}
    used: set[int] = set()
    n = 0
    while n < len(lines):
        fence = _FENCE.match(lines[n])
        if not fence:
            n += 1
            continue
        end = next((i for i in range(n + 1, len(lines)) if lines[i].startswith("```")), None)
        if end is None:
            raise ValueError(f"{doc}:{n + 1}: a fenced block is never closed")
        if fence.group(1) not in LANGUAGES.keys() | SHOWN:
            raise ValueError(
                f"{doc}:{n + 1}: a block must say its language: one of "
                f"{', '.join(sorted(LANGUAGES.keys() | SHOWN))}, not {fence.group(1)!r}"
            )
        kind = LANGUAGES.get(fence.group(1))
        if kind is not None:
            skip = None
            if n > 0 and (marker := _SKIP.match(lines[n - 1])):
                skip = marker.group(1).strip()
                if not skip:
                    raise ValueError(f"{doc}:{n}: skip-test needs a reason")
                used.add(n - 1)
            text = "\n".join(lines[n + 1 : end]) + "\n"
            blocks.append(Block(doc, n + 1, kind, text, skip))
        n = end + 1
    stray = sorted(markers - used)
    if stray:
        raise ValueError(
            f"{doc}:{stray[0] + 1}: a skip-test marker must be the line right before a "
            "```bash, ```sh, ```console or ```python block, as <!-- skip-test: REASON -->"
        )
    return blocks


def commands(block: Block) -> list[Command]:
    """The `$ ` commands of a console block with the output shown under each."""
    out: list[Command] = []
    for line in block.text.splitlines():
        if line.startswith("$ "):
            out.append(Command(line[2:], ()))
        elif out and line.strip():
            out[-1] = Command(out[-1].line, (*out[-1].shown, line.rstrip()))
        elif line.strip():
            raise ValueError(f"{block.name}: output before the first `$ ` command: {line!r}")
    return out


def missing_output(shown: tuple[str, ...], output: str) -> str | None:
    """The first shown line the output lacks (in order), or None when it has them all."""
    actual = [line.rstrip() for line in output.splitlines()]
    at = 0
    for want in shown:
        prefix = want.endswith("...")
        stem = want[:-3].rstrip() if prefix else want
        for i in range(at, len(actual)):
            if actual[i] == stem or (prefix and actual[i].startswith(stem)):
                at = i + 1
                break
        else:
            return want
    return None
