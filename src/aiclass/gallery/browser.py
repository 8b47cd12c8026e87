"""Open gallery apps in Debian's Chromium (Playwright) as a pupil would, and watch the page.

Used by gate 6 (tests/labs/test_lab_gate6_browser.py) and benchmarks/voila_classroom.py.
Playwright is a test tool: it is imported only here, never by the server.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
WIDGET = ".jupyter-widgets >> visible=true"
# What a pupil sees of the app: every picture, and every widget's colours and words.
LOOK_JS = """() => {
  const hash = s => { let h = 5381; for (let i = 0; i < s.length; i++) h = (h * 33 + s.charCodeAt(i)) | 0; return h; };
  const pictures = Array.from(document.querySelectorAll('img')).map(i => hash(i.src) + ':' + i.src.length);
  const widgets = Array.from(document.querySelectorAll('.jupyter-widgets'));
  const looks = hash(widgets.map(w => (w.getAttribute('style') || '') + (w.children.length ? '' : w.innerText)).join('|'));
  return {pictures: pictures, looks: looks};
}"""
ERROR_OUTPUT = (
    '[data-mime-type="application/vnd.jupyter.stderr"], .jp-RenderedText[data-mime-type*="error"],'
    " .voila-error, .jp-OutputArea-output.jp-mod-error"
)


def chromium_executable(namespace=None) -> str:
    """Chromium itself, or a wrapper that starts it inside ``namespace`` (an OfflineNamespace)."""
    if namespace is None or not namespace.active:
        return CHROMIUM
    wrapper = Path(tempfile.mkdtemp(prefix="aiclass-chromium-")) / "chromium"
    wrapper.write_text(f'#!/bin/sh\nexec {" ".join(namespace.enter([CHROMIUM]))} "$@"\n')
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    return str(wrapper)


def launch_chromium(playwright, namespace=None):
    return playwright.chromium.launch(
        executable_path=chromium_executable(namespace), args=CHROMIUM_ARGS, headless=True
    )


@dataclass
class PageWatch:
    """Everything a page did that a gate cares about: requests, console errors, page errors."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def attach(self, page) -> PageWatch:
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text))
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        return self

    def outside_requests(self) -> list[str]:
        """Requests to any host but this machine (a CDN, a font server...)."""
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme not in ("data", "blob", "about")
            and urlsplit(url).hostname not in LOCAL_HOSTS
        ]

    def errors(self) -> list[str]:
        return self.console_errors + self.page_errors


def open_app(page, url: str, timeout_s: float = 60) -> float:
    """Go to ``url`` and wait for the first visible widget; seconds from the request to it."""
    start = time.perf_counter()
    page.goto(url, wait_until="commit", timeout=timeout_s * 1000)
    page.wait_for_selector(WIDGET, state="visible", timeout=timeout_s * 1000)
    return time.perf_counter() - start


def look(page) -> dict:
    """Hashes of the pictures and of the widgets' colours and words (to see a change)."""
    return page.evaluate(LOOK_JS)


def error_outputs(page) -> list[str]:
    return [element.inner_text()[:500] for element in page.query_selector_all(ERROR_OUTPUT)]


def _changed(page, before: dict, timeout_s: float) -> str | None:
    """'picture' or 'look' when the page changed within ``timeout_s``, else None."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        now = look(page)
        if now["pictures"] != before["pictures"]:
            return "picture"
        if now["looks"] != before["looks"]:
            return "look"
        page.wait_for_timeout(100)
    return None


def pupil_action(page, timeout_s: float = 4, tries: int = 12) -> str | None:
    """Press, slide or pick like a pupil until what the app shows changes; say what worked.

    Tries, in page order: enabled buttons, then sliders (arrow keys), then drop-downs. Returns
    e.g. "pressed '🍎 Apple' (picture changed)", or None when nothing changed.
    """
    buttons = page.locator("button.jupyter-button:not([disabled]):visible")
    for i in range(min(buttons.count(), tries)):
        before = look(page)
        button = buttons.nth(i)
        text = button.inner_text().strip()
        button.click()
        if changed := _changed(page, before, timeout_s):
            return f"pressed {text!r} ({changed} changed)"
    sliders = page.locator(
        ".widget-slider .noUi-handle:visible, .widget-slider [role=slider]:visible"
    )
    for i in range(min(sliders.count(), 4)):
        before = look(page)
        sliders.nth(i).focus()
        for _ in range(3):
            page.keyboard.press("ArrowRight")
        if changed := _changed(page, before, timeout_s):
            return f"slid a slider ({changed} changed)"
    selects = page.locator(".widget-dropdown select:visible")
    for i in range(min(selects.count(), 4)):
        before = look(page)
        options = selects.nth(i).locator("option")
        if options.count() > 1:
            selects.nth(i).select_option(index=options.count() - 1)
            if changed := _changed(page, before, timeout_s):
                return f"picked from a list ({changed} changed)"
    return None


def leave(page) -> None:
    """Close the tab as a pupil would: the page says goodbye (its kernel is shut down) first.

    ``page.close(run_before_unload=True)`` does not wait for that, and closing the context
    right after it loses the goodbye; navigating away waits for it.
    """
    try:
        page.goto("about:blank", timeout=30_000)
    finally:
        page.close()


def can_run_chromium() -> bool:
    return os.access(CHROMIUM, os.X_OK)
