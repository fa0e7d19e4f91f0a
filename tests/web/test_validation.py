"""The API refuses what the CLI refuses: a filter value no event can have is a 422 naming the
field and the values it takes; a body that is not JSON is a 422 about the JSON."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("url", "field", "expected"),
    [
        ("/api/events?plover=FOO", "plover", "CONSULT"),
        ("/api/events?country=xx", "country", "ISO country code"),
        ("/api/events?cameo=zz", "cameo", "CAMEO code"),
        ("/api/events?country=XXX", "country", "ISO country code"),
        ("/api/events?cameo=99", "cameo", "CAMEO code"),
        ("/api/corpus-events?plover=FOO", "plover", "CONSULT"),
        ("/api/timeline?plover=FOO", "plover", "CONSULT"),
        ("/api/actors?country=XXX", "country", "ISO country code"),
    ],
)
def test_web_refuses_a_filter_no_event_can_have(client, url, field, expected):
    resp = client.get(url)
    assert resp.status_code == 422, resp.text
    body = resp.json()
    assert body["error"] == f"invalid parameter: {field}"
    assert body["detail"][0]["field"] == field and body["detail"][0]["in"] == "query"
    assert expected in body["detail"][0]["message"]


def test_web_takes_valid_filters_in_any_case(client):
    for params in ({"plover": "consult"}, {"country": "ukr"}, {"cameo": "19"}):
        resp = client.get("/api/events", params=params)
        assert resp.status_code == 200, resp.text
