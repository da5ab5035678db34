"""Helpers for the bad-input suite: run the CLI, fingerprint folders, find executable content in a site."""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import html5lib
from conftest import write_tree

from briefing.cli import main

ROOT = Path(__file__).resolve().parent.parent
DANGEROUS_TAGS = {"script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
                  "svg", "math", "link", "meta", "form", "input", "button", "textarea", "select",
                  "noscript", "template", "audio", "video", "source", "portal"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data",
                  "background", "cite", "longdesc", "ping", "manifest", "icon"}
_NOT_IN_URL = re.compile(r"[\x00-\x20\x7f]+")
_BAD_SCHEME = re.compile(r"^(?:javascript|vbscript|data|livescript|mocha|jar|blob|filesystem):", re.I)
SAFE_ID = re.compile(r"^[a-z0-9-]+$")


def run(capsys, *args: str) -> tuple[int, str, str]:
    """Run the command line in-process; return (exit code, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def failing_build(tmp_path: Path, capsys, files: dict[str, str | bytes]) -> tuple[str, str]:
    """Build files put in tmp_path/src; assert exit 1, no traceback and no output; return (src, stderr)."""
    src = write_tree(tmp_path / "src", files)
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    assert code == 1 and "Traceback" not in err
    assert not (tmp_path / "out").exists()
    return str(src), err


def snapshot(folder: Path) -> dict[str, str]:
    """Return {relative path: sha256, or "dir"/"link -> target"} for everything under folder."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[name] = f"link -> {path.readlink()}"
        elif path.is_dir():
            found[name] = "dir"
        else:
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def leftovers(parent: Path) -> list[str]:
    """Return the temporary build or swap folders left in parent (there must be none)."""
    return sorted(p.name for p in parent.iterdir()
                  if any(part in p.name for part in (".building-", ".old-", ".undo-", ".briefing-scratch-")))


def project_inline_code() -> set[str]:
    """Return the text of every inline <script>/<style> written in the project's own templates."""
    found: set[str] = set()
    for template in (ROOT / "templates").rglob("*"):
        if template.is_file():
            text = template.read_text(encoding="utf-8")
            found.update(m.strip() for m in re.findall(r"<(?:script|style)\b[^>]*>(.*?)</", text, re.S))
    return {text for text in found if text and "{{" not in text and "{%" not in text}


def executable_content(site: Path) -> list[str]:
    """Return "file: what" for everything in site that could run code or restyle the page."""
    own = project_inline_code()
    findings = []
    for path in sorted(site.rglob("*")):
        name = path.relative_to(site).as_posix()
        if name.startswith("static/") or not path.is_file():
            continue
        if path.suffix == ".html":
            findings += [f"{name}: {f}" for f in html_findings(path.read_text(encoding="utf-8"), name, site, own)]
        elif path.suffix in (".xml", ".atom", ".rss"):
            findings += [f"{name}: {f}" for f in feed_findings(path, site, own)]
    return findings


def html_findings(html: str, name: str, site: Path, own: set[str]) -> list[str]:
    """Return what is executable in one HTML document (scripts, handlers, bad URLs, frames)."""
    tree = html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=False)
    findings = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.split("}")[-1].lower()
        if tag in DANGEROUS_TAGS and not _project_element(tag, element, name, site, own):
            findings.append(f"<{tag} {dict(element.attrib)}>")
        for attribute, value in element.attrib.items():
            findings += _attribute_findings(tag, attribute.split("}")[-1].lower(), value)
    return findings


def _attribute_findings(tag: str, attribute: str, value: str) -> list[str]:
    if attribute.startswith("on"):
        return [f"<{tag} {attribute}={value!r}>: event handler"]
    if attribute in URL_ATTRIBUTES and _BAD_SCHEME.match(_NOT_IN_URL.sub("", value)):
        return [f"<{tag} {attribute}={value!r}>: executable URL"]
    if attribute == "style" and re.search(r"url\(|expression\(|javascript:|@import", value, re.I):
        return [f"<{tag} style={value!r}>: active style"]
    if attribute == "id" and (not value or re.search(r"[\s\"'<>`]", value)):
        return [f"<{tag} id={value!r}>: broken id"]
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and attribute == "id" and not SAFE_ID.match(value):
        return [f"<{tag} id={value!r}>: heading id outside [a-z0-9-]"]
    return []


def _project_element(tag: str, element, name: str, site: Path, own: set[str]) -> bool:
    """True for the project's own scripts, styles, forms and head elements (not content's)."""
    attributes = element.attrib
    text = (element.text or "").strip()
    if tag == "script":
        if attributes.get("src"):
            return not text and _inside_site(name, attributes["src"], site, "static/js/")
        if attributes.get("type") == "application/ld+json":
            return _is_json(text) and "<" not in text
        return text in own
    if tag == "style":
        return text in own
    if tag == "link":
        return attributes.get("rel", "") in ("stylesheet", "icon", "alternate", "canonical", "preload") \
            and not _BAD_SCHEME.match(_NOT_IN_URL.sub("", attributes.get("href", "")))
    if tag == "meta":
        return "http-equiv" not in attributes
    if tag in ("form", "input", "button", "select"):
        return _project_form_part(tag, attributes, name, site)
    if tag == "svg":  # an inline icon in a template: no script, no links, no foreign objects inside
        return not any(str(e.tag).split("}")[-1] in ("script", "a", "foreignObject", "use") for e in element.iter())
    if tag == "noscript":
        return True  # its content is parsed and checked like the rest of the page
    return False


def _project_form_part(tag: str, attributes: dict, name: str, site: Path) -> bool:
    """The site's own search and filter forms: typed controls, actions inside the site."""
    if tag == "form":
        return "action" not in attributes or _inside_site(name, attributes["action"], site, "")
    if tag == "select":
        return bool(attributes.get("id"))
    allowed = ("search", "checkbox", "radio") if tag == "input" else ("submit", "button", "reset")
    return attributes.get("type") in allowed


def _inside_site(page: str, link: str, site: Path, prefix: str) -> bool:
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or not parts.path:
        return False
    path = parts.path if not parts.path.startswith("/") else parts.path.lstrip("/").split("/", 1)[-1]
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path)) \
        if not parts.path.startswith("/") else path
    return target.startswith(prefix) and (site / target).is_file()


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def feed_findings(path: Path, site: Path, own: set[str]) -> list[str]:
    """Return what is executable in the HTML carried by a feed's entries (the XML must parse)."""
    root = ElementTree.parse(path).getroot()
    findings = []
    for element in root.iter():
        if element.get("type") in ("html", "xhtml", "text/html") and element.text:
            findings += html_findings(f"<!doctype html><body>{element.text}</body>", path.name, site, own)
    return findings
