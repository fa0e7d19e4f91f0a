"""The explorer page in a real headless Chromium (Debian's, driven by selenium + chromedriver).

Each test loads the page from a uvicorn server on a loopback port, waits for the view to say it
is ready (`body[data-ready]`), checks what a reader would see, and that the browser logged no
error. Skipped only where /usr/bin/chromium is not installed (CI installs it: see .ci/run).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from newsevents.ontology.reading import default_min_confidence

from .conftest import ARTIFACTS, CLEAN_TEXT, HANDMADE, ROOT, XSS_TEXT
from .synthetic import STRAY_DATE as STRAY

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
DOCS_SHOT = ROOT / "docs" / "img" / "article-view.png"

pytestmark = [
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="no /usr/bin/chromium: apt-get install -y chromium chromium-driver",
    ),
    pytest.mark.slow,
]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_AVOID_STATS", "true")  # selenium manager: no telemetry
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1360,1000",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _aid(text: str) -> str:
    from newsevents.ids import article_id

    return article_id(text)


def _open(browser, url: str, ready: str):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get("about:blank")  # a full load: a hash-only change would keep the old page
    browser.get_log("browser")  # drop what earlier pages logged
    browser.get(url)
    WebDriverWait(browser, 20).until(
        lambda d: d.execute_script("return document.body.dataset.ready") in (ready, "error")
    )
    assert browser.execute_script("return document.body.dataset.ready") == ready


def _errors(browser) -> list[dict]:
    return [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]


def _shot(browser, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    browser.save_screenshot(str(path))
    return path


def test_web_page_overview_draws_charts_and_searches(browser, live_server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _open(browser, live_server.url + "/", "overview")
    assert "6 articles" in browser.find_element(By.ID, "counts").text
    assert browser.find_elements(By.CSS_SELECTOR, "svg .bar")
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg path.country")) > 150  # basemap
    assert browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")
    _shot(browser, "overview.png")
    assert _errors(browser) == []

    # by default the page shows events of the dev-chosen confidence; 0 shows every event
    _open(browser, f"{live_server.url}/#/?source={HANDMADE}", "overview")
    field = browser.find_element(By.NAME, "min_confidence").get_attribute("value")
    assert float(field) == default_min_confidence()
    assert 0 < len(browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")) < 4
    _open(browser, f"{live_server.url}/#/?source={HANDMADE}&min_confidence=0", "overview")
    assert browser.find_element(By.NAME, "source").get_attribute("value") == HANDMADE
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg .bar")) == 4  # 2 days x 2 types
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg .node")) == 2  # Russia, Ukraine
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg circle.point")) == 1  # Kharkiv
    assert len(browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")) == 4
    assert _errors(browser) == []

    _open(browser, live_server.url + "/#/?min_confidence=0", "overview")

    box = browser.find_element(By.ID, "q")
    box.send_keys("Umerov", Keys.ENTER)
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(lambda d: "text=Umerov" in d.current_url)

    def found(d):
        return [a.text for a in d.find_elements(By.CSS_SELECTOR, "#article-list .title")]

    WebDriverWait(browser, 20).until(lambda d: found(d) == ["Kharkiv shelled"])
    WebDriverWait(browser, 20).until(
        lambda d: d.execute_script("return document.body.dataset.ready") == "overview"
    )
    events = browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")
    assert len(events) == 2  # the hand-made article has no sentences: its text is searched
    browser.find_element(By.CSS_SELECTOR, "#article-list .title").click()
    WebDriverWait(browser, 20).until(
        lambda d: d.execute_script("return document.body.dataset.ready") == "article"
    )
    assert browser.find_element(By.CSS_SELECTOR, ".article-head h1").text == "Kharkiv shelled"
    assert _errors(browser) == []


def test_web_page_article_highlights_every_layer(browser, live_server):
    from selenium.webdriver import ActionChains
    from selenium.webdriver.common.by import By

    _open(browser, f"{live_server.url}/#/article/{_aid(CLEAN_TEXT)}", "article")
    text = browser.find_element(By.ID, "article-text")
    assert text.text == CLEAN_TEXT  # highlighting never changes the words
    marked = {
        kind: "".join(e.text for e in text.find_elements(By.CSS_SELECTOR, f".hl.k-{kind}"))
        for kind in ("event", "entity", "quote", "quantity", "timex")
    }
    assert marked["event"] == "shelledrespond"
    assert marked["entity"] == "Russian forcesKyivRustem Umerov"
    assert marked["quote"] == "We will respond,"
    assert marked["quantity"] == "40 buildingsabout $2 million"
    assert marked["timex"] == "Tuesday"
    trigger = text.find_element(By.CSS_SELECTOR, ".hl.k-event")
    ActionChains(browser).move_to_element(trigger).perform()
    tip = browser.find_element(By.ID, "tip")
    assert tip.is_displayed()
    for expected in ("ASSAULT", "195", "asserted", "Russia", "Ukraine", "according to"):
        assert expected in tip.text, expected
    facts = browser.find_element(By.CSS_SELECTOR, "aside.facts").text
    assert "Rustem Umerov" in facts and "We will respond," in facts
    _shot(browser, "article-handmade.png")
    assert _errors(browser) == []


def test_web_page_renders_markup_in_articles_inert(browser, live_server):
    from selenium.webdriver.common.by import By

    _open(browser, f"{live_server.url}/#/article/{_aid(XSS_TEXT)}", "article")
    assert browser.execute_script("return window.__pwned === undefined")
    body = browser.find_element(By.ID, "article-text")
    assert body.find_elements(By.TAG_NAME, "img") == []
    assert body.find_elements(By.TAG_NAME, "script") == []
    assert browser.find_elements(By.CSS_SELECTOR, ".article-head b") == []
    assert body.text == XSS_TEXT  # shown as text, character for character
    assert "<script>" in browser.find_element(By.CSS_SELECTOR, ".article-head h1").text
    # offsets count code points: the emoji before the trigger does not shift the highlight
    assert body.find_element(By.CSS_SELECTOR, ".hl.k-event").text == "attacked"
    _open(browser, live_server.url + "/#/?text=Kharkiv", "overview")
    assert browser.execute_script("return window.__pwned === undefined")
    assert _errors(browser) == []


def test_web_page_event_view_lists_every_report(browser, live_server):
    from selenium.webdriver.common.by import By

    _open(browser, f"{live_server.url}/#/event/{_aid(CLEAN_TEXT)}/v1", "event")
    reports = browser.find_elements(By.CSS_SELECTOR, "#reports .report")
    assert len(reports) == 2
    triggers = {r.find_element(By.CSS_SELECTOR, ".sentence b").text for r in reports}
    assert triggers == {"shelled", "attacked"}
    card = browser.find_element(By.CSS_SELECTOR, ".event-card").text
    assert "2 articles from 1 source (handmade.example)" in card
    assert browser.find_element(By.CSS_SELECTOR, ".article-head h1").text == "Russia shells Ukraine"
    _shot(browser, "event.png")
    assert _errors(browser) == []


def test_web_page_seed_article_view(browser, live_server, seed_id, store):
    from selenium.webdriver.common.by import By

    _open(browser, f"{live_server.url}/#/article/{seed_id}", "article")
    doc = store.document(seed_id)
    text = browser.find_element(By.ID, "article-text")
    assert text.text == doc["article"]["text"].strip() or text.text == doc["article"]["text"]
    n_spans = len(doc["events"]) + sum(len(e["mentions"]) for e in doc["entities"])
    if n_spans:
        assert text.find_elements(By.CSS_SELECTOR, ".hl")
    _shot(browser, "article-seed.png")
    if os.environ.get("NEWSEVENTS_UPDATE_DOCS_IMG"):  # refresh the picture in docs/ on request
        DOCS_SHOT.parent.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(DOCS_SHOT))
    assert _errors(browser) == []


def test_web_page_api_docs_render_offline(browser, live_server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get_log("browser")
    browser.get(live_server.url + "/docs")
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "main .card"))
    assert "/api/events" in browser.find_element(By.ID, "view").text
    _shot(browser, "api-docs.png")
    assert _errors(browser) == []


# -- the explorer's charts and lists (issue 24, items 14-17) -----------------------------------


@pytest.fixture(scope="module")
def synthetic_server():
    """The page over the made-up corpus of tests/web/synthetic.py, in the in-memory store."""
    from newsevents.config import Settings
    from newsevents.store.memory import MemoryStore
    from newsevents.web import create_app

    from ..servers import LiveServer
    from .synthetic import synthetic_docs

    store = MemoryStore()
    store.write_batch(synthetic_docs())
    with LiveServer(create_app(store, Settings())) as server:
        yield server


def _boxes(browser, selector: str) -> list[dict]:
    return browser.execute_script(
        "return [...document.querySelectorAll(arguments[0])].map((e) => {"
        " const r = e.getBoundingClientRect();"
        " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,"
        " text: e.textContent}; })",
        selector,
    )


def _overlap(a: dict, b: dict) -> float:
    dx = min(a["right"], b["right"]) - max(a["left"], b["left"])
    dy = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return dx * dy if dx > 0.5 and dy > 0.5 else 0.0


def _network_ready(browser, n: int) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(
        lambda d: len(d.find_elements("css selector", "svg.network .node")) == n
    )


def _assert_labels_apart(browser) -> None:
    labels = _boxes(browser, "svg.network text.label")
    nodes = _boxes(browser, "svg.network circle.node")
    (frame,) = _boxes(browser, "svg.network")
    for i, a in enumerate(labels):
        assert frame["left"] - 0.5 <= a["left"] and a["right"] <= frame["right"] + 0.5, a
        assert frame["top"] - 0.5 <= a["top"] and a["bottom"] <= frame["bottom"] + 0.5, a
        for b in labels[i + 1 :]:
            assert _overlap(a, b) == 0, (a["text"], b["text"])
        for j, node in enumerate(nodes):
            if j != i:
                assert _overlap(a, node) == 0, (a["text"], "node", j)


def test_web_page_network_shows_the_top_actors_with_labels_apart(browser, synthetic_server):
    from selenium.webdriver.support.ui import Select

    _open(browser, synthetic_server.url + "/", "overview")
    _network_ready(browser, 20)  # the default: the 20 actors in most events, of 24
    _assert_labels_apart(browser)
    widths = {float(e.get_attribute("stroke-width")) for e in browser.find_elements(
        "css selector", "svg.network path.edge")}  # fmt: skip
    assert len(widths) > 1  # edges weighted by their events
    browser.find_element("id", "net-actors").screenshot(str(ARTIFACTS / "net-control.png"))
    _shot(browser, "network-20.png")
    Select(browser.find_element("id", "net-actors")).select_by_value("10")
    _network_ready(browser, 10)
    _assert_labels_apart(browser)
    Select(browser.find_element("id", "net-actors")).select_by_value("50")
    _network_ready(browser, 24)  # every actor there is
    _assert_labels_apart(browser)
    assert _errors(browser) == []


def test_web_page_timeline_clips_a_stray_date_and_brushes_a_range(browser, synthetic_server):
    from selenium.webdriver import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait

    from newsevents.store.reads import plover_types

    _open(browser, synthetic_server.url + "/", "overview")
    ticks = [t.text for t in browser.find_elements("css selector", "svg.timeline > text")]
    assert any(t.startswith("2024-06") for t in ticks) and not any("1824" in t for t in ticks)
    outliers = browser.find_element("id", "timeline-outliers").text
    assert "1 event dated far from the rest" in outliers and STRAY in outliers
    # one fixed, distinct colour per PLOVER type, the same on the bars and in the legend
    legend = browser.execute_script(
        "return [...document.querySelectorAll('#timeline-legend span')].map((e) =>"
        " [e.dataset.key, getComputedStyle(e).getPropertyValue('--c').trim()])"
    )
    colours = dict(legend)
    assert set(colours) == set(plover_types()) and len(set(colours.values())) == 16
    for bar in browser.find_elements("css selector", "svg.timeline rect.bar")[:40]:
        assert bar.get_attribute("fill") == colours[bar.get_attribute("data-series")]
    # drag across the middle third of the plot: the date filter is set to what was brushed
    plot = browser.find_element("css selector", "svg.timeline")
    width = plot.size["width"]
    ActionChains(browser).move_to_element_with_offset(plot, -width // 6, 0).click_and_hold()\
        .move_by_offset(width // 3, 0).release().perform()  # fmt: skip
    WebDriverWait(browser, 20).until(lambda d: "date_to=" in d.current_url)
    WebDriverWait(browser, 20).until(
        lambda d: d.execute_script("return document.body.dataset.ready") == "overview"
    )
    first = browser.find_element("name", "date_from").get_attribute("value")
    last = browser.find_element("name", "date_to").get_attribute("value")
    assert "2024-06-03" <= first < last <= "2024-06-19", (first, last)
    dates = [td.text for td in browser.find_elements("css selector", "#events-table td.when")]
    assert dates and all(first <= d <= last for d in dates)
    assert _errors(browser) == []


def test_web_page_events_newest_first_sortable_with_article_titles(browser, live_server, store):
    from selenium.webdriver.support.ui import WebDriverWait

    # every event (the page's default confidence threshold would hide the hand-made ones)
    _open(browser, live_server.url + "/#/?min_confidence=0", "overview")

    def column(css):
        return [td.text for td in browser.find_elements("css selector", f"#events-table {css}")]

    dates = [d for d in column("td.when") if d != "undated"]
    assert (
        dates == sorted(dates, reverse=True)
        and dates[0] == store.events(order="-date")[0]["event_date"]
    )
    titles = {e["title"] for e in store.events(limit=500)}
    assert set(column("td.article a")) <= titles and column("td.article a")
    headlines = column("td.sentence .headline")
    assert headlines and all(h[0].isupper() and " " in h for h in headlines)

    def types():
        cells = browser.find_elements("css selector", "#events-table td.type .tag:first-child")
        return [t.text for t in cells if t.text != "—"]

    for direction in ("ascending", "descending"):
        browser.find_element("css selector", "th button[data-order=plover]").click()
        WebDriverWait(browser, 10).until(
            lambda d, way=direction: d.find_elements(
                "css selector", f"th[aria-sort={way}] button[data-order=plover]"
            )
        )
        shown = types()
        assert shown == sorted(shown, reverse=direction == "descending") and len(shown) > 3
    assert _errors(browser) == []


def test_web_page_filters_apply_to_every_panel(browser, live_server, client):
    from selenium.webdriver.common.by import By

    _open(browser, f"{live_server.url}/#/?modality=future&min_confidence=0", "overview")
    listed = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#article-list .title")]
    expected = client.get("/api/articles", params={"modality": "future", "limit": 12}).json()
    assert listed == [a["title"] or a["id"] for a in expected["items"]]
    everything = client.get("/api/articles", params={"limit": 12}).json()["items"]
    assert len(listed) < len(everything)
    assert "matching events" in browser.find_element(By.CSS_SELECTOR, "#view").text.lower()
    modalities = [
        t.text for t in browser.find_elements(By.CSS_SELECTOR, "#events-table td.type .tag")
    ]
    assert modalities.count("future") == len(
        browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")
    )
    bars = sum(
        int(p["n"])
        for s in client.get("/api/timeline", params={"modality": "future"}).json()["series"]
        for p in s["points"]
    )
    total = client.get("/api/events", params={"modality": "future"}).json()["total"]
    assert bars <= total and f"of {total}" in browser.find_element(By.CSS_SELECTOR, ".pager").text
    assert _errors(browser) == []


def _no_sideways_scroll(browser) -> None:
    wide, inner = browser.execute_script(
        "return [document.scrollingElement.scrollWidth, window.innerWidth]"
    )
    assert wide <= inner, (wide, inner)


def test_web_page_fits_360_px_without_sideways_scrolling(browser, live_server, seed_id):
    browser.set_window_size(360, 800)
    try:
        assert browser.execute_script("return window.innerWidth") <= 380
        _open(browser, live_server.url + "/", "overview")
        _no_sideways_scroll(browser)
        _shot(browser, "overview-360px.png")
        _open(browser, f"{live_server.url}/#/article/{seed_id}", "article")
        _no_sideways_scroll(browser)
        _open(browser, f"{live_server.url}/#/event/{_aid(CLEAN_TEXT)}/v1", "event")
        _no_sideways_scroll(browser)
        _open(browser, live_server.url + "/#/?source=handmade.example&modality=future", "overview")
        _no_sideways_scroll(browser)
    finally:
        browser.set_window_size(1360, 1000)
    assert _errors(browser) == []


def test_web_page_side_panel_never_scrolls_sideways(browser, live_server, seed_id):
    _open(browser, f"{live_server.url}/#/article/{seed_id}", "article")
    wide, room = browser.execute_script(
        "const a = document.querySelector('aside.facts'); return [a.scrollWidth, a.clientWidth]"
    )
    assert wide <= room, (wide, room)
    _no_sideways_scroll(browser)


def test_web_page_event_view_reads_as_a_sentence(browser, live_server, seed_id, store):
    event = next(
        e for e in store.events(article_id=seed_id, limit=100) if e["trigger_text"] == "sign"
    )
    _open(browser, f"{live_server.url}/#/event/{seed_id}/{event['id']}", "event")
    title = browser.find_element("css selector", ".article-head h1").text
    assert title == "Joe Biden to sign an agreement with Ukraine"
    reported = browser.find_element("id", "reported-by").text
    assert reported.startswith("1 article from 1 source (seed.example)")


def test_web_page_story_view_shows_the_thread_first_report_and_sources(browser, live_server, store):
    from selenium.webdriver.common.by import By

    _open(browser, live_server.url + "/#/stories", "stories")
    titles = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#story-list .title")]
    assert "Kharkiv shelled" in titles or any("Kharkiv" in t for t in titles)
    (story,) = [s for s in store.stories(source=HANDMADE) if s["num_articles"] == 2]
    link = browser.find_element(By.CSS_SELECTOR, f'#story-list a[href="#/story/{story["id"]}"]')
    link.click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(
        lambda d: d.execute_script("return document.body.dataset.ready") == "story"
    )
    facts = browser.find_element(By.ID, "story-facts").text.lower()  # the labels are capitals
    assert "2 articles from 1 source" in facts
    assert "first report" in facts and HANDMADE in facts and "2024-06-11" in facts
    rows = browser.find_elements(By.CSS_SELECTOR, "#story-timeline li")
    kinds = [r.get_attribute("class").split()[-1] for r in rows]
    assert kinds.count("article") == 2 and "event" in kinds
    dates = [r.find_element(By.CSS_SELECTOR, ".when").text for r in rows]
    assert dates == sorted(dates)  # one timeline, oldest first
    first = rows[kinds.index("article")]
    assert "first report" in first.text and "Kharkiv shelled" in first.text
    assert browser.execute_script("return window.__pwned === undefined")  # the XSS title is text
    assert "ASSAULT" in browser.find_element(By.ID, "story-timeline").text
    _shot(browser, "story.png")
    assert _errors(browser) == []


def test_web_map_clusters_many_events_at_one_place(browser, live_server):
    """The map draws events at one place, or at places a few pixels apart, as one cluster with
    its count; a place far from them stays a dot of its own."""
    _open(browser, live_server.url + "/", "overview")
    clusters = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "import('/static/charts.js').then(async (m) => {"
        "  const p = (name, country, lat, lon, n) =>"
        "    ({ name, country, lat, lon, n, plover: 'ASSAULT', quad_class: 4 });"
        "  const data = { countries: { UKR: 8, PER: 1 }, points: ["
        "    p('Kyiv', 'UKR', 50.45, 30.52, 5), p('Kiev', 'UKR', 50.45, 30.52, 2),"
        "    p('Brovary', 'UKR', 50.51, 30.79, 1), p('Lima', 'PER', -12.04, -77.03, 1)] };"
        "  const el = await m.drawMap(data, { onPick: () => {} });"
        "  document.body.append(el);"
        "  done([...el.querySelectorAll('g.cluster')].map((g) => [g.dataset.n,"
        "    g.dataset.places, g.querySelector('text.count')?.textContent ?? null,"
        "    g.querySelectorAll('circle.point').length]));"
        "}).catch((e) => done(String(e)));"
    )
    assert clusters == [["8", "3", "8", 1], ["1", "1", None, 1]]
    assert _errors(browser) == []
