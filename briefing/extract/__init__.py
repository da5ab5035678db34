"""Find what articles are about: actors, quotes and dated events."""
