"""briefing: turn a folder of news articles into a static briefing website."""

__version__ = "0.1.0"
