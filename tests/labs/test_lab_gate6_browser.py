"""Gate 6: every Voila lab, opened as a pupil would, in Debian's Chromium, with the network cut.

One gallery server (``aiclass serve``'s) for the session; for each app and language: open the
gallery, press the app's card, wait for its first widget, find no error (page, console, cell
output), act as a pupil (press, slide, pick) and see a picture change; no request may leave
this machine. A screenshot of each app is saved (see tests/browser/chromium.py).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from aiclass.apps import voila_labs
from aiclass.curriculum import load_curriculum
from aiclass.gallery.browser import WIDGET, PageWatch, error_outputs, leave, pupil_action
from aiclass.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "browser_chromium", ROOT / "tests/browser/chromium.py"
)
chromium = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(chromium)

VOILA_LABS = [lab.id for lab in voila_labs(load_curriculum(ROOT))]
BROWSER = pytest.mark.xdist_group("browser")


@pytest.fixture(scope="module")
def session():
    running = chromium.BrowserSession()
    yield running
    running.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory):
    return chromium.screenshot_folder(tmp_path_factory)


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("lab_id", [pytest.param(i, marks=BROWSER, id=i) for i in VOILA_LABS])
def test_gate6_app_works_in_chromium_offline(session, screenshots, lab_id, lang):
    context = session.browser.new_context(viewport={"width": 1280, "height": 900}, locale=lang)
    page = context.new_page()
    watch = PageWatch().attach(page)
    try:
        page.goto(f"{session.gallery.url}?lang={lang}")
        card = page.locator(f'a.card[data-lab="{lab_id}"]')
        assert card.count() == 1, f"no card for {lab_id} on the {lang} gallery page"
        card.click()
        page.wait_for_selector(WIDGET, state="visible", timeout=180_000)
        page.wait_for_load_state("networkidle")
        assert not error_outputs(page), f"error output in the app: {error_outputs(page)}"
        action = pupil_action(page)
        assert action, "no press, slide or pick changed any picture"
        assert not error_outputs(page), f"error output after '{action}': {error_outputs(page)}"
        assert not watch.errors(), "errors in the page or console:\n" + "\n".join(watch.errors())
        assert not watch.outside_requests(), (
            f"requests left this machine: {watch.outside_requests()}"
        )
    finally:
        page.screenshot(path=str(screenshots / f"{lab_id}-{lang}.png"), full_page=True)
        leave(page)
        context.close()
