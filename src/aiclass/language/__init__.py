"""Lab helpers for language: tokens, next-word models and generated text."""
