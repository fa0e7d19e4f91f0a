"""NGEC's own actor-resolution tests, scored on our entity layer (`eval actors`, NGEC format).

Each record is one assertion block of NGEC's `tests/test_actor_resolution.py`: a `method`, its
`args` (the actor string, then optionally a context and a date) and `expect`ed fields. We score
the two methods that code an actor string: `agent_to_code` and `short_text_to_agent`. The string
is put in a plain sentence (after its context, when there is one) and read as an article dated
`date` ("Today" or none: undated); the entity whose mention overlaps the string most is compared
with the expected `country` (ISO3 or IGO/NGO code; "" means no country: abstaining is right) and
`code_1` (the first PLOVER sector; "" means none); NGEC's UNO and EUR count as our IGO.
Reported: `country_accuracy` and `sector_accuracy` over the records that expect each,
`abstain_country` (how many "" expectations were met), the confusions, and the records of other
methods counted as `not_scored` (`query_wiki` looks names up in Wikipedia; `trf_agent_match`
tests NGEC's transformer matcher).
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from datetime import datetime
from typing import Any

from ..config import Settings
from ..readers import make_article
from .reading import align, pipeline_for

log = logging.getLogger(__name__)

STAGES = ("entities.rules.v1",)
SCORED = ("agent_to_code", "short_text_to_agent")
FRAME = "{actor} said on Monday that talks would continue."
# NGEC writes PLOVER's country-field codes for the UN and the EU where our records say IGO
# (../shared/eval/README.md: scored as the same class).
SAME_AS_IGO = frozenset({"UNO", "EUR"})


def same_country(got: str, want: str) -> bool:
    return got == want or (got == "IGO" and want in SAME_AS_IGO)


def is_ngec(records: list[dict[str, Any]]) -> bool:
    return bool(records) and all("method" in r and "expect" in r for r in records[:5])


def expectations(record: dict[str, Any]) -> dict[str, str]:
    """Expected country and first sector ('' = none), from the record's Eq assertions."""
    out = {}
    for e in record.get("expect") or []:
        if e.get("op") == "Eq" and e.get("field") in ("country", "code_1"):
            out[e["field"]] = e.get("value") or ""
    return out


def sentence(record: dict[str, Any]) -> tuple[str, tuple[int, int], str | None]:
    """The text to read, the actor's span in it, and the publication date (None: undated)."""
    args = list(record.get("args") or [])
    actor = str(args[0])
    context = str(args[1]).strip() if len(args) > 1 and args[1] else ""
    date = str(args[2]) if len(args) > 2 and args[2] else ""
    lead = f"{context.rstrip('.')}. " if context else ""
    text = lead + FRAME.format(actor=actor[:1].upper() + actor[1:])
    start = len(lead)
    return text, (start, start + len(actor)), iso_date(date)


def iso_date(date: str) -> str | None:
    """The test's date as ISO ('2022-01-01', '10 May 2015', 'October 1, 2021'); 'Today' and
    anything else unreadable: None (undated)."""
    if date[:4].isdigit():
        return date[:10]
    for form in ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(date.strip(), form).date().isoformat()
        except ValueError:
            continue
    return None


def score(record: dict[str, Any], entities: tuple[Any, ...], span: tuple[int, int]) -> dict:
    want = expectations(record)
    hit = align([span], entities)
    entity = hit[0] if hit else None
    country = (entity.country if entity else None) or ""
    sector = (entity.sector if entity else None) or ""
    row: dict[str, Any] = {"actor": record["args"][0], "country": country, "sector": sector}
    if "country" in want:
        row["gold_country"] = want["country"]
        row["country_ok"] = same_country(country, want["country"])
    if "code_1" in want:
        row["gold_sector"] = want["code_1"]
        row["sector_ok"] = sector == want["code_1"]
    return row


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    def rate(key: str) -> tuple[float, int]:
        part = [r[key] for r in rows if key in r]
        return (round(sum(part) / len(part), 4) if part else 0.0), len(part)

    country, n_country = rate("country_ok")
    sector, n_sector = rate("sector_ok")
    abstain = [r for r in rows if r.get("gold_country") == ""]
    return {
        "country_accuracy": country,
        "sector_accuracy": sector,
        "n_country": n_country,
        "n_sector": n_sector,
        "abstain_country": f"{sum(r['country_ok'] for r in abstain)}/{len(abstain)}",
    }


def evaluate_ngec(
    records: list[dict[str, Any]], *, settings: Settings | None = None
) -> dict[str, Any]:
    settings = settings or Settings()
    pipeline = pipeline_for(settings, STAGES)
    t0 = time.perf_counter()
    rows: list[dict[str, Any]] = []
    halves: dict[int, list[dict[str, Any]]] = {0: [], 1: []}
    skipped: Counter[str] = Counter()
    for n, rec in enumerate(records):
        if rec.get("method") not in SCORED or not expectations(rec):
            skipped[str(rec.get("method"))] += 1
            continue
        try:
            text, span, published = sentence(rec)
            article = make_article(text, published=published, language="en")
            row = score(rec, pipeline.run(article).entities, span)
        except Exception as exc:  # one record never ends an evaluation
            log.warning("NGEC test %s skipped: %s: %s", rec.get("test"), type(exc).__name__, exc)
            skipped[f"failed: {type(exc).__name__}"] += 1
            continue
        rows.append(row)
        halves[n % 2].append(row)
    confusions: Counter[str] = Counter(
        f"{r['gold_country'] or 'none'}->{r['country'] or 'none'}"
        for r in rows
        if r.get("country_ok") is False
    )
    sectors: Counter[str] = Counter(
        f"{r['gold_sector'] or 'none'}->{r['sector'] or 'none'}"
        for r in rows
        if r.get("sector_ok") is False
    )
    out = summarize(rows)
    out.update(
        {
            "format": "ngec",
            "records": len(records),
            "scored": len(rows),
            "not_scored": dict(skipped),
            "country_confusions": dict(confusions.most_common(20)),
            "sector_confusions": dict(sectors.most_common(20)),
            "halves": {"even": summarize(halves[0]), "odd": summarize(halves[1])},
            "seconds": round(time.perf_counter() - t0, 2),
        }
    )
    return out
