"""Assemble tests/gold/articles_gold.jsonl from the article selection and the blind annotations.

    python scripts/gold_articles.py SELECTION.jsonl ANNOT.jsonl [ANNOT.jsonl ...] > OUT.jsonl

The selection holds each article's id, part, source, url, title, published and text (as read
from the corpus), and for pages `html_file`, `text_chars`, `text_sha1`. Each annotation line
holds an id with its `entities` and `events` (docs/coding-guide.md). Wikinews texts (CC BY) are
written whole; a page's text is left out (`text: null`) and each event's `sentence_text`
becomes `sentence_start`/`sentence_end` offsets, so no third-party sentence enters the repo.
An event whose sentence is not in its text is dropped and reported on stderr.
"""

from __future__ import annotations

import json
import sys

KEEP = ("id", "part", "topic", "source", "url", "title", "published", "via")


def assemble(selected: dict, annotation: dict) -> tuple[dict, list[str]]:
    text = selected["text"]
    row = {k: selected[k] for k in KEEP if k in selected}
    page = "html_file" in selected
    if page:
        row.update(
            text=None,
            html_file=selected["html_file"],
            text_chars=selected["text_chars"],
            text_sha1=selected["text_sha1"],
        )
    else:
        row["text"] = text
    row["entities"] = annotation.get("entities") or []
    events, problems = [], []
    for ev in annotation.get("events") or []:
        sent = ev.get("sentence_text") or ""
        start = text.find(sent) if sent else -1
        if start < 0:
            problems.append(f"{selected['id']}: sentence not in text: {sent[:60]!r}")
            continue
        if page:
            ev = {k: v for k, v in ev.items() if k != "sentence_text"}
            ev = {"sentence_start": start, "sentence_end": start + len(sent), **ev}
        events.append(ev)
    row["events"] = events
    return row, problems


def main(argv: list[str]) -> int:
    selection = {}
    with open(argv[0], encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            selection[rec["id"]] = rec
    done: set[str] = set()
    for path in argv[1:]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                ann = json.loads(line)
                if ann["id"] not in selection or ann["id"] in done:
                    print(f"skipped annotation {ann['id']}", file=sys.stderr)
                    continue
                done.add(ann["id"])
                row, problems = assemble(selection[ann["id"]], ann)
                for p in problems:
                    print(p, file=sys.stderr)
                print(json.dumps(row, ensure_ascii=False))
    print(f"{len(done)} articles assembled", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
