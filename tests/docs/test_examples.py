"""Every shell and Python example of README.md and docs/*.md runs as documented.

The examples run where a newcomer runs them: in a clone after `make run`. The test builds that
clone once in a temporary folder (the `examples/` corpus ingested into `newsevents.duckdb` by
the steps of the Makefile's `run` target, all but the last, which serves until stopped), with
`.venv/bin/newsevents` and `.venv/bin/python` first on the PATH, and `../shared` beside it when
present. Each Markdown file gets its own copy of that clone; its blocks run in order there, so a
later block may use what an earlier one wrote. The few files the docs name as the reader's own
(`corpus/`, `news/`, `crawl.warc.gz` ...) are made from `examples/` (`INPUTS`).

`newsevents` commands (and Python blocks) run in children of one fork server that has loaded the
model once (`zygote.py`), which keeps the whole run to a couple of minutes. How to mark a block
that cannot run here: `blocks.py`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from io import BytesIO
from pathlib import Path

import pytest

from ..conftest import ROOT, SHARED
from . import zygote
from .blocks import Block, commands, doc_files, missing_output, parse

TIMEOUT_S = 240  # one block; the slowest (a process pool's start) takes seconds


def _parse_all() -> tuple[list[Block], list[str]]:
    blocks, problems = [], []
    for path in doc_files(ROOT):
        try:
            blocks += parse(path, ROOT)
        except ValueError as exc:
            problems.append(str(exc))
    return blocks, problems


BLOCKS, PROBLEMS = _parse_all()


def test_the_docs_have_runnable_examples_and_every_skip_says_why() -> None:
    assert not PROBLEMS, PROBLEMS
    docs = {b.doc for b in BLOCKS if b.skip is None}
    assert {"README.md", "docs/cli.md", "docs/quickstart.md", "docs/storage.md"} <= docs


def test_a_skip_marker_without_a_reason_or_away_from_a_block_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("<!-- skip-test: -->\n```sh\nnewsevents stats\n```\n")
    with pytest.raises(ValueError, match="needs a reason"):
        parse(page, tmp_path)
    page.write_text("<!-- skip-test: offline -->\n\nProse.\n```sh\nnewsevents stats\n```\n")
    with pytest.raises(ValueError, match="right before"):
        parse(page, tmp_path)
    page.write_text("<!-- skip-test: a server -->\n```sh\nnewsevents serve\n```\n```text\nx\n```\n")
    (block,) = parse(page, tmp_path)
    assert (block.kind, block.skip, block.line) == ("shell", "a server", 2)
    page.write_text("```shell\nnewsevents stats\n```\n")
    with pytest.raises(ValueError, match="must say its language"):
        parse(page, tmp_path)


def test_console_output_is_matched_in_order_with_elisions() -> None:
    out = "Usage: newsevents query\n\nError: must be one of ACCUSE, AGREE, AID\n"
    assert missing_output(("Error: must be one of ACCUSE, ...",), out) is None
    assert missing_output(("Error: must be one of ACCUSE",), out) == "Error: must be one of ACCUSE"
    assert missing_output(("Error: must be ...", "Usage: newsevents query"), out) is not None


# -- the clone the examples run in -------------------------------------------------------------


def _rows(name: str) -> list[dict[str, str]]:
    lines = (ROOT / "examples" / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _warc(rows: list[dict[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = BytesIO()
    writer = WARCWriter(out, gzip=True)
    for row in rows:
        page = f"<html><head><title>{row['title']}</title></head><body><article>"
        page += "".join(f"<p>{p}</p>" for p in row["text"].split("\n") if p.strip())
        body = (page + "</article></body></html>").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
        record = writer.create_warc_record(
            row["url"], "response", payload=BytesIO(body), length=len(body), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()


def inputs() -> dict[str, bytes]:
    """The files the docs name as the reader's own, made from the articles of `examples/`."""
    news = _rows("wikinews-en.jsonl")
    a, b, c = news[:3]
    text = {k: r["text"].encode() for k, r in zip("abc", (a, b, c), strict=True)}
    return {
        "corpus/first.txt": text["a"],
        "corpus/second.txt": text["b"],
        "my-articles/story.txt": text["c"],
        "feed-dump.jsonl": (json.dumps(a) + "\n").encode(),
        "news/story.txt": text["b"],
        "crawl.warc.gz": _warc([a, b]),
        "dump.jsonl": (json.dumps({"body": c["text"], "date": c["published"]}) + "\n").encode(),
        "story.txt": text["a"],
        "crawl/story.txt": text["c"],
    }


def run_target(makefile: str, target: str) -> list[str]:
    """The recipe lines of a Makefile target, `$(BIN)` and `$(DB)` filled in."""
    recipe = re.search(rf"^{target}:.*\n((?:\t.*\n)+)", makefile, re.M)
    assert recipe, f"the Makefile has no {target} target"
    lines = [line.strip() for line in recipe.group(1).splitlines()]
    return [
        line.replace("$(BIN)", ".venv/bin").replace("$(DB)", "newsevents.duckdb") for line in lines
    ]


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, dict[str, str]]]:
    """The fork server's socket and the environment every example runs with."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSEVENTS_")}
    env.pop("COLUMNS", None)
    env["PYTHONPATH"] = str(ROOT / "src")
    # a Unix socket's path has a limit of about 100 bytes: a short folder, not pytest's own
    folder = tempfile.mkdtemp(
        prefix="newsevents-docs-", dir="/tmp" if os.path.isdir("/tmp") else None
    )
    sock = os.path.join(folder, "s")
    proc = subprocess.Popen(
        [sys.executable, str(Path(zygote.__file__)), sock],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        yield sock, env
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        proc.stdout.close()  # type: ignore[union-attr]
        shutil.rmtree(folder, ignore_errors=True)


def _bash(
    script: str, cwd: Path, env: dict[str, str], *, merged: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run `script` in bash, stopping at the first failing command; with `merged`, stderr goes
    into stdout, so the two keep their order as a terminal shows them."""
    return subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", script],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if merged else subprocess.PIPE,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


@pytest.fixture(scope="module")
def clone(server, tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A clone after `make run` (less the server), and the environment its examples run with."""
    sock, env = server
    home = tmp_path_factory.mktemp("made") / "newsevents"
    bin_ = home / ".venv" / "bin"
    bin_.mkdir(parents=True)
    (bin_ / "newsevents").write_text(zygote.shim(sys.executable, sock))
    (bin_ / "python").write_text(f'#!/bin/sh\nexec {sys.executable} "$@"\n')
    for exe in bin_.iterdir():
        exe.chmod(0o755)
    shutil.copytree(ROOT / "examples", home / "examples")
    for name, data in inputs().items():
        (home / name).parent.mkdir(parents=True, exist_ok=True)
        (home / name).write_bytes(data)
    env = {**env, "PATH": f"{bin_}{os.pathsep}{env['PATH']}"}
    *steps, last = run_target((ROOT / "Makefile").read_text(encoding="utf-8"), "run")
    assert " serve " in last, "the last step of `make run` serves"
    done = _bash("\n".join(steps), home, env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "41 read, 41 added" in done.stderr + done.stdout
    return home, env


@pytest.fixture(scope="module")
def sandbox(clone, tmp_path_factory) -> Callable[[str], Path]:
    """A copy of the clone for each Markdown file, made on first use."""
    made: dict[str, Path] = {}

    def get(doc: str) -> Path:
        if doc not in made:
            top = tmp_path_factory.mktemp(re.sub(r"\W", "-", doc))
            made[doc] = top / "newsevents"
            shutil.copytree(clone[0], made[doc], symlinks=True)
            if SHARED.exists():
                (top / "shared").symlink_to(SHARED.resolve())
        return made[doc]

    return get


def _report(block: Block, what: str, out: str, err: str) -> str:
    tail = f"--- stdout\n{out[-3000:]}--- stderr\n{err[-3000:]}"
    return f"{block.name}: {what}\n--- block\n{block.text}{tail}"


def _python(block: Block, cwd: Path, env: dict[str, str], sock: str) -> tuple[int, str, str]:
    """Run a Python block in a child of the fork server: exit status, stdout, stderr."""
    out, err = cwd / ".example.out", cwd / ".example.err"
    with open(os.devnull, "rb") as stdin, out.open("wb") as o, err.open("wb") as e:
        request = {"code": block.text, "name": block.name, "cwd": str(cwd), "env": env}
        status = zygote.call(sock, request, (stdin.fileno(), o.fileno(), e.fileno()))
    return status, out.read_text(), err.read_text()


def test_a_failing_example_fails_through_the_fork_server(server, clone, sandbox) -> None:
    """The seam cannot hide a failure: exit statuses and output come back as they were."""
    cwd, env = sandbox("a failing page"), clone[1]
    done = _bash("newsevents query --plover FOO\necho not reached", cwd, env)
    assert done.returncode == 2 and "not reached" not in done.stdout
    assert "Invalid value for '--plover'" in done.stderr
    piped = "newsevents query --actor Biden --min-confidence 0 --format json | python -c "
    piped += "'import json, sys; print(len(json.load(sys.stdin)) > 0)'"
    done = _bash(piped, cwd, env)
    assert (done.returncode, done.stdout) == (0, "True\n"), done.stderr
    raising = Block("page.md", 1, "python", "import newsevents\nprint('so far')\n1 / 0\n", None)
    status, out, err = _python(raising, cwd, env, server[0])
    assert (status, out) == (1, "so far\n") and "ZeroDivisionError" in err


@pytest.mark.parametrize(
    "block",
    [
        pytest.param(
            b, id=b.name, marks=[pytest.mark.skip(reason=f"{b.name}: {b.skip}")] if b.skip else []
        )
        for b in BLOCKS
    ],
)
def test_doc_example_runs_as_documented(block: Block, server, clone, sandbox) -> None:
    if "../shared/" in block.text and not SHARED.exists():
        pytest.skip(f"shared data not present: {SHARED}")
    cwd, env = sandbox(block.doc), clone[1]
    if block.kind == "shell":
        done = _bash(block.text, cwd, env)
        assert done.returncode == 0, _report(
            block, f"exit {done.returncode}", done.stdout, done.stderr
        )
    elif block.kind == "console":
        for command in commands(block):
            done = _bash(command.line, cwd, env, merged=True)
            out = done.stdout
            failed = done.returncode != 0
            assert failed == command.must_fail, _report(
                block, f"`{command.line}` exited {done.returncode}", done.stdout, done.stderr
            )
            missing = missing_output(command.shown, out)
            assert missing is None, _report(
                block, f"`{command.line}` did not print {missing!r}", done.stdout, done.stderr
            )
    else:
        status, out, err = _python(block, cwd, env, server[0])
        assert status == 0, _report(block, f"exit {status}", out, err)
