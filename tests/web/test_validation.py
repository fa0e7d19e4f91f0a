"""The API refuses what the CLI refuses: a filter value no event can have is a 422 naming the
field and the values it takes; a body that is not JSON is a 422 about the JSON."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsevents.config import Settings
from newsevents.store.memory import MemoryStore

from .conftest import Client

TOKEN = {"Authorization": "Bearer s3cret", "Content-Type": "application/json"}


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


@pytest.fixture
def writable() -> Iterator[Client]:
    from newsevents.web import create_app

    client = Client(create_app(MemoryStore(), Settings(api_token="s3cret")))
    yield client
    client.close()


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b'{"text": "Troops crossed the river.",', "not valid JSON: Expecting"),
        (b"not json", "not valid JSON: Expecting value at character 0"),
        (b'{"text": "a" "b"}', "not valid JSON"),
        (b"", "must be a JSON object"),
        (b'["Troops crossed the river."]', "must be a JSON object"),
        (b'"Troops crossed the river."', "must be a JSON object"),
    ],
)
def test_web_post_of_malformed_json_says_what_is_wrong_with_the_json(writable, body, says):
    resp = writable.post("/api/articles", content=body, headers=TOKEN)
    assert resp.status_code == 422, resp.text
    answer = resp.json()
    assert says in answer["error"] and "invalid parameter" not in answer["error"]
    assert answer["detail"] == [{"field": "body", "in": "body", "message": answer["error"]}]


def test_web_post_with_a_bad_field_still_names_the_field(writable):
    resp = writable.post("/api/articles", json={"text": "x", "published": "soon"}, headers=TOKEN)
    assert resp.status_code == 422
    assert resp.json()["error"] == "invalid parameter: published"
