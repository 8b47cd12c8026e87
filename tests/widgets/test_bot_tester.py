"""The bot tester: asking shows a reply and the keywords noticed; testing all draws the grid."""

from aiclass.datasets.phrases import TEACHING, TESTING, by_id
from aiclass.widgets.bot_tester import BotTester
from aiclass.widgets.phrase_trainer import PhraseTrainer
from aiclass.widgets.work import PupilWork


def make(tmp_path, teach_all=True):
    work = PupilWork("lab", tmp_path)
    trainer = PhraseTrainer(TEACHING, work)
    if teach_all:
        for phrase in TEACHING:
            trainer.choose(phrase.intent)
            trainer.tap(phrase.id)
    return trainer, BotTester(trainer, TESTING, work)


def test_asking_shows_the_reply_and_the_words_noticed(tmp_path):
    _, tester = make(tmp_path)
    assert tester.ask(by_id("t2")) == "weather"
    assert "rain" in tester.chat.value and "tomorrow" in tester.chat.value


def test_an_untaught_bot_does_not_understand(tmp_path):
    _, tester = make(tmp_path, teach_all=False)
    assert tester.ask(by_id("t1")) is None
    assert "understand" in tester.chat.value


def test_testing_all_draws_the_grid_and_saves_the_count(tmp_path):
    trainer, tester = make(tmp_path)
    assert tester.test_all() == 7 / 8  # "How are you today?" is a tie between hello and weather
    assert tester.grid.value[:4] == b"\x89PNG"
    assert tester.grid.grid[0][-1] == 1
    assert PupilWork("lab", tmp_path).get("bot_tested") == {"right": 7, "total": 8}
    trainer.tap("w1")  # teaching changes: the old score is cleared
    assert tester.score.value == ""
