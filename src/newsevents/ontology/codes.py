"""CAMEO actor codes (as in the Phoenix dictionaries) -> country code and PLOVER sector."""

from __future__ import annotations

from functools import cache

from .loader import Field, read_jsonl


@cache
def _sector_rows() -> tuple[tuple[str, str, bool, bool], ...]:
    schema = {
        "code": Field((str,)),
        "kind": Field((str,), choices=frozenset({"sector", "nonstate"})),
        "state": Field((bool,), required=False),
        "armed": Field((bool,), required=False),
        "description": Field((str,)),
    }
    rows = read_jsonl("plover_sectors.jsonl", schema)
    return tuple((r["code"], r["kind"], bool(r.get("state")), bool(r.get("armed"))) for r in rows)


# PLOVER sector codes and the non-state codes of the country field (data/plover_sectors.jsonl).
PLOVER_SECTORS = frozenset(code for code, kind, _, _ in _sector_rows() if kind == "sector")
NONSTATE_CODES = frozenset(code for code, kind, _, _ in _sector_rows() if kind == "nonstate")
# The sectors that are bodies of a state (GOV, LEG, JUD, COP, MIL, SPY): a bare mention takes
# its country from the context ("the ministry"), and their allegations count as the article's.
STATE_BODY_SECTORS = frozenset(code for code, _, state, _ in _sector_rows() if state)
# The sectors of bodies and people who bear arms (COP, MIL, REB, PRM, UAF, CRM, SPY): the owners
# whose animals are their means of force, the bodies whose men are their own.
ARMED_SECTORS = frozenset(code for code, _, _, armed in _sector_rows() if armed)

# CAMEO agent codes whose PLOVER sector has another name (CAMEO MED is media, HLH is health).
_CAMEO_TO_PLOVER = {
    "MED": "JRN",
    "HLH": "MED",
    "MUS": "REL",
    "CHR": "REL",
    "JEW": "REL",
    "BUD": "REL",
    "HIN": "REL",
    "CTH": "REL",
    "PRO": "REL",
    "ORT": "REL",
    "SHI": "REL",
    "SUN": "REL",
    "HRI": "SOC",
    "ENV": "SOC",
    "NGO": "SOC",
    "INS": "REB",
    "SEP": "REB",
}

# After GOV, these second codes name the branch more precisely (USAGOVLEG: Congress).
_BRANCHES = frozenset({"LEG", "JUD"})


def split_code(code: str) -> tuple[str, list[str]]:
    """'USAGOVLEG' -> ('USA', ['GOV', 'LEG'])."""
    code = code.upper()
    return code[:3], [code[i : i + 3] for i in range(3, len(code), 3) if len(code[i : i + 3]) == 3]


def plover_sector(chunks: list[str]) -> str | None:
    """The PLOVER sector of a CAMEO agent chain: first known code, GOV+LEG -> LEG."""
    mapped = [_CAMEO_TO_PLOVER.get(c, c) for c in chunks]
    mapped = [c for c in mapped if c in PLOVER_SECTORS]
    if not mapped:
        return None
    if mapped[0] == "GOV" and len(mapped) > 1 and mapped[1] in _BRANCHES:
        return mapped[1]
    return mapped[0]
