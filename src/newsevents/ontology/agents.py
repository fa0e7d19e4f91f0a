"""CAMEO actor codes of entities: country + agent ("USAGOV", "GEOOPP", "---REB"), one rule for
the dyad view (`layers.events.dyads`) and the stored rows (`store.rows`).

The country is the entity's ISO3 (or IGO ...) code, "---" when unknown. The agent is CAMEO's for
the role noun the text uses, from the Phoenix agent dictionary (`data/agents.jsonl`:
"demonstrators" -> OPP), else the entity's PLOVER sector: the two codebooks differ on a few roles
(PLOVER 2021 puts protesters and activists under CVL, CAMEO under OPP).
"""

from __future__ import annotations

from functools import lru_cache

from ..records import Entity
from .actors import AGENT_SCHEMA
from .loader import read_jsonl

UNKNOWN = "---"  # CAMEO's placeholder for an unknown country, and for a missing party


def actor_code(entity: Entity | None) -> str:
    """CAMEO actor code: country + agent ("USAGOV"); "---" for a missing or unknown entity."""
    if entity is None:
        return UNKNOWN
    agent = cameo_agent(entity.role) or entity.sector or ""
    return (entity.country or UNKNOWN) + agent


def cameo_agent(role: str | None) -> str | None:
    """The CAMEO agent code of a role noun ("activists" -> OPP), None if Phoenix lacks it."""
    if not role:
        return None
    agents = _cameo_agents()
    word = role.lower()
    for cand in (word, word.removesuffix("s"), word.removesuffix("es")):
        if code := agents.get(cand):
            return code
    return None


@lru_cache(maxsize=1)
def _cameo_agents() -> dict[str, str]:
    return {r["term"]: r["code"] for r in read_jsonl("agents.jsonl", AGENT_SCHEMA) if r.get("code")}
