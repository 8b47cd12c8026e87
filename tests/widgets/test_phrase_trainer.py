"""The phrase trainer: tapping teaches a sentence to the chosen intent, tapping again takes it back."""

from aiclass.datasets.phrases import TEACHING, by_id
from aiclass.widgets.phrase_trainer import PhraseTrainer
from aiclass.widgets.work import PupilWork


def make(tmp_path):
    return PhraseTrainer(TEACHING, PupilWork("lab", tmp_path))


def test_tapping_teaches_the_chosen_intent_and_saves(tmp_path):
    trainer = make(tmp_path)
    trainer.choose("weather")
    trainer.tap("w1")
    assert trainer.taught == {"weather": ["w1"]}
    assert trainer.phrase_buttons["w1"].description.startswith("🌦️")
    assert PupilWork("lab", tmp_path).get("taught") == {"weather": ["w1"]}


def test_tapping_again_takes_back_and_another_intent_moves_it(tmp_path):
    trainer = make(tmp_path)
    trainer.choose("greet")
    trainer.tap("b3")
    trainer.choose("bye")
    trainer.tap("b3")
    assert trainer.taught == {"bye": ["b3"]}
    trainer.tap("b3")
    assert trainer.taught == {}
    assert trainer.phrase_buttons["b3"].description == by_id("b3").en


def test_the_chosen_intent_is_marked_and_listeners_hear_changes(tmp_path):
    trainer = make(tmp_path)
    heard = []
    trainer.listeners.append(lambda: heard.append(1))
    trainer.choose("joke")
    assert trainer.intent_buttons["joke"].description.startswith("▶")
    trainer.tap("j1")
    trainer.start_again()
    assert heard == [1, 1] and trainer.taught == {}


def test_sentences_are_shown_in_chinese_when_asked(monkeypatch, tmp_path):
    monkeypatch.setenv("AICLASS_LANG", "zh-CN")
    trainer = make(tmp_path)
    assert trainer.phrase_buttons["w1"].description == by_id("w1").zh


def test_the_memory_picture_grows_with_each_sentence(tmp_path):
    trainer = make(tmp_path)
    empty = trainer.memory.value
    trainer.tap("g1")
    assert trainer.memory.value != empty
