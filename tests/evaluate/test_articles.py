"""`newsevents eval articles`: the whole-article scorer on hand-built documents."""

from __future__ import annotations

from dataclasses import replace

from newsevents.evaluate import LAYERS
from newsevents.evaluate import articles as art
from newsevents.records import Article, Document, Entity, Event, EventDate, Location, Mention, Span

TEXT = (
    "Russian forces shelled Kharkiv on Monday, killing five civilians. "
    "Joe Biden met Olaf Scholz in Washington."
)
SHELL = TEXT.index("shelled")
MET = TEXT.index("met")


def _ent(i: str, name: str, country: str | None, sector: str | None) -> Entity:
    at = TEXT.index(name)
    return Entity(i, name, "PERSON", (Mention(at, at + len(name), name),), country, sector)


ENTS = (
    _ent("e1", "Russian forces", "RUS", "MIL"),
    _ent("e2", "civilians", None, "CVL"),
    _ent("e3", "Joe Biden", "USA", "GOV"),
    _ent("e4", "Olaf Scholz", "DEU", "GOV"),
)


def _ev(i: str, at: int, word: str, plover: str, actors, recips, **kw) -> Event:
    return Event(
        i, Span(at, at + len(word), word), 0, "190", plover, actors=actors, recipients=recips, **kw
    )


def _gold(sentence: str, plover: str, source, target, **kw) -> dict:
    return {
        "sentence_text": sentence,
        "trigger": kw.pop("trigger", ""),
        "plover": plover,
        "source": source,
        "target": target,
        **kw,
    }


FIRST, SECOND = TEXT.split(". ")[0] + ".", TEXT.split(". ")[1]
RUS = {"name": "Russian forces", "country": "RUS", "sector": "MIL"}
CIV = {"name": "civilians", "country": None, "sector": "CVL"}
USA = {"name": "Joe Biden", "country": "USA", "sector": "GOV"}
DEU = {"name": "Scholz", "country": "DEU", "sector": "GOV"}


def _doc(*events: Event) -> Document:
    return Document(Article(id="a", text=TEXT), entities=ENTS, events=events)


def test_registered() -> None:
    assert LAYERS["articles"] == "newsevents.evaluate.articles"


def test_names_agree_by_words_not_by_letters() -> None:
    assert art.names_agree("Scholz", "Olaf Scholz")
    assert art.names_agree("the Kremlin", "Kremlin")
    assert not art.names_agree("Georgia", "George")
    assert not art.names_agree("", "Kremlin")


def test_dates_right_at_the_gold_granularity() -> None:
    ev = _ev("v", SHELL, "shelled", "ASSAULT", (), (), date=EventDate("Monday", "2023-05-01"))
    assert art.date_ok("2023-05-01", ev) and art.date_ok("2023-05", ev)
    assert not art.date_ok("2023-05-02", ev) and not art.date_ok(None, ev)
    undated = _ev("v", SHELL, "shelled", "ASSAULT", (), ())
    assert art.date_ok(None, undated) and not art.date_ok("2023", undated)


def test_full_tuple_needs_type_source_and_target() -> None:
    good = _ev(
        "v1", SHELL, "shelled", "ASSAULT", ("e1",), ("e2",), location=Location("Kharkiv", "UKR")
    )
    wrong_target = _ev("v2", MET, "met", "CONSULT", ("e3",), ())
    row = art.score_article(
        {
            "events": [
                _gold(FIRST, "ASSAULT", RUS, CIV, trigger="shelled", place={"name": "Kharkiv"}),
                _gold(SECOND, "CONSULT", USA, DEU, trigger="met", place=None),
            ]
        },
        _doc(good, wrong_target),
    )
    assert (row["gold"], row["system"], row["typed"], row["full"]) == (2, 2, 2, 1)
    assert row["place"] == [True, True]
    assert row["duplicates"] == 0
    assert [e["got"] for e in row["errors"]] == ["CONSULT Joe Biden[USA GOV] -> - (met)"]


def test_another_sentence_or_type_does_not_correspond() -> None:
    elsewhere = _ev("v1", MET, "met", "ASSAULT", ("e1",), ("e2",))
    row = art.score_article({"events": [_gold(FIRST, "ASSAULT", RUS, CIV)]}, _doc(elsewhere))
    assert (row["typed"], row["full"]) == (0, 0)
    assert row["errors"][0]["got"] == "missed"


def test_a_repeated_event_is_a_duplicate() -> None:
    one = _ev("v1", SHELL, "shelled", "ASSAULT", ("e1",), ("e2",))
    again = _ev("v2", TEXT.index("killing"), "killing", "ASSAULT", ("e1",), ("e2",))
    row = art.score_article({"events": [_gold(FIRST, "ASSAULT", RUS, CIV)]}, _doc(one, again))
    assert (row["typed"], row["full"], row["duplicates"]) == (1, 1, 1)


def test_entities_abstention_is_not_precision_error() -> None:
    rows = [
        art.score_article(
            {
                "events": [],
                "entities": [
                    USA,
                    {"name": "civilians", "country": "UKR", "sector": "CVL"},
                    {"name": "Nobody Here", "country": "FRA", "sector": None},
                ],
            },
            _doc(),
        )
    ]
    ents = art.summarize(rows)["entities"]
    assert (ents["gold"], ents["found"]) == (3, 2)
    assert ents["country_accuracy"] == 0.5  # civilians abstained
    assert ents["country_precision"] == 1.0
    assert ents["sector_accuracy"] == 1.0


def test_confidence_curve_redoes_the_matching_at_each_threshold() -> None:
    sure = _ev("v1", SHELL, "shelled", "ASSAULT", ("e1",), ("e2",), confidence=0.9)
    wrong = _ev("v2", MET, "met", "ASSAULT", ("e3",), ("e4",), confidence=0.2)
    # two candidates for one gold event: the full-tuple one wins, unless it is filtered out
    loose = _ev("v3", TEXT.index("killing"), "killing", "ASSAULT", ("e3",), (), confidence=0.4)
    gold = {"events": [_gold(FIRST, "ASSAULT", RUS, CIV)]}
    curve = art.confidence_curve([(gold, _doc(sure, wrong, loose))], (0.0, 0.3, 0.5, 0.95))
    got = {r["threshold"]: (r["events"], r["event_type"], r["full_tuple"]) for r in curve}
    assert got[0.0][0] == 3 and got[0.0][1]["precision"] == round(1 / 3, 4)
    assert got[0.3][0] == 2 and got[0.3][1]["precision"] == 0.5
    assert got[0.5][1] == {"precision": 1.0, "recall": 1.0, "f1": 1.0} == got[0.5][2]
    assert got[0.95][0] == 0 and got[0.95][1]["recall"] == 0.0
    only_loose = art.confidence_curve([(gold, _doc(loose))], (0.0,))[0]
    assert only_loose["event_type"]["recall"] == 1.0 and only_loose["full_tuple"]["recall"] == 0.0


def test_a_country_acting_as_a_whole_needs_no_sector() -> None:
    """The guide's GOV for a country as a whole is PLOVER's and NGEC's no-sector country."""
    china = Entity("c", "China", "GPE", (Mention(0, 5, "China"),), "CHN", None)
    people = Entity("p", "civilians", "GROUP", (Mention(0, 5, "x"),), "CHN", None)
    gold = {"name": "China", "country": "CHN", "sector": "GOV"}
    assert art.party_ok(gold, ("c",), {"c": china})
    assert not art.party_ok(gold, ("p",), {"p": people})
    assert not art.party_ok({**gold, "sector": "MIL"}, ("c",), {"c": china})


def test_figures_by_topic_keep_kinds_of_news_apart() -> None:
    right = _ev("v1", SHELL, "shelled", "ASSAULT", ("e1",), ("e2",))
    crime = {"topic": "crime", "events": [_gold(FIRST, "ASSAULT", RUS, CIV)]}
    politics = {"topic": "political", "events": [_gold(SECOND, "CONSULT", USA, DEU)]}
    untagged = {"events": []}
    scored = [
        (crime, art.score_article(crime, _doc(right))),
        (politics, art.score_article(politics, _doc())),
        (untagged, art.score_article(untagged, _doc())),
    ]
    topics = art.by_topic(scored)
    assert sorted(topics) == ["crime", "other", "political"]
    assert topics["crime"]["event_type"]["recall"] == 1.0
    assert topics["political"]["event_type"]["recall"] == 0.0
    assert topics["other"]["gold_events"] == 0


def test_named_full_tuple_wants_the_gold_party_itself() -> None:
    biden, scholz = ENTS[2], ENTS[3]
    harris = Entity("h", "Kamala Harris", "PERSON", (), "USA", "GOV")
    ents = {"b": biden, "s": scholz, "h": harris}
    # the lenient reading takes any same-country, same-sector party; the named one does not
    assert art.party_ok(USA, ("h",), ents) and not art.party_named(USA, ("h",), ents)
    assert art.party_named(USA, ("b",), ents)
    # a co-source beside the right party counts wrong only in the named reading
    assert art.party_ok(USA, ("b", "s"), ents) and not art.party_named(USA, ("b", "s"), ents)
    assert art.party_named(None, (), ents) and not art.party_named(None, ("b",), ents)


def test_named_full_tuple_on_an_unnamed_gold_party() -> None:
    ents = {"b": ENTS[2], "s": ENTS[3]}
    unknown = {"name": None, "country": "USA", "sector": "UNK"}
    # the lenient reading can never match an unidentified party; the named one wants its country
    assert not art.party_ok(unknown, ("b",), ents)
    assert art.party_named(unknown, ("b",), ents)
    assert not art.party_named(unknown, ("s",), ents) and not art.party_named(unknown, (), ents)
    assert not art.party_named({**unknown, "sector": "COP"}, ("b",), ents)


def test_named_full_tuple_is_summarised_beside_the_lenient_one() -> None:
    stand_in = Entity("e5", "Olaf", "PERSON", (), "DEU", "GOV")
    meet = _ev("v1", MET, "met", "CONSULT", ("e3",), ("e5",))
    doc = Document(Article(id="a", text=TEXT), entities=(*ENTS, stand_in), events=(meet,))
    row = art.score_article({"events": [_gold(SECOND, "CONSULT", USA, DEU)]}, doc)
    assert (row["full"], row["named"]) == (1, 0)
    s = art.summarize([row])
    assert s["full_tuple"]["precision"] == 1.0 and s["full_tuple_named"]["precision"] == 0.0


def test_named_full_tuple_takes_the_state_by_any_of_its_names() -> None:
    ents = {
        "b": Entity("b", "Beijing", "GPE", (), "CHN", "GOV"),
        "u": Entity("u", "United States", "GPE", (), "USA", None),
        "p": Entity("p", "Shanghai", "GPE", (), "CHN", "GOV"),
    }
    china = {"name": "China", "country": "CHN", "sector": "GOV"}
    assert art.party_named(china, ("b",), ents)  # its capital
    assert not art.party_named(china, ("p",), ents)  # another city
    assert art.party_named({"name": "the U.S.", "country": "USA", "sector": "GOV"}, ("u",), ents)
    assert art.party_named({"name": "the Chinese government", "country": "CHN"}, ("b",), ents)
    # a person of that state is not the state
    assert not art.party_named(
        {"name": "Mark Esper", "country": "USA", "sector": "GOV"}, ("u",), ents
    )


def test_party_precision_tells_a_wrong_party_from_a_missing_one() -> None:
    stand_in = Entity("e5", "Olaf", "PERSON", (), "DEU", "GOV")
    doc = Document(Article(id="a", text=TEXT), entities=(*ENTS, stand_in))
    gold = {"events": [_gold(SECOND, "CONSULT", USA, DEU)]}
    wrong = art.score_article(
        gold, replace(doc, events=(_ev("v1", MET, "met", "CONSULT", ("e3",), ("e5",)),))
    )
    empty = art.score_article(
        gold, replace(doc, events=(_ev("v1", MET, "met", "CONSULT", ("e3",), ()),))
    )
    # both miss the full tuple; only the wrong target lowers the trust in named parties
    assert wrong["named"] == empty["named"] == 0
    w, e = art.summarize([wrong])["parties"], art.summarize([empty])["parties"]
    assert (w["filled"], w["precision_named"], w["precision_countries"]) == (2, 0.5, 1.0)
    assert (e["filled"], e["precision_named"], e["left_empty"]) == (1, 1.0, 1)
    assert w["left_empty"] == 0


def test_a_wrong_place_or_date_is_listed_with_both_values() -> None:
    placed = _ev(
        "v1",
        SHELL,
        "shelled",
        "ASSAULT",
        ("e1",),
        ("e2",),
        location=Location("Kyiv", "UKR"),
        date=EventDate("on Monday", "2024-03-04"),
    )
    row = art.score_article(
        {
            "events": [
                _gold(FIRST, "ASSAULT", RUS, CIV, place={"name": "Kharkiv"}, date="2024-03-04")
            ]
        },
        _doc(placed),
    )
    [listed] = row["where_when"]
    assert (listed["trigger"], listed["place"], listed["date"]) == (
        "shelled",
        ("Kharkiv", "Kyiv"),
        None,
    )
