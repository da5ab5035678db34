"""Summaries printed around a story's start, which are the outlet's and not the story's: bullet points
above the dateline (their bullets sometimes lost in the copy), points between the headline and the
byline, and a summary box where the story starts ("Saken oppsummert", a machine summary's note)."""

from __future__ import annotations

import re

from briefing.read.datelines import split_dateline
from briefing.read.marks import BULLET, SHOWN_KINDS, Mark

_SUMMARY_HEADING = re.compile(r"^(?:summary|key points|in short|the short version|at a glance|saken oppsummert|"
                              r"sammanfattning|samenvatting|resumen|en bref|kurz gesagt|em resumo|in breve|tiivistelmä|"
                              r"shrnutí|pe scurt|röviden|ringkasan|tóm tắt)\s*:?$", re.I)
_POINTS_HEADING = re.compile(r"^(?:what you need to know|what we know|key takeaways|"
                             r"lo que (?:debes|tienes que|hay que) saber|ce qu'il faut savoir|das wichtigste in kürze)\s*:?$", re.I)
"""The heading of summary points printed between the headline and the byline."""
_MACHINE_SUMMARY = "furniture: machine summary"
HEADER_SUMMARY_MIN_LINES = 3
SUMMARY_MAX_LINES = 4
SUMMARY_MAX_WORDS = 40
"""A summary above the dateline has this many lines at most, each this short."""


def summary_bullets(marks: tuple[Mark, ...], start: int) -> tuple[tuple[Mark, ...], int]:
    """Set aside the bullet points that sum a story up above its dateline ("• Water covers less than a
    third …" / "BAGHDAD: Iraq's marshes …"), or the short lines of one block there whose bullets the
    copy lost: the story starts at the dateline."""
    bullets = 0
    while start + bullets < len(marks) and BULLET.match(marks[start + bullets].line.text):
        bullets += 1
    reason = "furniture: summary bullets" if bullets else "furniture: a summary or a caption above the dateline"
    bullets = bullets or _summary_block(marks, start)
    # The dateline's paragraph follows, maybe past furniture ("Follow us on Instagram …").
    first = next((i for i in range(start + bullets, len(marks)) if marks[i].kind in SHOWN_KINDS), len(marks))
    if not bullets or first >= len(marks) or split_dateline(marks[first].line.text) is None:
        return marks, start
    summary = tuple(Mark(m.line, "furniture", reason) for m in marks[start:start + bullets])
    return marks[:start] + summary + marks[start + bullets:], first


def summary_box(marks: tuple[Mark, ...], start: int) -> tuple[tuple[Mark, ...], int]:
    """Set aside a box summing the story up where the body would start: a block under a summary's
    heading ("Saken oppsummert", "Key points") or with a machine summary's note; the story starts after."""
    if start >= len(marks):
        return marks, start
    block = [i for i, m in enumerate(marks) if m.line.block == marks[start].line.block]
    if any(marks[i].kind in ("byline", "stamp") for i in block) or len(block) > SUMMARY_MAX_LINES + 2:
        return marks, start  # a box is a heading and a few lines of its own, not the page's header
    if not any(_SUMMARY_HEADING.match(marks[i].line.text.strip()) or marks[i].reason == _MACHINE_SUMMARY for i in block):
        return marks, start
    boxed = tuple(Mark(m.line, "furniture", "furniture: summary box") if i in block and m.kind in SHOWN_KINDS else m
                  for i, m in enumerate(marks))
    return boxed, next((i for i in range(block[-1] + 1, len(marks)) if marks[i].kind == "text"), len(marks))


def header_summary(marks: tuple[Mark, ...]) -> tuple[Mark, ...]:
    """Set aside the summary points between a headline and its byline: under a summary's heading ("What you
    need to know:"), or, whose bullets the copy lost, three or more short sentences on lines of their own, in
    the block of the first byline or date stamp, right above it (a headline and a standfirst are two)."""
    first = next((i for i, m in enumerate(marks) if m.kind in ("byline", "stamp")), None)
    if first is None:
        return marks
    marks = _labelled_points(marks, first)
    run = first
    while run > 0 and marks[run - 1].kind == "text" and marks[run - 1].line.block == marks[first].line.block \
            and len(marks[run - 1].line.text.split()) <= SUMMARY_MAX_WORDS:
        run -= 1
    if first - run < HEADER_SUMMARY_MIN_LINES or first - run > SUMMARY_MAX_LINES:
        return marks
    summary = tuple(Mark(m.line, "furniture", "furniture: summary bullets") for m in marks[run:first])
    return marks[:run] + summary + marks[first:]


def _labelled_points(marks: tuple[Mark, ...], first: int) -> tuple[Mark, ...]:
    """Set aside a summary's heading above the byline and the few short lines it heads: the rest of its
    block, or the next block when the heading stands alone."""
    heading = next((i for i in range(first) if _POINTS_HEADING.match(marks[i].line.text.strip())), None)
    if heading is None:
        return marks
    block = marks[heading].line.block
    alone = heading + 1 < len(marks) and marks[heading + 1].line.block != block
    points = block + 1 if alone else block
    run = heading + 1
    while run < first and marks[run].line.block == points and len(marks[run].line.text.split()) <= SUMMARY_MAX_WORDS:
        run += 1
    if run - heading - 1 > SUMMARY_MAX_LINES:
        return marks
    summary = tuple(Mark(m.line, "furniture", "furniture: summary box") for m in marks[heading:run])
    return marks[:heading] + summary + marks[run:]


def _summary_block(marks: tuple[Mark, ...], start: int) -> int:
    """Return how many lines the block opening the body has, when they are few and short enough to be
    a summary whose bullets were lost; else 0."""
    block = [m for m in marks[start:start + SUMMARY_MAX_LINES + 1] if m.line.block == marks[start].line.block]
    short = all(len(m.line.text.split()) <= SUMMARY_MAX_WORDS for m in block)
    return len(block) if start < len(marks) and len(block) <= SUMMARY_MAX_LINES and short else 0
