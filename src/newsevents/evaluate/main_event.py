"""`newsevents eval main-event --data giveme5w1h.jsonl`: 5W1H against the Giveme5W1H gold.

Each line is one article (`title`, `description`, `text`, `date`) with, per question, gold
phrases from three coders: `gold_scored[q] = [{"text", "coderPhraseCount"}, ...]`. The article
read is `title`, `description` and `text` joined by blank lines (the parts news-please gives
Giveme5W1H; a part the body already starts with is not repeated; a title without final
punctuation gets a full stop, so the parser reads it as a sentence), published on `date`.

The score of one answer (the definition used here):

- words(x): the lower-cased word tokens (`\\w+`) of x without English function words
  (`STOPWORDS`); a token counts as often as it occurs in the answer;
- match(answer, phrase) = |{w in words(answer) : w in words(phrase)}| / |words(answer)| -- the
  *precision* of the answer's words against one gold phrase (0 for an empty answer);
- weight(phrase) = coderPhraseCount / the highest coderPhraseCount of that question, so the
  phrase most coders chose counts fully and a minority phrase partly;
- score(question) = max over gold phrases of weight × match; a missing answer scores 0.

Questions where the coders gave no phrase are left out of the means (and counted in
`no_gold`). Reported: the mean score per question, `mean_4w` (who/what/when/where), `mean_6`
(all six), the same with token F1 instead of precision (`f1`, so that short answers cannot
look better than they are), answer rates, and `halves` (even and odd lines).
"""

from __future__ import annotations

import time
from typing import Any

from ..config import Settings
from ..records import Answer, Article, MainEvent
from . import read_jsonl
from .reading import pipeline_for, words

QUESTIONS = ("who", "what", "when", "where", "why", "how")
STAGES = ("main_event.rules.v1",)
HELPERS = ("entities.rules.v1", "timex.rules.v1", "quantities.rules.v1", "quotes.rules.v1",
           "events.rules.v1")  # fmt: skip
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
        "s",
        "t",
    ]
)


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS]


def match(answer: str, phrase: str) -> tuple[float, float]:
    """(precision, F1) of the answer's content words against one gold phrase."""
    a, g = content_words(answer), content_words(phrase)
    if not a or not g:
        return 0.0, 0.0
    gs = set(g)
    p = sum(w in gs for w in a) / len(a)
    r = len(set(a) & gs) / len(gs)
    return p, (2 * p * r / (p + r) if p + r else 0.0)


def score_question(answer: Answer | None, gold: list[dict[str, Any]]) -> tuple[float, float] | None:
    """(precision score, F1 score) of one answer, or None when the gold has no phrase."""
    phrases = [(g["text"], g.get("coderPhraseCount") or 0) for g in gold if g.get("text")]
    phrases = [(t, c) for t, c in phrases if content_words(t)]
    if not phrases:
        return None
    top = max(c for _, c in phrases) or 1
    if answer is None or not answer.text:
        return 0.0, 0.0
    best_p = best_f = 0.0
    for text, count in phrases:
        p, f = match(answer.text, text)
        w = count / top
        best_p, best_f = max(best_p, w * p), max(best_f, w * f)
    return best_p, best_f


def article_text(rec: dict[str, Any]) -> str:
    body = (rec.get("text") or "").strip()
    parts = []
    for head in (rec.get("title"), rec.get("description")):
        head = (head or "").strip()
        if head and not body.startswith(head[: max(20, len(head) // 2)]):
            # a headline is a sentence of its own: end it so the parser reads it as one
            parts.append(head if head[-1] in ".!?\"'’”" else head + ".")
    parts.append(body)
    return "\n\n".join(p for p in parts if p)


def summarize(rows: list[dict[str, tuple[float, float] | None]]) -> dict[str, Any]:
    per: dict[str, Any] = {}
    for q in QUESTIONS:
        vals = [v for r in rows if (v := r.get(q)) is not None]
        per[q] = {
            "n": len(vals),
            "precision": round(sum(v[0] for v in vals) / len(vals), 4) if vals else 0.0,
            "f1": round(sum(v[1] for v in vals) / len(vals), 4) if vals else 0.0,
        }

    def mean(qs: tuple[str, ...], key: str) -> float:
        return round(sum(per[q][key] for q in qs) / len(qs), 4)

    return {
        "questions": per,
        "mean_4w": mean(QUESTIONS[:4], "precision"),
        "mean_6": mean(QUESTIONS, "precision"),
        "f1_mean_4w": mean(QUESTIONS[:4], "f1"),
        "f1_mean_6": mean(QUESTIONS, "f1"),
    }


def score_article(me: MainEvent | None, gold: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {q: score_question(getattr(me, q) if me else None, gold.get(q) or []) for q in QUESTIONS}


def evaluate(path: str, *, settings: Settings | None = None, limit: int | None = None) -> dict:
    records = list(read_jsonl(path))[:limit]
    pipeline = pipeline_for(settings or Settings(), STAGES, helpers=HELPERS)
    rows = []
    answered = dict.fromkeys(QUESTIONS, 0)
    no_gold = dict.fromkeys(QUESTIONS, 0)
    t0 = time.perf_counter()
    for rec in records:
        article = Article(
            id=rec["id"], text=article_text(rec), published=(rec.get("date") or "")[:10] or None
        )
        doc = pipeline.run(article)
        row = score_article(doc.main_event, rec.get("gold_scored") or {})
        rows.append(row)
        for q in QUESTIONS:
            answered[q] += bool(doc.main_event and getattr(doc.main_event, q))
            no_gold[q] += row[q] is None
    elapsed = time.perf_counter() - t0
    out: dict[str, Any] = {"layer": "main-event", "data": path, "articles": len(records)}
    out.update(summarize(rows))
    out["answered"] = answered
    out["no_gold"] = no_gold
    out["halves"] = {
        half: {k: v for k, v in summarize(part).items() if k != "questions"}
        for half, part in (("even", rows[0::2]), ("odd", rows[1::2]))
    }
    out["stages"] = list(pipeline.names)
    out["seconds"] = round(elapsed, 2)
    return out
