"""A made-up school year of 120 pupils, each described by six small clues, for a lab on privacy.

Pupil 0 is "you". Sharing one clue hides you in a big crowd; two or three clues together can
pick you out: the crowd shrinks to a handful, then to one.

>>> school = make_school()
>>> len(school), school[0] == YOU
(120, True)
>>> crowd(school, []), crowd(school, ["pet"]) > crowd(school, ["pet", "colour"]) >= 1
(120, True)
>>> crowd(school, ["month", "family_name", "street"])
1
"""

from __future__ import annotations

import numpy as np

CLUES = {
    "pet": {"en": "Pet", "zh-CN": "宠物", "emoji": "🐶",
            "values": {"dog": ("dog", "狗"), "cat": ("cat", "猫"), "fish": ("fish", "鱼"), "none": ("no pet", "没有宠物")}},
    "colour": {"en": "Favourite colour", "zh-CN": "最喜欢的颜色", "emoji": "🎨",
               "values": {"blue": ("blue", "蓝色"), "red": ("red", "红色"), "green": ("green", "绿色"),
                          "yellow": ("yellow", "黄色"), "purple": ("purple", "紫色")}},
    "club": {"en": "After-school club", "zh-CN": "课后社团", "emoji": "⚽",
             "values": {"football": ("football", "足球"), "music": ("music", "音乐"), "art": ("art", "美术"),
                        "chess": ("chess", "象棋"), "science": ("science", "科学")}},
    "month": {"en": "Birthday month", "zh-CN": "生日月份", "emoji": "🎂",
              "values": {str(m): (name, f"{m} 月") for m, name in enumerate(
                  ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"], start=1)}},
    "street": {"en": "Street you live on", "zh-CN": "你住的街道", "emoji": "🏠",
               "values": {"oak": ("Oak Street", "橡树街"), "river": ("River Road", "河边路"),
                          "garden": ("Garden Road", "花园路"), "hill": ("Hill Street", "山顶街"),
                          "park": ("Park Lane", "公园路")}},
    "family_name": {"en": "Family name", "zh-CN": "姓", "emoji": "🪪",
                    "values": {n: (n, z) for n, z in zip(
                        ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"],
                        ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"], strict=True)}},
}
# How common each value is (first value most common); "you" have the first value of each clue.
_WEIGHTS = {"pet": [0.45, 0.3, 0.15, 0.1], "colour": [0.35, 0.25, 0.2, 0.1, 0.1],
            "club": [0.35, 0.25, 0.2, 0.1, 0.1]}
YOU = {"pet": "dog", "colour": "blue", "club": "football", "month": "3", "street": "river", "family_name": "Li"}


def make_school(count: int = 120, seed: int = 3) -> list[dict[str, str]]:
    """``count`` pupils (pupil 0 is ``YOU``), the same for the same seed."""
    rng = np.random.default_rng(seed)
    school = [dict(YOU)]
    for _ in range(count - 1):
        pupil = {}
        for clue, info in CLUES.items():
            values = list(info["values"])
            weights = _WEIGHTS.get(clue)
            first = values.index(YOU[clue])
            order = [values[first], *values[:first], *values[first + 1:]] if weights else values
            pupil[clue] = str(rng.choice(order, p=weights))
        school.append(pupil)
    return school


def crowd(school: list[dict[str, str]], shared: list[str]) -> int:
    """How many pupils (you included) match every clue you shared."""
    return sum(all(p[c] == YOU[c] for c in shared) for p in school)


def say_value(clue: str, lang: str) -> str:
    """Your value of one clue, in words."""
    en, zh = CLUES[clue]["values"][YOU[clue]]
    return zh if lang == "zh-CN" else en
