"""`newsevents eval places --data FILE`: toponyms and their GeoNames places against GeoWebNews.

Each line is one article (`id`, `text`, `toponyms`: character span, fine-grained `type`, and where
the annotators resolved it `geonamesID` and `lat`/`lon`). The gold toponyms are the types the
GeoWebNews authors count as toponyms (`TOPONYM_TYPES`: literal places, places used for their
people or government, and place names inside modifiers, "Irish" included); demonyms used as
nouns, language names, homonyms and organisation names are not. Reported:

- `detection`: overlap precision/recall/F1 of the spans (a predicted place is right when it
  overlaps a gold toponym; a gold toponym is found when a predicted place overlaps it);
- `resolution` on found gold toponyms: `exact_id` (the prediction's GeoNames id is the gold
  id, over found toponyms with a gold id) and `within_161km` (over found toponyms with gold
  coordinates; the gold's own place is at distance 0, since our countries' and US states'
  reference points are not GeoNames' own); `within_161km_points` compares the coordinates
  only; a prediction without a place counts as wrong;
- `end_to_end`: the same two over every gold toponym, a missed one counting as wrong;
- `by_type` (recall and within-161 km per gold type), the halves of the file (even and odd
  lines), and `seconds_per_article` (the whole pipeline, parse included).
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from typing import Any

from ..config import Settings
from ..records import Article, Place
from . import prf
from .formats import read_gold
from .reading import pipeline_for

STAGES = ("places.gazetteer.v1",)
HELPERS = ("entities.rules.v1",)
TOPONYM_TYPES = frozenset(
    {
        "Literal",
        "Mixed",
        "Coercion",
        "Embedded_Literal",
        "Literal_Modifier",
        "Metonymic",
        "Non_Literal_Modifier",
        "Embedded_Non_Lit",
    }
)
KM = 161.0  # 100 miles, the usual "accuracy at 161 km"


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, Earth radius 6,371 km)."""
    p = math.pi / 180
    a = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


def gold_toponyms(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [t for t in record["toponyms"] if t.get("type") in TOPONYM_TYPES]


def score(gold: list[dict[str, Any]], pred: list[Place]) -> dict[str, Any]:
    """Per gold toponym: found, exact id, within 161 km (None where the gold has no answer);
    and the predicted places that overlap no gold toponym."""
    rows = []
    for g in gold:
        best, best_overlap = None, 0
        for p in pred:
            ov = min(g["end"], p.end) - max(g["start"], p.start)
            if ov > best_overlap:
                best, best_overlap = p, ov
        gid = str(g["geonamesID"]) if g.get("geonamesID") else None
        has_point = g.get("lat") is not None and g.get("lon") is not None
        exact = near = near_point = None
        if gid is not None:
            exact = best is not None and str(best.geonames_id) == gid
        if has_point:
            near_point = (
                best is not None
                and best.lat is not None
                and best.lon is not None
                and distance_km(g["lat"], g["lon"], best.lat, best.lon) <= KM
            )
            near = bool(exact) or near_point
        rows.append(
            {
                "type": g["type"],
                "found": best is not None,
                "exact": exact,
                "near": near,
                "near_point": near_point,
            }
        )
    fp = sum(1 for p in pred if not any(p.start < g["end"] and g["start"] < p.end for g in gold))
    return {"rows": rows, "fp": fp, "pred": len(pred)}


def _share(xs: list[bool]) -> float:
    return round(sum(xs) / len(xs), 4) if xs else 0.0


def summarize(results: list[dict[str, Any]]) -> dict[str, Any]:
    rows = [r for res in results for r in res["rows"]]
    found = [r for r in rows if r["found"]]
    fp = sum(res["fp"] for res in results)
    predicted = sum(res["pred"] for res in results)
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_type[r["type"]].append(r)

    def resolution(rs: list[dict[str, Any]]) -> dict[str, Any]:
        ids = [r["exact"] for r in rs if r["exact"] is not None]
        pts = [r["near"] for r in rs if r["near"] is not None]
        raw = [r["near_point"] for r in rs if r["near_point"] is not None]
        return {
            "exact_id": _share(ids),
            "n_id": len(ids),
            "within_161km": _share(pts),
            "within_161km_points": _share(raw),
            "n_point": len(pts),
        }

    return {
        "gold": len(rows),
        "predicted": predicted,
        "detection": prf(len(found), fp, len(rows) - len(found)),
        "resolution": resolution(found),
        "end_to_end": resolution(rows),
        "by_type": {
            t: {
                "n": len(v),
                "recall": _share([r["found"] for r in v]),
                "within_161km": _share(
                    [r["near"] for r in v if r["found"] and r["near"] is not None]
                ),
            }
            for t, v in sorted(by_type.items())
        },
    }


def evaluate(path: str, *, settings: Settings | None = None, limit: int | None = None) -> dict:
    gold = read_gold("places", path, limit=limit)
    pipeline = pipeline_for(settings or Settings(), STAGES, helpers=HELPERS)
    t0 = time.perf_counter()

    def scored(rec: dict[str, Any]) -> Any:
        article = Article(
            id=str(rec["id"]), text=rec["text"], title=rec.get("title"), url=rec.get("url")
        )
        return score(gold_toponyms(rec), list(pipeline.run(article).places))

    done = list(gold.each(scored))
    results = [result for _, result in done]
    elapsed = time.perf_counter() - t0
    out = {"layer": "places", "data": path, "articles": len(results), **gold.report(len(results))}
    out.update(summarize(results))
    out["halves"] = {
        half: {k: v for k, v in summarize(part).items() if k in ("detection", "resolution")}
        for half, part in (("even", results[0::2]), ("odd", results[1::2]))
    }
    out["seconds_per_article"] = round(elapsed / max(1, len(results)), 3)
    return out
