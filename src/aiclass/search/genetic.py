"""A school campus, Wi-Fi routers to place on it, and a genetic algorithm that places them.

The campus is 200 m × 120 m. Pupils are dots (5 pupils each) where they need Wi-Fi: 1450 in class by day
(teaching blocks, labs, library), and the 400 of them who board, drawn again in the dormitory for the evening
(a seeded generator spreads each building's head count over its floor plan). A router gives a good signal
to every pupil within ``RANGE`` metres (a simplification: real walls weaken the signal).
A placement (a *genome*) is a numpy array of shape ``(routers, 2)``: one ``(x, y)`` in metres per
router. Its fitness is the share of the pupils counted that are within range of a router.

>>> campus = make_campus()
>>> len(campus.pupils), [str(g) for g in sorted(set(campus.group))][:2]
(370, ['dormitory', 'labs'])
>>> rng = np.random.default_rng(0)
>>> genome = random_genome(rng)
>>> genome.shape, bool(np.all(genome >= 0))
((4, 2), True)
>>> fitness_day = daytime_fitness(campus)
>>> round(fitness_day(np.array([[50, 90], [50, 50], [115, 92], [112, 50]])), 3)
0.766
>>> history = evolve(fitness_day, reference_select, reference_crossover, reference_mutate, seed=0)
>>> len(history.best_fitness), history.evaluations
(51, 970)
>>> history.best_fitness[-1] >= history.best_fitness[10] >= history.best_fitness[0]
True
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from aiclass.i18n import current_language

WIDTH, HEIGHT = 200.0, 120.0  # metres
ROUTERS = 4
RANGE = 25.0  # metres of good signal around a router
PER_DOT = 5  # pupils per dot on the map

# name: (x0, y0, x1, y1) in metres, pupils there (the dormitory: the boarders in the evening; by day
# they are among the pupils in class)
BUILDINGS = {
    "teaching_a": ((15, 78, 85, 102), 600),
    "teaching_b": ((15, 38, 85, 62), 500),
    "labs": ((100, 80, 130, 104), 150),
    "library": ((100, 40, 124, 60), 200),
    "dormitory": ((150, 8, 190, 44), 400),
}
BUILDING_NAMES = {
    "teaching_a": {"en": "teaching block A", "zh-CN": "教学楼 A"},
    "teaching_b": {"en": "teaching block B", "zh-CN": "教学楼 B"},
    "labs": {"en": "science labs", "zh-CN": "实验楼"},
    "library": {"en": "library", "zh-CN": "图书馆"},
    "dormitory": {"en": "dormitory (boarders)", "zh-CN": "宿舍楼（住校生）"},
    "field": {"en": "sports field", "zh-CN": "运动场"},
}
FIELD = (15, 4, 95, 30)  # the sports field: no pupils counted, drawn for orientation
DAYTIME = ("teaching_a", "teaching_b", "labs", "library")  # where the timetable puts pupils

Genome = np.ndarray
Fitness = Callable[[Genome], float]


@dataclass
class Campus:
    """Pupils as points: ``pupils`` (n × 2, metres) and ``group`` (the building of each)."""

    pupils: np.ndarray
    group: np.ndarray

    def covered(self, genome: Genome) -> np.ndarray:
        """True for each pupil within ``RANGE`` metres of at least one router."""
        routers = np.asarray(genome, dtype=float).reshape(-1, 2)
        gaps = self.pupils[:, None, :] - routers[None, :, :]
        return np.any(np.sum(gaps**2, axis=2) <= RANGE**2, axis=1)

    def coverage_by_group(self, genome: Genome) -> dict[str, float]:
        """The share of each building's pupils that is covered."""
        hit = self.covered(genome)
        return {name: float(np.mean(hit[self.group == name])) for name in BUILDINGS}


def building_name(key: str, lang: str | None = None) -> str:
    """A building's name in ``lang`` (default: the learner's language)."""
    return BUILDING_NAMES[key][lang or current_language()]


def make_campus(seed: int = 7) -> Campus:
    """The campus: each dot is a table of ``PER_DOT`` pupils, spread evenly (seeded) over its
    building's floor plan."""
    rng = np.random.default_rng(seed)
    points, groups = [], []
    for name, ((x0, y0, x1, y1), pupils) in BUILDINGS.items():
        count = pupils // PER_DOT
        xy = np.column_stack([rng.uniform(x0, x1, count), rng.uniform(y0, y1, count)])
        points.append(xy)
        groups += [name] * count
    return Campus(np.vstack(points), np.array(groups))


def share_fitness(campus: Campus, groups: tuple[str, ...]) -> Fitness:
    """Fitness = share of the pupils of ``groups`` that is covered."""
    counted = np.isin(campus.group, groups)

    def fitness(genome: Genome) -> float:
        return float(np.mean(campus.covered(genome)[counted]))

    return fitness


def daytime_fitness(campus: Campus) -> Fitness:
    """The school's first plan: count pupils where the timetable puts them (not the dormitory)."""
    return share_fitness(campus, DAYTIME)


def random_spot(rng: np.random.Generator) -> np.ndarray:
    """One random (x, y) on the campus."""
    return np.array([rng.uniform(0, WIDTH), rng.uniform(0, HEIGHT)])


def random_genome(rng: np.random.Generator, routers: int = ROUTERS) -> Genome:
    """A random placement: every router at a random spot."""
    return np.array([random_spot(rng) for _ in range(routers)])


def reference_select(population: list, fitnesses: list, rng: np.random.Generator):
    """Tournament selection: pick 3 different placements at random, return a copy of the fittest."""
    picks = rng.choice(len(population), size=3, replace=False)
    best = picks[0]
    for i in picks:
        if fitnesses[i] > fitnesses[best]:
            best = i
    return population[best].copy()


def reference_crossover(mum: Genome, dad: Genome, rng: np.random.Generator) -> Genome:
    """Uniform crossover: each router comes from mum or from dad, 50:50."""
    child = mum.copy()
    for i in range(len(child)):
        if rng.random() < 0.5:
            child[i] = dad[i]
    return child


def reference_mutate(genome: Genome, rate: float, rng: np.random.Generator) -> Genome:
    """Each router, with probability ``rate``, jumps to a random spot (a new array is returned)."""
    child = genome.copy()
    for i in range(len(child)):
        if rng.random() < rate:
            child[i] = random_spot(rng)
    return child


@dataclass
class History:
    """What a run did: the best placement and its fitness after each generation."""

    best_genome: list = field(default_factory=list)
    best_fitness: list = field(default_factory=list)
    evaluations: int = 0
    evaluations_at: list = field(default_factory=list)


def evolve(
    fitness: Fitness,
    select,
    crossover,
    mutate,
    rate: float = 0.1,
    seed: int = 0,
    population_size: int = 20,
    generations: int = 50,
    routers: int = ROUTERS,
) -> History:
    """A genetic algorithm: keep the best placement, fill the rest of the next generation with
    children (select two parents, cross them over, mutate the child), repeat."""
    rng = np.random.default_rng(seed)
    history = History()

    def score(genome: Genome) -> float:
        history.evaluations += 1
        return float(fitness(genome))

    population = [random_genome(rng, routers) for _ in range(population_size)]
    fitnesses = [score(g) for g in population]
    for generation in range(generations + 1):
        best = int(np.argmax(fitnesses))
        history.best_genome.append(np.array(population[best], dtype=float))
        history.best_fitness.append(fitnesses[best])
        history.evaluations_at.append(history.evaluations)
        if generation == generations:
            break
        children = [np.array(population[best], dtype=float)]
        child_fitnesses = [fitnesses[best]]  # the best is kept as it is, not scored again
        while len(children) < population_size:
            mum = np.array(select(population, fitnesses, rng), dtype=float)
            dad = np.array(select(population, fitnesses, rng), dtype=float)
            child = np.array(mutate(crossover(mum, dad, rng), rate, rng), dtype=float)
            children.append(child)
            child_fitnesses.append(score(child))
        population, fitnesses = children, child_fitnesses
    return history


def reference_random_search(fitness: Fitness, evaluations: int, seed: int = 0) -> list[float]:
    """Try ``evaluations`` random placements; the best fitness found after each one."""
    rng = np.random.default_rng(seed)
    best, curve = 0.0, []
    for _ in range(evaluations):
        best = max(best, float(fitness(random_genome(rng))))
        curve.append(best)
    return curve


def possible_placements(routers: int = ROUTERS, step: float = 1.0) -> float:
    """How many placements there are with routers on a grid of whole metres (order ignored)."""
    spots = (WIDTH / step) * (HEIGHT / step)
    count = 1.0
    for i in range(routers):
        count *= (spots - i) / (i + 1)
    return count
