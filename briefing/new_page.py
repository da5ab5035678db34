"""`briefing new --from page.html`: copy a saved web page (and its `_files` folder) into the articles folder.

The page is copied byte for byte under `<date>-<slug>.html`, from its own date and headline; what the
command line gives (title, date, publication, authors) goes into its sidecar `<name>.html.yaml`,
since a page cannot hold front matter. The page is read first, so a page the build would refuse
(no article in it, a broken encoding) is refused here, before anything is written.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from briefing.errors import fail
from briefing.new import rebuild_hint
from briefing.read.clean import CleanRules
from briefing.read.load import ArticleFile, display_path
from briefing.read.markup import BodyRenderer
from briefing.read.page_article import ORIGIN, make_page_article
from briefing.read.page_files import files_folder, read_companions, sidecar_name
from briefing.records import Article


def add_page(page: Path, folder: Path, overrides: dict[str, object], rules: CleanRules) -> tuple[Path, Article]:
    """Copy a saved page into folder under a name from its date and headline; return the new path
    and what the build will read from it (with the reader's rules). Raise BuildError naming the problem;
    never overwrite."""
    if not folder.is_dir():
        raise fail(str(folder), "articles folder not found (pass --source DIR)")
    try:
        data = page.read_bytes()
        _, saved = read_companions(page)
    except OSError as error:
        raise fail(str(page), f"cannot read --from file: {error.strerror or error}") from None
    sidecar = yaml.safe_dump(overrides, allow_unicode=True, sort_keys=False).encode() if overrides else None
    article, _, _ = make_page_article(ArticleFile(str(page), page.name, data, sidecar=sidecar, saved=saved),
                                      BodyRenderer(), rules)
    name = article.slug + page.suffix.lower()
    target = folder / name
    for taken in (target, folder / files_folder(name), folder / sidecar_name(name)):
        if taken.exists():
            raise fail(display_path(taken), "already exists; not overwritten (edit that file, or remove it first)")
    _copy(page, target, data, saved, sidecar)
    return target, article


def _copy(page: Path, target: Path, data: bytes, saved: tuple[str, ...], sidecar: bytes | None) -> None:
    with open(target, "xb") as handle:  # "x": never replace a file, even one created a moment ago
        handle.write(data)
    if saved:
        shutil.copytree(page.with_name(files_folder(page.name)), target.with_name(files_folder(target.name)),
                        symlinks=True)
    if sidecar is not None:
        target.with_name(sidecar_name(target.name)).write_bytes(sidecar)


def found_report(path: Path, article: Article) -> str:
    """Return what was read from the page, each field with where it came from, and what to add."""
    origins = {p.field: p.detail if p.origin == ORIGIN else f"{sidecar_name(path.name)}, {p.detail}"
               for p in article.provenance}
    lines = [f"Created {display_path(path)}", "Read from the page:"]
    shown = (("title", article.title), ("date", article.date.iso() if article.date else ""),
             ("authors", ", ".join(article.authors)), ("publication", article.publication), ("dek", article.dek))
    missing = [field for field, value in shown if not value]
    lines += [f"  {field}: {value} ({origins.get(field, '')})" for field, value in shown if value]
    lines.append(f"  text: {article.paragraph_count} paragraphs, {article.word_count} words")
    if article.source_url:
        lines.append(f"  original: {article.source_url}")
    lines.append(f"  photos saved with it: {len(article.figures)}; remote images left out: {len(article.remote_images)}")
    if missing:
        lines.append(f"Not found: {', '.join(missing)} (write them in {sidecar_name(path.name)} beside the page, "
                     "e.g. `date: YYYY-MM-DD`)")
    lines += [f"Warning: {warning.message}" for warning in article.warnings]
    lines.append(rebuild_hint())
    return "\n".join(lines)

