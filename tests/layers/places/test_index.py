"""The gazetteer's shipped files: the place index is what its builder writes, and the regions,
oceans and seas carry their GeoNames attribution."""

from __future__ import annotations

from importlib import resources

import pytest

from newsevents.layers.places.gazetteer import INDEX_FILE, compile_places, load_gazetteer

DATA = "newsevents.ontology.data"


def test_world_regions_carry_their_source_and_licence() -> None:
    lines = resources.files(DATA).joinpath("world_regions.tsv").read_text("utf-8").splitlines()
    assert "GeoNames" in lines[0] and "CC BY 4.0" in lines[0]
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    assert rows and all(len(r) == 7 and r[0].isdigit() for r in rows)
    assert {r[2] for r in rows} <= {"L.RGN", "H.OCN", "H.SEA", "H.GULF", "H.BAY", "H.STRT",
                                    "T.PEN", "T.DSRT"}  # fmt: skip


def test_the_index_keys_are_the_name_keys() -> None:
    gaz = load_gazetteer()
    assert [c.name for c in gaz.candidates("São Paulo") if c.feature == "city"][:1] == ["São Paulo"]
    assert any(c.name == "Kyiv" for c in gaz.candidates("Kiev"))


@pytest.mark.slow
def test_the_shipped_index_is_what_the_builder_writes() -> None:
    shipped = resources.files(DATA).joinpath(INDEX_FILE).read_text("utf-8").splitlines()
    assert list(compile_places()) == shipped


def test_towns_of_1000_people_are_known_but_no_city_named_by_generic_words() -> None:
    gaz = load_gazetteer()
    assert any(c.feature == "city" and c.country == "GBR" for c in gaz.candidates("Coggeshall"))
    assert not any(c.feature == "city" for c in gaz.candidates("Centre"))
    assert not any(c.feature == "city" for c in gaz.candidates("Valley"))
