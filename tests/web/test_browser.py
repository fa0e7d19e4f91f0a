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

from .conftest import ARTIFACTS, CLEAN_TEXT, HANDMADE, ROOT, XSS_TEXT

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

    _open(browser, f"{live_server.url}/#/?source={HANDMADE}", "overview")
    assert browser.find_element(By.NAME, "source").get_attribute("value") == HANDMADE
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg .bar")) == 4  # 2 days x 2 types
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg .node")) == 2  # Russia, Ukraine
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg circle.point")) == 1  # Kharkiv
    assert len(browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")) == 4
    assert _errors(browser) == []

    _open(browser, live_server.url + "/", "overview")

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
    assert "2 article(s)" in browser.find_element(By.CSS_SELECTOR, ".event-card").text
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
