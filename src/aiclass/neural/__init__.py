"""Lab helpers for neural networks in PyTorch: tiny seeded models, training-loop pictures, filters and feature maps."""
