"""Event ontology data: CAMEO codes and PLOVER mapping, the trigger lexicon, PETRARCH-2 patterns
and the gazetteer load, pass their schema checks, and say what the codebooks say."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.ontology import builders
from newsevents.ontology import events as ev
from newsevents.ontology.codebook import EventOntology
from newsevents.ontology.events import OntologyError, load_event_ontology
from newsevents.ontology.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def onto() -> EventOntology:
    return load_event_ontology()


def test_codebook_quad_class_goldstein_and_plover(onto) -> None:
    sign = onto.code("057")
    assert (sign.plover, sign.quad_class, sign.goldstein) == ("SUPPORT", 1, 8.0)
    assert onto.code("190").plover == "ASSAULT" and onto.code("190").quad_class == 4
    assert onto.code("010").plover is None  # PLOVER drops CAMEO statements
    assert onto.code("023").plover == "REQUEST"  # appeals are requests
    assert onto.code("0813").plover == "RETREAT"  # CAMEO2PLOVER-2021, as every code
    assert onto.code("081").plover == "CONCEDE"  # what "lift a curfew" is coded: the manual
    assert onto.code("0331").plover == "AGREE"
    assert onto.code("0454").code == "045"  # an unknown 4-digit code falls back to its parent


def test_attribution_of_every_source_is_kept(onto) -> None:
    text = " ".join(onto.notices)
    assert "Open Event Data Alliance" in text and "MIT" in text
    assert "CC BY-SA 4.0" in text
    head = "\n".join(
        (ev.resources.files(ev.DATA) / "gazetteer.tsv").read_text(encoding="utf-8").splitlines()[:2]
    )
    assert "GeoNames" in head and "CC BY 4.0" in head


def test_lexicon_codes_and_classes_resolve(onto) -> None:
    for table in (onto.verbs, onto.nouns):
        for trig in table.values():
            for code in [trig.code, *(f.code for f in trig.frames)]:
                assert code is None or onto.code(code) is not None, trig.lemma
    assert "agreement" in onto.classes["@agreement"]
    assert onto.in_class("treaty", "&treaty")  # a PETRARCH-2 synonym set


@given(
    words=st.sets(st.sampled_from(["treaty", "agreement", "pact", "police", "rally", "x"])),
    name=st.sampled_from(["&treaty", "@agreement", "@nope", "&nope", "police", "rally", "y"]),
)
def test_any_in_class_agrees_with_asking_word_by_word(words, name) -> None:
    onto = load_event_ontology()
    assert onto.any_in_class(words, name) == any(onto.in_class(w, name) for w in words)


def test_role_codes_turn_an_action_into_intent_request_refusal(onto) -> None:
    assert onto.role_code("intent", "0874", None) == "0356"  # agreed to withdraw
    assert onto.role_code("intent", "072", None) == "0332"  # promised arms
    assert onto.role_code("request", "046", None) == "026"  # urged talks
    assert onto.role_code("reject", "046", None) == "125"  # refused talks
    assert onto.role_code("threaten", "190", None) == "138"  # threatened to attack
    assert onto.role_code("intent", None, "030") == "030"


def test_petrarch_block_default_only_for_the_verb_naming_the_block(onto) -> None:
    kill = [v for v in onto.petrarch["kill"] if v.block == "kill"]
    assert kill and kill[0].code == "190"
    face = [v for v in onto.petrarch["face"] if v.block == "meet_people"]
    assert face and face[0].code is None  # a WordNet synonym of "meet", not a meeting


def test_schema_check_rejects_bad_records(monkeypatch) -> None:
    real = ev._lines

    def broken(name: str):
        yield from real(name)
        if name == "event_lexicon.jsonl":
            yield {"kind": "verb", "lemma": "frobnicate", "code": "9x9"}

    monkeypatch.setattr(ev, "_lines", broken)
    load_event_ontology.cache_clear()
    try:
        with pytest.raises(OntologyError, match="bad CAMEO code"):
            load_event_ontology()
    finally:
        load_event_ontology.cache_clear()


@pytest.mark.parametrize(
    "record",
    [
        {"kind": "noun", "lemma": "frobnication", "code": "190", "needs_mod_head": ["x"]},
        {
            "kind": "verb",
            "lemma": "frobnicate",
            "code": "190",
            "frames": [{"code": "190", "ob": "x"}],
        },
    ],
)
def test_an_unknown_lexicon_key_is_refused_not_dropped(monkeypatch, record) -> None:
    real = ev._lines

    def extra(name: str):
        yield from real(name)
        if name == "event_lexicon.jsonl":
            yield record

    monkeypatch.setattr(ev, "_lines", extra)
    load_event_ontology.cache_clear()
    try:
        with pytest.raises(OntologyError, match="unknown keys"):
            load_event_ontology()
    finally:
        load_event_ontology.cache_clear()


def test_a_class_named_twice_is_refused_not_replaced(monkeypatch) -> None:
    real = ev._lines

    def extra(name: str):
        yield from real(name)
        if name == "event_lexicon.jsonl":  # a second list would replace the first unseen
            yield {"kind": "class", "name": "@craft", "words": ["helicopter"]}

    monkeypatch.setattr(ev, "_lines", extra)
    load_event_ontology.cache_clear()
    try:
        with pytest.raises(OntologyError, match="duplicate class '@craft'"):
            load_event_ontology()
    finally:
        load_event_ontology.cache_clear()


def test_gazetteer_countries_cities_aliases_and_states() -> None:
    gaz = load_gazetteer()
    italy = gaz.lookup("Italy")
    assert (italy.kind, italy.country) == ("country", "ITA") and 41 < italy.lat < 42
    assert gaz.lookup("the United States").country == "USA"
    assert gaz.lookup("Kiev").name == "Kyiv"  # an alias of a large city
    assert gaz.lookup("Gaza City").country == "PSE"
    assert gaz.lookup("California").kind == "admin1"
    assert gaz.lookup("Paris").country == "FRA"  # the largest of the name
    assert gaz.lookup("Paris", country="USA").country == "USA"
    assert gaz.country("UKR").name == "Ukraine"
    assert gaz.lookup("Qwxzopolis") is None


# -- the PETRARCH-2 converter ----------------------------------------------------------------


def test_pattern_with_phrases_particles_and_reverse_codes() -> None:
    p = builders.parse_pattern("- * (TO {BANNED PARTIES}) $   [1722]  # ADD")
    assert p == {"code": "1722", "preps": [["to", ["banned", "parties"]]]}
    p = builders.parse_pattern("- * OFF (FOR)   [042:043]  # SET")
    assert p == {"code": "042", "rcode": "043", "prt": "off", "preps": [["for", []]]}
    p = builders.parse_pattern("- * RECOGNITION (FROM) +   [:054]  # GAIN")
    assert p == {"code": None, "rcode": "054", "obj": ["recognition"], "preps": [["from", []]]}
    assert builders.parse_pattern("- PILGRIMS *  [---]")["code"] is None
    assert builders.parse_pattern("- &MILITARY * EXERCISES [062:062]")["subj"] == ["&military"]


def test_convert_reads_synsets_blocks_verbs_and_notice() -> None:
    text = "\n".join(
        [
            "####### SYNONYM SETS #######",
            "&TREATY",
            "+ACCORD",
            "+PACT",
            "####### VERB PATTERNS #######",
            "---  SIGN   [---]  ---",
            "SIGN {SIGNS SIGNED}",
            "+SIGN_UP [060]",
            "- * &TREATY   [057:057]   # SIGN",
        ]
    )
    recs = list(builders.convert(text))
    assert recs[0]["kind"] == "notice" and "MIT" in recs[0]["text"]
    assert recs[1] == {"kind": "synset", "name": "&treaty", "words": ["accord", "pact"]}
    block = recs[2]
    assert block["verbs"] == [{"lemma": "sign"}, {"lemma": "sign", "prt": "up", "code": "060"}]
    assert block["patterns"] == [{"code": "057", "rcode": "057", "obj": ["&treaty"]}]


words = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=8)


@given(
    obj=st.lists(words, max_size=3),
    prep=words,
    noun=words,
    code=st.from_regex(r"[01]\d\d", fullmatch=True),
)
def test_pattern_round_trip_keeps_every_word(obj, prep, noun, code) -> None:
    line = f"- * {' '.join(obj)} ({prep} {noun}) [{code}] # X"
    p = builders.parse_pattern(line)
    assert p is not None and p["code"] == code
    kept = [p.get("prt")] if p.get("prt") else []
    kept += p.get("obj", [])
    dropped = {"will", "would", "not", "no", "is", "are", "was", "were", "has", "have", "had"}
    dropped |= {"to", "be"}
    assert kept == [w.lower() for w in obj if w.lower() not in dropped]
    assert p["preps"] == [[prep.lower(), [noun.lower()]]]
    json.dumps(p)  # stays plain data


def test_words_of_abstention_come_from_a_data_file() -> None:
    from newsevents.errors import ConfigError
    from newsevents.layers.events import abstain
    from newsevents.ontology.reading import abstention_words, check_shape

    words = abstention_words()
    assert abstain.CONDITION_MARKS == {"if", "unless"} == set(words["condition_marks"])
    assert {"ask", "wonder", "unclear"} <= abstain.ASKING_IF == set(words["asking_if_words"])
    assert {"www", "en", "com"} <= abstain.HOST_NOISE == set(words["host_noise"])
    assert "warn" in abstain.WARNINGS and "going" in abstain.MODALS
    assert "invest" in abstain.INVESTMENT == set(words["investment_verbs"])
    with pytest.raises(ConfigError, match="host_noise"):
        check_shape("abstention_words.json", {**words, "host_noise": "www"})
