"""Word buttons: taps build a sentence, ⌫ and 🗑 take words back, 📣 hands it on."""

from aiclass.widgets.word_buttons import MAX_WORDS, WordButtons

WORDS = {"hi": "hello", "go": "jump", "no": "don't"}


def test_taps_build_the_sentence_shown_in_the_strip():
    said = []
    bank = WordButtons(WORDS, said.append)
    empty = bank.strip.value
    bank.bank[0].click()
    bank.bank[1].click()
    assert bank.sentence == ["hi", "go"]
    assert bank.strip.value != empty and "jump" in bank.strip.value
    bank.say_button.click()
    assert said == [["hi", "go"]]
    assert bank.text() == "hello jump"


def test_back_and_clear_take_words_away():
    bank = WordButtons(WORDS, lambda _: None)
    for word in ("hi", "no", "go"):
        bank.add(word)
    bank.remove_last()
    assert bank.sentence == ["hi", "no"]
    bank.clear()
    assert bank.sentence == []
    bank.remove_last()  # nothing left: no error
    assert bank.sentence == []


def test_a_sentence_has_at_most_a_few_words():
    bank = WordButtons(WORDS, lambda _: None)
    for _ in range(MAX_WORDS + 3):
        bank.add("go")
    assert len(bank.sentence) == MAX_WORDS
