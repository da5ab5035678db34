"""The machine-readable files beside the pages: feed.xml (Atom), sitemap.xml and robots.txt.

Policies, so that builds stay reproducible and feeds stay stable:
- Time: an entry's `published` and `updated` are its date (the first day it can mean, at 00:00 UTC);
  the feed's `updated` is the newest article date. Only when no article is dated does the feed fall
  back to SOURCE_DATE_EPOCH, then to 1970-01-01. The wall clock is never read.
- Ids: `urn:uuid:` names derived from the site title (the feed) and each article's slug, never
  from URLs, so they are the same with or without --site-url and survive moving the site.
- Links: absolute when the site's address (site_url) is known; otherwise relative to feed.xml,
  which sits at the site root, and the `rel="self"` link is left out.
- sitemap.xml needs absolute URLs (sitemaps.org), so it is written only when site_url is known;
  robots.txt is always written and names the sitemap only then.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Mapping

from briefing import __version__
from briefing.errors import BuildError, Problem
from briefing.records import Article, Page, SiteConfig
from briefing.site.meta import absolute_url
from briefing.site.views import article_path, article_view
from briefing.stored import Body

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
FEED_ENTRIES = 50
"""The newest articles carried by the feed, each with its full text."""
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
# Characters XML 1.0 cannot carry at all, even escaped (U+FFFE, U+FFFF, surrogates, most C0
# controls): listed, not the complement of what it can carry, whose class takes 5 ms to compile.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def site_files(articles: tuple[Article, ...], bodies: Mapping[str, Body], pages: tuple[Page, ...],
               config: SiteConfig, *, fallback: dt.datetime = EPOCH) -> tuple[tuple[str, str], ...]:
    """Return (path, text) for feed.xml, robots.txt and, when site_url is known, sitemap.xml."""
    files = [("feed.xml", atom_feed(articles, bodies, config, fallback=fallback)),
             ("robots.txt", robots_txt(config.site_url))]
    if config.site_url:
        files.append(("sitemap.xml", sitemap_xml(pages, config.site_url)))
    return tuple(files)


def source_date(environ: Mapping[str, str]) -> dt.datetime:
    """Return SOURCE_DATE_EPOCH as a UTC time, or 1970-01-01 when it is not set."""
    value = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return EPOCH
    if not value.isdigit():
        raise BuildError([Problem("SOURCE_DATE_EPOCH", "must be a whole number of seconds since "
                                                       f"1970-01-01 UTC, got {value!r}")])
    return dt.datetime.fromtimestamp(int(value), tz=dt.timezone.utc)


def newest_first(articles: tuple[Article, ...]) -> tuple[Article, ...]:
    """Return articles newest first; undated ones last, in timeline order."""
    dated = [a for a in articles if a.date]
    dated.sort(key=lambda a: a.date.first_day(), reverse=True)  # type: ignore[union-attr]
    return (*dated, *(a for a in articles if not a.date))


def article_time(article: Article, fallback: dt.datetime) -> dt.datetime:
    """Return the moment an article is said to be published: its first day at 00:00 UTC."""
    if not article.date:
        return fallback
    return dt.datetime.combine(article.date.first_day(), dt.time(), tzinfo=dt.timezone.utc)


def atom_feed(articles: tuple[Article, ...], bodies: Mapping[str, Body], config: SiteConfig, *,
              fallback: dt.datetime = EPOCH) -> str:
    """Return the Atom feed (RFC 4287) of the newest articles, newest first, with full text."""
    dated = [article_time(a, fallback) for a in articles if a.date]
    updated = max(dated, default=fallback)
    namespace = feed_id(config.title)
    feed = ET.Element("feed", {"xmlns": ATOM, "{http://www.w3.org/XML/1998/namespace}lang": config.language})
    _text(feed, "id", namespace.urn)
    _text(feed, "title", config.title)
    _text(feed, "subtitle", config.description)
    _text(feed, "updated", _stamp(updated))
    ET.SubElement(feed, "link", rel="alternate", type="text/html", href=config.site_url or "./")
    if config.site_url:
        ET.SubElement(feed, "link", rel="self", type="application/atom+xml",
                      href=absolute_url(config.site_url, "feed.xml"))
    _text(ET.SubElement(feed, "author"), "name", config.title)
    _text(feed, "generator", "briefing").set("version", __version__)
    for article in newest_first(articles)[:FEED_ENTRIES]:
        feed.append(_entry(article, str(bodies.get(article.slug, "")), config, namespace,
                           article_time(article, updated)))
    return _serialise(feed)


def feed_id(title: str) -> uuid.UUID:
    """Return the feed's id; entry ids are derived from it and each article's slug."""
    return uuid.uuid5(uuid.NAMESPACE_URL, "briefing:feed:" + title)


def _entry(article: Article, body: str, config: SiteConfig, namespace: uuid.UUID,
           when: dt.datetime) -> ET.Element:
    entry = ET.Element("entry")
    _text(entry, "id", uuid.uuid5(namespace, article.slug).urn)
    _text(entry, "title", article.title)
    _text(entry, "updated", _stamp(when))
    if article.date:
        _text(entry, "published", _stamp(when))
    path = article_path(article)
    ET.SubElement(entry, "link", rel="alternate", type="text/html",
                  href=absolute_url(config.site_url, path) or path)
    for name in article.authors or ((article.publication,) if article.publication else ()):
        _text(ET.SubElement(entry, "author"), "name", name)
    for tag in article.tags:
        ET.SubElement(entry, "category", term=_clean(tag))
    summary = article_view(article).summary
    if summary:
        _text(entry, "summary", summary)
    _text(entry, "content", body).set("type", "html")
    return entry


def sitemap_xml(pages: tuple[Page, ...], site_url: str) -> str:
    """Return sitemap.xml listing every page a reader may land on (not the 404 page)."""
    urlset = ET.Element("urlset", xmlns=SITEMAP)
    for page in pages:
        if page.absolute_links:
            continue
        url = ET.SubElement(urlset, "url")
        _text(url, "loc", absolute_url(site_url, page.path))
        article = dict(page.context).get("article")
        date = getattr(article, "date_iso", "")
        if date:
            _text(url, "lastmod", date)
    return _serialise(urlset)


def robots_txt(site_url: str) -> str:
    """Return robots.txt allowing everything; it names the sitemap when the site's address is known.

    Crawlers read robots.txt only at a host's root, so on a project site (USER.github.io/REPO/)
    it is informative only.
    """
    lines = ["User-agent: *", "Allow: /"]
    if site_url:
        lines.append(f"Sitemap: {absolute_url(site_url, 'sitemap.xml')}")
    return "\n".join(lines) + "\n"


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    child = ET.SubElement(parent, tag)
    child.text = _clean(text)
    return child


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _serialise(root: ET.Element) -> str:
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
