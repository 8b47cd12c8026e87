"""Triples about China's wild animals, forward chaining with reasons, and the photo data a tree
learns from: every derived fact has a valid reason, the rules know exactly the field guide."""

import doctest

from sklearn.tree import DecisionTreeClassifier

from aiclass.search import knowledge_graph
from aiclass.search.knowledge_graph import (
    ANIMAL_PHOTOS,
    CLASSES,
    FACTS,
    FEATURES,
    NAMES,
    NEW_ANIMALS,
    RELATIONS,
    explain,
    given_behind,
    hasty_rule,
    name,
    reference_chain_is_a,
    reference_forward_chain,
    reference_inherit,
    rule_class,
    say,
)

RULES = [reference_chain_is_a, reference_inherit]


def test_doctests_pass():
    result = doctest.testmod(knowledge_graph)
    assert result.attempted > 0 and result.failed == 0


def test_every_fact_has_names_and_a_relation_in_both_languages():
    assert len(FACTS) == len(set(FACTS)) == 46
    for s, r, o in FACTS:
        assert s in NAMES and o in NAMES and r in RELATIONS
        assert say((s, r, o), "en") != say((s, r, o), "zh-CN")
    assert name("giant_panda", "zh-CN") == "大熊猫"


def test_forward_chaining_reaches_a_fixed_point_with_valid_reasons():
    known, reasons = reference_forward_chain(FACTS, RULES)
    assert set(FACTS) <= known and set(reasons) == known - set(FACTS)
    assert not reference_chain_is_a(known) or all(
        f in known for f, _ in reference_chain_is_a(known)
    )
    assert all(f in known for f, _ in reference_inherit(known))  # nothing new left
    for fact, (first, second) in reasons.items():
        assert first in known and second in known
        assert first[1] == "is_a" and first[0] == fact[0] and second[0] == first[2]
        assert (second[1], second[2]) == (fact[1], fact[2])


def test_every_species_reaches_exactly_one_class_and_the_animal_kingdom():
    known, _ = reference_forward_chain(FACTS, RULES)
    species = {s for s, r, o in FACTS if r == "is_a"} - {o for s, r, o in FACTS if r == "is_a"}
    for animal in species:
        assert rule_class(known, animal) in CLASSES
        assert (animal, "is_a", "animal") in known
        assert (animal, "has", "backbone") in known
    assert ("finless_porpoise", "feeds_young_with", "milk") in known
    assert ("chinese_pangolin", "has", "scales") in known
    assert ("chinese_pangolin", "is_a", "reptile") not in known


def test_the_hasty_rule_makes_the_pangolin_a_reptile_and_explains_it():
    known, reasons = reference_forward_chain(FACTS, [*RULES, hasty_rule])
    assert rule_class(known, "chinese_pangolin") == "mammal+reptile"
    lines = explain(("chinese_pangolin", "is_a", "reptile"), reasons, "en")
    assert any("pangolin has scales (given)" in line for line in lines)


def test_explanations_end_in_given_facts():
    known, reasons = reference_forward_chain(FACTS, RULES)
    fact = ("finless_porpoise", "breathes_with", "lungs")
    givens = given_behind(fact, reasons)
    assert all(g in FACTS for g in givens)
    assert ("finless_porpoise", "is_a", "porpoise") in givens
    lines = explain(fact, reasons, "zh-CN")
    assert lines[0].startswith("长江江豚用肺呼吸") and lines[-1].endswith("（已知事实）")
    assert explain(("giant_panda", "is_a", "bear"), reasons, "en") == [
        "giant panda is a kind of bear (given)"
    ]


def test_photo_data_and_the_tree_story():
    assert ANIMAL_PHOTOS.X.shape == (29, len(FEATURES)) and set(ANIMAL_PHOTOS.y) == set(CLASSES)
    assert all(row[:4].sum() == 1 for row in ANIMAL_PHOTOS.X)  # one body covering each
    tree = DecisionTreeClassifier(random_state=0).fit(ANIMAL_PHOTOS.X, ANIMAL_PHOTOS.y)
    assert tree.score(ANIMAL_PHOTOS.X, ANIMAL_PHOTOS.y) == 1.0
    said = dict(zip(NEW_ANIMALS.keys, tree.predict(NEW_ANIMALS.X), strict=True))
    assert said["finless_porpoise"] == "fish" and said["chinese_pangolin"] == "reptile"
    assert said["horseshoe_bat"] == said["platypus"] == "mammal" and said["penguin"] == "bird"
    known, _ = reference_forward_chain(FACTS, RULES)
    rules = [rule_class(known, k) for k in NEW_ANIMALS.keys]
    assert rules == ["mammal", "mammal", "mammal", "unknown", "unknown"]


def test_reasons_are_the_same_whatever_order_python_gives_a_set():
    """The rules go through sorted(facts), so string hashing (PYTHONHASHSEED) cannot change a reason."""
    import os
    import subprocess
    import sys

    code = (
        "from aiclass.search.knowledge_graph import *\n"
        "k, r = reference_forward_chain(FACTS, [reference_chain_is_a, reference_inherit, hasty_rule])\n"
        "print(sorted(r.items()))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1
