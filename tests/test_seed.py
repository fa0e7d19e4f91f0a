"""The seed article against its gold file, section by section.

Checks follow ../shared/tools/seedcheck.py (substring matches, case-insensitive). The entity
part must pass; the later layers are expected failures until their stages land.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsevents.serialize import to_dict

pytestmark = pytest.mark.seed

LATER = "its stage is being built (issue 2, later layers); flips when it lands"


def low(s: Any) -> str:
    return (s or "").lower()


@pytest.fixture(scope="module")
def rec(seed_doc) -> dict:
    return to_dict(seed_doc)


def ent_index(rec: dict) -> dict[str, dict]:
    return {e["id"]: e for e in rec["entities"]}


def ent_texts(e: dict) -> list[str]:
    return [m["text"] for m in e.get("mentions") or []] + [e.get("name") or ""]


def failures(checks: list[tuple[str, bool]]) -> list[str]:
    return [name for name, ok in checks if not ok]


def test_seed_entities(seed_gold, rec) -> None:
    checks = []
    for g in seed_gold["entities"]:
        ok = any(
            all(any(low(m) in low(t) for t in ent_texts(e)) for m in g["must_merge"])
            and e.get("country") == g["country"]
            and len(e.get("mentions") or []) >= g.get("min_mentions", 1)
            and ("sector" not in g or e.get("sector") in g["sector"])
            for e in rec["entities"]
        )
        checks.append((f"entity {g['name']}", ok))
    assert not failures(checks)


def _countries(ids: list[str], idx: dict) -> set:
    return {(idx.get(i) or {}).get("country") for i in ids or []}


def _names(ids: list[str], idx: dict) -> str:
    return " ".join(" ".join(ent_texts(idx.get(i) or {})) for i in ids or [])


def _attribution(ev: dict, idx: dict) -> str:
    a = ev.get("attribution") or {}
    sp = idx.get(a.get("speaker")) if a.get("speaker") else None
    return (a.get("text") or "") + " " + (" ".join(ent_texts(sp)) if sp else "")


def _event_matches(g: dict, ev: dict, idx: dict) -> bool:
    actors = _countries(ev.get("actors"), idx)
    if g["actor_country"] not in actors:
        return False
    if g["recipient_country"] not in _countries(ev.get("recipients"), idx) | (
        actors - {g["actor_country"]}
    ):
        return False
    return (
        any(str(ev.get("cameo") or "").startswith(p) for p in g["cameo_prefix"])
        and ev.get("plover") in g["plover"]
        and ("modality" not in g or ev.get("modality") in g["modality"])
        and (
            "attribution_contains" not in g
            or low(g["attribution_contains"]) in low(_attribution(ev, idx))
        )
        and (
            "location_country" not in g
            or (ev.get("location") or {}).get("country") == g["location_country"]
        )
        and (
            "date_prefix" not in g
            or str((ev.get("date") or {}).get("value") or "").startswith(g["date_prefix"])
        )
    )


def test_seed_events(seed_gold, rec) -> None:
    idx = ent_index(rec)
    checks = [
        (g["what"], any(_event_matches(g, ev, idx) for ev in rec["events"]))
        for g in seed_gold["events"]
    ]
    for g in seed_gold.get("not_asserted", []):
        if g.get("plover"):
            bad = [
                ev
                for ev in rec["events"]
                if low(g["actor_contains"]) in low(_names(ev.get("actors"), idx))
                and ev.get("modality") == "asserted"
                and ev.get("plover") in g["plover"]
            ]
            checks.append((f"not asserted: {g['what']}", not bad))
    assert not failures(checks)


def test_seed_attributions(seed_gold, rec) -> None:
    idx = ent_index(rec)
    checks = []
    for g in seed_gold["attributions"]:
        ok = False
        for q in rec["quotes"]:
            sp = idx.get(q.get("speaker")) if q.get("speaker") else None
            who = (q.get("speaker_text") or "") + " " + (" ".join(ent_texts(sp)) if sp else "")
            ok = ok or (
                low(g["speaker_contains"]) in low(who)
                and low(g["cue"]) in low((q.get("cue") or {}).get("text"))
                and low(g["content_contains"]) in low((q.get("content") or {}).get("text"))
            )
        checks.append((f"attribution {g['speaker_contains']}", ok))
    assert not failures(checks)


def _quantity_ok(g: dict, q: dict) -> bool:
    if low(g["text_contains"]) not in low(q.get("text")):
        return False
    try:
        value = float(q.get("value"))
    except (TypeError, ValueError):
        return False
    if abs(value - g["value"]) > 0.01 * g["value"]:
        return False
    unit_ok = low(g["unit"]) in low(q.get("unit")) or (
        g["unit"] == "USD" and q.get("unit") in ("$", "dollar", "US$")
    )
    return unit_ok and (
        "measures_contains" not in g or low(g["measures_contains"]) in low(q.get("measures"))
    )


def test_seed_quantities(seed_gold, rec) -> None:
    checks = [
        (g["text_contains"], any(_quantity_ok(g, q) for q in rec["quantities"]))
        for g in seed_gold["quantities"]
    ]
    for g in seed_gold.get("quantities_forbidden", []):
        bad = [
            q
            for q in rec["quantities"]
            if g["text"] in (q.get("text") or "") or q.get("text") == "7"
        ]
        checks.append((f"no quantity from {g['text']}", not bad))
    assert not failures(checks)


def test_seed_timexes(seed_gold, rec) -> None:
    checks = [
        (
            g["text_contains"],
            any(
                low(g["text_contains"]) in low(t.get("text"))
                and str(t.get("value") or "").startswith(g["value_prefix"])
                for t in rec["timexes"]
            ),
        )
        for g in seed_gold["timexes"]
    ]
    assert not failures(checks)


def test_seed_main_event(seed_gold, rec) -> None:
    me, g = rec.get("main_event") or {}, seed_gold.get("main_event") or {}
    checks = []
    for q in ("who", "what", "where"):
        alts = g.get(f"{q}_contains", [])
        if not alts:
            continue
        val = me.get(q)
        val = val.get("text") if isinstance(val, dict) else val
        val = val if isinstance(val, str) else json.dumps(val)
        checks.append((f"main_event.{q}", any(low(a) in low(val) for a in alts)))
    assert checks and not failures(checks)
