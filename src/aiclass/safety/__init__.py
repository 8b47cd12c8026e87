"""Lab helpers for AI safety: poisoning, backdoors, adversarial examples, prompt attacks."""
