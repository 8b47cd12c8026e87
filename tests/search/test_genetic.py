"""The campus, the router fitness and the genetic algorithm: deterministic, honest against random
search, and blind to the dormitory when the fitness leaves it out."""

import doctest

import numpy as np

from aiclass.search import genetic
from aiclass.search.genetic import (
    BUILDINGS,
    HEIGHT,
    PER_DOT,
    RANGE,
    WIDTH,
    daytime_fitness,
    evolve,
    make_campus,
    possible_placements,
    random_genome,
    reference_crossover,
    reference_mutate,
    reference_random_search,
    reference_select,
    share_fitness,
)

OPS = (reference_select, reference_crossover, reference_mutate)


def test_doctests_pass():
    result = doctest.testmod(genetic)
    assert result.attempted > 0 and result.failed == 0


def test_campus_pupils_sit_inside_their_buildings_and_are_seeded():
    campus = make_campus()
    for key, ((x0, y0, x1, y1), pupils) in BUILDINGS.items():
        dots = campus.pupils[campus.group == key]
        assert len(dots) == pupils // PER_DOT
        assert np.all(
            (dots[:, 0] >= x0) & (dots[:, 0] <= x1) & (dots[:, 1] >= y0) & (dots[:, 1] <= y1)
        )
    assert np.array_equal(make_campus().pupils, campus.pupils)


def test_coverage_counts_exactly_the_dots_within_range():
    campus = make_campus()
    router = np.array([[50.0, 90.0]])
    distance = np.hypot(campus.pupils[:, 0] - 50, campus.pupils[:, 1] - 90)
    assert np.array_equal(campus.covered(router), distance <= RANGE)
    shares = campus.coverage_by_group(np.array([[170.0, 26.0]] * 4))
    assert shares["dormitory"] > 0.5 and shares["teaching_a"] == 0.0
    assert daytime_fitness(campus)(np.array([[170.0, 26.0]] * 4)) == 0.0
    everyone = share_fitness(campus, tuple(BUILDINGS))
    assert everyone(np.array([[170.0, 26.0]] * 4)) > 0.1


def test_operators_keep_parents_and_stay_on_campus():
    rng = np.random.default_rng(0)
    mum, dad = random_genome(rng), random_genome(rng)
    mum0, dad0 = mum.copy(), dad.copy()
    child = reference_crossover(mum, dad, rng)
    assert all(
        np.array_equal(child[i], mum[i]) or np.array_equal(child[i], dad[i]) for i in range(4)
    )
    moved = reference_mutate(child, 1.0, rng)
    assert not np.any(np.all(moved == child, axis=1))
    assert np.all((moved >= 0) & (moved <= [WIDTH, HEIGHT]))
    assert np.array_equal(reference_mutate(child, 0.0, rng), child)
    assert np.array_equal(mum, mum0) and np.array_equal(dad, dad0)
    population = [np.full((4, 2), float(i)) for i in range(6)]
    wins = [int(reference_select(population, [0, 1, 2, 3, 4, 5], rng)[0, 0]) for _ in range(600)]
    assert 0 not in wins and 1 not in wins and wins.count(5) > wins.count(4) > wins.count(3)


def test_evolution_is_seeded_improves_and_beats_random_search_on_average():
    campus = make_campus()
    fitness = daytime_fitness(campus)
    one = evolve(fitness, *OPS, seed=3)
    assert one.best_fitness == evolve(fitness, *OPS, seed=3).best_fitness
    assert all(a <= b for a, b in zip(one.best_fitness, one.best_fitness[1:], strict=False))
    assert one.evaluations == 20 + 50 * 19 == one.evaluations_at[-1]
    ga = [evolve(fitness, *OPS, rate=0.1, seed=s).best_fitness[-1] for s in range(10, 15)]
    rs = [reference_random_search(fitness, one.evaluations, seed=s)[-1] for s in range(10, 15)]
    assert np.mean(ga) > np.mean(rs) + 0.03


def test_the_timetable_fitness_leaves_the_dormitory_out():
    campus = make_campus()
    day = evolve(daytime_fitness(campus), *OPS, rate=0.1, seed=0)
    everyone = evolve(share_fitness(campus, tuple(BUILDINGS)), *OPS, rate=0.1, seed=0)
    assert campus.coverage_by_group(day.best_genome[-1])["dormitory"] == 0.0
    assert campus.coverage_by_group(everyone.best_genome[-1])["dormitory"] > 0.5


def test_random_search_curve_is_best_so_far():
    calls = []

    def fitness(genome):
        calls.append(genome.copy())
        return float(genome[0, 0]) / WIDTH

    curve = reference_random_search(fitness, 30, seed=2)
    assert len(curve) == len(calls) == 30
    assert curve == list(np.maximum.accumulate([float(g[0, 0]) / WIDTH for g in calls]))


def test_possible_placements_is_a_huge_count():
    assert 1e16 < possible_placements() < 2e16
    assert possible_placements(routers=1) == WIDTH * HEIGHT
