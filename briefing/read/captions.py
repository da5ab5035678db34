"""Photo captions and credits: a caption line, its credit, and its repeated copy become one figure."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.records import Caption

_ARTEFACT = re.compile(r"(?:^|\s)\?\?(?=\s|$)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
AP_CAPTION = re.compile(rf",\s+{_WEEKDAY},\s+(?P<date>{_MONTH}\s+\d{{1,2}},\s+\d{{4}})\.$")
GETTY_CAPTION = re.compile(r"^(?P<place>[A-Z][A-Z .,'’-]+?) - (?P<month>[A-Z]+) (?P<day>\d{1,2}): (?P<text>.+)$")
_INLINE_CREDIT = re.compile(r"^[—–-]\s*(?P<credit>[A-Z][A-Z ]*PHOTO)\s+(?P<text>.+)$")
_AGENCY = (r"(?:AP|AFP|EFE|EPA|Reuters|REUTERS|Getty Images|Getty|Bloomberg|Xinhua|Anadolu|dpa|Shutterstock|Sipa|ANSA|"
           r"Yonhap|Kyodo|Newsis|News1)")
_CREDITED = (
    # "… Photograph: Name/Agency", "… Photo by Name", "… Foto: Name", "… File | Photo Credit: Name"
    re.compile(r"^(?P<text>.+?[.!?”\"’)])?\s*(?:[—–]\s*)?(?P<credit>(?:File\s*\|\s*|(?-i:[A-Z][A-Za-z]{1,15})\s+)?(?:Photograph|Photo|Photos|Picture|Image|"
               r"Illustration|Foto|Fotografía|Credit|Crédito|Copyright|©|Ảnh|Bild|Kuva|Zdjęcie|Fotó)(?:\s+credit)?(?:\s+by)?\s*:?\s+[^.]{2,90}?)\.?$",
               re.I),
    # "… (Name/Agency)", "… (AP Photo/Name)"
    re.compile(r"^(?P<text>.+?)\s*\((?P<credit>[^()]{2,60}/[^()]{2,60})\)\.?$"),
    # "… April 7, 2026. Agency/Name Purchase Licensing Rights, opens new tab": a wire's photo and its licensing link
    re.compile(r"^(?P<text>.+?[.!?])\s+(?P<credit>[A-Z][^.]{1,60}?/[^.]{2,60}?)\s+Purchase Licensing Rights"
               r"(?:,\s*opens new tab)?\.?$"),
    # "… abbandonati da decenni (foto Ansa)", "… davanti all'ospedale (Archivio L'Unione Sarda)"
    re.compile(r"^(?P<text>.+?)\s*\((?P<credit>(?i:foto|photo|archivio|archivo|archiv|archives|arquivo)\s+[A-Z][^()]{1,40})\)\.?$"),
    # "… on Thursday. (Yonhap)", "… on Tuesday night (File image)", "… in Hadapsar on Thursday. (HT PHOTO)"
    re.compile(rf"^(?P<text>.+?)\s*\((?P<credit>{_AGENCY}|(?i:file (?:image|photo|picture))|[A-Z]{{2,6}} PHOTO)\)\.?$"),
    # "… last week.Credit...Name for The New York Times": the credit fused to the caption
    re.compile(r"^(?P<text>.+?[.!?”])\s*(?P<credit>Credit\s*(?:\.\.\.|…|:)\s*\S.{1,80})$"),
    # "… (ABC Wide Bay: Name)": a desk and a photographer
    re.compile(r"^(?P<text>.+?[.!?]?)\s*\((?P<credit>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}:\s*[A-Z][\w.'’-]+"
               r"(?: [A-Z][\w.'’-]+){1,3})\)\.?$"),
    # "… , le 2 juin 2025. JOANA SILVA / AFP": a photographer's name in capitals and the agency
    re.compile(rf"^(?P<text>.+?[.!?])\s+(?P<credit>[A-ZÀ-Ý][A-ZÀ-Ý.'’-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý.'’-]+){{1,3}}\s*/\s*"
               rf"(?:{_AGENCY}|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{0,2}}))$"),
    # "… Akita Prefecture on Monday. | Kyodo" (The Japan Times); "… waiting for a ferry to Laxmipur | Dhaka Tribune":
    # without the full stop, only after a caption's many words (a headline may end "| Site")
    re.compile(r"^(?P<text>.+?[.!?])\s*\|\s*(?P<credit>[A-Z][^|]{1,60})$"),
    re.compile(r"^(?P<text>(?:\S+\s+){14,}?\S*\w)\s+\|\s+(?P<credit>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})$"),
    # "… en una imagen de archivo (Marta Riera)": a photographer's name in parentheses, after no full stop
    re.compile(r"^(?P<text>.+[^\W\d_])\s+\((?P<credit>[A-ZÀ-Ý][a-zß-ÿ'’-]+(?: [A-ZÀ-Ý][a-zß-ÿ'’-]+){1,2})\)$"),
    # "… (Photo: Name)", "… (Image by Agency)"
    re.compile(r"^(?P<text>.+?)\s*\((?P<credit>(?:Photograph|Photo|Picture|Image|Illustration|Foto|Credit|Crédito|Fot\.|Ảnh|Bild|"
               r"Zdroj|Source|Fuente|Fonte|Quelle|Forrás|Izvor|Kuva)"
               r"(?:\s+by\s+|\s*:\s*|(?<=\.)\s+)[^()]{2,60})\)\.?$", re.I),
    # "… © Agency", "… Name, CC BY-ND": a copyright sign or a Creative Commons licence ends a caption
    re.compile(r"^(?P<text>.+?)\s+(?P<credit>©\s*[^©]{2,60})$"),
    re.compile(r"^(?P<text>.+?[.!?])\s+(?P<credit>(?:[\w .'’-]{2,40},\s*)?CC(?:0| BY(?:-[A-Z]{2})*(?: \d\.\d)?))$"),
    # "… [File: Name/Agency]", "[Name/Agency]"
    re.compile(r"^(?P<text>.+?)\s*\[(?P<credit>(?:File:?\s*)?[^\]/]{0,50}/[^\]]{2,50})\]\.?$"),
    # "… le 8 mai 2025. Photo R. H.-K.": "Photo" and a name or its initials, with no colon
    re.compile(r"^(?P<text>.+?[.!?])\s+(?P<credit>(?:Photo|Foto|Fot\.)\s+"
               r"[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,3})$"),
    # "… in February. Peter Lindqvist for The Boston Globe": a photographer shooting for the paper, in parentheses too
    re.compile(r"^(?P<text>.+?[.!?])\s+(?P<open>\()?(?P<credit>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} "
               r"(?:for|para|pour|für) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})(?(open)\))$"),
    # "… REUTERS/Name/File Photo", "… AFP via Getty Images", "… Friday night. Jamie Kowalczyk/Getty Images",
    # "… March 14, 2022. Austral Newswire/Daniel Cho/File Photo" (an agency the reader does not know),
    # "… in northeastern Wisconsin. Carla Benning / Inside Climate News"
    re.compile(rf"^(?P<text>.+?[.!?])\s+(?P<credit>(?:{_AGENCY})(?:/[\w .'’-]+)+|[\w .'’/-]{{2,50}} via (?:Getty Images|{_AGENCY})"
               rf"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,3}}"
               rf"(?: ?/ ?(?:{_AGENCY}|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{0,3}}))+)\.?$"),
)
_LABELLED = re.compile(r"^\(?(?:image caption|caption|pictured|pie de foto|file photo|foto de archivo|banner image|featured image|"
                       r"top image|cover image|main image|borítókép|titulní foto|imagine principală)\s*[,:-]?\s*(?P<text>\S.+?)\)?$", re.I)
_PHOTO_LABEL = re.compile(r"^(?:photo|photograph|image|picture|foto)\s*:\s*(?P<text>\S+(?:\s+\S+){4,})$", re.I)
"""A photo's label and a colon before what the photo shows, of five words or more ("Photo: Boats from both fleets tie
up at the wharf at dusk."); not a credit ("Photo: Jane Doe/Agency", "Photo: Lotte Brink for Lowlands Courier")."""
_BRACKET_LABEL = re.compile(r"^\[(?:(?:photo|photograph|image|picture|foto|graphic)(?:\s+caption)?|caption)"
                            r"(?:\s+\d+\s+of\s+\d+)?(?:\]\s*(?=\S)|\s*:\s*(?P<inner>\S.*)\]$)", re.I)
"""A caption's label in brackets where the page showed the picture ("[Photo] …", "[Image 1 of 2] …" of a
gallery), or the whole caption in them ("[Image: …]", "[Photo caption: …]")."""
_PHOTO_WORDS = r"(?:image|photo|picture) credits?|photo|photograph|image|imagen|imagem|immagine|fotografía|fotografia|foto|credit|image source|kuva|bild|billede|fotó|zdjęcie|ảnh|fotografija|nuotr\.?|snímka|resim|снимка|фото"
""""Photo" in the languages whose credit lines the reader knows: "Kuva: Name / Yle", "Foto: Name"."""
_CREDIT_LINE = re.compile(rf"^(?:(?:{_PHOTO_WORDS})\s*(?:by|:|,)?\s*)?"
                          rf"(?:[\w .,'’-]{{2,40}}/)+[\w .,'’-]{{2,40}}$|^(?:{_PHOTO_WORDS})"
                          rf"\s*(?:by|:|,)\s*.{{2,60}}$|.{{0,40}}\b{_AGENCY}\b.{{0,20}}$"
                          r"|^(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) (?:for|para) [\w .'’/-]{2,40}$"
                          r"|^(?:foto|photo|fotografia|kuva|bild|fot\.)\s+(?-i:[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){1,3})$"
                          r"|^(?:foto|photo|fot\.)\s+\S{1,12}\s+[–—-]\s+(?-i:[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){1,3})$"
                          r"|^©\s*[\w .,'’-]{2,40}/[\w .,'’-]{2,40}$"
                          r"|^(?:permission granted by|(?:photo )?courtesy(?: of)?|cortes[íi]a(?: de)?)\s+\S.{1,60}$"
                          r"|^(?:[\w.'’-]+ ){0,3}(?:file|staff|handout|supplied|contributed) (?:photo|image|picture|photograph)$", re.I)
PHOTO_COPYRIGHT = re.compile(r"^(?:©|(?i:copyright)\s*:)\s*(?:[^/©]{2,40}/[^/©]{2,40}|[^|©]{2,40}\|\s*(?!.*\b(?i:rights|reserved)\b)"
                             r"[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){1,3}|(?!.*\b(?:AS|ASA|AB|AG|SA|NV|BV|Oy|Ltd|Inc|GmbH|LLC|plc|"
                             r"Group|Media|Medien|Verlag|(?i:riproduzione|riservat[ao]|reserved|réservés|reservados|"
                             r"vorbehalten|rechte|droits|derechos|direitos))\b)[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){1,3})$")
"""A photo's credit in a copyright sign's form ("© DELFI / Josvydas Elinskas", "© Agency | Name", "© Tom Palmaers",
"Copyright: Jens Hellwig"), not a company's copyright line ("© Aftenposten AS") nor its rights ("© RIPRODUZIONE RISERVATA")."""
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")
CAPTION_MAX_CHARS = 1000
"""A longer line is no caption: the caption patterns are not tried on it."""
_LABELLED_CREDIT = re.compile(rf"^(?:{_PHOTO_WORDS})\s*(?:by\b|:)\s*\S", re.I)


_GLUED_CREDIT = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]+ [A-Z])")
"""A credit glued to its caption's last full stop, as a copied page joins them ("… last week.Craig F.
Walker/Globe Staff")."""


def read_caption(text: str, number: int) -> Caption | None:
    """Return the caption a line is (with its credit when the line carries one), or None."""
    if len(text) > CAPTION_MAX_CHARS:
        return None
    cleaned = _GLUED_CREDIT.sub(" ", " ".join(_ARTEFACT.sub(" ", text).split()))
    bracketed = _BRACKET_LABEL.match(cleaned)
    if bracketed:  # "[Photo] Police officers stand guard … APW/Stringer", "[Image: A tanker in Soweto. Photo: …]"
        inner = bracketed.group("inner") or cleaned[bracketed.end():]
        return read_caption(inner, number) or Caption(inner, "", number)
    inline = _INLINE_CREDIT.match(cleaned)
    if inline:
        return Caption(inline.group("text"), inline.group("credit"), number)
    if GETTY_CAPTION.match(cleaned) or (AP_CAPTION.search(cleaned) and len(cleaned.split()) < 60):
        return Caption(cleaned, "", number)
    labelled = _LABELLED.match(cleaned) or (None if is_credit_line(cleaned) else _PHOTO_LABEL.match(cleaned))
    if labelled:
        return read_caption(labelled.group("text"), number) or Caption(labelled.group("text"), "", number)
    for pattern in _CREDITED:
        match = pattern.match(cleaned)
        if match and match.group("text") and len(match.group("text").split()) >= 3 and _credit_like(match.group("credit")):
            return Caption(match.group("text").strip(), match.group("credit").strip(), number)
    return None


def is_credit_line(text: str, photo_credits: tuple[str, ...] = ()) -> bool:
    """Return True for a short line that only credits a photo ("Name/Agency", "Photo: Name")."""
    if len(text.split()) > 15 or (_SENTENCE_END.search(text) and not text.endswith(")")):
        return False
    agencies = _agencies(photo_credits)
    return (bool(_CREDIT_LINE.match(text) or PHOTO_COPYRIGHT.match(text))
            or (agencies is not None and agencies.search(text) is not None))


@lru_cache(maxsize=4)
def _agencies(photo_credits: tuple[str, ...]) -> re.Pattern[str] | None:
    """Return a pattern finding any of the photo agencies as whole words ("EPA", never the "epa" of "Nepal")."""
    if not photo_credits:
        return None
    names = sorted(photo_credits, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(name) for name in names)})(?!\w)", re.I)


def is_labelled_credit(text: str) -> bool:
    """Return True for a credit line that says it is one ("Photo: Name Outlet", "Foto: Name"): printed over
    its caption, as some outlets print it, it cannot be mistaken for the caption's last words."""
    return len(text.split()) <= 12 and _LABELLED_CREDIT.match(text) is not None and is_credit_line(text)


def same_caption(first: str, second: str) -> bool:
    """Return True when two caption texts are copies (one may carry the credit the other lacks)."""
    a, b = _key(first), _key(second)
    return bool(a) and bool(b) and (a == b or (len(a) > 30 and (b.startswith(a) or a.startswith(b))))


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", " ".join(_ARTEFACT.sub(" ", text).split()).casefold())


def _credit_like(credit: str) -> bool:
    words = credit.split()
    return 1 <= len(words) <= 12 and not credit.rstrip().endswith((",", ";"))
