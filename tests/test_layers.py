"""The package's import direction: each module imports only from its own layer or the layers below it.

bottom (shared records and helpers) <- read <- extract <- site <- build <- serve <- commands.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"
LAYERS = ("bottom", "read", "extract", "site", "build", "serve", "commands")
BOTTOM = {"records", "errors", "dates", "fastpickle", "slugs", "stored"}
"""Top-level modules that are the shared vocabulary; every other top-level module is a command (top),
so a new top-level module imported by a stage fails the check until it is placed on purpose."""


def layer_of(module: str) -> str:
    """Return the layer of a dotted module name inside the package (briefing.read.load -> read)."""
    parts = module.split(".")[1:]
    if not parts:
        return "bottom"
    if parts[0] in LAYERS:
        return parts[0]
    return "bottom" if parts[0] in BOTTOM else "commands"


def module_name(path: Path) -> str:
    """Return the dotted name of a file of the package."""
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
    return ".".join(parts)


def imported_modules(source: str, module: str) -> set[str]:
    """Return the package's modules that source imports (absolute or relative, at any depth in the file)."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(module.split(".")[:-node.level] + ([base] if base else []))
            found.update(f"{base}.{alias.name}" if _is_module(f"{base}.{alias.name}") else base
                         for alias in node.names)
    return {name for name in found if name == "briefing" or name.startswith("briefing.")}


def _is_module(dotted: str) -> bool:
    path = PACKAGE.parent.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def upward_imports(files: dict[str, str]) -> list[str]:
    """Return 'importer -> imported' for every import that points to a higher layer; files: {module: source}."""
    wrong = []
    for module, source in sorted(files.items()):
        own = LAYERS.index(layer_of(module))
        for imported in sorted(imported_modules(source, module)):
            if LAYERS.index(layer_of(imported)) > own:
                wrong.append(f"{module} ({layer_of(module)}) -> {imported} ({layer_of(imported)})")
    return wrong


def package_sources() -> dict[str, str]:
    """Return {dotted module name: source} for every module of the package."""
    return {module_name(path): path.read_text(encoding="utf-8") for path in sorted(PACKAGE.rglob("*.py"))}


def test_no_module_imports_from_a_higher_layer():
    assert upward_imports(package_sources()) == []


def test_nothing_imports_the_command_line():
    importers = [m for m, source in package_sources().items() if "briefing.cli" in imported_modules(source, m)]
    assert importers == []


@pytest.mark.parametrize(("module", "line"), [
    ("briefing.records", "from briefing.read.load import find_article_files"),
    ("briefing.read.article", "from briefing.site.views import article_path"),
    ("briefing.site.pages", "from briefing.build import engine"),
    ("briefing.build.engine", "import briefing.serve.server"),
    ("briefing.extract.quotes", "from ..site import views"),
])
def test_an_upward_import_is_reported(module, line):
    """The check fails when a lower layer imports a higher one, however the import is written."""
    sources = package_sources()
    sources[module] = line + "\n" + sources[module]
    assert len(upward_imports(sources)) == 1


def test_every_module_belongs_to_a_layer_that_exists():
    assert {layer_of(m) for m in package_sources()} <= set(LAYERS)
    assert {layer_of(m) for m in package_sources()} >= {"read", "extract", "site", "build", "serve", "commands"}
