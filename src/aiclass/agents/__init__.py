"""Lab helpers for agents that act: gridworlds, Q-learning, rewards."""
