"""Knowledge as triples about China's wild animals, rules that reason over them, and a learned tree.

A fact is a triple ``(subject, relation, object)``, e.g. ``("giant_panda", "is_a", "bear")``.
``FACTS`` holds what a biology teacher typed in from a field guide; rules derive new facts from
old ones; every derived fact keeps its reason (the two facts it came from), so the system can
explain its answer. Names are in both languages (``name``, ``say``).

The learned side: ``ANIMAL_PHOTOS`` are animals described only by what a camera-trap photo shows
(body covering, legs, flying, living in water), labelled with their class by an expert, for a
decision tree to learn from; ``NEW_ANIMALS`` are five animals neither system was built around.

>>> known, reasons = reference_forward_chain(FACTS, [reference_chain_is_a, reference_inherit])
>>> ("finless_porpoise", "is_a", "mammal") in known, ("finless_porpoise", "breathes_with", "lungs") in known
(True, True)
>>> reasons[("giant_panda", "is_a", "mammal")]
(('giant_panda', 'is_a', 'bear'), ('bear', 'is_a', 'mammal'))
>>> rule_class(known, "chinese_pangolin"), rule_class(known, "platypus")
('mammal', 'unknown')
>>> say(("crested_ibis", "lays", "eggs"), "zh-CN")
'朱鹮会产卵'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from aiclass.i18n import current_language

Fact = tuple[str, str, str]
Reason = tuple[Fact, Fact]
Rule = Callable[[set], list]

CLASSES = ["mammal", "bird", "reptile", "amphibian", "fish"]

NAMES = {
    # classes
    "animal": ("animal", "动物"),
    "vertebrate": ("vertebrate", "脊椎动物"),
    "mammal": ("mammal", "哺乳动物"),
    "bird": ("bird", "鸟类"),
    "reptile": ("reptile", "爬行动物"),
    "amphibian": ("amphibian", "两栖动物"),
    "fish": ("fish", "鱼类"),
    # groups
    "bear": ("bear", "熊科动物"),
    "pangolin": ("pangolin", "穿山甲类"),
    "porpoise": ("porpoise", "鼠海豚"),
    "cetacean": ("cetacean (whales and dolphins)", "鲸豚类"),
    "bat": ("bat", "蝙蝠"),
    "monkey": ("monkey", "猴"),
    "primate": ("primate", "灵长类"),
    "crane": ("crane", "鹤"),
    "ibis": ("ibis", "鹮"),
    "crocodilian": ("crocodilian", "鳄类"),
    "sturgeon": ("sturgeon", "鲟类"),
    "carp": ("carp family", "鲤科鱼类"),
    # species in the field guide
    "giant_panda": ("giant panda", "大熊猫"),
    "chinese_pangolin": ("Chinese pangolin", "中华穿山甲"),
    "finless_porpoise": ("Yangtze finless porpoise", "长江江豚"),
    "horseshoe_bat": ("Chinese rufous horseshoe bat", "中华菊头蝠"),
    "snub_nosed_monkey": ("golden snub-nosed monkey", "川金丝猴"),
    "red_crowned_crane": ("red-crowned crane", "丹顶鹤"),
    "crested_ibis": ("crested ibis", "朱鹮"),
    "chinese_alligator": ("Chinese alligator", "扬子鳄"),
    "giant_salamander": ("Chinese giant salamander", "中国大鲵"),
    "chinese_sturgeon": ("Chinese sturgeon", "中华鲟"),
    "grass_carp": ("grass carp", "草鱼"),
    # animals outside the field guide
    "platypus": ("platypus", "鸭嘴兽"),
    "penguin": ("penguin", "企鹅"),
    # properties
    "food": ("food", "食物"),
    "backbone": ("a backbone", "脊柱"),
    "milk": ("milk", "乳汁"),
    "lungs": ("lungs", "肺"),
    "gills": ("gills", "鳃"),
    "feathers": ("feathers", "羽毛"),
    "eggs": ("eggs", "卵"),
    "scales": ("scales", "鳞片"),
    "fins": ("fins", "鳍"),
    "moist_skin": ("moist skin", "湿润的皮肤"),
    "water": ("water", "水中"),
    "wetlands": ("wetlands", "湿地"),
    "fly": ("fly", "飞"),
    "bamboo": ("bamboo", "竹子"),
}

RELATIONS = {
    "is_a": ("{s} is a kind of {o}", "{s}是一种{o}"),
    "has": ("{s} has {o}", "{s}有{o}"),
    "feeds_young_with": ("{s} feeds its young with {o}", "{s}用{o}哺育幼崽"),
    "breathes_with": ("{s} breathes with {o}", "{s}用{o}呼吸"),
    "lays": ("{s} lays {o}", "{s}会产{o}"),
    "needs": ("{s} needs {o}", "{s}需要{o}"),
    "lives_in": ("{s} lives in {o}", "{s}生活在{o}"),
    "can": ("{s} can {o}", "{s}会{o}"),
    "eats": ("{s} eats {o}", "{s}吃{o}"),
}

# What the biology teacher typed in from a field guide (all true of every member of the group).
FACTS: list[Fact] = [
    # the tree of kinds
    ("vertebrate", "is_a", "animal"),
    ("mammal", "is_a", "vertebrate"),
    ("bird", "is_a", "vertebrate"),
    ("reptile", "is_a", "vertebrate"),
    ("amphibian", "is_a", "vertebrate"),
    ("fish", "is_a", "vertebrate"),
    ("bear", "is_a", "mammal"),
    ("pangolin", "is_a", "mammal"),
    ("cetacean", "is_a", "mammal"),
    ("porpoise", "is_a", "cetacean"),
    ("bat", "is_a", "mammal"),
    ("primate", "is_a", "mammal"),
    ("monkey", "is_a", "primate"),
    ("crane", "is_a", "bird"),
    ("ibis", "is_a", "bird"),
    ("crocodilian", "is_a", "reptile"),
    ("sturgeon", "is_a", "fish"),
    ("carp", "is_a", "fish"),
    ("giant_panda", "is_a", "bear"),
    ("chinese_pangolin", "is_a", "pangolin"),
    ("finless_porpoise", "is_a", "porpoise"),
    ("horseshoe_bat", "is_a", "bat"),
    ("snub_nosed_monkey", "is_a", "monkey"),
    ("red_crowned_crane", "is_a", "crane"),
    ("crested_ibis", "is_a", "ibis"),
    ("chinese_alligator", "is_a", "crocodilian"),
    ("giant_salamander", "is_a", "amphibian"),
    ("chinese_sturgeon", "is_a", "sturgeon"),
    ("grass_carp", "is_a", "carp"),
    # what members of a group have in common
    ("animal", "needs", "food"),
    ("vertebrate", "has", "backbone"),
    ("mammal", "feeds_young_with", "milk"),
    ("mammal", "breathes_with", "lungs"),
    ("bird", "has", "feathers"),
    ("bird", "lays", "eggs"),
    ("bird", "breathes_with", "lungs"),
    ("reptile", "has", "scales"),
    ("reptile", "breathes_with", "lungs"),
    ("amphibian", "has", "moist_skin"),
    ("fish", "breathes_with", "gills"),
    ("fish", "has", "fins"),
    ("cetacean", "lives_in", "water"),
    ("bat", "can", "fly"),
    ("pangolin", "has", "scales"),
    # facts about one species
    ("giant_panda", "eats", "bamboo"),
    ("red_crowned_crane", "lives_in", "wetlands"),
]

# A rule a hurried writer might add: "anything with scales is a reptile" (true of no pangolin).
HASTY_RULE = ("scales", "reptile")


def _pick(lang: str | None) -> str:
    return current_language() if lang is None else lang


def name(thing: str, lang: str | None = None) -> str:
    """The name of an animal, group or property in ``lang`` (default: the learner's language)."""
    lang = _pick(lang)
    en, zh = NAMES.get(str(thing), (str(thing), str(thing)))
    return zh if lang == "zh-CN" else en


def say(fact: Fact, lang: str | None = None) -> str:
    """A fact as a sentence in ``lang`` (default: the learner's language)."""
    lang = _pick(lang)
    s, r, o = fact
    en, zh = RELATIONS.get(r, ("{s} " + r + " {o}", "{s} " + r + " {o}"))
    return (zh if lang == "zh-CN" else en).format(s=name(s, lang), o=name(o, lang))


def reference_chain_is_a(facts: set) -> list:
    """X is_a Y and Y is_a Z give X is_a Z (with the two facts as the reason)."""
    out = []
    for x, r1, y in sorted(facts):
        if r1 != "is_a":
            continue
        for y2, r2, z in sorted(facts):
            if r2 == "is_a" and y2 == y:
                out.append(((x, "is_a", z), ((x, "is_a", y), (y, "is_a", z))))
    return out


def reference_inherit(facts: set) -> list:
    """X is_a Y and Y r Z (r not is_a) give X r Z: a member has what its group has."""
    out = []
    for x, r1, y in sorted(facts):
        if r1 != "is_a":
            continue
        for y2, r2, z in sorted(facts):
            if y2 == y and r2 != "is_a":
                out.append(((x, r2, z), ((x, "is_a", y), (y, r2, z))))
    return out


def hasty_rule(facts: set) -> list:
    """The hurried writer's rule: X has scales gives X is_a reptile (one fact as the reason)."""
    feature, kind = HASTY_RULE
    return [
        ((x, "is_a", kind), ((x, "has", feature), (x, "has", feature)))
        for x, r, o in sorted(facts)
        if r == "has" and o == feature
    ]


def reference_forward_chain(facts: Iterable[Fact], rules: list[Rule]) -> tuple[set, dict]:
    """Apply every rule again and again until no rule gives a new fact; keep each reason."""
    known = set(facts)
    reasons: dict = {}
    while True:
        new = {}
        for rule in rules:
            for fact, reason in rule(known):
                if fact not in known and fact not in new:
                    new[fact] = reason
        if not new:
            return known, reasons
        known.update(new)
        reasons.update(new)


def rule_class(known: set, animal: str) -> str:
    """The class the knowledge says ``animal`` belongs to, or "unknown" if it says none."""
    found = [kind for kind in CLASSES if (animal, "is_a", kind) in known]
    return found[0] if len(found) == 1 else ("unknown" if not found else "+".join(found))


def explain(fact: Fact, reasons: dict, lang: str | None = None, indent: int = 0) -> list[str]:
    """The chain of reasons behind ``fact``, one line per fact, indented by depth."""
    lang = _pick(lang)
    pad = "    " * indent
    if fact not in reasons:
        given = " (given)" if lang != "zh-CN" else "（已知事实）"
        return [pad + say(fact, lang) + given]
    because = " because" if lang != "zh-CN" else "，因为"
    lines = [pad + say(fact, lang) + because]
    first, second = reasons[fact]
    lines += explain(first, reasons, lang, indent + 1)
    if second != first:
        lines += explain(second, reasons, lang, indent + 1)
    return lines


def given_behind(fact: Fact, reasons: dict) -> list[Fact]:
    """The given facts (not derived) that ``fact`` rests on, following its reasons."""
    if fact not in reasons:
        return [fact]
    out: list[Fact] = []
    for premise in dict.fromkeys(reasons[fact]):
        out += [f for f in given_behind(premise, reasons) if f not in out]
    return out


# --- the learned side: what a camera-trap photo shows ---------------------------------------

FEATURES = ["fur", "feathers", "scales", "bare_skin", "legs", "flies", "lives_in_water"]
FEATURE_NAMES = {
    "fur": ("fur?", "有毛皮？"),
    "feathers": ("feathers?", "有羽毛？"),
    "scales": ("scales?", "有鳞片？"),
    "bare_skin": ("bare skin?", "皮肤裸露？"),
    "legs": ("legs", "腿的数目"),
    "flies": ("flies?", "会飞？"),
    "lives_in_water": ("lives mostly in water?", "主要生活在水中？"),
}
_COVERINGS = ("fur", "feathers", "scales", "bare_skin")

# (key, English, Chinese, covering, legs, flies, lives mostly in water, class)
_PHOTOS = [
    ("dog", "dog", "狗", "fur", 4, 0, 0, "mammal"),
    ("cat", "cat", "猫", "fur", 4, 0, 0, "mammal"),
    ("rabbit", "rabbit", "兔", "fur", 4, 0, 0, "mammal"),
    ("horse", "horse", "马", "fur", 4, 0, 0, "mammal"),
    ("giant_panda", "giant panda", "大熊猫", "fur", 4, 0, 0, "mammal"),
    ("tiger", "tiger", "老虎", "fur", 4, 0, 0, "mammal"),
    ("snub_nosed_monkey", "golden snub-nosed monkey", "川金丝猴", "fur", 4, 0, 0, "mammal"),
    ("antelope", "Tibetan antelope", "藏羚羊", "fur", 4, 0, 0, "mammal"),
    ("sparrow", "tree sparrow", "麻雀", "feathers", 2, 1, 0, "bird"),
    ("magpie", "magpie", "喜鹊", "feathers", 2, 1, 0, "bird"),
    ("swallow", "barn swallow", "家燕", "feathers", 2, 1, 0, "bird"),
    ("pigeon", "pigeon", "鸽子", "feathers", 2, 1, 0, "bird"),
    ("red_crowned_crane", "red-crowned crane", "丹顶鹤", "feathers", 2, 1, 0, "bird"),
    ("crested_ibis", "crested ibis", "朱鹮", "feathers", 2, 1, 0, "bird"),
    ("chinese_alligator", "Chinese alligator", "扬子鳄", "scales", 4, 0, 1, "reptile"),
    ("pond_turtle", "Reeves' turtle", "乌龟", "scales", 4, 0, 1, "reptile"),
    ("gecko", "gecko", "壁虎", "scales", 4, 0, 0, "reptile"),
    ("skink", "skink", "石龙子", "scales", 4, 0, 0, "reptile"),
    ("ratsnake", "king ratsnake", "王锦蛇", "scales", 0, 0, 0, "reptile"),
    ("toad", "Asiatic toad", "中华蟾蜍", "bare_skin", 4, 0, 0, "amphibian"),
    ("tree_frog", "tree frog", "树蛙", "bare_skin", 4, 0, 0, "amphibian"),
    ("giant_salamander", "Chinese giant salamander", "中国大鲵", "bare_skin", 4, 0, 1, "amphibian"),
    ("newt", "Chinese fire-bellied newt", "东方蝾螈", "bare_skin", 4, 0, 1, "amphibian"),
    ("grass_carp", "grass carp", "草鱼", "scales", 0, 0, 1, "fish"),
    ("crucian_carp", "crucian carp", "鲫鱼", "scales", 0, 0, 1, "fish"),
    ("goldfish", "goldfish", "金鱼", "scales", 0, 0, 1, "fish"),
    ("yellow_croaker", "large yellow croaker", "大黄鱼", "scales", 0, 0, 1, "fish"),
    ("mandarin_fish", "mandarin fish", "鳜鱼", "scales", 0, 0, 1, "fish"),
    ("catfish", "Amur catfish", "鲇鱼", "bare_skin", 0, 0, 1, "fish"),
]

# Five animals a visitor photographs; the field guide covers three of them.
_NEW = [
    ("finless_porpoise", "Yangtze finless porpoise", "长江江豚", "bare_skin", 0, 0, 1, "mammal"),
    ("chinese_pangolin", "Chinese pangolin", "中华穿山甲", "scales", 4, 0, 0, "mammal"),
    ("horseshoe_bat", "Chinese rufous horseshoe bat", "中华菊头蝠", "fur", 2, 1, 0, "mammal"),
    ("platypus", "platypus", "鸭嘴兽", "fur", 4, 0, 1, "mammal"),
    ("penguin", "penguin", "企鹅", "feathers", 2, 0, 1, "bird"),
]


def _row(covering: str, legs: int, flies: int, water: int) -> list[int]:
    return [int(covering == c) for c in _COVERINGS] + [legs, flies, water]


class Photos:
    """Animals as numbers: ``X`` (one row per animal, columns ``FEATURES``), ``y`` (classes),
    ``keys`` and ``names[lang]``."""

    def __init__(self, rows: list[tuple]) -> None:
        self.keys = [r[0] for r in rows]
        self.names = {"en": [r[1] for r in rows], "zh-CN": [r[2] for r in rows]}
        self.X = np.array([_row(*r[3:7]) for r in rows])
        self.y = np.array([r[7] for r in rows])

    def __len__(self) -> int:
        return len(self.keys)


ANIMAL_PHOTOS = Photos(_PHOTOS)
NEW_ANIMALS = Photos(_NEW)
