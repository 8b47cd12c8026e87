"""The fruit generator is seeded and overlapping on purpose (so mistakes can happen)."""

from aiclass.datasets.fruit import make_fruit
from aiclass.pupil_models import accuracy_on, train_from_labels


def test_the_same_seed_gives_the_same_fruit():
    assert make_fruit(10, seed=3) == make_fruit(10, seed=3)
    assert make_fruit(10, seed=3) != make_fruit(10, seed=4)


def test_a_model_from_true_labels_is_good_but_not_perfect_on_many_fruit():
    train = make_fruit(30, seed=1)
    model = train_from_labels([(f, f.truth) for f in train])
    accuracy = accuracy_on(model, make_fruit(400, seed=2))
    assert 0.8 < accuracy < 1.0


def test_flipped_labels_make_the_model_worse():
    train = make_fruit(30, seed=1)
    flipped = [(f, "lemon" if f.truth == "apple" else "apple") for f in train]
    assert accuracy_on(train_from_labels(flipped), make_fruit(200, seed=2)) < 0.3
