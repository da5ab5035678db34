"""Make and check URL slugs: ASCII, lower case, hyphens, never a path."""

from __future__ import annotations

import hashlib
import posixpath
import re
import unicodedata

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SLUG_RULE = ("must be words of lower-case letters a-z and digits joined by single hyphens "
             "(no hyphen at the start or end, none doubled)")
"""What _SLUG accepts, said the way a message states it."""
MAX_WORDS_LENGTH = 60
_SPELLED = {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "đ": "d", "Đ": "D", "ł": "l",
            "Ł": "L", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "ı": "i", "ħ": "h"}
"""Letters that Unicode does not split into a base letter and a mark, spelled in ASCII ("rømt" -> "romt")."""
_UNDECOMPOSED = str.maketrans(_SPELLED)


SAME_LENGTH_LETTERS = {letter: ascii for letter, ascii in _SPELLED.items() if len(ascii) == 1}
"""Of those, the ones spelled by one letter: text folded by them keeps its offsets ("Đặng" and "Dang")."""


def ascii_words(text: str) -> str:
    """Return text as lower-case ASCII words joined by hyphens, however long ("" when nothing is left)."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower().replace("'", "").replace("’", "")).strip("-")


def slugify(text: str) -> str:
    """Return text as lower-case ASCII words joined by hyphens, shortened at a word ("" when nothing is left)."""
    words = ascii_words(text)
    if len(words) > MAX_WORDS_LENGTH:
        words = words[:MAX_WORDS_LENGTH].rsplit("-", 1)[0]
    return words


def make_slug(title: str, prefix: str, *, fallback: str) -> str:
    """Return "prefix-title-words", falling back to the file name, then to a hash of it."""
    words = slugify(title) or slugify(fallback) or "article-" + hashlib.sha256(fallback.encode()).hexdigest()[:8]
    return slugify(prefix) + "-" + words if prefix else words


def validate_slug(value: str) -> str:
    """Return value if it is a safe slug; raise ValueError with a suggestion otherwise."""
    if _SLUG.match(value):
        return value
    suggestion = slugify(value)
    hint = f"e.g. {suggestion!r}" if suggestion else "e.g. 'venezuela-talks'"
    raise ValueError(f"{SLUG_RULE}, got {value!r} ({hint})")


def check_site_path(path: str) -> str:
    """Return path normalised if it stays inside the site folder; raise ValueError otherwise."""
    normal = posixpath.normpath(path)
    if normal != path or normal.startswith(("../", "/")) or normal in ("..", ".") or "\\" in path or "\x00" in path:
        raise ValueError(f"refusing to write {path!r}: a page path must be relative and plain, inside the "
                         "output folder (no '..', '.', '//', leading '/', '\\' or NUL)")
    return normal
