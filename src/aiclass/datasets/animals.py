"""Animals described by yes/no features, for building a decision tree a child can follow.

Three sets: ``TRAINING`` (the tree is built on them), ``TESTING`` (the app sorts them) and
``GRADER`` (animals no app shows). Bats, whales and penguins are there on purpose: "can it fly?"
and "does it live in water?" sound useful but sort them wrongly.

>>> len(TRAINING), len(TESTING), len(GRADER)
(16, 8, 10)
>>> bat = by_key("bat"); bat.group, bat.answer("flies"), bat.answer("feathers")
('mammal', True, False)
>>> sorted({a.group for a in TRAINING}) == sorted(GROUPS)
True
"""

from __future__ import annotations

from dataclasses import dataclass

GROUPS = {
    "mammal": {"en": "Mammal", "zh-CN": "哺乳动物", "emoji": "🐾"},
    "bird": {"en": "Bird", "zh-CN": "鸟类", "emoji": "🪶"},
    "fish": {"en": "Fish", "zh-CN": "鱼类", "emoji": "🐟"},
    "insect": {"en": "Insect", "zh-CN": "昆虫", "emoji": "🐞"},
}
QUESTIONS = {
    "fur": {"en": "Does it have fur?", "zh-CN": "它有毛发吗？"},
    "feathers": {"en": "Does it have feathers?", "zh-CN": "它有羽毛吗？"},
    "six_legs": {"en": "Does it have six legs?", "zh-CN": "它有六条腿吗？"},
    "eggs": {"en": "Does it lay eggs?", "zh-CN": "它会下蛋吗？"},
    "flies": {"en": "Can it fly?", "zh-CN": "它会飞吗？"},
    "water": {"en": "Does it live in water?", "zh-CN": "它生活在水里吗？"},
}


@dataclass(frozen=True)
class Animal:
    key: str
    en: str
    zh: str
    emoji: str
    group: str
    has: frozenset[str]

    def answer(self, question: str) -> bool:
        """The yes/no answer to one of ``QUESTIONS`` for this animal."""
        return question in self.has

    def name(self, lang: str) -> str:
        return self.zh if lang == "zh-CN" else self.en


def _a(key: str, en: str, zh: str, emoji: str, group: str, has: str) -> Animal:
    return Animal(key, en, zh, emoji, group, frozenset(has.split()))


TRAINING = [
    _a("dog", "dog", "狗", "🐕", "mammal", "fur"),
    _a("cat", "cat", "猫", "🐈", "mammal", "fur"),
    _a("cow", "cow", "奶牛", "🐄", "mammal", "fur"),
    _a("rabbit", "rabbit", "兔子", "🐇", "mammal", "fur"),
    _a("eagle", "eagle", "老鹰", "🦅", "bird", "feathers eggs flies"),
    _a("parrot", "parrot", "鹦鹉", "🦜", "bird", "feathers eggs flies"),
    _a("chicken", "chicken", "鸡", "🐔", "bird", "feathers eggs"),
    _a("owl", "owl", "猫头鹰", "🦉", "bird", "feathers eggs flies"),
    _a("goldfish", "goldfish", "金鱼", "🐟", "fish", "eggs water"),
    _a("shark", "shark", "鲨鱼", "🦈", "fish", "eggs water"),
    _a("clownfish", "clownfish", "小丑鱼", "🐠", "fish", "eggs water"),
    _a("pufferfish", "pufferfish", "河豚", "🐡", "fish", "eggs water"),
    _a("bee", "bee", "蜜蜂", "🐝", "insect", "six_legs eggs flies"),
    _a("ant", "ant", "蚂蚁", "🐜", "insect", "six_legs eggs"),
    _a("butterfly", "butterfly", "蝴蝶", "🦋", "insect", "six_legs eggs flies"),
    _a("ladybird", "ladybird", "瓢虫", "🐞", "insect", "six_legs eggs flies"),
]
TESTING = [
    _a("bat", "bat", "蝙蝠", "🦇", "mammal", "fur flies"),
    _a("whale", "whale", "鲸", "🐋", "mammal", "water"),
    _a("penguin", "penguin", "企鹅", "🐧", "bird", "feathers eggs water"),
    _a("duck", "duck", "鸭子", "🦆", "bird", "feathers eggs flies water"),
    _a("mouse", "mouse", "老鼠", "🐁", "mammal", "fur"),
    _a("cricket", "cricket", "蟋蟀", "🦗", "insect", "six_legs eggs"),
    _a("dolphin", "dolphin", "海豚", "🐬", "mammal", "water"),
    _a("tuna", "tuna", "金枪鱼", "🐟", "fish", "eggs water"),
]
GRADER = [
    _a("horse", "horse", "马", "🐎", "mammal", "fur"),
    _a("seal", "seal", "海豹", "🦭", "mammal", "fur water"),
    _a("hedgehog", "hedgehog", "刺猬", "🦔", "mammal", "fur"),
    _a("swan", "swan", "天鹅", "🦢", "bird", "feathers eggs flies water"),
    _a("turkey", "turkey", "火鸡", "🦃", "bird", "feathers eggs"),
    _a("flamingo", "flamingo", "火烈鸟", "🦩", "bird", "feathers eggs flies"),
    _a("salmon", "salmon", "三文鱼", "🐟", "fish", "eggs water"),
    _a("flying_fish", "flying fish", "飞鱼", "🐟", "fish", "eggs water flies"),
    _a("mosquito", "mosquito", "蚊子", "🦟", "insect", "six_legs eggs flies"),
    _a("beetle", "beetle", "甲虫", "🪲", "insect", "six_legs eggs"),
]


def by_key(key: str) -> Animal:
    return next(a for a in TRAINING + TESTING + GRADER if a.key == key)
