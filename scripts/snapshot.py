"""Save every output a refactor must keep: `extract` records and every layer's `eval` metrics.

    python scripts/snapshot.py OUTDIR [--part extract|eval|all]
    python scripts/snapshot.py --compare BEFORE AFTER [--ignore layers article.meta ...]

Writes OUTDIR/extract/<name>.json (the seed, `examples/`, the Wikinews corpus of ../shared when
present) and OUTDIR/eval/<layer>-<data>.json (without the run time). `--compare` lists the files
of two snapshots that differ once the named fields are left out (a dotted path; `*` walks a list:
`quotes.*.speaker_span`), for fields a change newly writes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import newsevents
from newsevents.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

EVALS = [
    ("actors", "shared/eval/plover_gsr.jsonl"),
    ("events", "shared/eval/plover_gsr.jsonl"),
    ("events", "shared/eval/petrarch2_real_sentences.jsonl"),
    ("timex", "tests/gold/timex_gold.jsonl"),
    ("quotes", "shared/eval/polnear_attributions.jsonl"),
    ("main-event", "shared/eval/giveme5w1h.jsonl"),
    ("html", "shared/corpus/html-pages/index.jsonl"),
]


def _path(data: str) -> Path:
    return SHARED / data.removeprefix("shared/") if data.startswith("shared/") else ROOT / data


def _articles() -> list[tuple[str, dict]]:
    items = []
    seed = SHARED / "samples" / "g7-ukraine-security-agreement.txt"
    if seed.exists():
        items.append(
            ("seed", {"text": seed.read_text(encoding="utf-8"), "published": "2024-06-12"})
        )
    files = [*sorted((ROOT / "examples").glob("*.jsonl")), SHARED / "corpus/wikinews/en.jsonl"]
    for f in files:
        if not f.exists():
            continue
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                rec = json.loads(line)
                items.append((f"{f.stem}-{n:03d}", rec))
    return items


def snapshot_extract(out: Path) -> None:
    pipeline = newsevents.get_pipeline()
    (out / "extract").mkdir(parents=True, exist_ok=True)
    for name, rec in _articles():
        try:
            article = newsevents.make_article(
                rec["text"],
                url=rec.get("url"),
                title=rec.get("title"),
                published=rec.get("published"),
                source=rec.get("source"),
                language=rec.get("language"),
            )
            record = newsevents.to_dict(pipeline.run(article))
        except newsevents.NewseventsError as exc:
            record = {"error": f"{type(exc).__name__}: {exc}"}
        text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True)
        (out / "extract" / f"{name}.json").write_text(text + "\n", encoding="utf-8")


def snapshot_eval(out: Path, only: str | None = None) -> None:
    (out / "eval").mkdir(parents=True, exist_ok=True)
    for layer, data in EVALS:
        if only and layer != only:
            continue
        path = _path(data)
        if not path.exists():
            continue
        metrics = evaluate(layer, str(path))
        metrics.pop("seconds", None)  # the only figure that differs between two runs
        name = f"{layer}-{Path(data).stem}.json"
        text = json.dumps(metrics, ensure_ascii=False, indent=1, sort_keys=True)
        (out / "eval" / name).write_text(text + "\n", encoding="utf-8")
        print(name, file=sys.stderr)


def _drop(obj: object, path: list[str]) -> None:
    if not path or obj is None:
        return
    head, rest = path[0], path[1:]
    if head == "*" and isinstance(obj, list):
        for item in obj:
            _drop(item, rest)
    elif isinstance(obj, dict) and head in obj:
        if rest:
            _drop(obj[head], rest)
        else:
            del obj[head]


def compare(before: Path, after: Path, ignore: list[str]) -> int:
    """Print the files that differ apart from the ignored fields; return how many."""
    names = sorted(p.relative_to(before) for p in before.rglob("*.json"))
    if names != sorted(p.relative_to(after) for p in after.rglob("*.json")):
        print("the two snapshots hold different files")
        return 1
    differ = 0
    for name in names:
        a, b = (json.loads((d / name).read_text(encoding="utf-8")) for d in (before, after))
        for field in ignore:
            _drop(a, field.split("."))
            _drop(b, field.split("."))
        if a != b:
            differ += 1
            print("differs:", name)
    print(f"{len(names)} files, {differ} differ (ignoring {', '.join(ignore) or 'nothing'})")
    return differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--part", choices=["extract", "eval", "all"], default="all")
    parser.add_argument("--layer", help="only this eval layer")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--ignore", nargs="*", default=[], help="dotted fields to leave out")
    args = parser.parse_args()
    if args.compare:
        sys.exit(1 if compare(*args.compare, args.ignore) else 0)
    if args.out is None:
        parser.error("OUTDIR is required")
    if args.part in ("extract", "all"):
        snapshot_extract(args.out)
    if args.part in ("eval", "all"):
        snapshot_eval(args.out, args.layer)


if __name__ == "__main__":
    main()
