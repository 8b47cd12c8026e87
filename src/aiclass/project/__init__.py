"""Lab helpers for the senior capstone: a menu of offline datasets, baselines, per-group metrics and model cards."""
