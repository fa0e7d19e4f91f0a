"""`newsevents eval stories --data FILE`: stories and cross-document event coreference on ECB+.

ECB+ records (`../shared/eval/ecbplus.jsonl`, or the in-repo slice in tests/gold/) are news
articles grouped into `topic`s, each with two `subtopic`s that are two different real events of
one kind (two earthquakes, two rehab check-ins), and gold event mentions (`mentions[]` of kind
`event`, with `cluster_id`: mentions of one cross-document chain share it).

Every article is read by the pipeline, filed into stories in file order (`stories.index`, dates
used when a record has one: ECB+ has none) and its events clustered into corpus events exactly as
the store does (`store.rows` rows, `stories.coref`). Reported:

(a) `subtopics`: the stories as a clustering of the articles against the gold (topic, subtopic):
    B3 precision/recall/F1 and the adjusted Rand index;
(b) `coreference`: over the gold event mentions that a system event overlaps (each gold mention
    matched to at most one event, the largest overlap first), the system's corpus events against
    the gold chains: MUC, B3, CEAF-e and their CoNLL mean, and the same scores of the same-lemma
    baseline on the same mentions (mentions whose trigger has the same lemma in the same story
    corefer), with `mentions` (matched / gold);
(c) `seconds_per_1000_articles`: reading (the pipeline) and linking (stories and coreference).

Records with a `split` (ECB+ has train and dev topics) are also scored per split, each linked on
its own (`by_split`).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from ..config import Settings
from ..readers import make_article
from ..records import Document
from ..store.rows import document_rows, parse_date, trigger_lemma
from ..stories.coref import corefer
from ..stories.features import document_features
from ..stories.index import StoryIndex
from .clusters import adjusted_rand, b_cubed, conll
from .events import HELPERS as EVENT_HELPERS
from .events import run_records
from .formats import Gold, read_gold

STAGES = ("events.rules.v1",)
# the event layer's own helpers (entities, places, timexes, quantities, quotes)
HELPERS = EVENT_HELPERS
Pair = tuple[dict[str, Any], Document]


def _read(gold: Gold, settings: Settings) -> tuple[list[Pair], float]:
    return run_records(
        gold,
        settings,
        lambda r: make_article(
            r["text"], title=r.get("title"), published=r.get("date"), language="en", detect=False
        ),
    )


def link(docs: Sequence[Document]) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Stories (article id -> story id) and corpus events ((article id, event id) -> corpus
    event id) of documents taken in order, as the store files and clusters them."""
    index = StoryIndex()
    stories = {
        d.article.id: index.add(d.article.id, document_features(d), parse_date(d.article.published))
        for d in docs
    }
    rows = [row for d in docs for row in document_rows(d, story_id=stories[d.article.id])["events"]]
    return stories, corefer(rows)


def match_mentions(record: dict[str, Any], doc: Document) -> list[tuple[dict[str, Any], str]]:
    """(gold event mention, system event id) pairs: each system event takes the gold mention its
    trigger overlaps most, each gold mention at most one event."""
    gold = [m for m in record["mentions"] if m.get("kind") == "event"]
    candidates = []
    for ev in doc.events:
        for g in gold:
            overlap = min(g["end"], ev.trigger.end) - max(g["start"], ev.trigger.start)
            if overlap > 0:
                candidates.append((overlap, ev.id, g["m_id"], g))
    pairs, used_ev, used_g = [], set(), set()
    for _, ev_id, m_id, g in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if ev_id not in used_ev and m_id not in used_g:
            used_ev.add(ev_id)
            used_g.add(m_id)
            pairs.append((g, ev_id))
    return pairs


def summarize(pairs: Sequence[Pair]) -> dict[str, Any]:
    """The scores of read documents (no timing)."""
    t0 = time.perf_counter()
    docs = [d for _, d in pairs]
    stories, corpus = link(docs)
    seconds = time.perf_counter() - t0
    gold_docs = {d.article.id: (r["topic"], r["subtopic"]) for r, d in pairs}
    out: dict[str, Any] = {
        "subtopics": {
            "b3": b_cubed(gold_docs, stories),
            "adjusted_rand": adjusted_rand(gold_docs, stories),
            "stories": len(set(stories.values())),
            "gold_subtopics": len(set(gold_docs.values())),
        }
    }
    key: dict[str, str] = {}
    system: dict[str, str] = {}
    lemma: dict[str, tuple[str, str]] = {}
    n_gold = 0
    for r, d in pairs:
        n_gold += sum(1 for m in r["mentions"] if m.get("kind") == "event")
        events = {e.id: e for e in d.events}
        for g, ev_id in match_mentions(r, d):
            item = f"{r['id']}/{g['m_id']}"
            key[item] = g.get("cluster_id") or item
            system[item] = corpus[(d.article.id, ev_id)]
            lemma[item] = (
                stories[d.article.id],
                trigger_lemma(d, events[ev_id].trigger.start, events[ev_id].trigger.text),
            )
    out["coreference"] = {
        "mentions": {"matched": len(key), "gold": n_gold},
        "system": conll(key, system),
        "same_lemma": conll(key, lemma),
        "system_corpus_events": len(set(system.values())),
        "gold_chains": len(set(key.values())),
    }
    out["linking_seconds"] = seconds
    return out


def evaluate(
    path: str, *, settings: Settings | None = None, limit: int | None = None
) -> dict[str, Any]:
    gold = read_gold("stories", path, limit=limit)
    pairs, reading = _read(gold, settings or Settings())
    out: dict[str, Any] = {"layer": "stories", "data": path, "records": len(pairs)}
    out.update(gold.report(len(pairs)))
    out.update(summarize(pairs))
    linking = out.pop("linking_seconds")
    splits = sorted({str(r["split"]) for r, _ in pairs if r.get("split")})
    if len(splits) > 1:  # ECB+ train and dev topics: each linked on its own too
        out["by_split"] = {}
        for name in splits:
            part = summarize([(r, d) for r, d in pairs if str(r.get("split")) == name])
            part.pop("linking_seconds")
            out["by_split"][name] = {
                "records": sum(1 for r, _ in pairs if r.get("split") == name),
                **part,
            }
    per = 1000 / len(pairs)
    out["seconds_per_1000_articles"] = {
        "reading": round(reading * per, 2),
        "linking": round(linking * per, 3),
    }
    return out
