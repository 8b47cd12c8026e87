"""The gallery home page in Chromium, offline: big cards in both languages; closed tabs reaped."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from aiclass.apps import voila_labs
from aiclass.gallery import procs
from aiclass.gallery.browser import WIDGET, PageWatch, leave
from aiclass.i18n import LANGUAGES

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("browser_chromium", HERE / "chromium.py")
chromium = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(chromium)

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser")]


@pytest.fixture(scope="module")
def session():
    running = chromium.BrowserSession()
    yield running
    running.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_shows_every_app_as_a_big_card_with_nothing_from_the_web(
    session, curriculum, lang, tmp_path_factory
):
    page = session.browser.new_page(viewport={"width": 1280, "height": 900})
    watch = PageWatch().attach(page)
    page.goto(f"{session.gallery.url}?lang={lang}", wait_until="networkidle")
    cards = page.locator("a.card")
    assert cards.count() == len(voila_labs(curriculum))
    assert cards.first.bounding_box()["width"] >= 280  # big enough for a child's finger
    assert ".ipynb" not in page.inner_text("body")
    assert page.locator("html").get_attribute("lang") == lang
    page.screenshot(path=str(chromium.screenshot_folder(tmp_path_factory) / f"gallery-{lang}.png"))
    assert not watch.errors(), watch.errors()
    assert not watch.outside_requests(), watch.outside_requests()
    page.close()


def test_closing_the_tab_shuts_its_kernel_down(session):
    page = session.browser.new_page()
    before = set(procs.kernel_pids(session.gallery.pid))
    page.goto(f"{session.gallery.url}?lang=zh-CN")  # zh-CN apps are not preheated here
    page.locator("a.card").first.click()
    page.wait_for_selector(WIDGET, timeout=90_000)
    mine = set(procs.kernel_pids(session.gallery.pid)) - before
    assert mine, "opening an app started no kernel"
    leave(page)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in mine):
        time.sleep(0.5)
    assert not any(Path(f"/proc/{pid}").exists() for pid in mine), "the kernel outlived its tab"
