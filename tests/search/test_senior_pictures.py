"""The senior search pictures draw in both languages and show what the labs say they show."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from sklearn.tree import DecisionTreeClassifier  # noqa: E402

from aiclass import set_language  # noqa: E402
from aiclass.search import senior_pictures as pictures  # noqa: E402
from aiclass.search.astar import (  # noqa: E402
    TOWN_MAP,
    a_star,
    find,
    hook_routes,
    manhattan,
    minutes_to_goal,
    times,
)
from aiclass.search.genetic import (  # noqa: E402
    DAYTIME,
    daytime_fitness,
    evolve,
    make_campus,
    reference_crossover,
    reference_mutate,
    reference_random_search,
    reference_select,
)
from aiclass.search.knowledge_graph import (  # noqa: E402
    ANIMAL_PHOTOS,
    FACTS,
    NEW_ANIMALS,
    given_behind,
    reference_chain_is_a,
    reference_forward_chain,
    reference_inherit,
    rule_class,
)

HOME, SCHOOL = find(TOWN_MAP, "H"), find(TOWN_MAP, "S")


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")
    set_language(None)


def _texts(fig):
    out = [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]
    out += [ax.get_title() for ax in fig.axes]
    for legend in fig.legends + [ax.get_legend() for ax in fig.axes if ax.get_legend()]:
        out += [t.get_text() for t in legend.get_texts()]
    return out


def test_search_titles_report_the_searches_own_numbers():
    set_language("en")
    found = a_star(TOWN_MAP, HOME, SCHOOL, manhattan)
    fig = pictures.show_searches(TOWN_MAP, [("A*", found)])
    assert f"A*\n{len(found.expanded)} cells expanded · route 46 min" in _texts(fig)


def test_hook_routes_are_labelled_with_cells_only_or_minutes():
    set_language("zh-CN")
    straight, round_the_park = hook_routes(TOWN_MAP)
    fig = pictures.show_town(TOWN_MAP, [("A", straight), ("B", round_the_park)], minutes=False)
    assert "A：32 格" in _texts(fig) and not any(
        "分钟" in t and t.startswith("A") for t in _texts(fig)
    )
    fig = pictures.show_town(TOWN_MAP, [("A", straight)])
    assert "A：32 格，72 分钟" in _texts(fig)


def test_overestimate_picture_counts_the_cells():
    set_language("en")
    truth = minutes_to_goal(TOWN_MAP, SCHOOL)
    fig = pictures.show_overestimates(
        TOWN_MAP, SCHOOL, truth, [("M", manhattan), ("3M", times(3, manhattan))]
    )
    titles = _texts(fig)
    assert f"M: guesses too many minutes on 0 of {len(truth)} cells" in titles


def test_knowledge_graph_marks_the_chain():
    set_language("en")
    known, reasons = reference_forward_chain(FACTS, [reference_chain_is_a, reference_inherit])
    fact = ("finless_porpoise", "breathes_with", "lungs")
    fig = pictures.show_knowledge_graph(FACTS, given_behind(fact, reasons), fact)
    texts = _texts(fig)
    assert any("★ breathes with lungs" in t for t in texts if t.startswith("mammal"))
    assert not any("★" in t for t in texts if t.startswith("bird"))


def test_comparison_table_marks_right_wrong_and_unknown():
    set_language("en")
    fig = pictures.show_comparison(
        NEW_ANIMALS,
        ["fish", "mammal", "mammal", "mammal", "bird"],
        ["mammal"] * 3 + ["unknown"] * 2,
    )
    cells = [c.get_text().get_text() for c in fig.axes[0].tables[0].get_celld().values()]
    assert "✘ fish" in cells and "✔ bird" in cells and cells.count("? unknown") == 2


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_every_picture_draws(lang):
    set_language(lang)
    campus = make_campus()
    fitness = daytime_fitness(campus)
    history = evolve(
        fitness, reference_select, reference_crossover, reference_mutate, seed=0, generations=12
    )
    tree = DecisionTreeClassifier(random_state=0).fit(ANIMAL_PHOTOS.X, ANIMAL_PHOTOS.y)
    known, _ = reference_forward_chain(FACTS, [reference_chain_is_a, reference_inherit])
    figs = [
        pictures.show_weights([1, 3], [258, 75], [46, 72], best=46),
        pictures.show_knowledge_graph(),
        pictures.show_animal_tree(tree),
        pictures.show_comparison(
            NEW_ANIMALS,
            list(tree.predict(NEW_ANIMALS.X)),
            [rule_class(known, k) for k in NEW_ANIMALS.keys],
        ),
        pictures.show_campus(campus, history.best_genome[-1], "t", counted=DAYTIME),
        pictures.show_generations(history, campus, (0, 5, 12)),
        pictures.show_fitness([history], [reference_random_search(fitness, 50, seed=0)]),
        pictures.show_spread({"a": [0.8, 0.82], "b": [0.7, 0.72]}, 970),
        pictures.show_rates([0, 0.1], [[0.7, 0.71], [0.8, 0.81]], 970),
        pictures.show_group_coverage({"x": campus.coverage_by_group(history.best_genome[-1])}),
    ]
    assert all(isinstance(fig, plt.Figure) for fig in figs)


def test_campus_picture_fills_covered_dots_and_marks_ignored_buildings():
    set_language("en")
    campus = make_campus()
    genome = np.array([[50.0, 90.0]] * 4)
    fig = pictures.show_campus(campus, genome, counted=DAYTIME)
    assert any(t.startswith("dormitory") and t.endswith("✘") for t in _texts(fig))
    filled, hollow = fig.axes[0].collections[-2:]
    assert len(filled.get_offsets()) == int(campus.covered(genome).sum())
    assert len(hollow.get_offsets()) == int((~campus.covered(genome)).sum())
