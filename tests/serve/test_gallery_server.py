"""The gallery server over HTTP: what a pupil can and cannot reach, and the room token."""

from __future__ import annotations

import http.cookiejar
import urllib.error
import urllib.request

import pytest

from aiclass.gallery.command import GallerySettings
from aiclass.gallery.server import RunningGallery, free_port

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("gallery-http")]
APP = "primary-upper-fruit-sorter"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url: str, opener=None) -> tuple[int, str, str]:
    opener = opener or urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=120) as reply:
            return (
                reply.status,
                reply.read().decode(errors="replace"),
                reply.headers.get("Location", ""),
            )
    except urllib.error.HTTPError as err:
        return err.code, "", err.headers.get("Location", "")


@pytest.fixture(scope="module")
def gallery():
    running = RunningGallery(GallerySettings(port=free_port(), preheat_apps=0)).wait_ready()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def room():
    settings = GallerySettings(host="127.0.0.1", port=free_port(), token="abc23456", preheat_apps=0)
    running = RunningGallery(settings).wait_ready()
    yield running
    running.stop()


def test_the_home_page_lists_the_apps(gallery):
    status, body, _ = fetch(gallery.url)
    assert status == 200
    assert body.count('class="card"') == len(gallery.entries)


@pytest.mark.parametrize(
    "path",
    [
        "voila/tree",
        "voila/tree/en",
        "voila/api/contents/en",
        f"voila/files/en/{APP}/{APP}.ipynb",
        "tree",
        "api/contents",
    ],
)
def test_no_file_tree_and_no_notebook_source_can_be_reached(gallery, path):
    status, body, _ = fetch(gallery.url + path)
    assert status in (403, 404), f"{path} answered {status}"


def test_opening_an_app_goes_to_its_page_without_its_code(gallery):
    status, _, location = fetch(f"{gallery.url}app/en/{APP}")
    assert status == 302 and location.endswith(f"/voila/render/en/{APP}/{APP}.ipynb")
    status, page, _ = fetch(gallery.url + location.lstrip("/"))
    assert status == 200
    assert "set_language(" not in page and "make_fruit(" not in page  # sources stripped
    assert "cdn.jsdelivr.net" not in page


def test_an_unknown_app_is_not_found(gallery):
    assert fetch(f"{gallery.url}app/en/no-such-lab")[0] == 404


def test_a_room_server_asks_for_the_token_once(room):
    status, _, location = fetch(room.url)
    assert status == 302 and "/login" in location
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    assert fetch(room.url + "?token=wrong", opener)[0] == 302
    assert fetch(room.url + "?token=abc23456", opener)[0] == 200
    status, body, _ = fetch(room.url + "aiclass/status", opener)  # the cookie is enough now
    assert status == 200 and '"kernels"' in body
