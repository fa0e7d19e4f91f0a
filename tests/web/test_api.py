"""The JSON API, in process (httpx ASGI transport, no server)."""

from __future__ import annotations

import pytest

from newsevents.config import Settings
from newsevents.ontology.reading import default_min_confidence

from .conftest import CLEAN_TEXT, HANDMADE, XSS_TEXT, Client


@pytest.fixture(scope="module", params=["duckdb", "memory"])
def client(request, store, memory_store):
    """The app over the DuckDB store, and over the in-memory one holding the same corpus: every
    test of this module runs on both."""
    from newsevents.web import create_app

    c = Client(create_app(store if request.param == "duckdb" else memory_store, Settings()))
    yield c
    c.close()


def _aid(text: str) -> str:
    from newsevents.ids import article_id

    return article_id(text)


def test_web_stats_counts_the_corpus(client, store):
    body = client.get("/api/stats").json()
    assert body["articles"] == 6
    assert body["events"] == store.count_events() >= 4
    assert body["events_by_plover"]["ASSAULT"] >= 2
    assert body["events_by_quad_class"]["4"] >= 2
    assert body["event_dates"]["first"] <= "2024-06-11"
    assert body["sources"][HANDMADE] == 2


def test_web_articles_lists_pages_and_searches(client):
    page = client.get("/api/articles", params={"limit": 2}).json()
    assert len(page["items"]) == 2 and page["has_more"] is True
    rest = client.get("/api/articles", params={"limit": 50, "offset": 2}).json()
    assert len(rest["items"]) == 4 and rest["has_more"] is False
    found = client.get("/api/articles", params={"q": "Umerov"}).json()["items"]
    assert [a["id"] for a in found] == [_aid(CLEAN_TEXT)]


def test_web_article_has_every_layer_and_event_links(client):
    body = client.get(f"/api/articles/{_aid(CLEAN_TEXT)}").json()
    assert body["article"]["title"] == "Kharkiv shelled"
    assert [e["name"] for e in body["entities"]] == ["Russia", "Ukraine", "Rustem Umerov"]
    assert {e["plover"] for e in body["events"]} == {"ASSAULT", "REQUEST"}
    assert body["quotes"][0]["content"]["text"] == "We will respond,"
    assert [n["text"] for n in body["quantities"]] == ["40 buildings", "about $2 million"]
    assert body["timexes"][0]["value"] == "2024-06-11"
    assert set(body["event_links"]) == {"v1", "v2"}
    assert body["headlines"] == {
        "v1": "Russia shells Ukraine",
        "v2": "Ukraine to respond to Russia",
    }


def test_web_article_missing_is_404(client):
    resp = client.get("/api/articles/0000000000000000")
    assert resp.status_code == 404
    assert "no article" in resp.json()["error"]


def test_web_events_filter_and_paginate(client):
    mine = {"source": HANDMADE}
    assault = client.get("/api/events", params={**mine, "plover": "ASSAULT"}).json()
    assert assault["total"] == 2
    assert {e["trigger_text"] for e in assault["items"]} == {"shelled", "attacked"}
    by_actor = client.get("/api/events", params={**mine, "actor": "russia", "cameo": "19"}).json()
    assert by_actor["total"] == 2
    dated = client.get(
        "/api/events",
        params={**mine, "date_from": "2024-06-12", "date_to": "2024-06-12", "plover": "ASSAULT"},
    ).json()
    assert [e["trigger_text"] for e in dated["items"]] == ["attacked"]
    future = client.get("/api/events", params={**mine, "modality": "future"}).json()
    assert [e["trigger_text"] for e in future["items"]] == ["respond"]
    first = client.get("/api/events", params={"limit": 1}).json()
    second = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert first["total"] == second["total"] >= 4
    assert first["items"][0] != second["items"][0]


def test_web_event_endpoints_take_a_minimum_confidence(client):
    mine = {"source": HANDMADE}
    every = client.get("/api/events", params=mine).json()
    sure = client.get("/api/events", params={**mine, "min_confidence": 0.7}).json()
    assert every["total"] > sure["total"] > 0
    assert all(e["confidence"] >= 0.7 for e in sure["items"])
    assert "respond" not in {e["trigger_text"] for e in sure["items"]}  # its confidence is 0.6
    for path in ("/api/corpus-events", "/api/map", "/api/timeline"):
        none = client.get(path, params={**mine, "min_confidence": 1.0})
        assert none.status_code == 200, path
    assert (
        client.get("/api/corpus-events", params={**mine, "min_confidence": 1.0}).json()["items"]
        == []
    )
    assert client.get("/api/stats").json()["default_min_confidence"] == default_min_confidence()


def test_web_event_view_lists_every_reporting_article(client):
    body = client.get(f"/api/events/{_aid(CLEAN_TEXT)}/v1").json()
    assert body["event"]["plover"] == "ASSAULT"
    assert body["corpus_event"]["num_articles"] == 2
    assert {r["article_id"] for r in body["reports"]} == {_aid(CLEAN_TEXT), _aid(XSS_TEXT)}
    merged = client.get(f"/api/corpus-events/{body['corpus_event']['id']}").json()
    assert len(merged["reports"]) == 2
    assert client.get(f"/api/events/{_aid(CLEAN_TEXT)}/v99").status_code == 404
    listed = client.get(
        "/api/corpus-events", params={"plover": "ASSAULT", "source": HANDMADE}
    ).json()["items"]
    assert listed[0]["num_articles"] == 2


def test_web_timeline_buckets_by_plover_and_quad_class(client):
    by_type = client.get("/api/timeline", params={"bucket": "day", "source": HANDMADE}).json()
    assault = next(s for s in by_type["series"] if s["key"] == "ASSAULT")
    assert assault["quad_class"] == 4
    assert {p["t"]: p["n"] for p in assault["points"]} == {"2024-06-11": 1, "2024-06-12": 1}
    by_quad = client.get(
        "/api/timeline", params={"by": "quad_class", "plover": "ASSAULT", "source": HANDMADE}
    ).json()
    assert [s["key"] for s in by_quad["series"]] == [4]
    assert by_quad["bucket"] == "day"  # two days of events: daily bars


def test_web_network_edges_weigh_events(client):
    net = client.get("/api/actors/network", params={"source": HANDMADE}).json()
    edge = next(e for e in net["edges"] if e["source"] == "russia" and e["target"] == "ukraine")
    assert edge["weight"] == 2 and edge["quad_class"] == 4
    back = next(e for e in net["edges"] if e["source"] == "ukraine" and e["target"] == "russia")
    assert back["weight"] == 2  # the request (future) and the condemnation
    names = {n["id"]: n for n in net["nodes"]}
    assert names["russia"]["country"] == "RUS"
    co = client.get(
        "/api/actors/network", params={"kind": "cooccurrence", "source": HANDMADE}
    ).json()
    assert co["directed"] is False
    assert any({e["source"], e["target"]} == {"russia", "ukraine"} for e in co["edges"])


def test_web_map_places_events(client):
    body = client.get("/api/map", params={"source": HANDMADE}).json()
    kharkiv = next(p for p in body["points"] if p["name"] == "Kharkiv")
    assert kharkiv["n"] == 2 and kharkiv["country"] == "UKR"
    assert body["countries"]["UKR"] == 2


def test_web_actors_quotes_quantities(client):
    actors = client.get("/api/actors", params={"country": "UKR"}).json()["items"]
    assert {"Ukraine", "Rustem Umerov"} <= {a["name"] for a in actors}
    quotes = client.get("/api/quotes", params={"speaker": "umerov"}).json()["items"]
    assert [q["content_text"] for q in quotes] == ["We will respond,"]
    amounts = client.get("/api/quantities", params={"article_id": _aid(CLEAN_TEXT)}).json()
    assert [n["kind"] for n in amounts["items"]] == ["count", "money"]


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=100000", "limit"),
        ("/api/events?offset=-1", "offset"),
        ("/api/events?date_from=2024-02-30", "date_from"),
        ("/api/events?modality=maybe", "modality"),
        ("/api/events?min_confidence=1.5", "min_confidence"),
        ("/api/timeline?min_confidence=-1", "min_confidence"),
        ("/api/events?cameo=abc", "cameo"),
        ("/api/events?country=Ukraine", "country"),
        ("/api/timeline?by=colour", "by"),
        ("/api/actors/network?edges=0", "edges"),
        ("/api/articles?q=a%00b", "q"),
        ("/api/articles/%3Cscript%3E", "article_id"),
    ],
)
def test_web_bad_parameter_is_422_naming_the_field(client, url, field):
    resp = client.get(url)
    assert resp.status_code == 422, resp.text
    body = resp.json()
    assert field in body["error"]
    assert body["detail"][0]["field"] == field


def test_web_is_read_only_without_a_token(client):
    resp = client.post("/api/articles", json={"text": "Anything at all."})
    assert resp.status_code == 403
    assert "read-only" in resp.json()["error"]


def test_web_cors_is_off_by_default(client):
    resp = client.get("/api/stats", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in resp.headers


def test_web_page_and_docs_are_local_with_a_strict_policy(client):
    page = client.get("/")
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "http" not in page.text.replace('href="/', "").split("<body>")[0]  # no remote assets
    for asset in ("app.js", "charts.js", "article.js", "story.js", "util.js", "style.css",
                  "countries.geojson"):  # fmt: skip
        assert client.get(f"/static/{asset}").status_code == 200, asset
    assert client.get("/docs").status_code == 200
    assert client.get("/openapi.json").json()["paths"]["/api/events"]


def test_web_basemap_is_natural_earth_outlines(client):
    world = client.get("/static/countries.geojson").json()
    assert len(world["features"]) > 150
    assert "Natural Earth" in world["attribution"]
    isos = {f["properties"]["iso3"] for f in world["features"]}
    assert {"UKR", "RUS", "USA", "ITA"} <= isos


@pytest.fixture(params=["duckdb", "memory"])
def writable(request, tmp_path) -> Client:
    from newsevents.store import open_store
    from newsevents.store.memory import MemoryStore
    from newsevents.web import create_app

    store = open_store(str(tmp_path / "w.duckdb")) if request.param == "duckdb" else MemoryStore()
    client = Client(create_app(store, Settings(api_token="s3cret", max_body_bytes=4_000)))
    yield client
    client.close()
    store.close()


def test_web_post_article_needs_the_token(writable):
    body = {"text": "The minister met the ambassador in Rome on Monday.", "title": "A meeting"}
    assert writable.post("/api/articles", json=body).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert writable.post("/api/articles", json=body, headers=wrong).status_code == 401
    ok = {"Authorization": "Bearer s3cret"}
    resp = writable.post("/api/articles", json={**body, "published": "2024-06-03"}, headers=ok)
    assert resp.status_code == 201, resp.text
    made = resp.json()
    assert made["added"] is True
    again = writable.post("/api/articles", json=body, headers=ok).json()
    assert again == {**made, "added": False}
    stored = writable.get(f"/api/articles/{made['id']}").json()
    assert stored["article"]["title"] == "A meeting"
    assert stored["article"]["published"] == "2024-06-03"


WIRE = (
    "Rescue teams worked through the night to reach villagers cut off by the landslide, which "
    "buried a stretch of the mountain road after four days of heavy rain. The provincial "
    "governor said twelve people were still missing and that helicopters would resume the "
    "search at first light on Tuesday, weather permitting."
)


def test_web_post_links_a_near_duplicate_instead_of_storing_it_again(writable):
    ok = {"Authorization": "Bearer s3cret"}
    first = writable.post("/api/articles", json={"text": WIRE}, headers=ok).json()
    assert first["added"] is True and first["duplicate_of"] is None and first["entities"] > 0
    copy_text = "By our correspondent. " + WIRE.replace("Tuesday", "Wednesday")
    copy = writable.post("/api/articles", json={"text": copy_text}, headers=ok)
    assert copy.status_code == 201, copy.text
    linked = copy.json()
    assert linked["duplicate_of"] == first["id"] and linked["id"] != first["id"]
    assert (linked["added"], linked["events"], linked["entities"]) == (True, 0, 0)
    stats = writable.get("/api/stats").json()
    assert (stats["articles"], stats["duplicates"]) == (2, 1)
    assert stats["events"] == first["events"]  # the copy was not read again
    stored = writable.get(f"/api/articles/{linked['id']}").json()
    assert stored["events"] == [] and first["id"] in stored["errors"][0]


def test_web_post_rejects_bad_bodies(writable):
    ok = {"Authorization": "Bearer s3cret"}
    empty = writable.post("/api/articles", json={"text": ""}, headers=ok)
    assert empty.status_code == 422 and "text" in empty.json()["error"]
    blank = writable.post("/api/articles", json={"text": "   \n "}, headers=ok)
    assert blank.status_code == 422
    huge = writable.post("/api/articles", json={"text": "word " * 2_000}, headers=ok)
    assert huge.status_code == 413

    async def chunks():
        for _ in range(10):
            yield b"x" * 1000

    streamed = writable.post(
        "/api/articles",
        content=chunks(),  # chunked: no Content-Length header
        headers={**ok, "Content-Type": "application/json"},
    )
    assert streamed.status_code == 413


def test_web_count_cache_reuses_totals_across_pages():
    import dataclasses

    from newsevents.store.query import EventQuery
    from newsevents.web.data import CountCache

    class Counting:
        calls = 0

        def count_events(self, query):
            self.calls += 1
            return 7

    store, cache = Counting(), CountCache(size=2)
    q = EventQuery(plover="ASSAULT")
    assert cache.count(store, q) == 7
    assert cache.count(store, dataclasses.replace(q, offset=50, limit=10)) == 7
    assert store.calls == 1  # the next page reused the total
    cache.count(store, EventQuery(plover="AID"))
    cache.count(store, EventQuery(plover="AGREE"))  # evicts the oldest (ASSAULT)
    cache.count(store, q)
    assert store.calls == 4
    cache.clear()
    cache.count(store, q)
    assert store.calls == 5


def test_web_cors_allows_only_configured_origins(store):
    from newsevents.web import create_app

    client = Client(create_app(store, Settings(cors_origins=("https://ok.example",))))
    try:
        ok = client.get("/api/stats", headers={"Origin": "https://ok.example"})
        assert ok.headers["access-control-allow-origin"] == "https://ok.example"
        other = client.get("/api/stats", headers={"Origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in other.headers
    finally:
        client.close()


def test_web_events_sort_by_any_column_either_way(client):
    def dates(order):
        items = client.get("/api/events", params={"order": order, "limit": 500}).json()["items"]
        return items, [e["event_date"] for e in items]

    newest, days = dates("-date")
    known = [d for d in days if d]
    assert known == sorted(known, reverse=True) and days[: len(known)] == known  # undated last
    oldest, days = dates("date")
    assert [d for d in days if d] == sorted(d for d in days if d)
    by_type, _ = dates("plover")
    types = [e["plover"] for e in by_type if e["plover"]]
    assert types == sorted(types)
    by_title, _ = dates("-title")
    titles = [e["title"].lower() for e in by_title if e["title"]]
    assert titles == sorted(titles, reverse=True)
    by_actor, _ = dates("actor")
    actors = [", ".join(e["actor_names"]).lower() for e in by_actor if e["actor_names"]]
    assert actors == sorted(actors)
    assert len(newest) == len(oldest) == len(by_type) == len(by_title) == len(by_actor)
    resp = client.get("/api/events", params={"order": "colour"})
    assert resp.status_code == 422 and resp.json()["error"] == "invalid parameter: order"


def test_web_events_carry_a_headline(client):
    items = client.get("/api/events", params={"source": HANDMADE, "plover": "ASSAULT"}).json()
    assert {e["headline"] for e in items["items"]} == {
        "Russia shells Ukraine",
        "Russia attacks Ukraine",
    }


def test_web_articles_follow_the_event_filters(client):
    future = client.get("/api/articles", params={"modality": "future"}).json()["items"]
    assert _aid(CLEAN_TEXT) in {a["id"] for a in future}
    assert _aid(XSS_TEXT) not in {a["id"] for a in future}
    for article in future:  # each one has a future event
        events = client.get("/api/events", params={"article_id": article["id"]}).json()["items"]
        assert any(e["modality"] == "future" for e in events)
    assault = client.get("/api/articles", params={"plover": "ASSAULT", "source": HANDMADE}).json()
    assert {a["id"] for a in assault["items"]} == {_aid(CLEAN_TEXT), _aid(XSS_TEXT)}
    none = client.get("/api/articles", params={"actor": "umerov", "plover": "ASSAULT"}).json()
    assert none["items"] == []
    assert client.get("/api/articles", params={"plover": "FOO"}).status_code == 422


def test_web_event_view_counts_reports_and_sources(client):
    body = client.get(f"/api/events/{_aid(CLEAN_TEXT)}/v1").json()
    assert body["event"]["headline"] == "Russia shells Ukraine"
    assert body["reported_by"] == {
        "articles": 2, "sources": [HANDMADE], "unnamed_sources": 0, "mentions": 2,
    }  # fmt: skip
    alone = client.get(f"/api/events/{_aid(CLEAN_TEXT)}/v2").json()  # merged with nothing else
    assert len(alone["reports"]) == 1 and alone["reports"][0]["title"] == "Kharkiv shelled"
    assert alone["reported_by"]["articles"] == 1 and alone["reported_by"]["sources"] == [HANDMADE]


def test_web_stories_list_and_one_story_with_its_thread(client):
    listed = client.get("/api/stories", params={"source": HANDMADE}).json()
    story = next(s for s in listed["items"] if s["num_articles"] == 2)
    assert story["title"] and story["num_sources"] >= 1
    body = client.get(f"/api/stories/{story['id']}").json()
    assert {a["id"] for a in body["articles"]} == {_aid(CLEAN_TEXT), _aid(XSS_TEXT)}
    assert any(e["plover"] == "ASSAULT" and e["num_articles"] == 2 for e in body["events"])
    assert client.get("/api/stories/nope").status_code == 404
    assert client.get("/api/stories", params={"date_from": "June"}).status_code == 422
    paged = client.get("/api/stories", params={"limit": 1}).json()
    assert len(paged["items"]) == 1
    article = client.get(f"/api/articles/{_aid(CLEAN_TEXT)}").json()
    assert article["article"]["story_id"] == story["id"]
    assert all("corpus_event_id" in e for e in article["events"])
