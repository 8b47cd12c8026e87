"""A decision tree a child builds by choosing one yes/no question at a time.

A tree is a dict from a *path* to the question asked there. The root's path is ``""``; the
"yes" child of a path ``p`` is ``p + "y"`` and its "no" child ``p + "n"``. Each leaf says the
group most of the training animals that reach it belong to.

>>> from aiclass.datasets.animals import TRAINING, TESTING
>>> tree = {"": "feathers", "n": "six_legs", "nn": "eggs"}
>>> sort_one(tree, TRAINING[0], TRAINING), sort_one(tree, TESTING[0], TRAINING)
('mammal', 'mammal')
>>> accuracy(tree, TESTING, TRAINING)
1.0
>>> open_path({"": "flies"}, TRAINING)
'y'
>>> clean_tree({"": "fur", "yy": "eggs", "n": "bogus"})
{'': 'fur'}
"""

from __future__ import annotations

from collections import Counter

from aiclass.datasets.animals import GROUPS, QUESTIONS, Animal

MAX_DEPTH = 3


def path_of(tree: dict[str, str], animal: Animal) -> str:
    """The leaf an animal reaches by answering the tree's questions."""
    path = ""
    while path in tree:
        path += "y" if animal.answer(tree[path]) else "n"
    return path


def animals_at(tree: dict[str, str], path: str, animals: list[Animal]) -> list[Animal]:
    """The animals whose answers lead through (or to) ``path``."""
    found = []
    for animal in animals:
        here = ""
        while here != path and here in tree and path.startswith(here):
            here += "y" if animal.answer(tree[here]) else "n"
        if here == path:
            found.append(animal)
    return found


def leaf_group(path: str, tree: dict[str, str], training: list[Animal]) -> str:
    """The most common group at ``path`` (ties go to the first group); an empty leaf asks its parent."""
    animals = animals_at(tree, path, training)
    if not animals:
        return leaf_group(path[:-1], tree, training) if path else next(iter(GROUPS))
    counts = Counter(a.group for a in animals)
    return max(GROUPS, key=lambda g: counts[g])


def sort_one(tree: dict[str, str], animal: Animal, training: list[Animal]) -> str:
    return leaf_group(path_of(tree, animal), tree, training)


def accuracy(tree: dict[str, str], animals: list[Animal], training: list[Animal]) -> float:
    """Share of ``animals`` the tree sorts into their real group."""
    return sum(sort_one(tree, a, training) == a.group for a in animals) / len(animals)


def leaves(tree: dict[str, str]) -> list[str]:
    """Paths of the leaves, top to bottom, yes before no."""
    found, queue = [], [""]
    while queue:
        path = queue.pop(0)
        if path in tree:
            queue += [path + "y", path + "n"]
        else:
            found.append(path)
    return found


def open_path(tree: dict[str, str], training: list[Animal], max_depth: int = MAX_DEPTH) -> str | None:
    """The first leaf that still mixes groups and may ask another question (None when done)."""
    for path in leaves(tree):
        groups = {a.group for a in animals_at(tree, path, training)}
        if len(groups) > 1 and len(path) < max_depth:
            return path
    return None


def asked_above(tree: dict[str, str], path: str) -> set[str]:
    return {tree[path[:i]] for i in range(len(path)) if path[:i] in tree}


def clean_tree(saved: object, max_depth: int = MAX_DEPTH) -> dict[str, str]:
    """Keep only well-formed nodes of a saved tree (known question, parent present, not too deep)."""
    if not isinstance(saved, dict):
        return {}
    tree: dict[str, str] = {}
    for path in sorted(saved, key=lambda p: (len(str(p)), str(p))):
        question = saved[path]
        ok_path = isinstance(path, str) and set(path) <= {"y", "n"} and len(path) < max_depth
        if ok_path and question in QUESTIONS and (path == "" or path[:-1] in tree):
            tree[path] = question
    return tree
