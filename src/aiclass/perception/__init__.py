"""Lab helpers for perception: how a computer sees (images as numbers) and hears (sound as numbers)."""
