"""``aiclass serve``'s choices: tokens for a room, the server's command line, the app folders."""

from __future__ import annotations

import json

import pytest

from aiclass.apps import voila_labs
from aiclass.errors import AiclassError
from aiclass.gallery.command import CULL_IDLE_S, GallerySettings, gallery_command, prepare_gallery
from aiclass.serve import TOKEN_ALPHABET, is_loopback, pupil_url, room_token, serve


def test_room_tokens_are_short_and_easy_to_copy():
    tokens = {room_token() for _ in range(50)}
    assert len(tokens) == 50
    assert all(len(token) == 8 and set(token) <= set(TOKEN_ALPHABET) for token in tokens)


def test_only_loopback_counts_as_this_machine():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.20")


def test_the_printed_address_carries_the_token():
    assert pupil_url("127.0.0.1", 8866, "") == "http://127.0.0.1:8866/"
    assert pupil_url("192.168.1.20", 8866, "abc").endswith(":8866/?token=abc")


def test_serving_a_room_without_a_token_is_refused():
    with pytest.raises(AiclassError, match="token"):
        serve(None, "en", host="0.0.0.0", token="")


def test_an_unknown_stage_or_language_is_one_clear_error():
    with pytest.raises(AiclassError, match="stage"):
        serve("kindergarten", "en")
    with pytest.raises(AiclassError, match="language"):
        serve(None, "fr")


def test_the_server_hides_sources_and_reaps_kernels(tmp_path):
    cmd = gallery_command(tmp_path / "gallery.json", GallerySettings(token="t0k"))
    assert "--strip_sources=True" in cmd and "--show_tracebacks=False" in cmd
    assert f"--MappingKernelManager.cull_idle_timeout={CULL_IDLE_S}" in cmd
    assert "--MappingKernelManager.cull_connected=False" in cmd
    assert "--Voila.token=t0k" in cmd
    assert CULL_IDLE_S <= 105  # closed tabs that never said goodbye go within 2 minutes


def test_every_voila_lab_becomes_an_app_in_both_languages(curriculum, tmp_path):
    manifest, entries = prepare_gallery(curriculum, tmp_path, None)
    assert [e["id"] for e in entries] == [lab.id for lab in voila_labs(curriculum)]
    assert json.loads(manifest.read_text()) == entries
    for entry in entries:
        for lang, path in entry["notebook"].items():
            nb = json.loads((tmp_path / "apps" / path).read_text())
            assert nb["metadata"]["aiclass"]["lang"] == lang
            assert not any(c.get("metadata", {}).get("nbgrader") for c in nb["cells"])
