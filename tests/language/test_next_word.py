"""The next-word machine counts pairs, picks only pairs it saw, and is repeatable with a seed."""

from pathlib import Path

import matplotlib
import pytest

from aiclass import set_language
from aiclass.language.next_word import (
    HOOK,
    SEED,
    NextWordMachine,
    attach_hidden_label,
    count_followers,
    join_tokens,
    load_text,
    show_chain,
    show_fact_check,
    show_next_words,
    show_table,
    tokenize,
)

matplotlib.use("Agg")
DATA = Path(__file__).resolve().parents[2] / "labs" / "junior" / "junior-next-word-machine" / "data"


def test_tokens_are_words_in_english_and_characters_in_chinese():
    assert tokenize("The sun rises.", "en") == ["the", "sun", "rises", "."]
    assert tokenize("太阳 升起。", "zh-CN") == ["太", "阳", "升", "起", "。"]
    assert join_tokens(["the", "sun", ".", "we", "go", "."], "en") == "The sun. We go."
    assert join_tokens(["太", "阳", "。"], "zh-CN") == "太阳。"


def test_count_followers_counts_and_puts_the_most_common_first():
    assert count_followers(["b", "a", "a", "c", "a", "b"]) == (["a", "b", "c"], [3, 2, 1])
    assert count_followers([]) == ([], [])


def test_the_table_counts_every_pair_and_probabilities_add_up_to_one():
    tokens = tokenize("We go to school. We go home. We sing.", "en")
    machine = NextWordMachine(tokens, "en")
    assert machine.followers("we") == (["go", "sing"], [2, 1])
    words, probs = machine.probabilities("go")
    assert words == ["to", "home"] and probs == [0.5, 0.5]
    assert machine.pair_count == len(set(zip(tokens, tokens[1:], strict=False)))
    assert machine.knows("go", "home") and not machine.knows("home", "go")


def test_the_machine_only_writes_pairs_it_has_seen_and_a_seed_repeats_it():
    text = load_text("en", DATA)
    machine = NextWordMachine(text.tokens, "en")
    machine.restart(seed=3)
    word, story = "we", ["we"]
    for _ in range(200):
        word = machine.next_word(word)
        story.append(word)
    assert all(machine.knows(a, b) for a, b in zip(story, story[1:], strict=False))
    machine.restart(seed=3)
    again = ["we"]
    for _ in range(200):
        again.append(machine.next_word(again[-1]))
    assert again == story
    assert len(set(story)) > 20  # it really rolls the dice


def test_picks_follow_the_counts():
    machine = NextWordMachine(tokenize("a b. a b. a b. a c.", "en"), "en")
    picks = [machine.next_word("a") for _ in range(4000)]
    assert 0.70 < picks.count("b") / len(picks) < 0.80


def test_an_unknown_word_gets_a_kind_error():
    set_language("en")
    machine = NextWordMachine(tokenize("We go.", "en"), "en")
    with pytest.raises(ValueError, match="never saw"):
        machine.next_word("zebra")


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_the_lab_text_has_46_true_sentences_and_the_planned_examples(lang):
    text = load_text(lang, DATA)
    assert len(text.sentences) == 46 and len(set(text.sentences)) == 46
    end = "." if lang == "en" else "。"
    assert all(s.endswith(end) for s in text.sentences)
    assert text.focus in text.tokens and text.start in text.tokens
    assert HOOK[lang] not in text.sentences  # the hook sentence is made up
    machine = NextWordMachine(text.tokens, lang)
    assert all(machine.knows(a, b) for a, b in zip(text.hook, text.hook[1:], strict=False))
    made_up = machine.sentences(8, seed=SEED[lang])
    assert made_up == machine.sentences(8, seed=SEED[lang])
    assert all(s.endswith(end) for s in made_up)


def test_the_fact_check_sentences_are_the_ones_the_teacher_guide_describes():
    """The hidden test of the lab accepts these numbers as fluent but false."""
    en = load_text("en", DATA)
    made = NextWordMachine(en.tokens, "en").sentences(8, seed=SEED["en"])
    assert [made[i - 1] for i in (3, 4, 7)] == [
        "A week has four seasons.",
        "The sun rises in the west.",
        "We eat bamboo.",
    ]
    assert sum(s in en.sentences for s in made) == 3
    zh = load_text("zh-CN", DATA)
    made = NextWordMachine(zh.tokens, "zh-CN").sentences(8, seed=SEED["zh-CN"])
    assert [made[i - 1] for i in (4, 6, 7)] == [
        "我们在池塘里看书。",
        "一个星期有七天很热。",
        "太阳从西方升起。",
    ]
    assert sum(s in zh.sentences for s in made) == 2


def test_the_hidden_label_says_ai_generated_and_keeps_the_text():
    labelled = attach_hidden_label("[AI-generated] Snow is white.")
    assert labelled.text == "[AI-generated] Snow is white."
    assert labelled.metadata["AIGC"]["Label"] == "AI-generated"
    assert (
        labelled.metadata["AIGC"]["ProduceID"]
        == attach_hidden_label(labelled.text).metadata["AIGC"]["ProduceID"]
    )


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_pictures_draw_in_both_languages(lang):
    set_language(lang)
    text = load_text(lang, DATA)
    machine = NextWordMachine(text.tokens, lang)
    words, probs = machine.probabilities(text.focus)
    for fig in (
        show_next_words(text.focus, words, probs),
        show_chain(machine, text.hook),
        show_table(machine, [text.start, text.focus]),
        show_fact_check(["a", "b"], ["b"]),
    ):
        assert fig.axes
        matplotlib.pyplot.close(fig)
