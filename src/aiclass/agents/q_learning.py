"""Driving Q-learning experiments: the learner writes the episode; these helpers repeat it.

``train`` runs the learner's ``run_episode(env, Q, alpha, epsilon, gamma, rng)`` for many
episodes on a fresh robot and a fresh, all-zero Q-table, with every random number seeded, and
keeps the return (sum of rewards) of each episode. ``evaluate`` then lets the learned robot
deliver without exploring and without learning (always the action with the largest Q), and
scores it with the school's own reward, whatever reward it was trained on.

>>> def lazy_episode(env, Q, alpha, epsilon, gamma, rng, max_steps=100):
...     env.reset()
...     return 0.0
>>> run = train(lazy_episode, episodes=3, seed=0)
>>> run.Q.shape, run.returns.tolist()
((32, 4), [0.0, 0.0, 0.0])
>>> result = evaluate(run.Q, seed=0, episodes=5)
>>> result.delivered, result.stairs    # an all-zero table always goes up: it never arrives
(0.0, 0.0)
>>> result.mean_return
-100.0
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from aiclass.agents.gridworld import SCHOOL_CORRIDOR, Cell, Reward, SchoolGrid, school_reward

MAX_STEPS = 100
GAMMA = 0.99
EpisodeFn = Callable[..., float]


@dataclass(frozen=True)
class Training:
    """One robot's training: its final Q-table and the return of every episode."""

    Q: np.ndarray
    returns: np.ndarray
    seed: int


@dataclass(frozen=True)
class Evaluation:
    """How a learned robot does when it only uses what it learned (no exploring, no learning)."""

    mean_return: float  # with the school's reward
    delivered: float  # share of episodes that reached the classroom
    stairs: float  # share of episodes that ended at the stair gate
    mean_steps: float


def new_robot(
    seed: int, reward: Reward = school_reward, slip: float = 0.1, layout=SCHOOL_CORRIDOR
) -> SchoolGrid:
    return SchoolGrid(layout=layout, slip=slip, reward=reward, seed=seed)


def train(
    run_episode: EpisodeFn,
    *,
    episodes: int = 300,
    alpha: float = 0.5,
    epsilon: float = 0.1,
    gamma: float = GAMMA,
    seed: int = 0,
    reward: Reward = school_reward,
    slip: float = 0.1,
    layout=SCHOOL_CORRIDOR,
) -> Training:
    """Train one robot from scratch with ``run_episode``; every random number comes from ``seed``."""
    env = new_robot(seed, reward, slip, layout)
    Q = np.zeros((env.n_states, env.n_actions))
    rng = np.random.default_rng([seed, 1])
    returns = [float(run_episode(env, Q, alpha, epsilon, gamma, rng)) for _ in range(episodes)]
    return Training(Q=Q, returns=np.asarray(returns), seed=seed)


def train_many(run_episode: EpisodeFn, seeds: Sequence[int], **settings) -> list[Training]:
    """The same training repeated with each seed (one robot per seed)."""
    return [train(run_episode, seed=seed, **settings) for seed in seeds]


def returns_of(runs: Sequence[Training]) -> np.ndarray:
    """Returns as an array: one row per seed, one column per episode."""
    return np.vstack([run.returns for run in runs])


def greedy_action(Q: np.ndarray, state: int) -> int:
    return int(np.argmax(Q[state]))


def evaluate(
    Q: np.ndarray, seed: int, episodes: int = 50, slip: float = 0.1, layout=SCHOOL_CORRIDOR
) -> Evaluation:
    """Run the greedy robot ``episodes`` times (seeded) and score it with ``school_reward``."""
    env = new_robot(seed + 100_000, school_reward, slip, layout)
    totals, delivered, stairs, steps = [], 0, 0, []
    for _ in range(episodes):
        state, total = env.reset(), 0.0
        step = 0
        while step < MAX_STEPS:
            step += 1
            state, reward, done = env.step(greedy_action(Q, state))
            total += reward
            if done:
                break
        kind = env.kind(env.cell_of(state))
        delivered += kind == "G"
        stairs += kind == "~"
        totals.append(total)
        steps.append(step)
    return Evaluation(
        mean_return=float(np.mean(totals)),
        delivered=delivered / episodes,
        stairs=stairs / episodes,
        mean_steps=float(np.mean(steps)),
    )


def evaluate_many(runs: Sequence[Training], episodes: int = 50) -> list[Evaluation]:
    return [evaluate(run.Q, seed=run.seed, episodes=episodes) for run in runs]


def greedy_path(Q: np.ndarray, layout=SCHOOL_CORRIDOR, max_steps: int = 30) -> list[Cell]:
    """The cells the greedy robot visits on a dry floor (no slipping), from the staff room."""
    env = SchoolGrid(layout=layout, slip=0.0)
    state = env.reset()
    path = [env.cell_of(state)]
    for _ in range(max_steps):
        state, _, done = env.step(greedy_action(Q, state))
        path.append(env.cell_of(state))
        if done:
            break
    return path


def state_values(Q: np.ndarray, layout=SCHOOL_CORRIDOR) -> np.ndarray:
    """max over actions of Q, as a rows × columns array (the value of being in each cell)."""
    rows, cols = len(layout), len(layout[0])
    return np.asarray(Q).max(axis=1).reshape(rows, cols)


def wander(seed: int = 3, max_steps: int = 40, layout=SCHOOL_CORRIDOR) -> tuple[list[Cell], float]:
    """A robot that has learned nothing: random moves on the polished floor. Its path and return."""
    env = SchoolGrid(layout=layout, seed=seed)
    rng = np.random.default_rng(seed)
    state, total = env.reset(), 0.0
    path = [env.cell_of(state)]
    for _ in range(max_steps):
        state, reward, done = env.step(int(rng.integers(env.n_actions)))
        path.append(env.cell_of(state))
        total += reward
        if done:
            break
    return path, total


def plan(
    reward: Reward = school_reward,
    gamma: float = GAMMA,
    slip: float = 0.1,
    layout=SCHOOL_CORRIDOR,
    sweeps: int = 2000,
) -> np.ndarray:
    """The Q-table of a robot that knows the map and the slipping perfectly (value iteration):
    the best any learner could do for ``reward``. It needs the map; Q-learning does not."""
    env = SchoolGrid(layout=layout, slip=0.0, reward=reward)
    n = env.n_actions
    # outcomes[s][a] = [(probability, next state, reward, done)]
    outcomes: list[list[list[tuple[float, int, float, bool]]]] = []
    live = [s for s in range(env.n_states) if env.kind(env.cell_of(s)) not in "#~G"]
    for state in range(env.n_states):
        cell = env.cell_of(state)
        per_action: list[list[tuple[float, int, float, bool]]] = []
        if state not in live:
            outcomes.append(per_action)
            continue
        for action in range(n):
            chances = {a: slip / n for a in range(n)}
            chances[action] += 1 - slip
            rows = []
            for taken, p in chances.items():
                nxt = env.move(cell, taken)
                kind = env.kind(nxt)
                event = (
                    "delivered"
                    if kind == "G"
                    else "stairs"
                    if kind == "~"
                    else "bump"
                    if nxt == cell
                    else "move"
                )
                rows.append(
                    (
                        p,
                        env.state_of(nxt),
                        float(reward(cell, nxt, event)),
                        event in ("delivered", "stairs"),
                    )
                )
            per_action.append(rows)
        outcomes.append(per_action)
    Q = np.zeros((env.n_states, n))
    for _ in range(sweeps):
        V = Q.max(axis=1)
        new = Q.copy()
        for s in live:
            for a in range(n):
                new[s, a] = sum(
                    p * (r + (0.0 if done else gamma * V[s2])) for p, s2, r, done in outcomes[s][a]
                )
        change = np.abs(new - Q).max()
        Q = new
        if change < 1e-6:
            break
    return Q
