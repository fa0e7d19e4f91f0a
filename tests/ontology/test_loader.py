"""Data files: every shipped file passes its schema; a bad row fails naming file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.ontology import actors
from newsevents.ontology.loader import DATA_DIR, DataFileError, read_jsonl

SCHEMAS = {
    "countries.jsonl": actors.COUNTRY_SCHEMA,
    "country_aliases.jsonl": actors.ALIAS_SCHEMA,
    "demonyms.jsonl": actors.DEMONYM_SCHEMA,
    "regions.jsonl": actors.REGION_SCHEMA,
    "places.jsonl": actors.PLACE_SCHEMA,
    "agents.jsonl": actors.AGENT_SCHEMA,
    "agents_extra.jsonl": actors.AGENT_SCHEMA,
    "leaders.jsonl": actors.LEADER_SCHEMA,
    "igos.jsonl": actors.IGO_SCHEMA,
    "named_actors.jsonl": actors.NAMED_SCHEMA,
    "given_names.jsonl": actors.NAME_SCHEMA,
}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_shipped_actor_files_pass_their_schema_and_name_a_source(name: str) -> None:
    rows = read_jsonl(name, SCHEMAS[name])
    assert rows
    first = json.loads((DATA_DIR / name).read_text(encoding="utf-8").splitlines()[0])
    assert "source" in first["_meta"], f"{name} must say where its data comes from"


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "leaders.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


GOOD = {
    "name": "Ada Example",
    "country": "USA",
    "gender": "F",
    "aliases": [],
    "terms": [{"role": "President", "sector": "GOV", "start": "2001-01-01", "end": None}],
}


def test_bad_row_error_names_file_and_line(tmp_path: Path) -> None:
    bad = dict(GOOD, aliases="not a list")
    folder = _write(tmp_path, ['{"_meta": {"source": "test"}}', json.dumps(GOOD), json.dumps(bad)])
    with pytest.raises(DataFileError, match=r"leaders\.jsonl:3: field 'aliases' should be list"):
        read_jsonl("leaders.jsonl", actors.LEADER_SCHEMA, directory=folder)


def test_unknown_field_and_bad_choice_are_refused(tmp_path: Path) -> None:
    typo = dict(GOOD, contry="USA")
    folder = _write(tmp_path, [json.dumps(typo)])
    with pytest.raises(DataFileError, match=r"leaders\.jsonl:1: unknown field\(s\) \['contry'\]"):
        read_jsonl("leaders.jsonl", actors.LEADER_SCHEMA, directory=folder)
    term = dict(GOOD["terms"][0], sector="PRESIDENT")
    folder = _write(tmp_path, [json.dumps(dict(GOOD, terms=[term]))])
    with pytest.raises(DataFileError, match=r"leaders\.jsonl:1: terms\[0\]: field 'sector'"):
        read_jsonl("leaders.jsonl", actors.LEADER_SCHEMA, directory=folder)


def test_broken_json_and_missing_file_fail_clearly(tmp_path: Path) -> None:
    folder = _write(tmp_path, [json.dumps(GOOD), "{not json"])
    with pytest.raises(DataFileError, match=r"leaders\.jsonl:2: not JSON"):
        read_jsonl("leaders.jsonl", actors.LEADER_SCHEMA, directory=folder)
    with pytest.raises(DataFileError, match="data file missing"):
        read_jsonl("nothing.jsonl", actors.LEADER_SCHEMA, directory=tmp_path)


def test_gazetteer_matches_names_without_accents_and_hyphens() -> None:
    from newsevents.ontology.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    sao = gaz.lookup("Sao Paulo")
    assert sao is not None and sao.country == "BRA" and sao.kind == "city"
    mazar = gaz.lookup("Mazar-e-Sharif")
    assert mazar is not None and mazar.country == "AFG"
    ezafe = gaz.lookup("Mazar-i-Sharif")  # the ezafe spelt "-i-" as in most English papers
    assert ezafe == mazar
    assert gaz.lookup("Bandar-e Abbas") == gaz.lookup("Bandar Abbas") is not None


def test_gazetteer_prefers_a_capital_to_a_state_of_the_same_name() -> None:
    from newsevents.ontology.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    washington = gaz.lookup("Washington")
    assert washington is not None and washington.kind == "city" and washington.country == "USA"
    assert washington.population > 500_000  # the capital, not a small town of that name
    state = gaz.lookup("Georgia")
    assert state is not None and state.kind == "country"  # a country still comes first
    city_state = gaz.lookup("Luxembourg")  # the country, not its capital of the same name
    assert city_state is not None and city_state.kind == "country"
    english = gaz.lookup("Washington", country="GBR")
    assert english is not None and english.country == "GBR"
