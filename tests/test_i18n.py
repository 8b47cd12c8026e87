"""Messages in both languages: choice of language, catalogs complete, placeholders filled."""

from __future__ import annotations

import pytest

from aiclass.i18n import (
    COURSE_FILE,
    catalog,
    current_language,
    normalize_language,
    placeholders,
    set_language,
    t,
)


@pytest.mark.parametrize("spelling", ["zh", "zh_CN", "zh-cn", "ZH-CN", "zh-Hans"])
def test_common_spellings_of_chinese_are_understood(spelling):
    assert normalize_language(spelling) == "zh-CN"


def test_an_unknown_language_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="choose one of zh-CN, en"):
        normalize_language("fr")


def test_set_language_beats_the_environment(monkeypatch):
    monkeypatch.setenv("AICLASS_LANG", "en")
    set_language("zh-CN")
    assert current_language() == "zh-CN"
    assert t("grading.public_checks_passed").startswith("公开检查通过了")


def test_a_course_folder_sets_the_language_for_notebooks_inside_it(tmp_path, monkeypatch):
    (tmp_path / COURSE_FILE).write_text("language: zh-CN\n", encoding="utf-8")
    inner = tmp_path / "autograded" / "student" / "lab"
    inner.mkdir(parents=True)
    monkeypatch.chdir(inner)
    assert current_language() == "zh-CN"


def test_both_catalogs_have_the_same_messages_and_placeholders():
    english, chinese = catalog("en"), catalog("zh-CN")
    assert set(english) == set(chinese)
    for key in english:
        assert placeholders(english[key]) == placeholders(chinese[key]), key


def test_values_are_filled_in():
    assert t("widgets.right_of", "en", right=3, total=4) == "Right on 3 of 4"


def test_a_missing_message_says_which():
    with pytest.raises(KeyError, match="no-such.message"):
        t("no-such.message")
