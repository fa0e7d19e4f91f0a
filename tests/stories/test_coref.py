"""Cross-document event coreference: what may and may not become one corpus event."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.stories.coref import WINDOW_DAYS, block_key, corefer, date_span, senses

PLOVER = ("ASSAULT", "THREATEN", "CONSULT")
MODALITY = ("asserted", "future", "negated")
# same lemma, synonyms of one lexicon set ("arrest", "apprehend", "nab") and other words
LEMMAS = ("fire", "attack", "meet", "arrest", "apprehend", "nab")


@st.composite
def event_rows(draw):
    n = draw(st.integers(1, 30))
    rows = []
    for i in range(n):
        date = draw(st.one_of(st.none(), st.dates(dt.date(2019, 12, 20), dt.date(2020, 2, 10))))
        precision = draw(st.sampled_from(("day", "month", "year")))
        value = None
        if date is not None:
            value = {"day": date.isoformat(), "month": date.isoformat()[:7],
                     "year": str(date.year)}[precision]  # fmt: skip
            date = date if precision == "day" else date.replace(day=1)
            date = date.replace(month=1) if precision == "year" else date
        row = {
            "article_id": f"a{draw(st.integers(0, 6))}",
            "id": f"v{i}",
            "plover": draw(st.sampled_from((*PLOVER, None))),
            "modality": draw(st.sampled_from(MODALITY)),
            "actor_keys": draw(
                st.lists(st.sampled_from(("Q1", "Q2", "kim", "north korea")), max_size=2)
            ),
            "recipient_keys": draw(st.lists(st.sampled_from(("Q3", "seoul")), max_size=1)),
            "location_country": draw(st.sampled_from((None, "KOR", "PRK"))),
            "event_date": date,
            "date_value": value,
            "trigger_lemma": draw(st.sampled_from(LEMMAS)),
        }
        row["merge_key"] = block_key(row, draw(st.sampled_from(("s1", "s2"))))
        rows.append(row)
    return rows


def violations(members: list[dict]) -> list[str]:
    """What one corpus event must never mix: modalities, PLOVER types, stories (blocks),
    countries of place, and dates that cannot be one day (the window)."""
    found = []
    for name in ("plover", "modality", "merge_key"):
        if len({m[name] for m in members}) > 1:
            found.append(name)
    if len({m["location_country"] for m in members} - {None}) > 1:
        found.append("country")
    spans = [date_span(m) for m in members if m["event_date"]]
    days = sorted(a for a, b in spans if a == b)
    coarse = [s for s in spans if s[0] != s[1]]
    window = dt.timedelta(days=WINDOW_DAYS)
    if any((b - a) > window for a, b in itertools.pairwise(days)):  # chained within the window
        found.append("days")
    if any(a[1] < b[0] or b[1] < a[0] for a, b in itertools.combinations(coarse, 2)):
        found.append("months or years")
    if any(not lo - window <= d <= hi + window for d in days for lo, hi in coarse):
        found.append("day outside a month or year")
    return found


@settings(max_examples=300, deadline=None)
@given(event_rows())
def test_no_corpus_event_mixes_modalities_types_stories_or_incompatible_dates(rows):
    clusters: dict[str, list[dict]] = {}
    for (aid, eid), cid in corefer(rows).items():
        clusters.setdefault(cid, []).append(
            next(r for r in rows if (r["article_id"], r["id"]) == (aid, eid))
        )
    assert sum(len(c) for c in clusters.values()) == len(rows)
    for members in clusters.values():
        assert violations(members) == []


def test_the_property_check_can_fail():
    """The same check flags a threat joined with an attack, and 2008 joined with 2009; the
    coreference keeps both apart."""
    base = {"article_id": "a", "actor_keys": ["kim"], "recipient_keys": [], "event_date": None,
            "date_value": None, "location_country": None, "trigger_lemma": "attack"}  # fmt: skip
    threat = {**base, "id": "v1", "plover": "THREATEN", "modality": "future"}
    attack = {**base, "id": "v2", "plover": "ASSAULT", "modality": "asserted"}
    y2008 = {**attack, "id": "v3", "event_date": dt.date(2008, 1, 1), "date_value": "2008"}
    y2009 = {**attack, "id": "v4", "event_date": dt.date(2009, 1, 1), "date_value": "2009"}
    for r in (threat, attack, y2008, y2009):
        r["merge_key"] = block_key(r, "s1")
    assert "plover" in violations([threat, attack])
    assert violations([y2008, y2009]) == ["months or years"]
    found = corefer([threat, attack, y2008, y2009])
    assert found[("a", "v1")] != found[("a", "v2")]
    assert found[("a", "v3")] != found[("a", "v4")]


def test_same_trigger_or_same_participant_place_and_day_merge_and_far_dates_do_not():
    def row(aid, date, lemma="fire"):
        r = {"article_id": aid, "id": "v1", "plover": "ASSAULT", "modality": "asserted",
             "actor_keys": ["north korea"], "recipient_keys": [], "location_country": "PRK",
             "event_date": date, "date_value": date.isoformat() if date else None,
             "trigger_lemma": lemma}  # fmt: skip
        r["merge_key"] = block_key(r, "s1")
        return r

    other_word = row("e", dt.date(2020, 1, 1), "shell")  # same actor, place and day
    unplaced = {**row("f", dt.date(2020, 1, 1), "strike"), "location_country": None}
    rows = [row("a", dt.date(2020, 1, 1)), row("b", dt.date(2020, 1, 2)), row("c", None),
            row("d", dt.date(2020, 3, 1)), other_word, unplaced]  # fmt: skip
    ids = corefer(rows)
    assert ids[("a", "v1")] == ids[("b", "v1")] == ids[("c", "v1")]
    assert ids[("d", "v1")] != ids[("a", "v1")]
    assert ids[("e", "v1")] == ids[("a", "v1")]  # "shelled" and "fired" on one day, one place
    assert ids[("f", "v1")] != ids[("a", "v1")]  # another word and no place: no evidence


def test_a_year_is_any_day_of_it():
    row = {"event_date": dt.date(2007, 1, 1), "date_value": "2007"}
    assert date_span(row) == (dt.date(2007, 1, 1), dt.date(2007, 12, 31))
    row = {"event_date": dt.date(2007, 2, 1), "date_value": "2007-02"}
    assert date_span(row) == (dt.date(2007, 2, 1), dt.date(2007, 2, 28))


def test_knowledge_base_ids_keep_different_actors_apart():
    def row(aid, keys):
        r = {"article_id": aid, "id": "v1", "plover": "CONSULT", "modality": "asserted",
             "actor_keys": keys, "recipient_keys": [], "location_country": None,
             "event_date": None, "date_value": None, "trigger_lemma": "meet"}  # fmt: skip
        r["merge_key"] = block_key(r, "s1")
        return r

    ids = corefer([row("a", ["Q76", "Q7747"]), row("b", ["Q76", "Q23530"]), row("c", ["Q76"])])
    assert ids[("a", "v1")] != ids[("b", "v1")]
    assert ids[("c", "v1")] == ids[("a", "v1")]


def _arrest(aid, lemma, keys, date=None):
    r = {"article_id": aid, "id": "v1", "plover": "COERCE", "modality": "asserted",
         "actor_keys": keys, "recipient_keys": [], "location_country": None,
         "event_date": date, "date_value": date.isoformat() if date else None,
         "trigger_lemma": lemma}  # fmt: skip
    r["merge_key"] = block_key(r, "s1")
    return r


def test_synonyms_of_the_lexicon_merge_when_they_name_a_participant_of_the_event():
    ids = corefer([
        _arrest("a", "arrest", ["indian navy", "pirates"]),
        _arrest("b", "nab", ["pirates"]),  # "nabbed": one synonym set with "arrested"
        _arrest("c", "apprehend", ["coast guard"]),  # a synonym naming no one of the event
        _arrest("d", "sentence", ["pirates"]),  # no synonym
    ])  # fmt: skip
    assert senses("nab") & senses("arrest")
    assert ids[("b", "v1")] == ids[("a", "v1")]
    assert ids[("c", "v1")] != ids[("a", "v1")]
    assert ids[("d", "v1")] != ids[("a", "v1")]


def test_arrest_and_detain_are_one_act_across_the_lexicon_blocks():
    # CAMEO codes both 173 ("arrest, detain"): "arrested" and "detained" of one report join
    ids = corefer([
        _arrest("a", "arrest", ["police", "marc durand"]),
        _arrest("b", "detain", ["marc durand"]),
        _arrest("c", "hold", ["marc durand"]),  # "held" talks too: no code of its own
    ])  # fmt: skip
    assert senses("detain") & senses("arrest")
    assert not senses("hold") & senses("arrest")
    assert ids[("b", "v1")] == ids[("a", "v1")]


def test_an_accusation_and_a_conviction_of_one_man_are_two_events():
    # "accused", "charged" and "convicted" share a PETRARCH-2 synonym set ("blame"), but an
    # accusation (CAMEO 112) and a finding of guilt (116) are two acts of one affair
    def row(aid, lemma, cameo):
        return {**_arrest(aid, lemma, ["andrew lopez"]), "plover": "ACCUSE", "cameo": cameo}

    ids = corefer([row("a", "accuse", "112"), row("b", "convict", "116"),
                   row("c", "accuse", "112"), row("d", "charge", "112")])  # fmt: skip
    assert senses("accuse") & senses("convict")
    assert ids[("b", "v1")] != ids[("a", "v1")]
    assert ids[("c", "v1")] == ids[("d", "v1")] == ids[("a", "v1")]  # one act: synonyms join


def test_a_mention_joins_the_event_whose_mentions_name_its_participant_most():
    """Two arrests in one story, a year apart: undated mentions follow the one whose reports
    name their man, not the one that has gathered the most names."""
    first = _arrest("a", "arrest", ["police", "lee", "dui"], dt.date(2008, 3, 1))
    named = (["dui", "jones"], ["dui", "jones"], ["jones"], ["jones", "lee"])  # lee named once
    second = [_arrest(f"b{i}", "arrest", k, dt.date(2009, 2, 4)) for i, k in enumerate(named)]
    vague = _arrest("c", "arrest", ["dui", "lee"])  # counting names would pick the second
    lee = _arrest("d", "arrest", ["lee"])
    ids = corefer([first, *second, vague, lee])
    assert ids[("b0", "v1")] == ids[("b3", "v1")] != ids[("a", "v1")]
    assert ids[("c", "v1")] == ids[("d", "v1")] == ids[("a", "v1")]


def test_a_participant_named_by_many_events_tells_less_than_one_named_by_one():
    """An officer arrested in 2006, Jackson in 2008 ("police"), Williams in 2009: "an off-duty
    police officer arrested Williams" names a participant of each of the three arrests, but only
    Williams tells which one it is."""
    officer = _arrest("a", "arrest", ["coronado police officer"], dt.date(2006, 5, 1))
    jackson = _arrest("j", "arrest", ["police", "jackson"], dt.date(2008, 1, 6))
    named = (["williams"], ["williams", "dui"], ["williams"])
    williams = [_arrest(f"w{i}", "arrest", k, dt.date(2009, 2, 4)) for i, k in enumerate(named)]
    both = _arrest("x", "arrest", ["police officer", "williams"])
    ids = corefer([officer, jackson, *williams, both])
    assert ids[("x", "v1")] == ids[("w0", "v1")]
    assert len({ids[("a", "v1")], ids[("j", "v1")], ids[("w0", "v1")]}) == 3


def test_a_year_and_the_next_never_meet_and_a_day_must_lie_in_the_year():
    def dated(aid, date, value):
        return {**_arrest(aid, "arrest", ["jones"]), "event_date": date, "date_value": value}

    rows = [dated("a", dt.date(2008, 1, 1), "2008"), dated("b", dt.date(2009, 1, 1), "2009"),
            dated("c", dt.date(2009, 5, 2), "2009-05-02"),
            dated("d", dt.date(2010, 3, 1), "2010-03-01")]  # fmt: skip
    ids = corefer(rows)
    assert ids[("a", "v1")] != ids[("b", "v1")]
    assert ids[("c", "v1")] == ids[("b", "v1")]
    assert ids[("d", "v1")] not in {ids[("a", "v1")], ids[("b", "v1")]}


def test_a_police_force_known_by_id_tells_no_arrest_from_another():
    # "Jamal Williams was arrested ... according to the California Highway Patrol"; "Vincent
    # Jackson was also arrested": the force's id on both tells nothing; another man's id does
    def row(aid, keys, codes):
        return {**_arrest(aid, "arrest", keys), "actor_codes": codes}

    ids = corefer([
        row("a", ["Q1", "Q76"], ["USACOP", "USAGOV"]),
        row("b", ["Q2"], ["USACOP"]),  # another force: not told apart by its id
        row("c", ["Q1", "Q7747"], ["USACOP", "RUSGOV"]),  # another man known by id: apart
    ])  # fmt: skip
    assert ids[("b", "v1")] == ids[("a", "v1")]
    assert ids[("c", "v1")] != ids[("a", "v1")]


def test_a_police_force_named_as_the_doer_tells_no_arrest_from_another():
    # "Jamal Williams was arrested ... according to the California Highway Patrol"; the same
    # force told of Vincent Jackson's arrest: the force draws neither report to the other
    def row(aid, keys, codes, date=None):
        return {**_arrest(aid, "arrest", keys, date), "actor_codes": codes}

    chp = "california highway patrol"
    ids = corefer([
        row("a", [chp, "vincent jackson"], ["USACOP", ""], dt.date(2009, 1, 6)),
        row("b", ["jamal williams"], [""], dt.date(2009, 2, 3)),
        row("c", [chp, "jamal williams"], ["USACOP", ""]),  # undated
    ])  # fmt: skip
    assert ids[("c", "v1")] == ids[("b", "v1")]
