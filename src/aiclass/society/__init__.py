"""Lab helpers for AI in society: recognition trade-offs, consent and children's data."""
