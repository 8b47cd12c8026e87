"""Reusable widgets for learners' apps (JupyterLab and Voila), one widget per module.

``from aiclass.widgets import CardSorter`` imports only that widget's module (and what it needs),
so an app kernel stays small and starts fast.
"""

from importlib import import_module

_WHERE = {
    "BalanceBoard": "balance_board",
    "BotTester": "bot_tester",
    "CardSorter": "card_sorter",
    "ClueSharer": "clue_sharer",
    "ConfusionPicture": "confusion_picture",
    "ExampleSlider": "example_slider",
    "LabellingBoard": "labelling_board",
    "ListeningSpeaker": "listening_speaker",
    "LoudnessDial": "sound_board",
    "MysteryWave": "mystery_wave",
    "NumberGrid": "number_grid",
    "PhraseTrainer": "phrase_trainer",
    "Picture": "picture",
    "PixelGrid": "pixel_grid",
    "PixelPicker": "pixel_picker",
    "PupilWork": "work",
    "load_work": "work",
    "QuestionTree": "question_tree",
    "RobotLearns": "robot_learns",
    "SoundBoard": "sound_board",
    "StarFeedback": "star_feedback",
    "TalkingRobot": "talking_robot",
    "TrainAndTest": "train_and_test",
    "TreeBuilder": "tree_builder",
    "WordButtons": "word_buttons",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(import_module(f"aiclass.widgets.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'aiclass.widgets' has no attribute {name!r}")
