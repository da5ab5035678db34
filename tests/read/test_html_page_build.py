"""Saved pages in a real build: on the timeline, safe on their own page, images copied, cached like any article."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, build_site, tree_bytes
from hostile_helpers import executable_content

from briefing.build.cache import BuildCache
from briefing.build.prepare import Preparation, prepare_articles
from briefing.cli import main
from briefing.extract.extraction import load_gazetteer
from briefing.read.clean import rules_from_data
from briefing.read.load import (
    find_article_files,
    read_found_files,
    read_package_yaml,
)

PAGES = Path(__file__).resolve().parent / "pages"
ARTICLE = "articles/2021-06-14-harbour-cranes-return-to-eastport-after-a-decade.html"


def pages_folder(root: Path, *names: str) -> Path:
    """Copy fixture pages (with their _files folders) and one seed into a new articles folder."""
    source = root / "src"
    source.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], source)
    for name in names:
        shutil.copy(PAGES / name, source / name)
        folder = PAGES / (name.rsplit(".", 1)[0] + "_files")
        if folder.is_dir():
            shutil.copytree(folder, source / folder.name)
    return source


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, dict[str, bytes]]:
    """Three saved pages and a seed built once: (source, site, the source's bytes before the build)."""
    source = pages_folder(tmp_path_factory.mktemp("pages"), "harbour.html", "orchard.htm", "library.html")
    before = tree_bytes(source)
    return source, build_site(source, source.parent / "dist"), before


def test_pages_join_the_timeline_at_their_publication_dates(built):
    _, site, _ = built
    records = {r["source_file"]: r for r in json.loads((site / "articles.json").read_text(encoding="utf-8"))}
    assert records["harbour.html"]["date"] == "2021-06-14"
    assert records["orchard.htm"]["authors"] == ["Pieter Haanstra"]
    assert records["harbour.html"]["source_url"] == "https://www.northsea-courier.example/news/2021/06/14/harbour-cranes-return"
    assert records["harbour.html"]["figures"] == [{"path": "media/2021-06-14-harbour-cranes-return-to-eastport-after-a-decade/1.png",
                                                   "caption": "The last working crane at Eastport, photographed "
                                                              "before it was dismantled in 2011. Photo: Ida Brandt"}]
    assert "source_url" not in records["000_71a57cf315c00cf0.txt"]
    timeline = (site / "index.html").read_text(encoding="utf-8")
    assert timeline.index("Town library to open on Sundays") < timeline.index("Frost ruins the cherry harvest") \
        < timeline.index("Harbour cranes return to Eastport")


def test_the_article_page_shows_the_original_and_the_saved_photo(built):
    source, site, _ = built
    page = (site / ARTICLE).read_text(encoding="utf-8")
    assert ('Read the original at <a href="https://www.northsea-courier.example/news/2021/06/14/harbour-cranes-return" '
            'rel="noopener noreferrer nofollow">') in page
    assert '<img src="../media/2021-06-14-harbour-cranes-return-to-eastport-after-a-decade/1.png" alt="Cranes on a quay at dusk"' in page
    assert "<figcaption>The last working crane at Eastport" in page
    assert (site / "media/2021-06-14-harbour-cranes-return-to-eastport-after-a-decade/1.png").read_bytes() == \
        (source / "harbour_files/cranes.png").read_bytes()
    assert "<code>https://track.adnetwork.example/pixel.gif?id=9931</code>" in page  # listed in the source notes
    assert "By <span" not in page and '<span class="byline">By Maren Holt and Tobias Ekwueme</span>' in page


def test_nothing_hostile_and_nothing_remote_reaches_the_site(built):
    _, site, _ = built
    for path in sorted(site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        assert not re.search(r"\son[a-z]+\s*=", html, re.I), path
        assert "javascript:" not in html.lower() and "<iframe" not in html.lower(), path
        for src in re.findall(r'<(?:img|script|link|iframe|source)\b[^>]*\b(?:src|href)="([^"]+)"', html):
            assert not src.startswith(("http:", "https:", "//")), (path, src)
        for script in re.findall(r"<script\b[^>]*>", html):
            assert 'type="application/ld+json"' in script or "src=" in script, (path, script)
    assert [p.name for p in (site / "media").rglob("*") if p.is_file()] == ["1.png"]  # not the logo SVG or the CSS
    assert "tracked" not in (site / ARTICLE).read_text(encoding="utf-8")


def test_the_originals_stay_byte_identical_and_their_files_raise_no_warning(built, capsys):
    source, _, before = built
    assert tree_bytes(source) == before
    assert main(["--source", str(source), "--out", str(source.parent / "dist2"), "--strict", "--quiet"]) == 0


def test_a_page_without_an_article_fails_the_build_naming_it(tmp_path, capsys):
    source = pages_folder(tmp_path, "harbour.html", "section_front.html")
    assert main(["--source", str(source), "--out", str(tmp_path / "dist"), "--quiet"]) == 1
    assert "section_front.html: no article found in this saved page" in capsys.readouterr().err


def test_a_sidecar_edit_reaches_the_article_through_the_cache(tmp_path):
    source = pages_folder(tmp_path, "harbour.html")
    site = build_site(source, tmp_path / "dist")
    (source / "harbour.html.yaml").write_text("title: Eastport gets its cranes back\n", encoding="utf-8")
    build_site(source, site)
    records = json.loads((site / "articles.json").read_text(encoding="utf-8"))
    assert "Eastport gets its cranes back" in [r["title"] for r in records]


def test_an_unchanged_page_is_read_from_the_cache_and_a_changed_one_again(tmp_path):
    source = pages_folder(tmp_path, "harbour.html", "orchard.htm")
    settings = Preparation(rules_from_data(read_package_yaml("cleaning.yaml")),
                           load_gazetteer(ROOT / "gazetteer.yaml"), 230)
    cache = BuildCache(tmp_path / "cache", "fingerprint")

    def prepared_again() -> list[int]:
        files, problems = read_found_files(find_article_files(source)[0])
        assert problems == ()
        fresh: list[int] = []
        prepare_articles(files, settings, cache=cache, jobs=1, progress=lambda done, total: fresh.append(done))
        return fresh

    assert len(prepared_again()) == 3
    assert prepared_again() == []
    (source / "orchard.htm.yaml").write_text("tags: [farming]\n", encoding="utf-8")
    assert len(prepared_again()) == 1


HOSTILE = "".join(f"<p>The {n}th payload sits in this sentence: {payload} and the sentence goes on.</p>" for n, payload in
                  enumerate(('<svg onload="alert(1)"><circle r="1"/></svg>', '<object data="x.swf"></object>',
                             '<a href="jav&#x09;ascript:alert(1)">tab link</a>', '<img src="x" onerror="alert(1)">',
                             '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">data link</a>',
                             '<base href="https://evil.example/">', '<form action="https://evil.example/"><input></form>',
                             '<math><mtext><style>body{background:url(https://evil.example/)}</style></mtext></math>',
                             '<a href="/x" style="background:url(https://evil.example/)">styled link</a>',
                             '<video src="https://evil.example/v.mp4" autoplay></video>', '<embed src="https://evil.example/e">',
                             '<meta http-equiv="refresh" content="0;url=https://evil.example/">'), start=4))


def test_a_hostile_saved_page_leaves_nothing_executable_in_the_site(tmp_path):
    source = pages_folder(tmp_path, "harbour.html")
    page = (source / "harbour.html").read_bytes()
    page = page.replace(b'"headline": "Harbour cranes return to Eastport after a decade"',
                        rb'"headline": "Cranes \u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e '
                        rb'<img src=x onerror=alert(1)>"')
    page = page.replace(b"<h2>A long wait", HOSTILE.encode() + b"<h2>A long wait")
    (source / "harbour.html").write_bytes(page)
    site = build_site(source, tmp_path / "dist", "--base-url", "/briefing/")
    assert executable_content(site) == []
    article = next((site / "articles").glob("*cranes*.html")).read_text(encoding="utf-8")
    assert "Lena Vos" in article and "Cranes &lt;/script&gt;&lt;script&gt;alert(1)" in article  # text stays, as text
    assert "tab link" in article and "styled link" in article and "The 15th payload sits" in article
    assert "evil.example" not in article.split("Source notes")[0]


def test_a_photo_edited_in_place_reaches_the_next_build(tmp_path):
    source = pages_folder(tmp_path, "harbour.html")
    site = build_site(source, tmp_path / "dist")
    photo = source / "harbour_files" / "cranes.png"
    edited = photo.read_bytes() + b"\0"  # same name and folder, other bytes
    photo.write_bytes(edited)
    build_site(source, site)
    assert (site / "media/2021-06-14-harbour-cranes-return-to-eastport-after-a-decade/1.png").read_bytes() == edited
