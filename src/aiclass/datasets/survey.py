"""A made-up class survey: 40 pupils of one junior-school class, known only by seat number.

Each pupil answered seven questions about yesterday, a school day. The numbers come from a seeded
random generator (no real pupil is in it), shaped like what school sleep surveys report: more
screen time goes with a little less sleep, and pupils who slept less tend to feel more tired in
the first lesson. Each answer list is a plain Python list that also knows its question, so a
chart can label itself in the learner's language.

>>> survey = make_class_survey(lang="en")
>>> len(survey.sleep), survey.seats[:3]
(40, [1, 2, 3])
>>> survey.sleep.question
'hours of sleep last night'
>>> make_class_survey(lang="zh-CN").travel.question
'上学方式'
>>> make_class_survey().sleep == make_class_survey().sleep  # the same seed, the same class
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from aiclass.i18n import current_language, normalize_language

SEED = 1
QUESTIONS = {
    "seats": {"en": "seat number", "zh-CN": "座位号"},
    "sleep": {"en": "hours of sleep last night", "zh-CN": "昨晚睡眠时间（小时）"},
    "sport": {"en": "minutes of sport yesterday", "zh-CN": "昨天运动时间（分钟）"},
    "screen": {
        "en": "minutes of screen time for fun yesterday",
        "zh-CN": "昨天看屏幕娱乐的时间（分钟）",
    },
    "tired": {
        "en": "how tired in the first lesson (1 = wide awake, 5 = very tired)",
        "zh-CN": "第一节课的困倦程度（1 = 很清醒，5 = 非常困）",
    },
    "subject": {"en": "favourite subject", "zh-CN": "最喜欢的科目"},
    "travel": {"en": "way to school", "zh-CN": "上学方式"},
}
SUBJECTS = {  # answer: (English, Chinese, how common)
    "maths": ("maths", "数学", 0.18),
    "chinese": ("Chinese", "语文", 0.12),
    "english": ("English", "英语", 0.12),
    "pe": ("PE", "体育", 0.20),
    "biology": ("biology", "生物", 0.10),
    "art": ("art", "美术", 0.10),
    "music": ("music", "音乐", 0.08),
    "it": ("IT", "信息科技", 0.10),
}
TRAVEL = {
    "walk": ("walk", "步行", 0.30),
    "bike": ("bike", "骑自行车", 0.20),
    "bus": ("bus", "公交车", 0.22),
    "metro": ("metro", "地铁", 0.13),
    "car": ("car", "家长开车", 0.15),
}


class Answers(list):
    """The answers to one survey question, seat 1 first: a list that also knows its ``question``."""

    question: str = ""


@dataclass(frozen=True)
class ClassSurvey:
    """One list per question; entry ``i`` of every list belongs to the pupil in seat ``i + 1``."""

    seats: Answers
    sleep: Answers
    sport: Answers
    screen: Answers
    tired: Answers
    subject: Answers
    travel: Answers


def _answers(values: list, key: str, lang: str) -> Answers:
    answers = Answers(values)
    answers.question = QUESTIONS[key][lang]
    return answers


def _choose(rng: np.random.Generator, options: dict, count: int, lang: str) -> list[str]:
    keys = list(options)
    weights = np.array([options[k][2] for k in keys])
    picked = rng.choice(len(keys), size=count, p=weights / weights.sum())
    column = 1 if lang == "zh-CN" else 0
    return [options[keys[i]][column] for i in picked]


def make_class_survey(count: int = 40, seed: int = SEED, lang: str | None = None) -> ClassSurvey:
    """``count`` pupils' answers, the same for the same seed; words in ``lang`` (default: current)."""
    lang = normalize_language(lang) if lang else current_language()
    rng = np.random.default_rng(seed)
    screen = np.clip(np.round(rng.gamma(3.0, 30.0, count) / 10) * 10, 10, 240)
    sleep = 8.2 - 0.006 * (screen - 90) + rng.normal(0, 0.55, count)
    sleep = np.clip(np.round(sleep * 2) / 2, 6.0, 10.0)
    sport = 45 + 0.12 * (90 - screen) + rng.normal(0, 20, count)
    sport = np.clip(np.round(sport / 5) * 5, 0, 150)
    tired = 3.0 - 0.8 * (sleep - 8.0) + 0.004 * (screen - 90) + rng.normal(0, 0.8, count)
    tired = np.clip(np.round(tired), 1, 5)
    return ClassSurvey(
        seats=_answers(list(range(1, count + 1)), "seats", lang),
        sleep=_answers([float(h) for h in sleep], "sleep", lang),
        sport=_answers([int(m) for m in sport], "sport", lang),
        screen=_answers([int(m) for m in screen], "screen", lang),
        tired=_answers([int(s) for s in tired], "tired", lang),
        subject=_answers(_choose(rng, SUBJECTS, count, lang), "subject", lang),
        travel=_answers(_choose(rng, TRAVEL, count, lang), "travel", lang),
    )
