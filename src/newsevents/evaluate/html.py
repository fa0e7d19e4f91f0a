"""Main-text extraction from HTML pages: `newsevents eval html --data index.jsonl`.

The data is the ScrapingHub article-extraction benchmark layout: JSONL rows
`{id, url, html_file, articleBody}` with `html_file` (gzipped or plain HTML) relative to the
index. The score is the benchmark's: per page, word 4-gram shingles (multisets) of the extracted
text against the gold `articleBody`, true/false positives and negatives normalised by their sum;
precision and recall are averaged over pages and F1 is taken from the two averages.
"""

from __future__ import annotations

import re
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

from ..config import DEFAULTS
from ..errors import InputError
from .formats import read_gold

_TOKEN = re.compile(r"\w+")

Counts = tuple[float, float, float]


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Word n-gram multiset; a text shorter than n words is one shingle of all its words."""
    tokens = _TOKEN.findall(text or "")
    grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def shingle_counts(gold: str, predicted: str, n: int = 4) -> Counts:
    """(tp, fp, fn) over shingles, normalised to sum to 1 so every page weighs the same."""
    g, p = shingles(gold, n), shingles(predicted, n)
    tp = float(sum((g & p).values()))
    fp = float(sum((p - g).values()))
    fn = float(sum((g - p).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def aggregate(counts: list[Counts]) -> dict[str, float]:
    """Macro precision and recall over pages, F1 of the two (the benchmark's formula)."""
    ps = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate(path: str, *, settings: Any = None, limit: int | None = None) -> dict[str, Any]:
    """Extract each page's main text through `readers.html` and score it against the gold."""
    from ..readers.html import extract_html, read_gzip

    base = Path(path).parent
    counts: list[Counts] = []
    failed: list[str] = []
    started = time.monotonic()
    max_bytes = (settings or DEFAULTS).max_bytes * 4  # pages are bigger than texts
    index = read_gold("html", path, limit=limit)
    for n, row in enumerate(index.records):
        gold = row["articleBody"]
        file = base / row["html_file"]
        try:
            data = (
                read_gzip(file, max_bytes=max_bytes) if file.suffix == ".gz" else file.read_bytes()
            )
            predicted = extract_html(data, url=row.get("url")).text
        except (InputError, OSError):
            failed.append(str(row.get("id", n)))
            predicted = ""
        counts.append(shingle_counts(gold, predicted))
    return {
        "layer": "html",
        "metric": "4-gram shingle F1 (ScrapingHub article-extraction benchmark)",
        "pages": len(counts),
        "failed": len(failed),
        **index.report(len(counts)),
        **aggregate(counts),
        "seconds": round(time.monotonic() - started, 1),
    }
