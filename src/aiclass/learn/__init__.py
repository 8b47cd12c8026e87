"""Lab helpers for machine learning: small models and pictures the junior and senior labs share."""
