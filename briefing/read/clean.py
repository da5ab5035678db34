"""Turn raw scraped article text into headline, dek, byline, dateline, captions and paragraphs.

Every line of the body ends up somewhere: a paragraph, a caption, a recognised field, or the list
of removed lines with the reason, so nothing is lost silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.dates import PartialDate
from briefing.records import Caption, Removed

_HEADER_DATE = re.compile(r"^\s*date (\d{4}-\d{2}(?:-\d{2})?)\s+")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")
_BYLINE = re.compile(r"^(?:[-—–]\s*|By\s+)(?P<names>[A-Z][\w.'’ -]+(?:\s+(?:AND|and|&)\s+[A-Z][\w.'’ -]+)*)$")
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'’]+(?:[ ,]+[A-Z][A-Za-z.'’]+)*)\s+[—–]\s+(?P<rest>\S.*)$", re.S)
_ARTEFACT = re.compile(r"(?:^|\s)\?\?(?=\s|$)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_AP_CAPTION = re.compile(rf",\s+{_WEEKDAY},\s+(?P<date>{_MONTH}\s+\d{{1,2}},\s+\d{{4}})\.$")
_GETTY_CAPTION = re.compile(r"^(?P<place>[A-Z][A-Z .,'’-]+?) - (?P<month>[A-Z]+) (?P<day>\d{1,2}): (?P<text>.+)$")
_INLINE_CREDIT = re.compile(r"^[—–-]\s*(?P<credit>[A-Z][A-Z ]*PHOTO)\s+(?P<text>.+)$")
MONTH_NUMBERS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


@dataclass(frozen=True, slots=True)
class CleanRules:
    """The cleaner's data: junk lines, hint patterns, publications and photo agencies."""

    junk_lines: frozenset[str]
    junk_patterns: tuple[re.Pattern[str], ...]
    publication_patterns: tuple[re.Pattern[str], ...]
    publication_aliases: tuple[tuple[str, str], ...]
    author_patterns: tuple[re.Pattern[str], ...]
    publications: frozenset[str]
    photo_credits: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CleanText:
    """What the cleaner found in one body; line numbers are the file's own."""

    headline: str = ""
    headline_line: int = 0
    publication_line: str = ""
    dek: str = ""
    authors: tuple[str, ...] = ()
    byline_line: int = 0
    dateline: str = ""
    header_date: str = ""
    caption_date: tuple[PartialDate, int] | None = None
    undated_caption: tuple[str, int] | None = None
    publication_hint: tuple[str, int] | None = None
    author_hint: tuple[str, int] | None = None
    paragraphs: tuple[str, ...] = ()
    paragraph_lines: tuple[int, ...] = ()
    captions: tuple[Caption, ...] = ()
    removed: tuple[Removed, ...] = ()


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    text: str
    block: int


def rules_from_data(data: dict) -> CleanRules:
    """Compile the cleaning rules from their YAML data."""
    def compiled(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in data.get(key, ()))
    return CleanRules(
        junk_lines=frozenset(s.strip().casefold() for s in data.get("junk_lines", ())),
        junk_patterns=compiled("junk_patterns"),
        publication_patterns=compiled("publication_patterns"),
        publication_aliases=tuple((k, v) for k, v in data.get("publication_aliases", {}).items()),
        author_patterns=compiled("author_patterns"),
        publications=frozenset(s.casefold() for s in data.get("publications", ())),
        photo_credits=tuple(data.get("photo_credits", ())),
    )


def clean_text(body: str, first_line: int, rules: CleanRules) -> CleanText:
    """Split a raw scraped body into its parts; first_line is the file line the body starts on."""
    lines, header_date = _strip_header_date(_lines(body, first_line))
    state = _Cleaner(rules)
    if header_date:
        state.removed.append(Removed(first_line, f"date {header_date}", "scraper header, taken as the date"))
    for line in lines:
        state.take(line)
    return state.finish(header_date)


def _lines(body: str, first_line: int) -> list[_Line]:
    result, block, previous_blank = [], 0, True
    for offset, text in enumerate(body.split("\n")):
        if not text.strip():
            previous_blank = True
            continue
        block += previous_blank
        previous_blank = False
        result.append(_Line(first_line + offset, text, block))
    return result


def _strip_header_date(lines: list[_Line]) -> tuple[list[_Line], str]:
    if not lines:
        return lines, ""
    match = _HEADER_DATE.match(lines[0].text)
    if not match:
        return lines, ""
    first = _Line(lines[0].number, lines[0].text[match.end():], lines[0].block)
    return [first, *lines[1:]], match.group(1)


class _Cleaner:
    """Walks the lines once, top to bottom; the only mutable state lives here, per article."""

    def __init__(self, rules: CleanRules) -> None:
        self.rules = rules
        self.found: dict[str, object] = {}
        self.in_body = False
        self.blocks: list[tuple[int, list[str]]] = []
        self.captions: list[Caption] = []
        self.removed: list[Removed] = []
        self.last_block = -1

    def take(self, line: _Line) -> None:
        """Classify one line: junk, hint, top matter, caption or body text."""
        text = " ".join(line.text.split())
        if self._junk_or_hint(line, text) or self._caption(line, text):
            return
        if not self.in_body and self._top_matter(line, text):
            return
        self._body(line)

    def _junk_or_hint(self, line: _Line, text: str) -> bool:
        rules = self.rules
        if text.casefold() in rules.junk_lines or any(p.match(text) for p in rules.junk_patterns):
            self.removed.append(Removed(line.number, text, "site junk"))
            return True
        for key, patterns, reason in (("publication_hint", rules.publication_patterns, "publication note"),
                                      ("author_hint", rules.author_patterns, "social-media plug")):
            match = next((m for p in patterns if (m := p.match(text))), None)
            if match:
                value = match.group(1).strip()
                self.found.setdefault(key, (dict(rules.publication_aliases).get(value, value), line.number))
                self.removed.append(Removed(line.number, text, f"{reason}: {value}"))
                return True
        return False

    def _caption(self, line: _Line, text: str) -> bool:
        caption = _as_caption(text, line.number)
        if caption is None and self.captions and self._is_credit(text):
            last = self.captions[-1]
            if last.line >= line.number - 1 and not last.credit:
                self.captions[-1] = Caption(last.text, text, last.line)
                return True
        if caption is None:
            return False
        if any(c.text == caption.text for c in self.captions):
            self.removed.append(Removed(line.number, text, "duplicate photo caption"))
            return True
        self._note_caption_date(line, text)
        self.captions.append(caption)
        return True

    def _note_caption_date(self, line: _Line, text: str) -> None:
        ap = _AP_CAPTION.search(text)
        getty = _GETTY_CAPTION.match(text)
        if ap and "caption_date" not in self.found:
            self.found["caption_date"] = (_parse_written_date(ap.group("date")), line.number)
        elif getty and "undated_caption" not in self.found:
            self.found["undated_caption"] = (f"{getty.group('month')} {getty.group('day')}", line.number)

    def _is_credit(self, text: str) -> bool:
        return len(text.split()) <= 15 and not _SENTENCE_END.search(text) and any(
            agency.casefold() in text.casefold() for agency in self.rules.photo_credits)

    def _top_matter(self, line: _Line, text: str) -> bool:
        found = self.found
        if "headline" not in found and not found.get("publication_line") \
                and text.casefold() in self.rules.publications:
            found["publication_line"] = text
            self.removed.append(Removed(line.number, text, "publication name"))
            return True
        byline = _BYLINE.match(text)
        if byline and "byline" not in found:
            found["byline"] = (_authors(byline.group("names")), line.number)
            return True
        if _looks_like_body(text):
            return False
        if "headline" not in found:
            found["headline"] = (text, line.number)
            return True
        if text == found["headline"][0]:
            self.removed.append(Removed(line.number, text, "repeated headline"))
            return True
        if "dek" not in found:
            found["dek"] = text
            return True
        return False

    def _body(self, line: _Line) -> None:
        self.in_body = True
        if line.block == self.last_block and self.blocks:
            self.blocks[-1][1].append(line.text)
        else:
            self.blocks.append((line.number, [line.text]))
        self.last_block = line.block

    def finish(self, header_date: str) -> CleanText:
        """Assemble what was found into a CleanText."""
        found = self.found
        paragraphs = ["\n".join(lines) for _, lines in self.blocks]
        dateline = ""
        if paragraphs and (match := _DATELINE.match(paragraphs[0])):
            dateline, paragraphs[0] = match.group("place"), match.group("rest")
        headline, headline_line = found.get("headline", ("", 0))
        authors, byline_line = found.get("byline", ((), 0))
        return CleanText(
            headline=headline, headline_line=headline_line,
            publication_line=found.get("publication_line", ""), dek=found.get("dek", ""),
            authors=authors, byline_line=byline_line, dateline=dateline, header_date=header_date,
            caption_date=found.get("caption_date"), undated_caption=found.get("undated_caption"),
            publication_hint=found.get("publication_hint"), author_hint=found.get("author_hint"),
            paragraphs=tuple(paragraphs), paragraph_lines=tuple(n for n, _ in self.blocks),
            captions=tuple(self.captions), removed=tuple(self.removed))


def _looks_like_body(text: str) -> bool:
    """Body text ends like a sentence or runs long; headlines, deks and bylines do neither."""
    return bool(_SENTENCE_END.search(text)) or len(text.split()) > 25 or bool(_DATELINE.match(text))


def _as_caption(text: str, number: int) -> Caption | None:
    cleaned = " ".join(_ARTEFACT.sub(" ", text).split())
    inline = _INLINE_CREDIT.match(cleaned)
    if inline:
        return Caption(inline.group("text"), inline.group("credit"), number)
    if _GETTY_CAPTION.match(cleaned) or (_AP_CAPTION.search(cleaned) and len(cleaned.split()) < 60):
        return Caption(cleaned, "", number)
    return None


def _authors(names: str) -> tuple[str, ...]:
    parts = re.split(r"\s*(?:,|\bAND\b|\band\b|&)\s*", names.strip())
    return tuple(_name_case(p) for p in parts if p)


def _name_case(name: str) -> str:
    return name.title() if name.isupper() else name


def _parse_written_date(text: str) -> PartialDate:
    month_word, day, year = re.match(r"([A-Za-z]+)\.?\s+(\d{1,2}),\s+(\d{4})", text).groups()
    return PartialDate(int(year), MONTH_NUMBERS[month_word[:3].lower()], int(day))
