#!/usr/bin/env python3
"""Write a deterministic synthetic news corpus for the benchmark (stdlib only).

usage: gen_corpus.py --n N --out DIR [--format md hugo pelican] [--seed S] [--start K]

Each format goes to its own folder under DIR, so all three can share one DIR:

  md      : DIR/articles/NNNNN-slug.md       briefing: YAML front matter (--- ... ---)
  hugo    : DIR/content/posts/NNNNN-slug.md  Hugo: YAML front matter
  pelican : DIR/pelican/NNNNN-slug.md        Pelican: "Key: value" metadata header

Article i is a pure function of (seed, i), so `--start K --n 1` writes article K
exactly as a full run would: that is the "add one article" rebuild. The text is
the same as ../shared/bench/gen_corpus.py produces for the same seed (only slugs
differ: no trailing hyphen), so the Pelican and Hugo anchors of the reference figures
stay comparable.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import unicodedata

PEOPLE = [
    "Nicolás Maduro", "Juan Guaidó", "Gustavo Petro", "Iván Duque", "Luiz Inácio Lula da Silva",
    "Andrés Manuel López Obrador", "Sebastián Piñera", "Gabriel Boric", "María Corina Machado",
    "Edmundo González Urrutia", "Delcy Rodríguez", "Leopoldo López", "Jair Bolsonaro",
    "Alberto Fernández", "Javier Milei", "Dina Boluarte", "Pedro Castillo", "Luis Arce",
    "Evo Morales", "Daniel Ortega", "Nayib Bukele", "Xiomara Castro", "Rafael Correa",
    "Guillermo Lasso", "Daniel Noboa", "Claudia Sheinbaum", "José Raúl Mulino", "Bernardo Arévalo",
]
PLACES = [
    "Bogotá", "Caracas", "Medellín", "Cúcuta", "Maracaibo", "São Paulo", "Brasília", "Bogotá",
    "Ciudad de México", "Lima", "Quito", "La Paz", "Asunción", "Montevideo", "Santiago",
    "Buenos Aires", "Panamá", "Managua", "San José", "Tegucigalpa", "Mérida", "Valparaíso",
]
SOURCES = ["Reuters", "AP", "AFP", "El País", "BBC Mundo", "El Tiempo", "Efecto Cocuyo",
           "Folha de S.Paulo", "La Nación", "Infobae", "The Guardian", "Bloomberg"]
AUTHORS = ["Ana Vanessa Herrero", "Julie Turkewitz", "Mariana Zúñiga", "Scott Smith",
           "Regina García Cano", "Joshua Goodman", "Fabiola Sánchez", "Luis Jaime Acosta",
           "Vivian Sequera", "Deisy Buitrago", "Mayela Armas", "Oliver Griffin",
           "Helen Murphy", "Angus Berwick", "Corina Pons", "Brian Ellsworth"]
TAGS = ["venezuela", "colombia", "brazil", "mexico", "peru", "elections", "economy", "oil",
        "migration", "sanctions", "protests", "human-rights", "opposition", "military",
        "inflation", "energy", "diplomacy", "courts", "corruption", "border", "trade",
        "health", "climate", "security", "drugs", "press-freedom", "imf", "opec",
        "united-states", "china"]
VERBS = ["announced", "rejected", "criticised", "defended", "confirmed", "denied",
         "called for", "warned about", "welcomed", "questioned", "postponed", "signed"]
NOUNS = ["the agreement", "new sanctions", "the election results", "a humanitarian corridor",
         "the oil deal", "the border reopening", "a debt restructuring", "the court ruling",
         "the opposition primary", "a prisoner exchange", "the currency controls",
         "emergency measures", "the peace talks", "the budget", "a fuel subsidy reform"]
WORDS = ("government officials said the measure would take effect next month while analysts "
         "questioned whether the plan could survive legal challenges and growing public pressure "
         "from unions business groups and regional governors who have long argued that the "
         "central administration ignored their demands for more resources and autonomy over "
         "spending on roads schools hospitals water and electricity as prices continued to rise "
         "and thousands of families crossed the border in search of work food and medicine "
         "according to figures published by the United Nations refugee agency and local "
         "organisations that monitor migration flows across the region").split()
QUOTES = [
    "“We will not accept any agreement that ignores the will of the people,” {p} said.",
    "“This is a historic day for {c},” {p} told reporters in {c}.",
    "“The numbers simply don’t add up,” said an economist in {c} who asked not to be named.",
    "‘It’s too early to say,’ a diplomat in {c} said of {p}’s proposal.",
    "“Nobody wants to go back to the crisis of 2019,” {p} said at a rally in {c}.",
]
HEADLINES = [
    "{p} {v} {n} in {c}", "{c}: {p} {v} {n}", "Analysis: why {p} {v} {n}",
    "{p} {v} {n} as tensions rise in {c}", "Protesters gather in {c} after {p} {v} {n}",
]
SUBHEADS = ["Background", "Reaction", "What comes next", "Context"]

START = dt.datetime(2015, 1, 1)
SPAN_S = int((dt.datetime(2025, 12, 31) - START).total_seconds())
# Where each format's files go, relative to --out; distinct so that one DIR can hold all three.
SUBDIRS = {"md": "articles", "hugo": os.path.join("content", "posts"), "pelican": "pelican"}


def slugify(text: str) -> str:
    """Return an ASCII, hyphenated, lower-case slug of at most 60 characters."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower())[:60].strip("-")


def sentence(r: random.Random) -> str:
    """Return one sentence, sometimes with a name, a place, bold text or a link."""
    n = r.randint(12, 26)
    w = [r.choice(WORDS) for _ in range(n)]
    if r.random() < 0.35:
        w.insert(r.randrange(n), r.choice(PEOPLE))
    if r.random() < 0.25:
        w.insert(r.randrange(n), "in " + r.choice(PLACES))
    s = " ".join(w)
    if r.random() < 0.08:
        s = s.replace(w[2], "**" + w[2] + "**", 1)
    if r.random() < 0.05:
        s += " ([source](https://example.org/%d))" % r.randint(1, 10**6)
    return s[0].upper() + s[1:] + "."


def _paragraph(r: random.Random, k: int, remaining: int) -> tuple[str, int]:
    """Return paragraph k of about `remaining` words, and its word count."""
    sents, words = [], 0
    while words < remaining:
        if r.random() < 0.12:
            s = r.choice(QUOTES).format(p=r.choice(PEOPLE), c=r.choice(PLACES))
        else:
            s = sentence(r)
        sents.append(s)
        words += len(s.split())
    para = " ".join(sents)
    if k in (4, 9) and r.random() < 0.5:
        para = "## " + r.choice(SUBHEADS) + "\n\n" + para
    elif r.random() < 0.06:
        para = "> " + para
    return para, words


def _body(r: random.Random) -> str:
    """Return a Markdown body of 640-800 words in 10-20 paragraphs."""
    target, npara = r.randint(640, 800), r.randint(10, 20)
    paras, words = [], 0
    for k in range(npara):
        para, n = _paragraph(r, k, max(40, (target - words) // max(1, npara - k)))
        paras.append(para)
        words += n
    return "\n\n".join(paras) + "\n"


def article(seed: int, i: int) -> dict:
    """Return article i of the corpus for `seed` as a dict of fields and body."""
    r = random.Random(seed * 1_000_003 + i)
    p, c = r.choice(PEOPLE), r.choice(PLACES)
    title = r.choice(HEADLINES).format(p=p, v=r.choice(VERBS), n=r.choice(NOUNS), c=c)
    title = title[0].upper() + title[1:]
    date = START + dt.timedelta(seconds=r.randrange(SPAN_S))
    authors = r.sample(AUTHORS, r.choice([1, 1, 1, 2, 2, 3]))
    tags = r.sample(TAGS, r.randint(2, 5))
    source = r.choice(SOURCES)
    body = _body(r)
    return dict(title=title, date=date, source=source, authors=authors, tags=tags,
                slug="%05d-%s" % (i, slugify(title)), body=body, summary=sentence(r))


def _yq(s: str) -> str:
    """Return `s` as a YAML double-quoted scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _yaml_list(items: list[str]) -> str:
    """Return a YAML flow sequence of double-quoted strings."""
    return "[" + ", ".join(_yq(x) for x in items) + "]"


def render_md(a: dict) -> str:
    """Return the article as briefing reads it: only the front matter keys it accepts."""
    head = [
        "---",
        "title: " + _yq(a["title"]),
        "date: " + a["date"].strftime("%Y-%m-%d"),
        "slug: " + a["slug"],
        "publication: " + _yq(a["source"]),
        "authors: " + _yaml_list(a["authors"]),
        "tags: " + _yaml_list(a["tags"]),
        "summary: " + _yq(a["summary"]),
        "---",
    ]
    return "\n".join(head) + "\n\n" + a["body"]


def render_hugo(a: dict) -> str:
    """Return the article with Hugo's YAML front matter (the bench site reads `source`)."""
    head = [
        "---",
        "title: " + _yq(a["title"]),
        "date: " + a["date"].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "slug: " + a["slug"],
        "source: " + _yq(a["source"]),
        "authors: " + _yaml_list(a["authors"]),
        "tags: [" + ", ".join(a["tags"]) + "]",
        "summary: " + _yq(a["summary"]),
        "---",
    ]
    return "\n".join(head) + "\n\n" + a["body"]


def render_pelican(a: dict) -> str:
    """Return the article with Pelican's "Key: value" metadata header."""
    head = [
        "Title: " + a["title"],
        "Date: " + a["date"].strftime("%Y-%m-%d %H:%M"),
        "Slug: " + a["slug"],
        "Authors: " + ", ".join(a["authors"]),
        "Tags: " + ", ".join(a["tags"]),
        "Source: " + a["source"],
        "Summary: " + a["summary"],
    ]
    return "\n".join(head) + "\n\n" + a["body"]


RENDERERS = {"md": render_md, "hugo": render_hugo, "pelican": render_pelican}


def write_corpus(out: str, n: int, *, formats: tuple[str, ...] = ("md",), seed: int = 42,
                 start: int = 0) -> int:
    """Write articles start..start+n-1 in each format under `out`; return bytes written."""
    dirs = {fmt: os.path.join(out, SUBDIRS[fmt]) for fmt in formats}
    for d in dirs.values():
        os.makedirs(d, exist_ok=True)
    total = 0
    for i in range(start, start + n):
        art = article(seed, i)
        for fmt, d in dirs.items():
            data = RENDERERS[fmt](art).encode("utf-8")
            with open(os.path.join(d, art["slug"] + ".md"), "wb") as f:
                f.write(data)
            total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, write the corpus, print a one-line summary."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, required=True, help="number of articles")
    ap.add_argument("--out", required=True, help="folder to write into")
    ap.add_argument("--format", nargs="+", choices=sorted(RENDERERS), default=["md"])
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--start", type=int, default=0, help="index of the first article")
    a = ap.parse_args(argv)
    total = write_corpus(a.out, a.n, formats=tuple(a.format), seed=a.seed, start=a.start)
    print("wrote %d articles x %s (%.1f MB) to %s" % (a.n, ",".join(a.format), total / 1e6, a.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
