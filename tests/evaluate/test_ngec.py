"""The NGEC actor-test reader: dates and the codes it shares with ours."""

from __future__ import annotations

from newsevents.evaluate.ngec import iso_date, same_country, sentence


def test_ngec_dates_in_prose_are_read() -> None:
    assert iso_date("10 May 2015") == "2015-05-10"
    assert iso_date("October 1, 2021") == "2021-10-01"
    assert iso_date("2022-01-01") == "2022-01-01"
    assert iso_date("Today") is None


def test_ngec_un_and_eu_codes_count_as_igo_and_nothing_else() -> None:
    assert same_country("IGO", "UNO") and same_country("IGO", "EUR")
    assert not same_country("IGO", "USA") and not same_country("EUR", "IGO")


def test_ngec_record_is_framed_after_its_context_and_dated() -> None:
    record = {"args": ["Jüri Ratas", "Estonia", "1 January 2018"]}
    text, (a, b), published = sentence(record)
    assert text[a:b] == "Jüri Ratas" and text.startswith("Estonia. ")
    assert published == "2018-01-01"
