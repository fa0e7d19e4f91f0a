"""Crash safety: an ingest killed with SIGKILL mid-run, then run again, stores every article
exactly once and none half-stored, with one failure row per bad input.

The ingest is the real command (`newsevents ingest`) in a subprocess over 500 short articles and
25 bad files, 10 articles per transaction; it is killed once its progress bar shows that some
batches are committed.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from newsevents.store import open_store

from .corpus import CITIES, COUNTRIES, DAYS, PEOPLE, ROLES, THINGS, TOPICS

N_GOOD = 500
N_BAD = 25
BATCH = 10
KILL_AFTER = 60  # articles seen (so at least 6 batches committed) before the kill


def _short(rng: random.Random, n: int) -> str:
    return (
        f"{rng.choice(PEOPLE)}, the {rng.choice(ROLES)} of {rng.choice(COUNTRIES)}, said on "
        f"{rng.choice(DAYS)} that {n} {rng.choice(THINGS)} near {rng.choice(CITIES)} were closed. "
        f"Officials in {rng.choice(CITIES)} met envoys from {rng.choice(COUNTRIES)} to discuss "
        f"{rng.choice(TOPICS)}.\n"
    )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash-inputs")
    rng = random.Random(500)
    for i in range(N_GOOD):
        (folder / f"a{i:04d}.txt").write_text(_short(rng, i + 1), encoding="utf-8")
    for i in range(N_BAD):
        data = b"" if i % 2 else b"\x89PNG\r\n\x1a\n" + rng.randbytes(64)
        (folder / f"b{i:04d}.txt").write_bytes(data)
    return folder


def _command(folder: Path, db: Path) -> list[str]:
    return [
        sys.executable, "-c", "from newsevents.cli import main; main()",
        "ingest", str(folder), "--db", str(db), "--batch-size", str(BATCH),
        "--engine", "local", "--workers", "1", "--progress",
    ]  # fmt: skip


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("NEWSEVENTS_")}


def _kill_mid_run(folder: Path, db: Path) -> int:
    """Start the ingest, SIGKILL it once the bar shows KILL_AFTER articles; returns the count
    the bar showed last."""
    proc = subprocess.Popen(
        _command(folder, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env()
    )
    seen = [0]
    reached = threading.Event()

    def watch() -> None:
        assert proc.stderr is not None
        buf = b""
        while chunk := proc.stderr.read1(4096):  # type: ignore[attr-defined]
            buf = (buf + chunk)[-4096:]
            counts = re.findall(rb"(\d+)/%d " % (N_GOOD + N_BAD), buf)
            if counts:
                seen[0] = int(counts[-1])
                if seen[0] >= KILL_AFTER:
                    reached.set()

    reader = threading.Thread(target=watch, daemon=True)
    reader.start()
    try:
        assert reached.wait(timeout=240), f"no progress to kill at (seen {seen[0]})"
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        reader.join(timeout=10)
        assert proc.stderr is not None
        proc.stderr.close()
    return seen[0]


def _child_counts(store) -> dict[str, dict[str, int]]:
    """Per article: the rows each child table holds for it."""
    out: dict[str, dict[str, int]] = {}
    for table in ("entities", "mentions", "events", "quotes", "quantities", "timexes"):
        for aid, n in store.con.execute(
            f"SELECT article_id, count(*) FROM {table} GROUP BY 1"
        ).fetchall():
            out.setdefault(aid, {})[table] = n
    return out


def _doc_counts(doc: dict) -> dict[str, int]:
    counts = {
        "entities": len(doc["entities"]),
        "mentions": sum(len(e["mentions"]) for e in doc["entities"]),
        "events": len(doc["events"]),
        "quotes": len(doc["quotes"]),
        "quantities": len(doc["quantities"]),
        "timexes": len(doc["timexes"]),
    }
    return {k: v for k, v in counts.items() if v}


@pytest.mark.slow
def test_ingest_killed_mid_run_resumes_without_loss_or_duplicates(inputs, tmp_path):
    db = tmp_path / "crash.duckdb"
    shown = _kill_mid_run(inputs, db)

    with open_store(str(db), read_only=True) as store:  # opens: the log replays or is dropped
        partial = store.con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
        partial_failures = store.con.execute("SELECT count(*) FROM failures").fetchall()[0][0]
    assert BATCH <= partial < N_GOOD, (shown, partial)  # killed mid-run, with batches kept

    done = subprocess.run(
        _command(inputs, db), capture_output=True, text=True, env=_env(), timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    summary = next(line for line in done.stdout.splitlines() if " read, " in line)
    assert f"{N_GOOD - partial} added" in summary, summary
    assert f"{N_BAD - partial_failures} failed" in summary, summary

    with open_store(str(db), read_only=True) as store:
        rows = store.con.execute("SELECT id, path, doc FROM articles").fetchall()
        failures = store.con.execute("SELECT path, reason FROM failures").fetchall()
        children = _child_counts(store)
    # every article exactly once, from its own file
    paths = sorted(p for _, p, _ in rows)
    assert paths == sorted(str(p) for p in inputs.glob("a*.txt"))
    assert len({aid for aid, _, _ in rows}) == len(rows) == N_GOOD
    # none half-stored: each article's child rows are exactly what its document holds
    half = [aid for aid, _, doc in rows if children.get(aid, {}) != _doc_counts(json.loads(doc))]
    assert not half, half[:5]
    assert sum(1 for aid in children if children[aid].get("entities")) > N_GOOD // 2
    # the failures table: one row per bad input, none for a stored article
    assert sorted(p for p, _ in failures) == sorted(str(p) for p in inputs.glob("b*.txt"))
    assert all(r.split(":")[0] in ("empty", "binary") for _, r in failures)
    assert not set(paths) & {p for p, _ in failures}


def test_child_counts_detect_a_half_stored_article(tmp_path, pipeline):
    # the check above can fail: drop one article's entity rows
    from newsevents.readers import make_article

    doc = pipeline.run(
        make_article("Olaf Scholz met Joe Biden in Berlin on Monday.", language="en")
    )
    assert doc.entities
    with open_store(str(tmp_path / "one.duckdb")) as store:
        store.write_batch([doc])
        stored = json.loads(store.con.execute("SELECT doc FROM articles").fetchall()[0][0])
        assert _child_counts(store)[doc.article.id] == _doc_counts(stored)
        store.con.execute("DELETE FROM entities")
        assert _child_counts(store).get(doc.article.id, {}) != _doc_counts(stored)
