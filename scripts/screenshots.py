"""The explorer's screenshots in docs/img/, taken in headless Chromium over the examples/ corpus.

    python scripts/screenshots.py [--db news.duckdb] [--out docs/img]

Without `--db`, reads examples/ into a temporary store first (about a minute). Writes
overview.png, timeline.png, network.png, article-view.png, event-view.png, story-view.png and
overview-360px.png. Needs the [web] extra, Debian's `chromium` and `chromium-driver`, and
selenium (as the browser tests do).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SEED_TITLE = "Biden to sign long-term security agreement with Ukraine at G7 summit"


def build_store(path: str) -> None:
    from newsevents.api import ingest

    report = ingest([str(ROOT / "examples")], db=path)
    print(f"read examples/ into {path}: {report}", file=sys.stderr)


class Server:
    """uvicorn serving the app on a free loopback port, in a thread."""

    def __init__(self, app: Any) -> None:
        import socket

        import uvicorn

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def chromium(profile: str) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_AVOID_STATS", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-dev-shm-usage",
                 "--hide-scrollbars", "--window-size=1360,1000", "--force-device-scale-factor=1",
                 f"--user-data-dir={profile}"):  # fmt: skip
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))


def open_view(driver: Any, url: str, ready: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get("about:blank")
    driver.get(url)
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return document.body.dataset.ready") in (ready, "error")
    )
    if driver.execute_script("return document.body.dataset.ready") != ready:
        raise RuntimeError(f"{url} did not load")
    time.sleep(0.3)  # let the fonts settle


def card(driver: Any, title: str) -> Any:
    from selenium.webdriver.common.by import By

    for section in driver.find_elements(By.CSS_SELECTOR, "section.card"):
        if section.find_element(By.CSS_SELECTOR, "h2").text.lower() == title.lower():
            return section
    raise RuntimeError(f"no card {title!r}")


def take(base: str, out: Path, seed: tuple[str, str], story: str | None) -> list[Path]:
    """Every screenshot, from the server at `base`; `seed` is (article id, event id), `story`
    the story shown in the story view."""
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as profile:
        driver = chromium(profile)
        try:
            driver.set_window_size(1360, 1500)
            open_view(driver, base + "/", "overview")
            driver.save_screenshot(str(out / "overview.png"))
            card(driver, "Events over time").screenshot(str(out / "timeline.png"))
            card(driver, "Actor network").screenshot(str(out / "network.png"))
            saved += [out / "overview.png", out / "timeline.png", out / "network.png"]
            driver.set_window_size(1360, 1000)
            open_view(driver, f"{base}/#/article/{seed[0]}", "article")
            driver.save_screenshot(str(out / "article-view.png"))
            open_view(driver, f"{base}/#/event/{seed[0]}/{seed[1]}", "event")
            driver.save_screenshot(str(out / "event-view.png"))
            saved += [out / "article-view.png", out / "event-view.png"]
            if story is not None:
                open_view(driver, f"{base}/#/story/{story}", "story")
                driver.save_screenshot(str(out / "story-view.png"))
                saved.append(out / "story-view.png")
            driver.set_window_size(360, 1400)
            open_view(driver, base + "/", "overview")
            driver.save_screenshot(str(out / "overview-360px.png"))
            saved.append(out / "overview-360px.png")
        finally:
            driver.quit()
    return saved


def seed_event(store: Any) -> tuple[str, str]:
    """The seed article and its event that the docs show ("... to sign an agreement ...")."""
    for article in store.articles(limit=500):
        if article["title"] == SEED_TITLE:
            events = store.events(article_id=article["id"], limit=100)
            chosen = next((e for e in events if e["trigger_text"] == "sign"), events[0])
            return article["id"], chosen["id"]
    raise RuntimeError("the seed article is not in the store")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="a store to show (default: examples/ read afresh)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "img"))
    args = parser.parse_args(argv)
    from newsevents.store import open_store
    from newsevents.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "examples.duckdb")
        if not args.db:
            build_store(db)
        store = open_store(db, read_only=True)
        try:
            seed = seed_event(store)
            stories = store.stories(limit=1)  # the most reported story
            story = stories[0]["id"] if stories else None
            with Server(create_app(store)) as server:
                for path in take(server.url, Path(args.out), seed, story):
                    print(path)
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
