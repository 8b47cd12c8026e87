"""Training driver, evaluation and the planner behave as the lab's explanations say."""

import numpy as np

from aiclass.agents.gridworld import RIGHT, UP, progress_reward
from aiclass.agents.q_learning import (
    evaluate,
    evaluate_many,
    greedy_path,
    plan,
    returns_of,
    state_values,
    train,
    train_many,
    wander,
)


def episode(env, Q, alpha, epsilon, gamma, rng, max_steps=100):
    state, total = env.reset(), 0.0
    for _ in range(max_steps):
        action = int(rng.integers(4)) if rng.random() < epsilon else int(np.argmax(Q[state]))
        nxt, reward, done = env.step(action)
        target = reward if done else reward + gamma * Q[nxt].max()
        Q[state, action] += alpha * (target - Q[state, action])
        total += reward
        state = nxt
        if done:
            break
    return total


def test_training_is_repeatable_and_learns_to_deliver():
    a, b = (
        train(episode, episodes=300, alpha=0.1, epsilon=0.05, seed=4),
        train(episode, episodes=300, alpha=0.1, epsilon=0.05, seed=4),
    )
    assert np.array_equal(a.Q, b.Q) and np.array_equal(a.returns, b.returns)
    assert a.returns[-50:].mean() > a.returns[:20].mean() + 20
    result = evaluate(a.Q, seed=4)
    assert result.delivered >= 0.8 and result.mean_return > -10


def test_train_many_stacks_one_row_per_seed():
    runs = train_many(episode, [1, 2, 3], episodes=20)
    assert [r.seed for r in runs] == [1, 2, 3]
    assert returns_of(runs).shape == (3, 20)
    assert len(evaluate_many(runs, episodes=5)) == 3


def test_an_empty_table_never_arrives_and_evaluation_uses_the_school_reward():
    Q = np.zeros((32, 4))
    result = evaluate(Q, seed=0, episodes=10, slip=0.0)
    assert result.delivered == 0 and result.mean_return == -100.0 and result.mean_steps == 100


def test_the_planner_prefers_the_window_route_and_values_fall_near_the_stairs():
    Q = plan()
    path = greedy_path(Q)
    assert path[0] == (3, 0) and path[-1] == (3, 7)
    assert (0, 3) in path and (2, 3) not in path
    values = state_values(Q)
    assert values[2, 2] < values[0, 2]
    assert evaluate(Q, seed=0, episodes=200).delivered >= 0.9


def test_the_planner_under_the_progress_reward_paces_instead_of_delivering():
    Q = plan(progress_reward)
    assert evaluate(Q, seed=0, episodes=50).delivered < 0.1
    path = greedy_path(Q, max_steps=20)
    assert len(set(path[-6:])) <= 2  # back and forth between two cells


def test_the_planner_matches_a_hand_computed_one_step_value():
    Q = plan(slip=0.0)
    # from (2, 7) moving down delivers at once: +10, nothing after
    assert abs(Q[2 * 8 + 7, 2] - 10.0) < 1e-6
    # from the staff room, right is the stairs: −30
    assert abs(Q[24, RIGHT] - (-30.0)) < 1e-6
    assert Q[24, UP] > Q[24, RIGHT]


def test_wander_is_seeded_and_ends_where_it_says():
    path, total = wander(seed=0)
    assert (path, total) == wander(seed=0)
    assert len(path) == 22 and total == -50.0 and path[-1] == (3, 1)
