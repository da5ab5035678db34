"""Read a saved page's metadata (JSON-LD, Open Graph, meta tags, byline), each value with where it came from.

Only what states first publication is a date: datePublished, article:published_time and their kin,
never a modified or saved date. A date is taken as the page wrote it (its own time zone): a page
published in the evening in California has a UTC timestamp on the next day.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from briefing.dates import PartialDate, parse_date
from briefing.read.page_names import is_site_name, people_in
from briefing.read.pubdates import choose_date, stamp_in
from briefing.read.sitename import readable_site_name

ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                           "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
                           "Report", "ScholarlyArticle", "LiveBlogPosting", "SocialMediaPosting"})
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datePublished", "parsely-pub-date",
                   "sailthru.date", "dc.date.issued", "DC.date.issued", "pubdate", "publishdate",
                   "cXenseParse:recs:publishtime")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "dateModified", "last-modified",
                  "parsely-updated", "sailthru.lastmodified", "dc.date.modified", "DC.date.modified")
_SITE_META = ("og:site_name", "application-name", "apple-mobile-web-app-title", "publisher")
_DATED_ELEMENTS = ("//time | //*[contains(@class, 'date') or contains(@class, 'Date') or contains(@class, 'time')"
                   " or contains(@class, 'published') or contains(@itemprop, 'date')]")
"""Elements that print a date for readers, by their tag or their class."""
_BYLINE_ELEMENTS = ("//*[@rel='author'] | //*[contains(@class, 'byline') or contains(@class, 'author') or "
                    "contains(@class, 'Author') or contains(@class, 'Contributor') or contains(@class, 'autore') or "
                    "contains(@class, 'auteur') or contains(@class, 'autor')]")
"""Elements marked as the byline or an author's, in English and in the class names of Italian, French,
Spanish, Portuguese and German sites ("autore_articolo", "auteur", "autor")."""
_POSTED_BY = re.compile(r"^(?:posted|published|written|words|story|text)\s+by\s+", re.I)
_STATED_MAX_CHARS = 160
_TEXT_WITH_A_YEAR = "//text()[re:test(., '(19|20)[0-9][0-9]')]"
_REGEXP = {"re": "http://exslt.org/regular-expressions"}
_DATE_LABEL = re.compile(r"^(?:date|datum|fecha|data|published|publié|publicado|veröffentlicht)\b", re.I)
_STORY_PARAGRAPH_WORDS = 25
"""A paragraph this long is the story's; the article's date is printed above it."""
_DATE_SEGMENT = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_URL_DAY = re.compile(r"/(\d{4})/(\d{1,2})/(\d{1,2})(?:/|$)")
_URL_LIKE = re.compile(r"^https?:|^www\.|^\d+$")
_UTC = re.compile(r"(?:Z|[+-]00:?00)$")
_UPDATE_CLASS = re.compile(r"updat|modif", re.I)
_PRINTED_DATE_CHARS = 60
"""A header's line that prints the date is this short; a longer one is a sentence that may name other days."""
_OFFSET = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?[+-]\d\d:?\d\d$")
_TITLE_SPLIT = re.compile(r"\s+[|–—-]\s+")


@dataclass(frozen=True, slots=True)
class Found:
    """One field read from a page and where it came from ("from og:site_name")."""

    value: object
    detail: str


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What a page's metadata says about the article; None where it says nothing usable."""

    title: Found | None
    dek: Found | None
    authors: Found | None
    date: Found | None
    publication: Found | None
    url: Found | None
    paywalled: tuple[str, ...] = ()
    """The classes of the elements the JSON-LD declares as the story's part behind the paywall (see _paywalled)."""


def read_page_meta(tree: HtmlElement, byline: Callable[[], str | None],
                   fallback_date: Callable[[], str | None]) -> PageMeta:
    """Read the metadata of a parsed page; byline and fallback_date make trafilatura's and htmldate's
    guesses, asked for only when the metadata says nothing."""
    metas = _meta_tags(tree)
    records = _own_records(list(_article_records(tree)), tree, metas)
    publication = _publication(records, metas)
    site_names = _site_names(publication, _ld_publisher(records), metas=metas)
    url = _url(tree, records, metas)
    return PageMeta(
        title=_title(tree, records, metas, site_names),
        dek=_first(_ld(records, "description"), _meta(metas, "og:description", "description", "twitter:description")),
        authors=_authors(tree, records, metas, byline, site_names),
        date=_date(tree, records, metas, fallback_date, url),
        publication=publication,
        url=url,
        paywalled=_paywalled(records))


def _article_records(tree: HtmlElement) -> Iterator[dict]:
    """Yield the JSON-LD objects of article types, from every script, @graph and list, their authors given by
    reference (`"author": [{"@id": "…#person"}]`, the Person elsewhere in the @graph) given in full."""
    scripts = tree.xpath('//script[@type="application/ld+json"]')
    items = [item for script in scripts for item in _flatten(_json(script.text))]
    nodes = {str(item["@id"]): item for item in items if "@id" in item and len(item) > 1}
    for item in items:
        if ARTICLE_TYPES & set(_types(item)):
            authors = item.get("author")
            listed = authors if isinstance(authors, list) else [authors] if authors else []
            yield {**item, "author": [nodes.get(str(a.get("@id")), a) if isinstance(a, dict) else a for a in listed]}


def _json(text: str | None) -> object:
    """Return the data of a JSON-LD script, or None when it is no JSON."""
    try:
        return json.loads(text or "")
    except ValueError:
        return None


_CLASS_SELECTOR = re.compile(r"^(?:[a-z]+)?\.(?P<name>[\w-]+)$", re.I)


def _paywalled(records: list[dict]) -> tuple[str, ...]:
    """Return the classes of the elements the page's JSON-LD declares as its story's part behind the paywall
    (`"hasPart": {"isAccessibleForFree": false, "cssSelector": ".paywall-locked"}`): story text a copy of the
    page holds, though the page hides it from screen readers until the reader pays."""
    parts = (part for record in records for part in _flatten(record.get("hasPart", [])))
    selectors = (str(part.get("cssSelector", "")) for part in parts if part.get("isAccessibleForFree") in (False, "False", "false"))
    return tuple(found.group("name") for selector in selectors for one in selector.split(",")
                 if (found := _CLASS_SELECTOR.match(one.strip())))


def _own_records(records: list[dict], tree: HtmlElement, metas: dict[str, str]) -> list[dict]:
    """Return the JSON-LD articles that are the page's own: when a page also describes other articles (a
    related story listed first), the ones whose headline is the page's <h1> or og:title, or whose address
    is the page's; all of them when none is told apart."""
    if len(records) < 2:
        return records
    headings = {_key(h.text_content()) for h in tree.xpath("//h1")} | {_key(metas.get("og:title", ""))}
    addresses = {metas.get("og:url", "")} | {link.get("href", "") for link in tree.xpath("//link[@rel='canonical']")}
    own = [r for r in records if _key(str(r.get("headline", ""))) in headings - {""}
           or str(r.get("url") or "") in addresses - {""}]
    return own or records


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _flatten(data: object) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity"):  # a WebPage often holds its article as mainEntity
            yield from _flatten(data.get(key, []))


def _types(item: dict) -> list[str]:
    kind = item.get("@type", [])
    return [kind] if isinstance(kind, str) else [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else []


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """Return the content of each <meta> by its property, name or itemprop (the first one wins)."""
    found: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = " ".join(meta.get("content", "").split())
        if key and content and key not in found:
            found[key] = content
    return found


def _ld(records: list[dict], key: str) -> Found | None:
    for record in records:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return Found(" ".join(value.split()), f"from the page's JSON-LD {key}")
    return None


def _meta(metas: dict[str, str], *keys: str) -> Found | None:
    return next((Found(metas[key], f"from the page's meta {key}") for key in keys if key in metas), None)


def _first(*candidates: Found | None) -> Found | None:
    return next((c for c in candidates if c is not None), None)


def _publication(records: list[dict], metas: dict[str, str]) -> Found | None:
    """Return the site's name: og:site_name is the name readers know; a JSON-LD publisher is
    sometimes the company behind it, so it comes second."""
    named = [_meta(metas, key) for key in _SITE_META if not _URL_LIKE.search(metas.get(key, ""))]
    found = _first(named[0], _ld_publisher(records), *named[1:])
    if found and found.detail.endswith("publisher"):  # "Deutsche Welle (www.dw.com)": drop the address
        found = Found(re.sub(r"\s*\([^)]*\)$", "", str(found.value)), found.detail)
    return Found(readable_site_name(str(found.value)), found.detail) if found else None


def _ld_publisher(records: list[dict]) -> Found | None:
    for record in records:
        publisher = record.get("publisher")
        publisher = publisher[0] if isinstance(publisher, list) and publisher else publisher
        name = publisher.get("name") if isinstance(publisher, dict) else publisher
        if isinstance(name, str) and name.strip() and not _URL_LIKE.search(name):
            return Found(" ".join(name.split()), "from the page's JSON-LD publisher")
    return None


def _site_names(*publications: Found | None, metas: dict[str, str]) -> tuple[str, ...]:
    """Return the names the site goes by (lower case): not authors, and trimmed off titles."""
    names = [str(found.value) for found in publications if found]
    names += [metas[key] for key in (*_SITE_META, "twitter:site") if key in metas]
    return tuple(n.casefold().lstrip("@") for n in names if n)


def _title(tree: HtmlElement, records: list[dict], metas: dict[str, str], sites: tuple[str, ...]) -> Found | None:
    found = _first(_ld(records, "headline"), _meta(metas, "og:title", "twitter:title"))
    social = _meta(metas, "og:title", "twitter:title")
    if found and social and _shortened(str(found.value), str(social.value)):
        found = social  # JSON-LD headlines are often cut at 110 characters with an ellipsis
    if found is None:
        heading = next((" ".join(h.text_content().split()) for h in tree.xpath("//h1")), "")
        title = " ".join((tree.findtext(".//title") or "").split())
        found = Found(heading, "from the page's first <h1>") if heading else \
            Found(title, "from the page's <title>") if title else None
    return Found(_without_site_suffix(str(found.value), sites), found.detail) if found else None


def _shortened(headline: str, longer: str) -> bool:
    stem = headline.rstrip(".…  ")
    return headline.endswith(("…", "...")) and len(longer) > len(stem) and longer.startswith(stem)


def _without_site_suffix(title: str, sites: tuple[str, ...]) -> str:
    """Drop trailing " | Site" and " | 19.01.2020" parts that pages add to their titles."""
    parts = _TITLE_SPLIT.split(title)
    while len(parts) > 1 and (_DATE_SEGMENT.match(parts[-1]) or is_site_name(parts[-1], sites)):
        parts.pop()
    return title[:len(" | ".join(parts))] if len(parts) > 1 else parts[0]


def _authors(tree: HtmlElement, records: list[dict], metas: dict[str, str], byline: Callable[[], str | None],
             sites: tuple[str, ...]) -> Found | None:
    for record in records:
        people = _people(record.get("author"), sites)
        if people:
            return Found(people, "from the page's JSON-LD author")
    for key in ("author", "article:author", "parsely-author", "sailthru.author", "byl", "dc.creator"):
        people = people_in(metas.get(key, ""), sites)
        if people:
            return Found(people, f"from the page's meta {key}")
    # The byline the article's header marks as one is surer than trafilatura's guess from the page's text.
    visible = _visible_byline(tree, sites)
    if visible:
        return visible
    people = people_in(byline() or "", sites)
    return Found(people, "from the byline in the page (trafilatura)") if people else None


def _visible_byline(tree: HtmlElement, sites: tuple[str, ...]) -> Found | None:
    """Read the names the article's header prints in an element marked as its byline or author ("Posted by
    <span class="author vcard">Dana Whitfield</span>"), as a reader sees them."""
    found: dict[str, int] = {}
    line = None
    for element in _in_header(tree, _BYLINE_ELEMENTS):
        if any(a.tag in ("figure", "figcaption") for a in element.iterancestors()):
            continue  # a photographer's credit
        if line is not None and element.getparent() is not line and line not in element.iterancestors():
            continue  # names of one byline share its line: "<p><span>A</span> y <span>B</span></p>"
        people = people_in(_POSTED_BY.sub("", " ".join(element.text_content().split())), sites)
        if people and line is None:
            line = element.getparent()
        for name in people:
            found.setdefault(name, element.sourceline or 0)
    if not found:
        return None
    # "Outi Kangasniemi HS": the byline's whole line, the paper's name after the name its own element gives.
    names = tuple(name for name in found if not any(name.startswith(other + " ") for other in found))
    return Found(names, f"from the byline the page shows, line {min(found.values())}")


def _people(value: object, sites: tuple[str, ...]) -> tuple[str, ...]:
    """Return the names of the Person entries of a JSON-LD author (organisations are not authors)."""
    entries = value if isinstance(value, list) else [value]
    names = [e if isinstance(e, str) else e.get("name") if isinstance(e, dict) and not _organisation(e) else None
             for e in entries]
    return tuple(n for name in names if isinstance(name, str) for n in people_in(name, sites))


def _organisation(entry: dict) -> bool:
    return any("Organization" in kind or kind in ("NewsMediaOrganization", "Corporation") for kind in _types(entry))


def _itemprop_dates(tree: HtmlElement) -> Iterator[Found]:
    for element in tree.xpath('//*[@itemprop="datePublished"][@datetime or @content]'):
        yield Found(element.get("datetime") or element.get("content"), "from the page's itemprop datePublished")


def _date(tree: HtmlElement, records: list[dict], metas: dict[str, str], fallback_date: Callable[[], str | None],
          url: Found | None) -> Found | None:
    candidates = [_ld(records, "datePublished"), *(_meta(metas, key) for key in _PUBLISHED_META),
                  *_itemprop_dates(tree)]
    for found in candidates:
        date = _parsed(found)
        if found and date:
            utc = _UTC.search(str(found.value))
            local = utc and (_with_local_offset(candidates) or _same_instant_with_offset(str(found.value), metas, tree, found))
            return local or _local_day(date, str(found.value), url, tree)
    # The date the article's header prints beats htmldate's guess, which may be a related story's inside the article.
    visible = _visible_date(tree) or _header_time(tree)
    if visible:
        return visible
    fallback = _parsed(Found(fallback_date() or "", "from htmldate's search of the page's markup for its original date"))
    # htmldate falls back on an updated date when the page states no other: that is no publication date.
    if fallback and fallback.value not in _modified_dates(tree, records, metas) and _stated_for_the_article(tree, fallback.value):
        return fallback
    return None


def _stated_for_the_article(tree: HtmlElement, date: object) -> bool:
    """Tell whether the page states a date where it dates the article: in its title, or in an element of
    the article (see _article_part) that is in no aside or menu, not an update, and
    in a list only under a label ("Date 19.01.2020"). htmldate takes the first date any element marked as
    a date holds: a masthead's day, a related story's, an update's, which date nothing."""
    in_article = _article_part(tree, _document_order(tree))
    for element in dict.fromkeys(_holder(node) for node in tree.xpath(_TEXT_WITH_A_YEAR, namespaces=_REGEXP)):
        text = " ".join(element.text_content().split()) if element.tag not in ("script", "style") else ""
        stamp = stamp_in(text, 0) if len(text) <= _STATED_MAX_CHARS else None
        mentions = [m for m in stamp.mentions if date in m.candidates and not m.updated] if stamp else []
        if not mentions:
            continue
        if element.tag == "title":
            return True
        ancestors = {a.tag for a in element.iterancestors()}
        listed = "li" in ancestors and not (mentions[0].published or _DATE_LABEL.match(text))
        if in_article(element) and not {"aside", "nav"} & ancestors and not listed:
            return True
    return False


def _holder(node: object) -> HtmlElement:
    """Return the element a text node of the page belongs to (a tail belongs to its element's parent)."""
    element = node.getparent()  # type: ignore[attr-defined]
    return element.getparent() if node.is_tail and element.getparent() is not None else element  # type: ignore[attr-defined]


def _visible_date(tree: HtmlElement) -> Found | None:
    """Read the date the article's header prints for readers in an element marked as a date ("3 de marzo de
    2024 - 21:04 h"), as the raw-text reader reads a date stamp: published before plain, never an update
    alone, never a guess."""
    return _header_stamp(tree, _DATED_ELEMENTS, "from the date the page shows")


def _header_time(tree: HtmlElement) -> Found | None:
    """Read the machine date of the article header's <time datetime> ("29.1. 14:05" printed, no year), unless the
    element says it is an update."""
    for element in _in_header(tree, "//time[@datetime]"):
        text = " ".join(element.text_content().split())
        stamp = stamp_in(text, 0)
        if (stamp and any(m.updated for m in stamp.mentions)) or _UPDATE_CLASS.search(element.get("class") or ""):
            continue
        found = _parsed(Found(element.get("datetime", ""), "from the <time> element of the article's header"))
        if found:
            return found
    return None


def _printed_in_header(tree: HtmlElement) -> Found | None:
    """Read the date printed on a short line of the article's header in an element of no telling class
    ("<span>9 de enero de 2025, 9:30 p. m.</span>"): a check of a UTC timestamp's day, never a date alone."""
    return _header_stamp(tree, "//span | //div | //p | //small", "from the date the page prints", _PRINTED_DATE_CHARS)


def _header_stamp(tree: HtmlElement, xpath: str, detail: str, max_chars: int | None = None) -> Found | None:
    """Read the date stamps of the header's elements xpath finds (each at most max_chars long) as the raw-text
    reader reads them: published before plain, never an update alone, never a guess."""
    lines = ((element, " ".join(element.text_content().split())) for element in _in_header(tree, xpath))
    stamps = [stamp for element, text in lines if (max_chars is None or len(text) <= max_chars)
              and (stamp := stamp_in(text, element.sourceline or 0))]
    choice = choose_date(tuple(stamps))
    if choice.date is None or choice.detail.startswith("update stamp"):
        return None
    return Found(choice.date, f"{detail}: {choice.detail}")


def _in_header(tree: HtmlElement, xpath: str) -> list[HtmlElement]:
    """Return the elements xpath finds in the article's header: inside the article, above its first paragraph
    of story, and in no list, aside or menu (a masthead prints today's date; related stories their own)."""
    order = _document_order(tree)
    in_article = _article_part(tree, order)
    story = next((order[p] for p in tree.iter("p") if len(p.text_content().split()) >= _STORY_PARAGRAPH_WORDS
                  and in_article(p)), len(order))
    return [element for element in tree.xpath(xpath) if order[element] < story and in_article(element)
            and not any(a.tag in ("li", "aside", "nav") for a in element.iterancestors())]


def _document_order(tree: HtmlElement) -> dict[HtmlElement, int]:
    return {element: index for index, element in enumerate(tree.iter())}


def _article_part(tree: HtmlElement, order: dict[HtmlElement, int]) -> Callable[[HtmlElement], bool]:
    """Return a test for the elements of the page's article: inside its <article> or <main>, or, on a page that
    marks neither, below its headline (<h1>), since what is above is the masthead, which prints today's date.
    A page with neither has no part known to be the article's."""
    if tree.xpath("//article | //main"):
        return lambda element: any(a.tag in ("article", "main") for a in element.iterancestors())
    headline = next(tree.iter("h1"), None)
    start = order[headline] if headline is not None else len(order)
    return lambda element: order.get(element, -1) > start


def _modified_dates(tree: HtmlElement, records: list[dict], metas: dict[str, str]) -> set[PartialDate]:
    """Return every day the page says it was modified or updated on."""
    stated = [_ld(records, "dateModified"), *(_meta(metas, key) for key in _MODIFIED_META),
              *(Found(e.get("datetime") or e.get("content"), "") for e in
                tree.xpath('//*[@itemprop="dateModified"][@datetime or @content]'))]
    return {found.value for found in map(_parsed, stated) if found}


def _with_local_offset(candidates: list[Found | None]) -> Found | None:
    """Return the first of the page's timestamps that states its time zone's offset ("2025-04-16T06:00:00+08:00"):
    its day is the one the site published on, where a timestamp in UTC may fall on the day before."""
    return next((date for found in candidates if found and _OFFSET.search(str(found.value)) and not _UTC.search(str(found.value))
                 and (date := _parsed(found))), None)


def _same_instant_with_offset(stamp: str, metas: dict[str, str], tree: HtmlElement, found: Found) -> Found | None:
    """Return the day of the same moment as a timestamp in UTC, where another of the page's timestamps (any
    meta, any <time datetime>) states it with the site's offset ("2025-02-05T21:15:00-05:00" for
    "2025-02-06T02:15:00Z"): the day the site published on. None when no other timestamp is that moment."""
    instant = _instant(stamp)
    if instant is None:
        return None
    for value in (*metas.values(), *tree.xpath("//time/@datetime")):
        other = str(value).strip()
        if _OFFSET.search(other) and not _UTC.search(other) and _instant(other) == instant:
            local = dt.datetime.fromisoformat(other).date()
            return Found(PartialDate(local.year, local.month, local.day),
                         f"{found.detail}, {stamp} in UTC, the day of the same moment in the site's time zone ({other})")
    return None


def _instant(stamp: str) -> dt.datetime | None:
    """Return the moment a timestamp with a time zone states, in UTC, or None for any other text."""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(dt.timezone.utc).replace(microsecond=0) if moment.tzinfo else None


def _local_day(found: Found, stamp: str, url: Found | None, tree: HtmlElement) -> Found:
    """Prefer the day in the article's URL, or else the day its header prints, to a UTC timestamp's day when
    they are one day apart (either way): that day is the one the site published on, in its own time zone
    ("2024-05-31T23:30:00Z" on a page that prints "Saturday 01 June 2024 00:30 BST")."""
    if not _UTC.search(stamp):
        return found
    day = _URL_DAY.search(urlsplit(str(url.value)).path) if url else None
    if not day:
        printed = _visible_date(tree) or _printed_in_header(tree)
        if printed and abs(found.value.first_day() - printed.value.first_day()) == dt.timedelta(days=1):
            return Found(printed.value, f"{printed.detail}; {found.detail.removeprefix('from ')} says {stamp}, in UTC")
        return found
    try:
        local = dt.date(*map(int, day.groups()))
    except ValueError:
        return found
    if abs(found.value.first_day() - local) != dt.timedelta(days=1):
        return found
    return Found(PartialDate(local.year, local.month, local.day),
                 f"from the day in the page's URL; {found.detail.removeprefix('from ')} says {stamp}, in UTC")


def _parsed(found: Found | None) -> Found | None:
    if found is None:
        return None
    try:
        return Found(parse_date(str(found.value).strip()), found.detail)
    except ValueError:
        return None


def _url(tree: HtmlElement, records: list[dict], metas: dict[str, str]) -> Found | None:
    canonical = next((link.get("href", "").strip() for link in tree.xpath('//link[@rel="canonical"]')), "")
    candidates = [Found(canonical, "from the page's canonical link") if canonical else None,
                  _meta(metas, "og:url"), _ld(records, "url")]
    return next((c for c in candidates if c and urlsplit(str(c.value)).scheme in ("http", "https")), None)
