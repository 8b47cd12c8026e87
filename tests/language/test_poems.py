"""The poem files, their parser, the split by whole poems and the vocabulary."""

from pathlib import Path

import numpy as np
import pytest

from aiclass.language.poems import (
    UNKNOWN,
    Vocab,
    corpus_text,
    load_poems,
    parse_poems,
    poem_text,
    split_poems,
    verses,
)

DATA = (
    Path(__file__).resolve().parents[2] / "labs" / "senior" / "senior-tiny-language-model" / "data"
)


def test_parse_reads_titles_authors_and_lines_and_skips_notes():
    text = "# a note\n## 春晓 | 孟浩然\n春眠不觉晓，处处闻啼鸟。\n\n## Rain | R. L. Stevenson\nThe rain is raining all around,\n"
    poems = parse_poems(text)
    assert [(p.title, p.author) for p in poems] == [("春晓", "孟浩然"), ("Rain", "R. L. Stevenson")]
    assert poems[0].lines == ("春眠不觉晓，处处闻啼鸟。",)
    assert poems[1].lines == ("The rain is raining all around,",)


@pytest.mark.parametrize(("lang", "count"), [("zh-CN", 147), ("en", 32)])
def test_the_lab_files_hold_every_poem_with_lines(lang, count):
    poems = load_poems(lang, DATA)
    assert len(poems) == count
    assert all(p.title and p.author and p.lines for p in poems)


def test_every_tang_couplet_has_two_verses_of_equal_length():
    for poem in load_poems("zh-CN", DATA):
        for line in poem.lines:
            first, second = line.rstrip("。").split("，")
            assert len(first) == len(second) in (5, 7), (poem.title, line)


def test_poem_text_has_a_header_line_and_ends_with_an_empty_line():
    poem = parse_poems("## 静夜思 | 李白\n床前明月光，疑是地上霜。")[0]
    assert poem_text(poem, "zh-CN") == "《静夜思》李白\n床前明月光，疑是地上霜。\n\n"
    poem = parse_poems("## Rain | Stevenson\nThe rain is raining all around,")[0]
    assert poem_text(poem, "en").splitlines()[0] == "Rain (Stevenson)"


def test_split_deals_whole_poems_without_overlap_and_is_seeded():
    poems = load_poems("zh-CN", DATA)
    a, b = split_poems(poems, "zh-CN"), split_poems(poems, "zh-CN")
    assert [p.title for p in a.train_poems] == [p.title for p in b.train_poems]
    parts = [a.train_poems, a.validation_poems, a._test_poems]
    assert sum(len(part) for part in parts) == len(poems)
    assert len(a.validation_poems) == len(a._test_poems) == 15
    assert not set(a.train_poems) & set(a.validation_poems) and not set(a.train_poems) & set(
        a._test_poems
    )
    assert a.train_text == corpus_text(a.train_poems, "zh-CN")
    other = split_poems(poems, "zh-CN", seed=8)
    assert [p.title for p in other.validation_poems] != [p.title for p in a.validation_poems]


def test_the_test_set_counts_its_openings(capsys):
    splits = split_poems(load_poems("en", DATA), "en")
    assert splits.test_openings == 0
    text = splits.open_test()
    assert text == corpus_text(splits._test_poems, "en") and splits.test_openings == 1
    splits.open_test()
    assert splits.test_openings == 2 and "2" in capsys.readouterr().out


def test_vocab_keeps_characters_seen_twice_and_maps_the_rest_to_unknown():
    vocab = Vocab.build("aab b c", min_count=2)
    assert vocab.chars == [UNKNOWN, " ", "a", "b"]
    ids = vocab.encode("abcz")
    assert ids.dtype == np.int64 and ids.tolist() == [2, 3, 0, 0]
    assert vocab.decode(ids) == "ab" + UNKNOWN * 2
    assert len(vocab) == 4


def test_verses_split_chinese_at_punctuation_and_english_at_phrases():
    assert verses("《春山》杜甫\n凉风起天末，君子意如何。\n", "zh-CN") == [
        "《春山》杜甫",
        "凉风起天末",
        "君子意如何",
    ]
    assert verses("Till I can see.\nHe is very, very early", "en") == [
        "Till I can see",
        "He is very",
        "very early",
    ]
