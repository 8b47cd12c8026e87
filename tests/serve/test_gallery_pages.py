"""The gallery's home page, picture cards, usage counts and offline page template (no server)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from aiclass.gallery.cards import card_svg
from aiclass.gallery.home import home_page
from aiclass.gallery.template import CDN_LINK, lab_index_template, offline_index
from aiclass.gallery.usage import Usage

ENTRY = {
    "id": "primary-upper-demo",
    "stage": "primary-upper",
    "minutes": 20,
    "title": {"en": "Sort <fruit>", "zh-CN": "给水果分类"},
    "goal": {"en": "I can label data.", "zh-CN": "我能贴标签。"},
    "stage_title": {"en": "Upper primary", "zh-CN": "小学高年级"},
    "notebook": {
        "en": "en/primary-upper-demo/primary-upper-demo.ipynb",
        "zh-CN": "zh-CN/primary-upper-demo/primary-upper-demo.ipynb",
    },
    "card": None,
}


def test_home_page_has_one_big_card_per_app_in_the_chosen_language():
    page = home_page([ENTRY, {**ENTRY, "id": "primary-upper-other"}], "zh-CN")
    assert page.count('class="card"') == 2
    assert "给水果分类" in page and "Sort" not in page
    assert 'href="/app/zh-CN/primary-upper-demo"' in page
    assert 'href="/?lang=en"' in page  # the way to the other language
    assert "20 分钟" in page


def test_home_page_shows_no_file_names_and_escapes_titles():
    page = home_page([ENTRY], "en")
    assert ".ipynb" not in page
    assert "Sort &lt;fruit&gt;" in page


def test_home_page_loads_nothing_from_the_web():
    page = home_page([ENTRY], "en")
    assert "http://" not in page and "https://" not in page


def test_an_empty_gallery_says_so():
    assert "No apps here yet" in home_page([], "en")


def test_cards_are_svg_pictures_without_words_one_per_lab():
    svg = card_svg("primary-upper-demo")
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert not [el for el in root.iter() if el.tag.endswith("text")]
    assert card_svg("primary-upper-demo") == svg
    assert card_svg("primary-upper-other") != svg


def test_most_used_apps_come_first_and_ties_keep_teaching_order(tmp_path):
    usage = Usage(tmp_path / "usage.json")
    for lab_id in ("b", "c", "c"):
        usage.opened(lab_id)
    assert usage.most_used(["a", "b", "c", "d"], 3) == ["c", "b", "a"]
    assert Usage(tmp_path / "usage.json").counts["c"] == 2  # kept between runs
    assert Usage(None).most_used(["a", "b"], 0) == []


def test_a_broken_usage_file_is_ignored(tmp_path):
    (tmp_path / "usage.json").write_text("not json")
    assert Usage(tmp_path / "usage.json").most_used(["a"], 1) == ["a"]


def test_the_voila_page_template_loses_its_cdn_links_and_gains_a_home_button():
    source = lab_index_template().read_text()
    assert CDN_LINK in source, "Voila's template changed: check what it loads from the web"
    patched = offline_index(source)
    assert "cdn.jsdelivr.net" not in patched
    assert "aiclass-home" in patched
