"""The gallery's own pages: the home page, the picture cards, opening an app, a status line."""

from __future__ import annotations

import json
from pathlib import Path

from jupyter_server.base.handlers import JupyterHandler
from jupyter_server.utils import url_path_join
from tornado import web

from aiclass.gallery.cards import card_svg
from aiclass.gallery.home import home_page
from aiclass.i18n import LANGUAGES


class GalleryHandler(JupyterHandler):
    """Base: knows the app list (``entries``), the default language and the usage counter."""

    def initialize(self, gallery) -> None:
        self.gallery = gallery

    async def prepare(self):
        await super().prepare()
        self.xsrf_token  # noqa: B018 (reading it sets the cookie the app pages need)

    def language(self) -> str:
        lang = self.get_argument("lang", "") or self.gallery.default_language
        return lang if lang in LANGUAGES else self.gallery.default_language

    def entry(self, lab_id: str) -> dict:
        found = self.gallery.entries_by_id.get(lab_id)
        if found is None:
            raise web.HTTPError(404)
        return found


class HomeHandler(GalleryHandler):
    @web.authenticated
    def get(self) -> None:
        self.set_header("Cache-Control", "no-cache")
        self.finish(home_page(self.gallery.entries, self.language(), self.base_url))


class CardHandler(GalleryHandler):
    @web.authenticated
    def get(self, lab_id: str) -> None:
        entry = self.entry(lab_id)
        card = Path(entry["card"]) if entry.get("card") else None
        if card and card.suffix == ".png":
            self.set_header("Content-Type", "image/png")
            self.finish(card.read_bytes())
            return
        self.set_header("Content-Type", "image/svg+xml")
        self.finish(card.read_text() if card else card_svg(lab_id))


class OpenAppHandler(GalleryHandler):
    """``/app/<lang>/<lab_id>``: count the visit, then go to Voila's page for that notebook."""

    @web.authenticated
    def get(self, lang: str, lab_id: str) -> None:
        entry = self.entry(lab_id)
        if lang not in entry["notebook"]:
            raise web.HTTPError(404)
        self.gallery.usage.opened(lab_id)
        self.redirect(url_path_join(self.base_url, "voila/render", entry["notebook"][lang]))


class StatusHandler(GalleryHandler):
    """``/aiclass/status``: how many kernels run and how many wait preheated (for tests, IT)."""

    @web.authenticated
    def get(self) -> None:
        manager = self.kernel_manager
        body = {
            "kernels": len(manager.list_kernel_ids()),
            "preheated": preheated(manager),
            "preheated_by_app": preheated_by_app(manager),
            "apps": [entry["id"] for entry in self.gallery.entries],
        }
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(body))


def preheated(manager) -> int:
    """Kernels waiting in the pools with their app already run (ready to hand to a pupil)."""
    return sum(preheated_by_app(manager).values())


def preheated_by_app(manager) -> dict[str, int]:
    """{app notebook: kernels ready for it}, for every preheated app."""
    ready: dict[str, int] = {}
    for notebook, pool in getattr(manager, "_pools", {}).items():
        ready[notebook] = 0
        for task in pool:
            if task.done() and not task.cancelled() and task.exception() is None:
                ready[notebook] += task.result()["task"].done()
    return ready


def gallery_handlers(base_url: str, gallery) -> list[tuple]:
    """Routes to put before Voila's own; ``gallery`` is the running GalleryApp."""
    conf = {"gallery": gallery}
    return [
        (url_path_join(base_url, r"/?"), HomeHandler, conf),
        (url_path_join(base_url, r"/aiclass/card/([a-z0-9-]+)"), CardHandler, conf),
        (url_path_join(base_url, r"/app/([A-Za-z-]+)/([a-z0-9-]+)/?"), OpenAppHandler, conf),
        (url_path_join(base_url, r"/aiclass/status"), StatusHandler, conf),
    ]
