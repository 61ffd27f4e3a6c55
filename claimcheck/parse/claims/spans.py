"""Where a claim's words are in its article: the passage of sentences a reader is shown, and the
checks that every word shown can be found there (issue 9 item 1: "keep the exact source spans for
every part, so the text shown can always be checked against the article").

A claim's statement is composed of exact spans of the article (``Claim.parts``,
:mod:`claimcheck.parse.claims.statements`); a part recovered from elsewhere (the speaker of a
quotation named in the sentence after it, the subject of a relative clause, the person a pronoun
stands for, the proposition a denial answers) keeps its own span, wherever it lies.  The passage of
a claim is the run of sentences, first to last, that holds every one of its parts and the sentence it
was found in (its attribution's for a denial or an answer), so the text shown always lies inside the
passage shown beside it.

:func:`violations` is the one statement of the invariant, read by ``benchmarks/claim_spans.py`` on
stored claims and by the property tests on parsed ones.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from claimcheck.model import Claim, Sentence, Span

# the kinds of violation :func:`violations` reports, in the order they are checked
KINDS: tuple[str, ...] = (
    "part_not_in_text",       # a part's offsets do not slice the article to the part's text
    "part_outside_span",      # a part lies outside the claim's span (the span is their outer extent)
    "span_text",              # a claim without parts whose text is not its span's text
    "statement_untraceable",  # a word of the statement that no part holds, in reading order
    "no_passage",             # no sentence holds the claim
    "outside_passage",        # a part (or the span) outside the passage of sentences shown
    "found_outside_passage",  # the sentence the claim was found in is not in its passage
)

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def passage(claim: Claim, sentences: Sequence[Sentence], starts: Sequence[int] | None = None) -> tuple[int, int] | None:
    """The first and last index of the sentences that hold every part of ``claim`` (its span when
    it has none) and the sentence it was found in (``claim.sentence``, -1: none); None when no
    sentence holds any of them.  ``starts`` are the sentences' start offsets (computed when
    omitted)."""
    if starts is None:
        starts = [s.start for s in sentences]
    ks = [claim.sentence] if 0 <= claim.sentence < len(sentences) else []
    for p in claim.parts or (claim.span,):
        for pos in (p.start, max(p.start, p.end - 1)):
            k = bisect_right(starts, pos) - 1
            if k >= 0:
                ks.append(k)  # in sentence k, or in the spaces after it
    if not ks:
        return None
    return min(ks), max(ks)


def with_passage(claims: Sequence[Claim], sentences: Sequence[Sentence], text: str) -> list[Claim]:
    """``claims`` with their passage set (:func:`passage`) and their span widened to the outer
    extent of their parts where a part was recovered outside it (a sentence's pronoun resolved to
    a person named before it, a reversal's statement taken from the claim it completes)."""
    from dataclasses import replace

    starts = [s.start for s in sentences]
    out = []
    for c in claims:
        if c.parts:
            lo, hi = min(c.span.start, *(p.start for p in c.parts)), max(c.span.end, *(p.end for p in c.parts))
            if (lo, hi) != (c.span.start, c.span.end):
                c = replace(c, span=Span.of(text, lo, hi))
        out.append(replace(c, passage=passage(c, sentences, starts)))
    return out


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s)]


def untraceable(statement: str, parts: Sequence[str]) -> list[str]:
    """The words of ``statement`` that its ``parts`` (texts, in reading order) do not give, in
    order: each word must be the next word of the parts, lower-cased, save the changes the
    composer makes (:func:`claimcheck.parse.claims.statements._join`): a possessive "’s" added to
    a part ("his troops" → "Karl Adler’s troops") and a gerund shown in its finite past form ("of
    ordering" → "ordered").  Empty: the statement can be checked against the article."""
    have = [w for p in parts for w in _words(p)]
    bad: list[str] = []
    i = 0
    for w in _words(statement):
        if i < len(have) and w == have[i]:
            i += 1
        elif w == "s" and i > 0:
            continue  # the "’s" of a possessive the composer added (the apostrophe splits the word)
        elif i < len(have) and have[i].endswith("ing") and w[:3] == have[i][:3]:
            i += 1  # a gerund in its past form ("ordering" → "ordered", "bringing" → "brought")
        elif i < len(have) and have[i].endswith("ing"):
            i += 1  # irregular past forms whose first letters differ ("going" → "went")
        else:
            bad.append(w)
            i += 1 if i < len(have) else 0  # read as a word put for the part's ("left" for "entered")
    return bad


def violations(text: str, sentences: Sequence[Sentence], claim_text: str, span: Span, parts: Sequence[Span],
               found: int, shown: tuple[int, int] | None) -> list[tuple[str, str]]:
    """The ways one claim's text cannot be checked against its article, as ``(kind, detail)``
    pairs (kinds in :data:`KINDS`): ``text`` the article as read, ``sentences`` its sentences,
    ``claim_text`` what a reader is shown (the statement), ``span`` the claim's stored span,
    ``parts`` the stored parts (empty: the span alone), ``found`` the index of the sentence it was
    found in (-1: none), ``shown`` the passage shown with it (first and last sentence index; None:
    the found sentence alone).  Empty: every word shown lies in the passage shown."""
    out: list[tuple[str, str]] = []
    pieces = list(parts) or [span]
    for p in pieces:
        if not (0 <= p.start <= p.end <= len(text)) or text[p.start:p.end] != p.text:
            out.append(("part_not_in_text", f"{p.start}:{p.end} {p.text[:60]!r}"))
        if parts and not (span.start <= p.start and p.end <= span.end):
            out.append(("part_outside_span", f"{p.start}:{p.end} not in {span.start}:{span.end}"))
    if not parts and text[span.start:span.end] != claim_text:
        out.append(("span_text", f"{claim_text[:60]!r} != {text[span.start:span.end][:60]!r}"))
    elif parts:
        bad = untraceable(claim_text, [p.text for p in parts])
        if bad:
            out.append(("statement_untraceable", " ".join(bad[:8])))
    first, last = shown if shown is not None else (found, found)
    if not (0 <= first <= last < len(sentences)):
        out.append(("no_passage", f"{shown} of {len(sentences)} sentences"))
        return out
    lo, hi = sentences[first].start, sentences[last].end
    for p in pieces:
        if p.end > p.start and not (lo <= p.start and p.end <= hi):
            out.append(("outside_passage", f"{p.start}:{p.end} {p.text[:40]!r} not in {lo}:{hi}"))
    if 0 <= found < len(sentences) and not first <= found <= last:
        out.append(("found_outside_passage", f"sentence {found} not in {first}..{last}"))
    return out
