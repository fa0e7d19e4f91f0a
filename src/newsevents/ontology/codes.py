"""CAMEO actor codes (as in the Phoenix dictionaries) -> country code and PLOVER sector."""

from __future__ import annotations

# PLOVER sector codes (PLOVER manual; see plover_sector_codes in ../shared/ontology).
PLOVER_SECTORS = frozenset(
    [
        "COP",
        "GOV",
        "JUD",
        "LEG",
        "MIL",
        "PRM",
        "PTY",
        "REB",
        "SPY",
        "UAF",
        "UNK",
        "AGR",
        "BUS",
        "CRM",
        "CVL",
        "EDU",
        "ELI",
        "JRN",
        "LAB",
        "MED",
        "REF",
        "OPP",
        "PRE",
        "REL",
        "SOC",
    ]
)

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
