"""Lab helpers for search: mazes, maps and route finding drawn step by step."""
