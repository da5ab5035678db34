"""Non-HTML outputs made from the records: articles.json, the data behind the site."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from briefing.errors import Problem
from briefing.extract.extraction import Extraction
from briefing.records import Article
from briefing.site.views import article_path


def articles_json(records: Iterable[str]) -> Iterator[str]:
    """Yield the lines of a JSON array of records (see article_json), one per line.

    One line per record keeps diffs readable, lets json's C encoder do the work (indenting falls
    back to the pure-Python encoder, about ten times slower on a large briefing) and lets the
    writer stream the file (16 MB for 10,000 articles) instead of holding it.
    """
    yield "["
    for index, record in enumerate(records):
        yield ("\n" if index == 0 else ",\n") + record
    yield "\n]\n"


def article_json(article: Article, found: Extraction) -> str:
    """Return one article's record in articles.json: its metadata and what was extracted, on one line."""
    return json.dumps({**_article_record(article), **_extraction_record(found)}, ensure_ascii=False)


def _extraction_record(found: Extraction) -> dict[str, object]:
    """The actors, quotes and dated events of one article, each citing its paragraph (#pN)."""
    return {
        "actors": list(dict.fromkeys(m.actor_key for m in found.actors)),
        "quotes": [{"text": q.text, "speaker": q.speaker_key, "paragraph": q.paragraph} for q in found.quotes],
        "events": [{"text": e.text, "date": e.iso, "precision": e.precision, "relative": e.relative,
                    "paragraph": e.paragraph} for e in found.events],
    }


def _article_record(article: Article) -> dict[str, object]:
    return {
        "source_file": article.source_file,
        "slug": article.slug,
        "title": article.title,
        "title_is_editorial": article.title_is_editorial,
        "date": article.date.iso() if article.date else None,
        "date_precision": article.date_precision,
        "publication": article.publication or None,
        "authors": list(article.authors),
        "dek": article.dek or None,
        "dateline": article.dateline or None,
        "path": article_path(article),
        "word_count": article.word_count,
        "reading_minutes": article.reading_minutes,
        "paragraphs": article.paragraph_count,
        "captions": [{"text": c.text, "credit": c.credit} for c in article.captions],
        "provenance": {p.field: {"origin": p.origin, "detail": p.detail} for p in article.provenance},
        "removed_lines": len(article.removed),
        # Named by file name, not by the path shown in messages, which depends on the working folder.
        "warnings": [str(Problem(article.source_file, w.message, w.line, w.column)) for w in article.warnings],
        **_saved_page_record(article),
    }


def _saved_page_record(article: Article) -> dict[str, object]:
    """The original's address and the saved images, for articles that have them (saved pages)."""
    record: dict[str, object] = {"source_url": article.source_url} if article.source_url else {}
    if article.figures:
        record["figures"] = [{"path": f.path, "caption": f.caption} for f in article.figures]
    return record
