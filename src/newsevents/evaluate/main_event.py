"""`newsevents eval main-event --data giveme5w1h.jsonl`: 5W1H against the Giveme5W1H gold.

Each line is one article (`title`, `description`, `text`, `date`) with, per question, gold
phrases from three coders: `gold_scored[q] = [{"text", "coderPhraseCount"}, ...]`. The article
read is `title`, `description` and `text` joined by blank lines (the parts news-please gives
Giveme5W1H; a part the body already starts with is not repeated; a title without final
punctuation gets a full stop, so the parser reads it as a sentence), published on `date`.

The score of one answer (the definition used here):

- words(x): the lower-cased word tokens (`\\w+`) of x without English function words
  (`STOPWORDS`: articles, prepositions, auxiliaries and modals, possessive pronouns and the "s"
  of a possessive); a token counts as often as it occurs in
  the answer. Before splitting, both sides are normalised the same way: literal escapes left in
  the gold phrases ("Mondel\\u0113z", 'its \\"amazing\\"') are decoded, accents are folded
  ("São Paulo" = "Sao Paulo") and dotted acronyms are closed up ("F.B.I." = "FBI", "U.S." = "US");
- match(answer, phrase) = |{w in words(answer) : w in words(phrase)}| / |words(answer)| -- the
  *precision* of the answer's words against one gold phrase (0 for an empty answer);
- weight(phrase) = coderPhraseCount / the highest coderPhraseCount of that question, so the
  phrase most coders chose counts fully and a minority phrase partly;
- score(question) = max over gold phrases of weight × match; a missing answer scores 0.

Questions where the coders gave no phrase are left out of the means (and counted in
`no_gold`). Reported: the mean score per question, `mean_4w` (who/what/when/where), `mean_6`
(all six), the same with token F1 instead of precision (`f1`, so that short answers cannot
look better than they are), answer rates, and `halves` (even and odd lines).

`coder_agreement` scores the coders against each other on the same measure (each coder's
phrase as the answer, the other coders' phrases as the gold): how far one reader gets.

`by_date` is a second reading of `when`, beside the word score and never in the headline means:
Giveme5W1H compares times by the date they denote, so there a `when` answer also matches a gold
phrase (at that phrase's weight) when the day it names -- the value of the time expression it
quotes, or the publication date for an answer without offsets -- is the phrase's `parsed` date
("Thursday" = "Nov. 10, 2016"). It is not the headline because the `parsed` values are noisy:
they resolve weekday names forward ("Sunday" in a Tuesday article becomes the next Saturday or
Sunday), give relative phrases the publication date ("last month") and are shifted by a day
where a time zone intervenes ("Nov 6" -> 2016-11-07), so a match by date rewards wrong days as
often as it rescues right ones.
"""

from __future__ import annotations

import re
import time
import unicodedata
from datetime import date
from typing import Any

from ..config import Settings
from ..records import Answer, Article, Document, MainEvent
from .formats import read_gold
from .reading import pipeline_for, words

QUESTIONS = ("who", "what", "when", "where", "why", "how")
STAGES = ("main_event.rules.v1",)
HELPERS = ("entities.rules.v1", "places.gazetteer.v1", "timex.rules.v1",
           "quantities.rules.v1", "quotes.rules.v1", "events.rules.v1")  # fmt: skip
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
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
    ]
)


_ESCAPE = re.compile(r"""\\u([0-9a-fA-F]{4})|\\(["'\\/])""")
_ACRONYM = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def normalize(text: str) -> str:
    """Decode literal escapes, close up dotted acronyms, fold accents."""
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2), text)
    text = _ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def content_words(text: str) -> list[str]:
    return [w for w in words(normalize(text)) if w not in STOPWORDS]


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


def coder_agreement(records: list[dict[str, Any]]) -> dict[str, Any]:
    """How the coders score against each other on this measure: each coder's phrase is scored
    as an answer against the phrases of the other coders (that coder's vote taken out; a coder
    who gave no phrase scores 0), averaged over the coders, then over the articles. A ceiling
    of sorts for the same means: what one careful reader reaches against the other two."""
    per: dict[str, list[float]] = {q: [] for q in QUESTIONS}
    for rec in records:
        for q in QUESTIONS:
            gold = (rec.get("gold_scored") or {}).get(q) or []
            if score_question(None, gold) is None:
                continue
            scores: list[float] = []
            for i, g in enumerate(gold):
                others = [
                    dict(o, coderPhraseCount=(o.get("coderPhraseCount") or 0) - (j == i))
                    for j, o in enumerate(gold)
                ]
                others = [o for o in others if o["coderPhraseCount"] > 0]
                text = g.get("text")
                got = score_question(Answer(text, None, None) if text else None, others)
                scores += [got[0] if got else 0.0] * (g.get("coderPhraseCount") or 0)
            if scores:
                per[q].append(sum(scores) / len(scores))
    means = {q: round(sum(v) / len(v), 4) if v else 0.0 for q, v in per.items()}
    return {
        "questions": means,
        "mean_4w": round(sum(means[q] for q in QUESTIONS[:4]) / 4, 4),
        "mean_6": round(sum(means.values()) / len(QUESTIONS), 4),
    }


def answer_day(doc: Document) -> date | None:
    """The day the `when` answer names: its time expression's value, or the publication date
    for an answer without offsets (the stage's fallback)."""
    me = doc.main_event
    a = me.when if me else None
    if a is None:
        return None
    if a.start is None:
        return _day(doc.article.published)
    hits = [
        t for t in doc.timexes if t.start <= a.start < t.end or a.start <= t.start < (a.end or 0)
    ]
    return _day(hits[0].value) if hits else None


def score_by_date(
    day: date | None, gold: list[dict[str, Any]], words: float | None
) -> float | None:
    """The `when` score with a match by date as well as by words (see the module docstring)."""
    if words is None or day is None:
        return words
    phrases = [g for g in gold if g.get("text") and content_words(g["text"])]
    top = max((g.get("coderPhraseCount") or 0 for g in phrases), default=0) or 1
    for g in phrases:
        parsed = _day(g.get("parsed"))
        if parsed == day:
            words = max(words, (g.get("coderPhraseCount") or 0) / top)
    return words


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


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
    data = read_gold("main-event", path, limit=limit)
    pipeline = pipeline_for(settings or Settings(), STAGES, helpers=HELPERS)
    rows = []
    by_date: list[float | None] = []
    answered = dict.fromkeys(QUESTIONS, 0)
    no_gold = dict.fromkeys(QUESTIONS, 0)
    t0 = time.perf_counter()

    def scored(rec: dict[str, Any]) -> tuple[Any, dict[str, Any], float | None]:
        published = (rec.get("date") or "")[:10] or None
        article = Article(id=str(rec["id"]), text=article_text(rec), published=published)
        doc = pipeline.run(article)
        gold = rec["gold_scored"]
        row = score_article(doc.main_event, gold)
        when = row["when"]
        return doc, row, score_by_date(answer_day(doc), gold.get("when") or [], when and when[0])

    records = []
    for rec, (doc, row, day_score) in data.each(scored):
        records.append(rec)
        rows.append(row)
        by_date.append(day_score)
        for q in QUESTIONS:
            answered[q] += bool(doc.main_event and getattr(doc.main_event, q))
            no_gold[q] += row[q] is None
    elapsed = time.perf_counter() - t0
    out: dict[str, Any] = {"layer": "main-event", "data": path, "articles": len(records)}
    out.update(data.report(len(records)))
    out.update(summarize(rows))
    out["answered"] = answered
    out["no_gold"] = no_gold
    out["halves"] = {
        half: {k: v for k, v in summarize(part).items() if k != "questions"}
        for half, part in (("even", rows[0::2]), ("odd", rows[1::2]))
    }
    out["by_date"] = _by_date(out, by_date)
    out["coder_agreement"] = coder_agreement(records)
    out["stages"] = list(pipeline.names)
    out["seconds"] = round(elapsed, 2)
    return out


def _by_date(out: dict[str, Any], scores: list[float | None]) -> dict[str, float]:
    """`when` scored by date as well as by words, and the means with it."""
    vals = [v for v in scores if v is not None]
    when = round(sum(vals) / len(vals), 4) if vals else 0.0
    per = {q: out["questions"][q]["precision"] for q in QUESTIONS} | {"when": when}
    return {
        "when": when,
        "mean_4w": round(sum(per[q] for q in QUESTIONS[:4]) / 4, 4),
        "mean_6": round(sum(per.values()) / len(QUESTIONS), 4),
    }
