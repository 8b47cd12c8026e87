"""Offline data for labs: bundled sets and seeded generators. Nothing here downloads."""
