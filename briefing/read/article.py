"""Make an Article from a Source: validate front matter, clean the body, record provenance.

Front matter always wins; whatever is inferred instead says where it came from.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass

from briefing.dates import PartialDate, parse_date
from briefing.errors import BuildError, Problem
from briefing.read.clean import CleanRules, CleanText
from briefing.read.markup import MAX_NESTING, nesting_depth
from briefing.read.rawtext import read_raw_text
from briefing.records import Article, Cleaned, Provenance, Source
from briefing.slugs import make_slug, validate_slug

FRONT_MATTER_KEYS = ("title", "title_is_editorial", "date", "publication", "authors", "dek",
                     "dateline", "notes", "slug", "tags", "summary")
_LIST_KEYS = ("authors", "notes", "tags")
_MD_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """An article's validated front matter and the line of each key."""

    values: dict[str, object]
    lines: dict[str, int]


def make_article(source: Source, rules: CleanRules, *, words_per_minute: int = 230) -> Cleaned:
    """Build one Article and its body paragraphs from one Source; raise BuildError listing every
    front matter problem."""
    meta = validate_front_matter(source)
    found = _clean(source, rules)
    provenance: list[Provenance] = []
    warnings = [*source.warnings, *(Problem(source.path, message, line) for line, message in found.notices)]
    title, editorial = _title(source, meta, found, provenance, warnings)
    date = _date(source, meta, found, provenance, warnings)
    if not (provenance[-1].origin == "file name" and date in found.undecided_dates):
        warnings += [Problem(source.path, message, line) for line, message in found.date_doubts]
    paragraphs = found.paragraphs
    words = len(" ".join(paragraphs).split())  # one split, not one a paragraph: the same words
    wire = _wire(found, provenance)
    article = Article(
        slug=article_slug(source, meta, title, date, provenance),
        title=title, title_is_editorial=editorial,
        dek=pick_field("dek", meta, found.dek, "inferred", "subtitle line below the headline", provenance),
        authors=tuple(pick_field("authors", meta, *_inferred_authors(found), provenance)),
        publication=_publication(meta, found, provenance),
        date=date,
        dateline=pick_field("dateline", meta, found.dateline, "inferred", "start of the first paragraph",
                       provenance),
        lead=paragraphs[0] if paragraphs else "", paragraph_count=len(paragraphs), captions=found.captions,
        source_file=source.name, kind=source.kind,
        notes=tuple(meta.values.get("notes", ())), tags=tuple(meta.values.get("tags", ())),
        summary=str(meta.values.get("summary", "")),
        word_count=words, reading_minutes=max(1, math.ceil(words / words_per_minute)),
        provenance=tuple(provenance), removed=found.removed, warnings=tuple(warnings),
        wire=wire)
    return Cleaned(article, paragraphs)


def _clean(source: Source, rules: CleanRules) -> CleanText:
    if source.kind == "txt":
        return read_raw_text(source.body, source.body_line, rules)
    depth, line = nesting_depth(source.body)
    if depth > MAX_NESTING:
        raise BuildError([Problem(source.path, f"Markdown lists or quotes nested {depth} levels deep; at most "
                                               f"{MAX_NESTING} are allowed (flatten them)", source.body_line + line - 1)])
    blocks = [b.strip() for b in source.body.split("\n\n") if b.strip()]
    heading = _MD_HEADING.match(blocks[0]) if blocks else None
    if heading:
        return CleanText(headline=heading.group(1), headline_line=source.body_line,
                         paragraphs=tuple(blocks[1:]))
    return CleanText(paragraphs=tuple(blocks))


def validate_front_matter(source: Source) -> FrontMatter:
    """Check every front matter key and value of a source; raise BuildError listing every problem."""
    values, lines = dict(source.metadata), dict(source.metadata_lines)
    problems = []
    for key, value in values.items():
        line = lines.get(key)
        try:
            values[key] = _check(key, value)
        except ValueError as error:
            problems.append(Problem(source.path, f"'{key}': {error}", line))
    if problems:
        raise BuildError(problems)
    return FrontMatter(values, lines)


def _check(key: str, value: object) -> object:
    if key not in FRONT_MATTER_KEYS:
        raise ValueError(f"unknown key (known keys: {', '.join(FRONT_MATTER_KEYS)})")
    if key in _LIST_KEYS:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ValueError("must be plain text or a list of plain text items, e.g. [\"A. Name\", \"B. Name\"]")
        return tuple(i.strip() for i in items if i.strip())
    if not isinstance(value, str):
        raise ValueError("must be plain text, not a list or mapping")
    if key == "title_is_editorial":
        if value.lower() not in ("true", "false"):
            raise ValueError(f"must be true or false (in any case), got {value!r}")
        return value.lower() == "true"
    if key == "date":
        return parse_date(value)
    if key == "slug":
        return validate_slug(value)
    if key == "title" and not value.strip():
        raise ValueError("must not be empty (write the headline, or remove the key)")
    return value.strip()


def pick_field(key: str, meta: FrontMatter, inferred: object, origin: str, detail: str,
               provenance: list[Provenance]) -> object:
    """Take the front matter value if there is one, else the inferred one; record which."""
    if key in meta.values:
        provenance.append(Provenance(key, "front matter", f"line {meta.lines[key]}"))
        return meta.values[key]
    if inferred:
        provenance.append(Provenance(key, origin, detail))
    else:
        provenance.append(Provenance(key, "missing", "not in front matter, not found in the text"))
    return inferred


def _title(source: Source, meta: FrontMatter, found: CleanText, provenance: list[Provenance],
           warnings: list[Problem]) -> tuple[str, bool]:
    if "title" in meta.values:
        provenance.append(Provenance("title", "front matter", f"line {meta.lines['title']}"))
        return str(meta.values["title"]), bool(meta.values.get("title_is_editorial", False))
    if found.headline:
        provenance.append(Provenance("title", "inferred", f"headline, line {found.headline_line}"))
        return found.headline, bool(meta.values.get("title_is_editorial", False))
    warnings.append(Problem(source.path, "no title: no front matter `title:` and no headline line "
                                         "(add `title:` to the front matter)"))
    provenance.append(Provenance("title", "inferred", "no headline in the text; opening words "
                                                      "of the first paragraph"))
    return _fallback_title(found, source), True


def _fallback_title(found: CleanText, source: Source) -> str:
    words = found.paragraphs[0].split() if found.paragraphs else source.name.rsplit(".", 1)[0].split()
    return " ".join(words[:12]).rstrip(",;:") + ("…" if len(words) > 12 else "")


def _date(source: Source, meta: FrontMatter, found: CleanText, provenance: list[Provenance],
          warnings: list[Problem]) -> PartialDate | None:
    if "date" in meta.values:
        provenance.append(Provenance("date", "front matter", f"line {meta.lines['date']}"))
        return meta.values["date"]
    if found.header_date:
        provenance.append(Provenance("date", "scraper header", f"' date {found.header_date}' on the "
                                                               f"first line of the body"))
        return parse_date(found.header_date)
    if found.stated_date:
        date, _, detail = found.stated_date
        provenance.append(Provenance("date", "inferred", detail))
        return date
    if found.caption_date:
        date, line = found.caption_date
        provenance.append(Provenance("date", "inferred", f"photo caption, line {line} "
                                                         "(the photo's date; publication may be later)"))
        return date
    named = _named_date(source.name)
    if named is not None:
        # "2024-02-03-trishuli-times-….txt": the user's own date for the article, as a static site's post is named
        provenance.append(Provenance("date", "file name", f"'{source.name[:10]}' opening the file name"))
        return named
    detail = "no date in front matter or text"
    if found.undated_caption:
        text, line = found.undated_caption
        detail = f"the caption on line {line} says '{text}' but gives no year, so it was not used"
    provenance.append(Provenance("date", "missing", detail))
    warnings.append(Problem(source.path, f"undated: {detail} (add `date: YYYY-MM-DD` to the front matter)"))
    return None


def _named_date(name: str) -> PartialDate | None:
    """Return the date a file's name opens with ("2024-02-03-slug.txt"), or None."""
    found = _NAMED_DATE.match(name)
    if found is None:
        return None
    try:
        return parse_date(found.group(1))
    except ValueError:  # "2024-02-30-…"
        return None


_NAMED_DATE = re.compile(r"((?:19|20)\d\d-\d\d-\d\d)(?=[-_. ])")


def _publication(meta: FrontMatter, found: CleanText, provenance: list[Provenance]) -> str:
    name, detail = found.publication or ("", "")
    return str(pick_field("publication", meta, name, "inferred", detail, provenance))


def _wire(found: CleanText, provenance: list[Provenance]) -> str:
    if found.wire:
        provenance.append(Provenance("wire", "inferred", f"{found.wire}, credited in the dateline or byline"))
    return found.wire


def _inferred_authors(found: CleanText) -> tuple[tuple[str, ...], str, str]:
    outlet = found.publication[0] if found.publication else ""
    authors = tuple(a for a in found.authors if not _names_the_paper(a, outlet))
    if authors:
        return authors, "inferred", found.authors_detail
    if found.author_hint:
        name, line = found.author_hint
        return (name,), "inferred", f"'Follow … on' plug, line {line}"
    return (), "", ""


def _names_the_paper(author: str, outlet: str) -> bool:
    """Tell whether a byline's name is the paper's desk, no one's: words of the paper's name and of a desk's ("By Horn
    Dispatch Reporter" under "HORN DISPATCH", "By Herald Reporters" in The Coastal Herald)."""
    paper = set(outlet.casefold().split())
    words = author.casefold().split()
    return bool(paper) and any(w in paper for w in words) and all(w in paper or w in _DESK_WORDS for w in words)


_DESK_WORDS = frozenset({"reporter", "reporters", "correspondent", "correspondents", "staff", "desk", "team", "writer",
                         "writers", "the"})


def article_slug(source: Source, meta: FrontMatter, title: str, date: PartialDate | None,
                 provenance: list[Provenance]) -> str:
    """Return the front matter's slug, else one made from the date and title; record which."""
    if "slug" in meta.values:
        provenance.append(Provenance("slug", "front matter", f"line {meta.lines['slug']}"))
        return str(meta.values["slug"])
    slug = make_slug(title, date.iso() if date else "", fallback=source.name.rsplit(".", 1)[0])
    if "title" in meta.values or source.kind != "txt":
        provenance.append(Provenance("slug", "inferred", "date and title"))
        return slug
    # A title read from raw text may be misread the same way in two files: a short code from the
    # file name keeps their pages apart, so the build never fails on it.
    provenance.append(Provenance("slug", "inferred", "date, title read from the text, and a code from the file name"))
    return f"{slug}-{hashlib.sha256(source.name.encode()).hexdigest()[:4]}"
