"""Shared set-up for browser tests: one offline gallery server and one Chromium per session.

Imported by tests/labs/test_lab_gate6_browser.py and tests/browser/test_gallery_browser.py.
Browser tests skip (with the reason) when /usr/bin/chromium or Playwright is missing, except
in CI (env CI set), where they fail instead.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from aiclass.gallery.browser import can_run_chromium, launch_chromium
from aiclass.gallery.command import GallerySettings
from aiclass.gallery.server import OfflineNamespace, RunningGallery, free_port


def need_chromium() -> None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        reason = "Playwright (python) is not installed"
    else:
        reason = (
            "" if can_run_chromium() else "Debian's Chromium (/usr/bin/chromium) is not installed"
        )
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"{reason}: browser tests must run in CI")
        pytest.skip(reason)


class BrowserSession:
    """An offline namespace (where this machine allows one), a gallery in it, Chromium in it."""

    def __init__(self, settings: GallerySettings | None = None):
        need_chromium()
        from playwright.sync_api import sync_playwright

        self.namespace = OfflineNamespace()
        self.settings = settings or GallerySettings(port=free_port())
        self.gallery = RunningGallery(self.settings, namespace=self.namespace).wait_ready()
        self.playwright = sync_playwright().start()
        self.browser = launch_chromium(self.playwright, self.namespace)

    @property
    def offline(self) -> bool:
        return self.namespace.active

    def close(self) -> None:
        for step in (
            self.browser.close,
            self.playwright.stop,
            self.gallery.stop,
            self.namespace.close,
        ):
            with contextlib.suppress(Exception):  # tear-down goes on
                step()


def screenshot_folder(tmp_path_factory) -> Path:
    """$AICLASS_SCREENSHOTS (for CI to upload) or this test run's temporary folder."""
    folder = Path(
        os.environ.get("AICLASS_SCREENSHOTS") or tmp_path_factory.getbasetemp() / "screenshots"
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder
