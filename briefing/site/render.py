"""Render planned pages to strings with Jinja: autoescaped, and loud about undefined names."""

from __future__ import annotations

import hashlib
import posixpath
from pathlib import Path
from typing import Any, Callable, Iterable

from jinja2 import (
    BytecodeCache,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateRuntimeError,
    meta,
    nodes,
    pass_context,
    select_autoescape,
)
from jinja2.bccache import Bucket
from jinja2.runtime import Context
from markupsafe import Markup

from briefing import __version__
from briefing.errors import BuildError, Problem
from briefing.records import Page, SiteConfig
from briefing.site.meta import page_meta
from briefing.site.views import scope_ids
from briefing.stored import write_whole

_DIGEST = hashlib.sha256().digest_size
FRAGMENTS = "_fragments.html"
"""The template of the macros a page calls through the fragment filter (see Fragments)."""
FRAGMENT_FILTERS = ("fragment", "fragments")
"""The filters that call macros of FRAGMENTS: a template using one is made of that template too."""
# What a template's own expressions can raise ({{ 1 / 0 }}, {{ "a" + 1 }}, a macro calling itself).
_TEMPLATE_FAILURES = (TemplateError, ArithmeticError, LookupError, TypeError, ValueError, RecursionError)


def make_environment(templates: Path, compiled: Path | None = None) -> Environment:
    """Return the Jinja environment for a templates folder; compiled templates are kept in the
    folder compiled (if given) for the next build, keyed by their source."""
    env = Environment(loader=FileSystemLoader(str(templates)),
                      autoescape=select_autoescape(("html", "xml")),
                      undefined=StrictUndefined, keep_trailing_newline=True,
                      trim_blocks=True, lstrip_blocks=True,
                      bytecode_cache=_compiled_templates(compiled),
                      # One build, one version of each template (a build makes its own environment):
                      # not four stat() calls a page to see whether its templates changed meanwhile.
                      auto_reload=False)
    env.filters["scoped_ids"] = scope_ids
    env.filters["url"] = _url_filter
    fragments = env.filters["fragment"] = Fragments(env)
    env.filters["fragments"] = fragments.linked
    return env


@pass_context
def _url_filter(context: Context, target: str) -> str:
    """`{{ path|url }}`: the page's url(path), as a filter. Jinja calls a filter directly, but a
    function through its context's checks: a large actor page makes thousands of links."""
    return context["url"](target)


class Fragments:
    """`{{ item|fragment("name", ...) }}`: the macro name of _fragments.html called with item (and
    the rest), rendered once per distinct arguments and reused by every page that shows the same
    item (an article is listed on the pages of dozens of actors). A filter, which Jinja calls
    directly: a function goes through its context's checks, for each of thousands of items.

    The macros are imported without a page's context, so their HTML depends on their arguments
    alone: a link comes in as an argument, already made relative to the page.
    """

    def __init__(self, env: Environment) -> None:
        self._env = env
        self._rendered: dict[tuple[object, ...], Markup] = {}

    def __call__(self, item: object, name: str, *args: object) -> Markup:
        key = (name, item, *args)
        html = self._rendered.get(key)
        if html is None:
            macro = getattr(self._env.get_template(FRAGMENTS).module, name, None)
            if macro is None:
                raise TemplateRuntimeError(f"{FRAGMENTS} has no macro {name!r}")
            html = self._rendered[key] = macro(item, *args)
        return html

    def linked(self, items: Iterable[Any], name: str, url: Callable[[str], str], separator: str) -> Markup:
        """`{{ items|fragments("name", url, separator) }}`: `item|fragment("name", item.path|url)` for
        each item, joined by separator (text of the template, like its own): one filter call for a
        listing of thousands, whose items Jinja would each call and escape again one by one."""
        # Every piece is Markup (a macro's output), so a plain join is as safe, without escaping each again.
        return Markup(separator.join([self(item, name, url(item.path)) for item in items]))


def _compiled_templates(folder: Path | None) -> CompiledTemplates | None:
    """Return the store of compiled templates in folder, or None when there is none or it cannot be made."""
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return CompiledTemplates(folder)


def compiled_folder(env: Environment) -> Path | None:
    """Return where env keeps compiled templates, for another process's environment to share."""
    return env.bytecode_cache.folder if isinstance(env.bytecode_cache, CompiledTemplates) else None


class CompiledTemplates(BytecodeCache):
    """Jinja's compiled templates, one file per template, so a build does not compile them again.

    Jinja recompiles a template whose source changed; each file also carries a SHA-256 of its
    bytes, so a damaged file is compiled again rather than run.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            data = (self.folder / bucket.key).read_bytes()
        except OSError:
            return
        digest, code = data[:_DIGEST], data[_DIGEST:]
        if hashlib.sha256(code).digest() == digest:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        code = bucket.bytecode_to_string()
        write_whole(self.folder / bucket.key, hashlib.sha256(code).digest() + code)


def template_closure(env: Environment, name: str,
                     parsed: dict[str, list[str | None] | None] | None = None) -> tuple[str, ...]:
    """Return the templates a page template is made of: itself and all it extends, includes or imports.

    Every template of the folder when one of them names another only at render time, or cannot be
    parsed (rendering reports that error, with its line). parsed, shared between calls, keeps what
    each template names (None: unparsable), so a template that many extend is parsed once. A
    template that uses the fragment filter is made of the fragments template too.
    """
    parsed = {} if parsed is None else parsed
    seen: set[str] = set()
    waiting = [name]
    while waiting:
        current = waiting.pop()
        if current in seen:
            continue
        seen.add(current)
        if current not in parsed:
            try:
                parsed[current] = _named_templates(env.parse(env.loader.get_source(env, current)[0]))
            except TemplateError:
                parsed[current] = None
        referenced = parsed[current]
        if referenced is None or None in referenced:
            return tuple(sorted(env.list_templates()))
        waiting.extend(ref for ref in referenced if ref is not None)
    return tuple(sorted(seen))


def _named_templates(template: nodes.Template) -> list[str | None]:
    """Return the templates a parsed template extends, includes or imports (None: one named only at
    render time), and the fragments template if it uses the fragment filter."""
    named = list(meta.find_referenced_templates(template))
    uses_fragments = any(used.name in FRAGMENT_FILTERS for used in template.find_all(nodes.Filter))
    return [*named, FRAGMENTS] if uses_fragments else named


def link_maker(page: Page, base_url: str) -> Callable[[str], str]:
    """Return url(target): a link from page to a site path, relative unless the page needs absolute."""
    if page.absolute_links:
        return lambda target: base_url + target
    here = posixpath.dirname(page.path)
    inside, up = here + "/", "../" * (here.count("/") + 1) if here else ""

    def url(target: str) -> str:
        # The common case, computed directly: relpath() costs more than rendering a page's text.
        if target and ".." not in target and not target.startswith("/"):
            return target[len(inside):] if here and target.startswith(inside) else up + target
        relative = posixpath.relpath(target or ".", here or ".")
        return relative + "/" if target.endswith("/") and relative != "." else relative
    return url


def render_page(env: Environment, page: Page, config: SiteConfig, *, extra: dict | None = None) -> str:
    """Render one page; a template error becomes a BuildError naming the template and line."""
    context = dict(page.context, page=page, site=config, version=__version__, meta=page_meta(page, config),
                   url=link_maker(page, config.base_url), **(extra or {}))
    try:
        return env.get_template(page.template).render(context)
    except _TEMPLATE_FAILURES as error:
        name, line = _template_position(error, page.template)
        what = (error.message or str(error)) if isinstance(error, TemplateError) \
            else f"{type(error).__name__}: {error}"
        raise BuildError([Problem(str(name), f"template error while rendering {page.path}: {what}",
                                  line)]) from None


def _template_position(error: BaseException, fallback: str) -> tuple[str, int | None]:
    """Find the template file and line an error came from (Jinja keeps them in the traceback)."""
    if getattr(error, "lineno", None):
        return getattr(error, "filename", None) or fallback, error.lineno
    traceback, position = error.__traceback__, (fallback, None)
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".xml")):
            position = (filename, traceback.tb_lineno)
        traceback = traceback.tb_next
    return position
