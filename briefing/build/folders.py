"""Where a build finds its templates and static files and keeps its cache."""

from __future__ import annotations

from pathlib import Path

from briefing.records import SiteConfig


def cache_folder(config: SiteConfig) -> Path | None:
    """Return the build cache folder (beside the output unless configured), or None when disabled."""
    if not config.use_cache:
        return None
    return config.cache_dir or config.out.parent / ".briefing-cache"


def templates_folder(config: SiteConfig) -> Path:
    """Return the user's templates folder if it exists, else the project's own."""
    return config.templates if config.templates.is_dir() else project_folder() / "templates"


def static_folder(config: SiteConfig) -> Path:
    """Return the user's static folder if it exists, else the project's own."""
    return config.static if config.static.is_dir() else project_folder() / "static"


def project_folder() -> Path:
    """Return the folder holding the package, its templates and static files."""
    return Path(__file__).resolve().parents[2]
