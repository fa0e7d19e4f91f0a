"""Time expressions: the normaliser on its own (no model), then the stage on parsed sentences."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.layers.timexes import find_timexes
from newsevents.layers.timexes.normalize import FUTURE, PAST, PRESENT, Anchor, normalize
from newsevents.readers import make_article

JUNE_12 = Anchor(day=date(2024, 6, 12))  # a Wednesday


def value(phrase: str, ctx: Anchor = JUNE_12) -> str | None:
    norm = normalize(phrase, ctx)
    assert norm is not None, phrase
    return norm.value


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("last fall", "2023-FA"),
        ("this winter", "2024-WI"),
        ("next spring", "2025-SP"),
        ("earlier this year", "2024"),
        ("later this month", "2024-06"),
        ("last week", "2024-W23"),
        ("this weekend", "2024-W24-WE"),
        ("next year", "2025"),
        ("last month", "2024-05"),
        ("two years ago", "2022"),
        ("three days ago", "2024-06-09"),
        ("two weeks ago", "2024-W22"),
        ("several years ago", "PAST_REF"),
        ("a few months ago", "PAST_REF"),
        ("yesterday", "2024-06-11"),
        ("tomorrow morning", "2024-06-13TMO"),
        ("last night", "2024-06-11TNI"),
        ("2014", "2014"),
        ("the 1990s", "199"),
        ("the '90s", "199"),
        ("the 19th century", "18"),
        ("June 3, 2023", "2023-06-03"),
        ("12 June 1998", "1998-06-12"),
        ("Tue, March 22, 2016", "2016-03-22"),
        ("7/8/07", "2007-07-08"),
        ("2023-04-05", "2023-04-05"),
        ("July 2003", "2003-07"),
        ("the summer of 2003", "2003-SU"),
        ("the third quarter of 2023", "2023-Q3"),
        ("Christmas 2023", "2023-12-25"),
        ("Thanksgiving 2024", "2024-11-28"),
        ("Easter 2024", "2024-03-31"),
        ("3 p.m.", "2024-06-12T15:00"),
        ("6.10am on Wednesday", "2024-06-12T06:10"),
        ("00:48", "2024-06-12T00:48"),
        ("now", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("the future", "FUTURE_REF"),
    ],
)
def test_timex_normalizer_resolves_against_the_dateline(phrase: str, expected: str) -> None:
    assert value(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("10 years", "P10Y"),
        ("a decade", "P10Y"),
        ("the past 10 years", "P10Y"),
        ("10-year", "P10Y"),
        ("three months", "P3M"),
        ("48 hours", "PT48H"),
        ("thirty minutes", "PT30M"),
        ("several years", "PXY"),
        ("decades", "PXDE"),
        ("the last 50 years", "P50Y"),
        ("almost two and a half years", "P2Y6M"),  # a fraction in the next unit down
        ("2 1/2 years", "P2Y6M"),
        ("5 1/2 hours", "PT5H30M"),
        ("a minute and a half", "PT1M30S"),
        ("half an hour", "PT30M"),
        ("two consecutive quarters", "P2Q"),  # quarters stay quarters (TimeBank, MEANTIME)
        ("just hours", "PTXH"),
        ("only two days", "P2D"),
    ],
)
def test_timex_normalizer_reads_durations(phrase: str, expected: str) -> None:
    norm = normalize(phrase, JUNE_12)
    assert norm is not None
    assert (norm.type, norm.value) == ("DURATION", expected)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("every Monday", "XXXX-WXX-1"),
        ("annually", "P1Y"),
        ("twice a week", "P1W"),
        ("two a month", "P1M"),
        ("each July", "XXXX-07"),
        ("every quarter", "P1Q"),
    ],
)
def test_timex_normalizer_reads_sets(phrase: str, expected: str) -> None:
    norm = normalize(phrase, JUNE_12)
    assert norm is not None
    assert (norm.type, norm.value) == ("SET", expected)


def test_timex_modifiers_are_kept() -> None:
    assert normalize("early 2024", JUNE_12) == normalize("early 2024", JUNE_12)
    early = normalize("early 2024", JUNE_12)
    assert early is not None and (early.value, early.mod) == ("2024", "START")
    more = normalize("more than two decades", JUNE_12)
    assert more is not None and (more.value, more.mod) == ("P20Y", "MORE_THAN")
    mid = normalize("mid-March", JUNE_12)
    assert mid is not None and (mid.value, mid.mod) == ("2024-03", "MID")


def test_timex_earlier_or_later_in_the_unit_is_that_unit_from_its_start_or_to_its_end() -> None:
    # TimeBank wsj_0918: "was delayed earlier in the year by heavy rains" -> 1989, START
    for phrase, expected in [
        ("earlier in the year", ("2024", "START")),
        ("earlier in the month", ("2024-06", "START")),
        ("later in the week", ("2024-W24", "END")),
    ]:
        norm = normalize(phrase, JUNE_12)
        assert norm is not None and (norm.value, norm.mod) == expected, phrase


def test_timex_stage_finds_earlier_in_the_month(read) -> None:
    found = read("The move comes after the European Union sanctioned Iran earlier in the month.")
    assert found["earlier in the month"] == ("DATE", "2024-06")


def test_timex_tense_picks_the_past_or_the_future() -> None:
    assert value("November", Anchor(date(2024, 6, 12), tense=FUTURE)) == "2024-11"
    assert value("November", Anchor(date(2024, 6, 12), tense=PAST)) == "2023-11"
    assert value("Monday", Anchor(date(2024, 6, 12), tense=PAST)) == "2024-06-10"
    assert value("Friday", Anchor(date(2024, 6, 12), tense=FUTURE)) == "2024-06-14"
    assert value("Friday", Anchor(date(2024, 6, 12), tense=PRESENT)) == "2024-06-14"


def test_timex_anaphora_follow_the_last_date() -> None:
    ctx = Anchor(day=date(2024, 6, 12), ref=date(2024, 3, 1), ref_year=2011)
    assert value("the next day", ctx) == "2024-03-02"
    assert value("two years later", ctx) == "2013"
    assert value("the end of the month", ctx) == "2024-06"


def test_timex_units_later_with_no_day_told_before_are_a_count_not_a_date(read) -> None:
    # no day before "Three days later": a count from an undated time, not from the dateline
    found = read(
        "The ferry left the harbour in a storm. Three days later, the crew was found. "
        "A day earlier, a fisherman had seen flares. Police made an arrest two weeks later."
    )
    assert found["Three days"] == ("DURATION", "P3D")
    assert found["A day"] == ("DURATION", "P1D")
    assert found["two weeks"] == ("DURATION", "P2W")
    assert not any(k.endswith(("later", "earlier")) for k in found)
    # after a day told, the count runs from it
    found = read("The ferry left on May 3. Two days later, the crew was found.")
    assert found["Two days later"] == ("DATE", "2024-05-05")


def test_timex_without_dateline_keeps_only_absolute_values() -> None:
    bare = Anchor()
    assert value("last fall", bare) is None
    assert value("two years ago", bare) is None
    assert value("June 3, 2023", bare) == "2023-06-03"
    assert value("2014", bare) == "2014"


def test_timex_normalizer_refuses_non_times() -> None:
    assert normalize("the president", JUNE_12) is None
    assert normalize("about a quarter", JUNE_12) is None


@pytest.mark.parametrize("phrase", ["6-year-old", "44-year-old", "52 years old", "six-month-old"])
def test_timex_a_persons_age_is_no_time_expression(phrase: str) -> None:
    assert normalize(phrase, JUNE_12) is None


def test_timex_a_things_age_written_apart_stays_a_duration() -> None:
    assert value("2000 year old") == "P2000Y"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_timex_written_dates_round_trip(d: date) -> None:
    for phrase in (f"{d:%B} {d.day}, {d.year}", f"{d.day} {d:%B} {d.year}", d.isoformat()):
        assert value(phrase, Anchor()) == d.isoformat()


@given(st.integers(min_value=1, max_value=400))
def test_timex_days_ago_is_date_arithmetic(n: int) -> None:
    assert value(f"{n} days ago") == (date(2024, 6, 12) - timedelta(days=n)).isoformat()


# -- the stage on parsed text ------------------------------------------------------------------


@pytest.fixture(scope="module")
def read(pipeline):
    def run(text: str, published: str | None = "2024-06-12") -> dict[str, tuple[str, str | None]]:
        doc = pipeline.parser.parse(make_article(text, published=published))
        return {t.text: (t.type, t.value) for t in find_timexes(doc)}

    return run


def test_timex_stage_uses_the_verb_tense(read) -> None:
    found = read("The senator said he would run again in November.")
    assert found["November"] == ("DATE", "2024-11")
    again = read("The last vote was held in November.")
    assert again["November"] == ("DATE", "2023-11")


def test_timex_a_weekday_of_a_plan_made_in_the_past_is_the_nearest_one(read) -> None:
    # 2024-06-12 is a Wednesday: a plan made for "Thursday" is tomorrow's, not last week's
    found = read("The union has scheduled a strike vote Thursday.")
    assert found["Thursday"] == ("DATE", "2024-06-13")
    found = read("Farmers planned a large rally in the capital on Saturday.")
    assert found["Saturday"] == ("DATE", "2024-06-15")
    # the nearest either side: a plan for Monday was this week's
    found = read("The council had scheduled a vote on the budget Monday.")
    assert found["Monday"] == ("DATE", "2024-06-10")
    # a past act keeps the last such day
    assert read("Farmers held a large rally on Saturday.")["Saturday"] == ("DATE", "2024-06-08")


def test_timex_the_earliest_time_of_a_thing_not_yet_done_lies_ahead(read) -> None:
    # 2024-06-12 is a Wednesday: "as early as Tuesday" under a modal is next week's Tuesday
    found = read("The old bridge could be closed as early as Tuesday, engineers say.")
    assert found["Tuesday"] == ("DATE", "2024-06-18")
    found = read("The mayor could sign the budget as soon as Monday.")
    assert found["Monday"] == ("DATE", "2024-06-17")
    # a past act keeps the last such day, and so does a perfect modal
    found = read("Engineers were warned as early as Tuesday that the bridge was weak.")
    assert found["Tuesday"] == ("DATE", "2024-06-11")
    found = read("The thieves could have left the city as early as Monday.")
    assert found["Monday"] == ("DATE", "2024-06-10")


@pytest.mark.parametrize("modal", ["might", "may", "would", "should"])
def test_timex_stage_reads_a_perfect_modal_as_past(read, modal: str) -> None:
    # "Trump might have encouraged Zelensky in late July" (Wikinews, September 2019)
    # (in a June report the next month is read as ahead whatever the tense: see below)
    found = read(
        f"In a phone call in late July, the president {modal} have encouraged him.",
        published="2024-09-12",
    )
    assert found["late July"] == ("DATE", "2024-07")
    found = read(f"In a phone call in late May, the president {modal} have encouraged him.")
    assert found["late May"] == ("DATE", "2024-05")
    # a future perfect still looks ahead
    ahead = read("The company will have finished the plant by July.")
    assert ahead["July"] == ("DATE", "2024-07")


def test_timex_stage_cuts_prepositions_and_finds_relative_phrases(read) -> None:
    found = read(
        "The US has worked on the deal since 2014 and since last fall. Two years ago talks "
        "failed; the pact will run for 10 years."
    )
    assert found["2014"] == ("DATE", "2014")
    assert found["last fall"] == ("DATE", "2023-FA")
    assert found["Two years ago"] == ("DATE", "2022")
    assert found["10 years"] == ("DURATION", "P10Y")


def test_timex_stage_leaves_an_emphasis_word_out_of_the_span(read) -> None:
    # "only", "just", "a mere" stress the time without measuring it: no part of the expression
    found = read(
        "The tenants have only 30 days to move out. Just last week the landlord raised the "
        "rent, and the repairs took a mere two days."
    )
    assert found["30 days"] == ("DURATION", "P30D")
    assert found["last week"] == ("DATE", "2024-W23")
    assert found["two days"] == ("DURATION", "P2D")
    assert not any(t.lower().startswith(("only", "just", "a mere")) for t in found)
    # a word that measures the time stays ("nearly", "about")
    assert "nearly three hours" in read("The meeting lasted nearly three hours.")


def test_timex_stage_attaches_clock_times_to_their_day(read) -> None:
    found = read("The jet made its first flight on Tuesday at 18:00 UTC.", published="2009-12-16")
    assert found["Tuesday"] == ("DATE", "2009-12-15")
    assert next(v for k, v in found.items() if k.startswith("18:00")) == (
        "TIME",
        "2009-12-15T18:00Z",
    )


def test_timex_a_games_clock_is_no_time_of_day(read) -> None:
    # "17:46 into the third period", "with 3:08 to play" (AP sports pages of shared/corpus)
    found = read("Montour scored 17:46 into the third period, and Nelson won it with 3:08 to play.")
    assert not any(k.startswith(("17:46", "3:08")) for k in found)
    assert read("The meeting began at 10:30 on Tuesday.")["10:30 on Tuesday"][0] == "TIME"


def test_timex_stage_skips_numbers_that_are_not_years(read) -> None:
    found = read("The Russell 2000 Index fell. A survey of 1709 schoolchildren was done in 2004.")
    assert "2000" not in found and "1709" not in found
    assert found["2004"] == ("DATE", "2004")


def test_timex_stage_reads_a_number_before_a_time_zone_as_no_year(read) -> None:
    found = read("UPDATED: 0915 GMT (1715 JST), March 3, 2021. Troops moved in at 1930 UTC.")
    assert "1715" not in found and "1930" not in found
    assert found["March 3, 2021"] == ("DATE", "2021-03-03")
    # a year stays a year after a month, whatever follows it
    assert read("It ended in May 1998 GMT records.").get("May 1998") == ("DATE", "1998-05")


def test_timex_stage_reads_a_house_number_as_no_year(read) -> None:
    found = read("Police raided a house at 1944 Maple Avenue and a shop of 2031 Oak Road in 2019.")
    assert "1944" not in found and "2031" not in found
    assert found["2019"] == ("DATE", "2019")
    # a year before a square named for an event stays a year
    assert read("He recalled the 1989 Tiananmen Square protests.")["1989"] == ("DATE", "1989")


def test_timex_stage_skips_a_time_word_inside_a_name_in_capitals(read) -> None:
    found = read("The Cubs won on Wednesday. (Photo: Ken Blaze-USA TODAY Sports)")
    assert "TODAY" not in found and found["Wednesday"][0] == "DATE"
    shouted = read("CUBS WIN TODAY AFTER 108 YEARS")
    assert shouted["TODAY"] == ("DATE", "2024-06-12")


def test_timex_stage_without_dateline(read) -> None:
    found = read("It happened last week, on 3 May 2021.", published=None)
    assert found["last week"] == ("DATE", None)
    assert found["3 May 2021"] == ("DATE", "2021-05-03")


def test_reading_lexicons_are_checked_when_loaded() -> None:
    from newsevents.errors import ConfigError
    from newsevents.ontology.reading import check_shape, quantity_units, quote_cues, timex_words

    assert timex_words()["months"]["november"] == 11
    assert quantity_units()["currency_symbols"]["€"] == "EUR"
    assert "say" in quote_cues()["direct_cue_lemmas"]
    with pytest.raises(ConfigError, match="missing key 'months'"):
        check_shape("timex_words.json", {"weekdays": {}})
    with pytest.raises(ConfigError, match="must be a list"):
        check_shape("quote_cues.json", {**quote_cues(), "reporting_verbs": {}})


def test_timex_centuries_in_words_and_digits(pipeline) -> None:
    from newsevents.readers import make_article

    text = "The church dates from the 12th century and was rebuilt in the nineteenth century."
    doc = pipeline.run(make_article(text, published="2020-01-01", language="en"))
    values = {t.text: t.value for t in doc.timexes}
    assert values.get("the 12th century") == "11"
    assert values.get("the nineteenth century") == "18"


def test_timex_a_quarter_without_its_year_is_the_datelines_unless_not_yet_begun() -> None:
    nov_1 = Anchor(date(1989, 11, 1), tense=FUTURE)
    assert value("third-quarter", nov_1) == "1989-Q3"  # "will release third-quarter results"
    assert value("the fiscal first quarter", nov_1) == "1989-Q1"
    assert value("the fourth quarter", Anchor(date(2007, 3, 13), tense=PAST)) == "2006-Q4"
    assert value("the fourth quarter", Anchor(date(2006, 8, 19), tense=FUTURE)) == "2006-Q4"


def test_timex_earnings_reports_compare_with_the_quarter_under_discussion() -> None:
    ctx = Anchor(date(1989, 11, 1), ref_year=1989, quarter="1989-Q3", quarter_last=True)
    assert value("a year earlier", ctx) == "1988-Q3"
    assert value("a year ago", ctx) == "1988-Q3"
    assert value("the year-earlier quarter", ctx) == "1988-Q3"
    assert value("the same period a year earlier", ctx) == "1988-Q3"
    assert value("year-ago", ctx) == "1988-Q3"
    assert value("the quarter", ctx) == "1989-Q3"
    assert value("the 1988 period", ctx) == "1988-Q3"
    assert value("the year-ago third quarter", ctx) == "1988-Q3"
    # the latest quarter is the last one that ended, whatever was named before
    assert value("the latest quarter", replace(ctx, quarter="1989-Q4")) == "1989-Q3"
    # without a quarter named before: the year, and "the quarter" / "the period" are no timex
    assert value("a year earlier", Anchor(date(1989, 11, 1), ref_year=1989)) == "1988"
    assert normalize("the quarter", Anchor(date(1989, 11, 1))) is None
    assert normalize("the period", ctx) is None


def test_timex_stage_reads_an_earnings_report(read) -> None:
    found = read(
        "XYZ Corp. said third-quarter net income rose 10% to $5 million from $4.5 million a "
        "year earlier. Revenue in the quarter rose 5%, and in the year-earlier period it fell.",
        published="1989-11-01",
    )
    assert found["third-quarter"] == ("DATE", "1989-Q3")
    assert found["a year earlier"] == ("DATE", "1988-Q3")
    assert found["the quarter"] == ("DATE", "1989-Q3")
    assert found["the year-earlier period"] == ("DATE", "1988-Q3")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("nineteen ninety-six", "1996"),
        ("January nineteen ninety-seven", "1997-01"),
        ("the winter of nineteen ninety-four", "1994-WI"),
        ("the year two thousand", "2000"),
        ("nineteen oh five", "1905"),
    ],
)
def test_timex_years_spelled_out_as_transcripts_do(phrase: str, expected: str) -> None:
    assert value(phrase, Anchor(date(1998, 2, 27), tense=PAST)) == expected


def test_timex_stage_finds_spelled_out_years_but_not_a_count(read) -> None:
    found = read(
        "Keating's convictions were thrown out in nineteen ninety-six. Two thousand people "
        "marched, hoping to halve unemployment by the year two thousand.",
        published="1998-01-15",
    )
    assert found["nineteen ninety-six"] == ("DATE", "1996")
    assert found["the year two thousand"] == ("DATE", "2000")
    assert not any(k.lower().startswith("two thousand") for k in found)


def test_timex_stage_skips_quarterly_as_an_adjective(read) -> None:
    found = read(
        "The company raised its quarterly dividend to 12 cents. The reserve will be adjusted "
        "quarterly.",
        published="1989-11-01",
    )
    assert list(found) == ["quarterly"] and found["quarterly"][0] == "SET"


def test_timex_stage_reads_in_the_past_but_not_the_past_year(read) -> None:
    found = read(
        "Crane said that in the past it considered seeking control. Sales rose in the past year.",
        published="1989-10-30",
    )
    assert found["the past"] == ("DATE", "PAST_REF")
    assert found["the past year"] == ("DATE", "1988")  # the last calendar year, as TimeBank


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("June last year", "1997-06"),
        ("January of this year", "1998-01"),
        ("April 5 next year", "1999-04-05"),
        ("next year's first quarter", "1999-Q1"),
        ("last year's third quarter", "1997-Q3"),
    ],
)
def test_timex_a_month_or_quarter_of_last_this_or_next_year(phrase: str, expected: str) -> None:
    assert value(phrase, Anchor(date(1998, 3, 1), tense=PAST)) == expected


def test_timex_stage_reads_a_reduced_participle_clause_as_past(read) -> None:
    found = read(
        "They said they would appeal the decision, announced Wednesday by the commissioner.",
        published="2000-01-06",
    )
    assert found["Wednesday"] == ("DATE", "2000-01-05")
    conditional = read("He has not said whether he would continue if elected in November.")
    assert conditional["November"] == ("DATE", "2024-11")


def test_timex_an_accounting_year_ended_on_a_date_is_a_year_long(read) -> None:
    found = read(
        "Revenue was $76 million for the year ended March 31. In the fiscal year ending "
        "June 30, 1990, net will fall. Sales rose this year.",
        published="1989-11-01",
    )
    assert found["the year"] == ("DURATION", "P1Y")
    assert found["the fiscal year"] == ("DURATION", "P1Y")
    assert found["March 31"] == ("DATE", "1989-03-31")  # the year has ended: the last March 31
    assert found["this year"] == ("DATE", "1989")


def test_timex_a_weekday_in_the_possessive_is_past() -> None:
    # "The GM move follows Tuesday's declaration": present tense, but the declaration was made
    ctx = Anchor(date(1989, 10, 27), tense=PRESENT, after="'s declaration by Ford")
    assert value("Tuesday", ctx) == "1989-10-24"
    assert value("Tuesday", replace(ctx, after=" to discuss")) == "1989-10-31"


def test_timex_a_day_without_year_keeps_its_tense_up_to_eight_months() -> None:
    may_6 = Anchor(date(1999, 5, 6), tense=PAST)
    assert value("Oct. 23", may_6) == "1998-10-23"  # "was shot on Oct. 23": 195 days back
    # far beyond: the near side wins ("was scheduled for March 3" in February)
    assert value("March 3", Anchor(date(1999, 2, 10), tense=PAST)) == "1999-03-03"


def test_timex_a_past_day_without_year_is_not_months_ahead() -> None:
    # "victims were counted between January 1 and September 26" in a September report, "was
    # arrested on March 3" in a November one: this year's day, not one months ahead
    assert value("January 1", Anchor(date(2016, 9, 29), tense=PAST)) == "2016-01-01"
    assert value("March 3", Anchor(date(2021, 11, 20), tense=PAST)) == "2021-03-03"
    # no tense: the nearest day ("a new office opens March 3" read without its verb)
    assert value("March 3", Anchor(date(2021, 11, 20))) == "2022-03-03"


def test_timex_a_bare_month_just_after_the_dateline_is_ahead_under_a_past_verb() -> None:
    # "told the refiners of a cut in their supply in September" in an August report: the
    # coming September; the one eleven months back a writer calls "last September"
    aug = Anchor(date(2022, 8, 16), tense=PAST)
    assert value("September", aug) == "2022-09"
    assert value("last September", aug) == "2021-09"
    assert value("October", aug) == "2021-10"  # two months ahead: the past one
    assert value("August", aug) == "2022-08"
    assert value("January", Anchor(date(2022, 12, 5), tense=PAST)) == "2023-01"


def test_timex_stage_reads_a_day_a_thing_takes_effect_on_either_side(read) -> None:
    found = read(
        "The board approved a two-for-one split, payable Jan. 4 to holders of record.",
        published="2023-10-30",
    )
    assert found["Jan. 4"] == ("DATE", "2024-01-04")


def test_timex_a_time_after_since_is_on_or_before_the_dateline() -> None:
    # "Crime has risen since January 1st" in a September report: this year's January 1st,
    # though the past one is more than eight months back and the next within four
    sept = Anchor(date(2016, 9, 29), tense=PAST, before="risen since ")
    assert value("January 1st", sept) == "2016-01-01"
    assert value("January 1st", replace(sept, before="risen on ", tense=None)) == "2017-01-01"
    assert value("February", replace(sept, tense=PAST)) == "2016-02"


def test_timex_stage_reads_a_plan_told_in_the_pluperfect_on_either_side(read) -> None:
    # a Monday report: what "had been due" or "had been scheduled" for a weekday was most
    # often for the one just gone (the plan since changed), so the nearest such day
    monday = "1989-10-30"
    found = read("The tender offer had been due to close Friday evening.", published=monday)
    assert found["Friday evening"] == ("TIME", "1989-10-27TEV")
    found = read("The vote had been scheduled to take place Saturday.", published=monday)
    assert found["Saturday"] == ("DATE", "1989-10-28")
    found = read("The mayor had expected to speak on Tuesday.", published=monday)
    assert found["Tuesday"] == ("DATE", "1989-10-31")
    # told in the present, the plan lies ahead
    found = read("The tender offer is due to close Friday evening.", published=monday)
    assert found["Friday evening"] == ("TIME", "1989-11-03TEV")


def test_timex_stage_reads_a_new_end_put_off_or_granted_as_ahead(read) -> None:
    # a Thursday report: the hearing put off, the deadline granted, lie ahead
    found = read(
        "The council postponed the vote until Tuesday. The judge extended the deadline until "
        "Monday.",
        published="2024-06-13",
    )
    assert found["Tuesday"] == ("DATE", "2024-06-18")
    assert found["Monday"] == ("DATE", "2024-06-17")
    stayed = read("The river stayed high until Tuesday.", published="2024-06-13")
    assert stayed["Tuesday"] == ("DATE", "2024-06-11")
    # "through" closes a span granted as "until" does: credit extended through January in an
    # October report runs to the coming January
    found = read(
        "The lenders extended the airline fresh credit through January.", published="2023-10-30"
    )
    assert found["January"] == ("DATE", "2024-01")


def test_timex_stage_reads_since_as_the_start_of_a_span_up_to_now(read) -> None:
    found = read(
        "The mayor has opened a dozen offices since February. The river has stayed high "
        "since Saturday.",
        published="2024-09-12",
    )
    assert found["February"] == ("DATE", "2024-02")
    assert found["Saturday"] == ("DATE", "2024-09-07")


@pytest.mark.parametrize(
    ("phrase", "expected", "mod"),
    [
        ("the full year", "1989", None),
        ("the current fiscal year", "1989", None),
        ("the fiscal year", "1989", None),
        ("the latest fiscal year", "1988", None),
        ("fiscal 1989", "1989", None),
        ("year-end", "1989", "END"),
        ("year's end", "1989", "END"),
        ("the last half of 1989", "1989-H2", None),
        ("the near term", "FUTURE_REF", None),
        ("the long term", "FUTURE_REF", None),
    ],
)
def test_timex_accounting_years_and_vague_terms(phrase: str, expected: str, mod: str) -> None:
    norm = normalize(phrase, Anchor(date(1989, 11, 2)))
    assert norm is not None and (norm.type, norm.value, norm.mod) == ("DATE", expected, mod)
    assert value("year-end", Anchor(date(1989, 10, 30), before="is since ")) == "1988"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("noon Thursday", "1998-02-12T12:00"),
        ("midday", "1998-02-13T12:00"),
        ("10 p.m. Wednesday", "1998-02-11T22:00"),
        ("12:00 UTC Monday", "1998-02-09T12:00Z"),  # ISO 8601's "Z" for UTC, as MEANTIME
        ("0800 UTC", "1998-02-13T08:00Z"),
        ("0735 GMT", "1998-02-13T07:35Z"),
        ("5 p.m. EST", "1998-02-13T17:00"),  # another zone: unmarked, as TimeBank writes it
    ],
)
def test_timex_clock_times_with_their_day(phrase: str, expected: str) -> None:
    assert value(phrase, Anchor(date(1998, 2, 13), tense=PAST)) == expected


def test_timex_stage_reads_clock_times_with_their_day_and_shares_of_quarters(read) -> None:
    found = read(
        "Negotiations broke off at noon Thursday. Iraq imports about three-quarters of its "
        "food. The company has lost money in the past two quarters.",
        published="1998-02-13",
    )
    assert found["noon Thursday"] == ("TIME", "1998-02-12T12:00")
    assert not any("three-quarters" in k for k in found)
    assert found["the past two quarters"] == ("DURATION", "P2Q")


def test_timex_stage_an_infinitive_under_a_past_verb_takes_the_nearest_date(read) -> None:
    found = read(
        "NATO agreed to admit Poland in early March. The guidelines to be published in early "
        "November will decide.",
        published="1999-02-10",
    )
    assert found["early March"] == ("DATE", "1999-03")
    assert found["early November"] == ("DATE", "1999-11")


def test_timex_stage_after_nine_months_a_year_earlier_is_the_year(read) -> None:
    found = read(
        "XYZ Corp. said third-quarter net rose to $5 million from $4 million a year earlier. "
        "In the first nine months, net was $30 million, compared with $20 million in the 1988 "
        "period.",
        published="1989-11-01",
    )
    assert found["a year earlier"] == ("DATE", "1988-Q3")
    assert found["the 1988 period"] == ("DATE", "1988")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the nineties", "199"),
        ("the sixties", "196"),
        ("later this afternoon", "1998-03-06TAF"),
        ("mid afternoon", "1998-03-06TAF"),
        ("mid-afternoon yesterday", "1998-03-05TAF"),
    ],
)
def test_timex_spelled_decades_and_parts_of_the_day(phrase: str, expected: str) -> None:
    assert value(phrase, Anchor(date(1998, 3, 6))) == expected


def test_timex_the_past_unit_is_the_last_calendar_unit_a_number_makes_a_duration() -> None:
    ctx = Anchor(date(2011, 1, 17))
    assert value("the past decade", ctx) == "200"
    assert value("the last week", ctx) == "2011-W02"
    assert value("the past year", ctx) == "2010"
    norm = normalize("the past two years", ctx)
    assert norm is not None and (norm.type, norm.value) == ("DURATION", "P2Y")


def test_timex_last_or_next_with_a_month_and_day() -> None:
    ctx = Anchor(date(1999, 4, 19), tense=PAST)
    assert value("last Oct. 23", ctx) == "1998-10-23"
    assert value("next March 3", ctx) == "2000-03-03"


def test_timex_stage_skips_programme_titles(read) -> None:
    found = read(
        "Baker, speaking on ABC News' \"This Week,\" said the request helps. He told CBS's "
        '"60 Minutes" this week that it would.',
        published="1990-08-13",
    )
    assert "This Week" not in found and "60 Minutes" not in found
    assert found["this week"] == ("DATE", "1990-W33")


def test_timex_stage_skips_ages_and_marches(read) -> None:
    found = read(
        "Kopp was in his 30s when he joined the annual March for Life. He left in March 1999.",
        published="1999-05-06",
    )
    assert "30s" not in found and "March" not in found
    assert found["March 1999"] == ("DATE", "1999-03")


def test_timex_stage_keeps_saturday_night_and_a_perfect_infinitive_looks_back(read) -> None:
    found = read(
        "The Lantern Festival was off to a bright start on Saturday Night as hundreds of "
        "thousands of people crowded onto the streets.",
        published="2007-03-05",
    )
    assert found["Saturday Night"] == ("TIME", "2007-03-03TNI")
    sales = read(
        "Sales are predicted to have dipped below nine million in March.", published="2009-04-01"
    )
    assert sales["March"] == ("DATE", "2009-03")


def test_timex_stage_reads_a_duration_before_after_and_keeps_utc(read) -> None:
    found = read(
        "GM's move comes a day after Chrysler released its list. Trading closed at 18:00 UTC.",
        published="2009-05-15",
    )
    assert found["a day"] == ("DURATION", "P1D")
    assert found["18:00 UTC"] == ("TIME", "2009-05-15T18:00Z")
    assert "a day" not in read("It was not a day anybody liked.", published="2009-05-15")


def test_timex_stage_reads_the_near_term_but_not_a_long_term_debt(read) -> None:
    found = read(
        "The prospects for a return to growth in the near term appear good. The firm "
        "refinanced the long term debt.",
        published="2009-08-21",
    )
    assert found["the near term"] == ("DATE", "FUTURE_REF")
    assert "the long term" not in found


def test_timex_a_month_name_at_the_head_of_a_longer_word_is_no_time(read) -> None:
    found = read("Augusto Ramos and Kevin Mayer met the mayor in August.")
    assert set(found) == {"August"}


@pytest.mark.parametrize(
    ("text", "time_word"),
    [
        ("The singer raised money for the Winter Carnival of Hope in Ohio last week.", "Winter"),
        ("Tickets for the Christmas Music Festival of Leeds sold out on Monday.", "Christmas"),
        ("The mayor told USA Today that the bridge would reopen on Monday.", "Today"),
    ],
)
def test_timex_a_time_word_inside_a_name_is_no_time(read, text: str, time_word: str) -> None:
    found = read(text)
    assert not any(time_word in k for k in found)
    assert "Monday" in found or "last week" in found


def test_timex_a_holiday_or_day_named_as_an_event_stays_a_date(read) -> None:
    found = read("Shoppers queued on Black Friday and again on Christmas Eve.")
    assert "Christmas Eve" in found
    assert any("Friday" in k for k in found)


def test_timex_a_time_before_a_reported_clauses_subject_is_the_reports(read) -> None:
    # "said on Monday it will hold talks": the reported clause starts at "it", so Monday is the
    # day of the saying, in the past
    found = read("Iran said on Monday it will hold talks with Saudi Arabia.")
    assert found["Monday"] == ("DATE", "2024-06-10")
    found = read("Officials said Tuesday they will reopen the bridge.")
    assert found["Tuesday"] == ("DATE", "2024-06-11")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Palm Sunday 2024", "2024-03-24"),
        ("Maundy Thursday 2024", "2024-03-28"),
        ("Holy Saturday 2024", "2024-03-30"),
        ("Ash Wednesday 2024", "2024-02-14"),
        ("Black Friday 2024", "2024-11-29"),
        ("Cyber Monday 2024", "2024-12-02"),
        ("Remembrance Sunday 2024", "2024-11-10"),
    ],
)
def test_timex_a_holiday_named_after_its_weekday_is_counted_from_its_feast(
    phrase: str, expected: str
) -> None:
    assert value(phrase) == expected


def test_timex_stage_reads_a_holiday_named_after_its_weekday_not_the_nearest_weekday(
    read,
) -> None:
    found = read("Pilgrims crowded the old cathedral on Holy Saturday for the vigil.")
    assert found == {"Holy Saturday": ("DATE", "2024-03-30")}


@pytest.mark.parametrize(
    "text",
    [
        "Brokers still remember the crash known as Black Monday.",
        "The software maker shipped twelve fixes in its Patch Tuesday bulletin.",
        "The couple had dinner at a Ruby Tuesday near the highway.",
    ],
)
def test_timex_a_weekday_in_the_name_of_an_undated_day_is_no_time(read, text: str) -> None:
    assert read(text) == {}


def test_timex_a_weekday_after_a_place_name_stays_a_day(read) -> None:
    found = read("Shares fell sharply in Tokyo Monday.")
    assert found["Monday"] == ("DATE", "2024-06-10")


@pytest.mark.parametrize(
    "text",
    [
        "The new cabinet reversed the outgoing president's midnight regulations on mining.",
        "Critics attacked one more midnight rule on wetlands.",
        "The duel in the old western film High Noon still thrills audiences.",
    ],
)
def test_timex_midnight_or_noon_in_an_idiom_is_no_time(read, text: str) -> None:
    assert read(text) == {}


def test_timex_midnight_as_a_time_of_day_stays(read) -> None:
    found = read("The talks broke up at midnight.")
    assert found["midnight"] == ("TIME", "2024-06-12T00:00")


def test_timex_a_holiday_at_hand_is_the_one_near_the_dateline(read) -> None:
    # the occasion of a thing, or a bound the act comes before: the holiday within a month
    found = read("Volunteers hung the Christmas lights along the harbour.", "2024-12-19")
    assert found["Christmas"] == ("DATE", "2024-12-25")
    found = read("Pilgrims gathered in the old town as Easter week began.", "2024-03-25")
    assert found["Easter"] == ("DATE", "2024-03-31")
    found = read("The mayor resigned only days before Election Day.", "2024-11-04")
    assert found["Election Day"] == ("DATE", "2024-11-05")
    # the time of a past verb stays in the past; "since" looks back; a holiday months off
    # keeps the tense
    found = read("The clerk was robbed on Christmas Day.", "2024-12-19")
    assert found["Christmas Day"] == ("DATE", "2023-12-25")
    found = read("The bakery has been shut since Easter.", "2024-03-25")
    assert found["Easter"] == ("DATE", "2023-04-09")
    found = read("The new bridge will open before Christmas.", "2024-04-10")
    assert found["Christmas"] == ("DATE", "2024-12-25")


def test_timex_a_holiday_is_found_by_its_whole_name(read) -> None:
    # "Day" is a word of the holiday's name, not left out of the span
    found = read("The ferry sank on Thanksgiving Day off the coast.", "2024-12-10")
    assert found["Thanksgiving Day"] == ("DATE", "2024-11-28")
    found = read("Veterans marched in the town on Armistice Day.", "2024-12-10")
    assert found["Armistice Day"] == ("DATE", "2024-11-11")


def test_timex_a_holiday_named_with_years_possessive_is_no_programme_title(read) -> None:
    # "Year's" is a word of the holiday's name, not the capitalised "Years" of a title
    found = read("The old pier burned down on New Year's Day.", "2024-01-09")
    assert found["New Year's Day"] == ("DATE", "2024-01-01")
    found = read("Two ferries collided on New Year's Eve.", "2024-01-09")
    assert found["New Year's Eve"] == ("DATE", "2023-12-31")
    assert "Years" not in read("The band played Ten Years Gone to close the show.")


def test_timex_a_month_qualifying_a_noun_is_the_nearer_when_the_tense_points_far(read) -> None:
    found = read("The board found no reason to revise its July ruling.", "2024-11-12")
    assert found["July"] == ("DATE", "2024-07")
    found = read("Crews closed the square in preparation for the January parade.", "2024-11-12")
    assert found["January"] == ("DATE", "2025-01")
    found = read("The firm is trying to sell itself under a June agreement.", "2024-10-28")
    assert found["June"] == ("DATE", "2024-06")
    # six months either way: the tense stands; a month as the verb's time keeps it too
    found = read("Detectives said they solved the October killing of a clerk.", "2025-04-20")
    assert found["October"] == ("DATE", "2024-10")
    found = read("The council said it would hold the vote in July.", "2024-11-12")
    assert found["July"] == ("DATE", "2025-07")


def test_timex_over_before_the_is_a_preposition_not_a_modifier(read) -> None:
    # "over the next two years" spans "the next two years"; "over a month" is "more than a month"
    found = read(
        "The canal company will dredge the harbour over the next three years. The lake froze "
        "over the weekend. The ferry strike has lasted over a month.",
        published="2024-02-14",
    )
    assert found["the next three years"] == ("DURATION", "P3Y")
    assert "over the next three years" not in found
    assert "the weekend" in found and "over the weekend" not in found
    assert "over a month" in found


def test_timex_article_of_a_noun_after_the_time_is_no_part_of_it(read) -> None:
    # "its fourth-quarter profit": the possessive owns "profit", the time is "fourth-quarter"
    found = read(
        "The brewer blamed its fourth-quarter slump on barley prices. Farmers held a three day "
        "march to the capital. The second quarter was calm.",
        published="2024-02-14",
    )
    assert "fourth-quarter" in found and "its fourth-quarter" not in found
    assert "three day" in found and "a three day" not in found
    assert "The second quarter" in found
