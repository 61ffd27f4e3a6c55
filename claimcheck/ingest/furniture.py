"""Sentences of a body that are no part of its report: page furniture and repeated sentences.

Two rules, applied to the sentences of an article after its lines are classified
(:mod:`claimcheck.ingest.structure`), both keeping the text and every offset as they are:

- **furniture** (``lexicons/furniture.toml``): a sentence that one entry's pattern matches whole
  (a copyright or rights notice, "X contributed to this report", "Reporting by X; Editing by Y",
  a photo credit, a correction note, a newsletter or "read more" prompt) is boilerplate;
- **a repeated sentence**: a sentence of ``REPEAT_MIN_WORDS`` words or more that repeats an
  earlier mined sentence word for word (case and punctuation aside) is boilerplate.  A web page
  repeats its lead as a summary above the body, a pull quote inside it, and the extractor keeps
  both: the repetition is the same statement, not a second one.  Whole repeated lines were
  already flagged by the structure; this covers a sentence repeated inside a longer paragraph.

A line of the body whose sentences are all flagged becomes a boilerplate line with the reason.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.lexicons import Lexicons
from claimcheck.model import Line, Sentence

REPEAT_MIN_WORDS = 6  # a shorter sentence ("He declined to comment.") may well be said twice
FURNITURE_MAX_WORDS = 120  # a longer sentence is prose (a list of contributors runs to ~60 words)
_TRAIL = " \t\r\n.!?…'\"’”»"  # final punctuation and closing quotation marks, set aside
_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class FurnitureRules:
    """The entries of ``furniture.toml`` compiled: (id, pattern) in file order."""

    entries: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]  # (id, pattern, its required strings)


def furniture_rules(lexicons: Lexicons) -> FurnitureRules:
    """The compiled furniture patterns of ``lexicons`` (built once per object).  A bad pattern
    raises :class:`claimcheck.errors.LexiconError` when the lexicon is loaded."""
    return lexicons.derive(_build)


def _build(lexicons: Lexicons) -> FurnitureRules:
    entries = tuple((e["id"], re.compile(e["pattern"]), tuple(e.get("requires", ()) or ()))
                    for e in lexicons["furniture"])
    return FurnitureRules(entries)


def furniture_of(sentence: str, lexicons: Lexicons) -> str | None:
    """The id of the ``furniture.toml`` entry whose pattern matches the whole of ``sentence``
    (its outer white space and final punctuation and quotation marks aside), else None."""
    return _furniture(sentence, furniture_rules(lexicons))


def _furniture(sentence: str, rules: FurnitureRules) -> str | None:
    core = sentence.strip().rstrip(_TRAIL)
    if not core or core.count(" ") >= FURNITURE_MAX_WORDS:
        return None
    low = core.lower()
    for fid, rx, requires in rules.entries:
        if requires and not any(r in low for r in requires):
            continue
        if rx.fullmatch(core):
            return fid
    return None


def _key(s: str) -> str:
    return _NON_WORD.sub(" ", s.lower()).strip()


def flag_sentences(text: str, lines: Sequence[Line], sentences: Sequence[Sentence],
                   lexicons: Lexicons) -> tuple[tuple[Line, ...], tuple[Sentence, ...]]:
    """``lines`` and ``sentences`` of ``text`` with furniture and repeated sentences flagged
    boilerplate (the module docstring's rules); offsets and paragraphs unchanged.  A body line
    all of whose sentences are flagged gets role ``boilerplate`` and the reason ("furniture:
    copyright", "repeats an earlier sentence")."""
    rules = furniture_rules(lexicons)
    out = list(sentences)
    seen: set[str] = set()
    why: dict[int, list[str]] = {}  # line -> reasons of its flagged sentences
    for i, s in enumerate(sentences):
        if s.boilerplate:
            continue
        raw = text[s.start:s.end]
        reason = None
        fid = _furniture(raw, rules)
        if fid is not None:
            reason = f"furniture: {fid}"
        elif raw.count(" ") + 1 >= REPEAT_MIN_WORDS:
            key = _key(raw)
            if key.count(" ") + 1 >= REPEAT_MIN_WORDS:
                if key in seen:
                    reason = "repeats an earlier sentence"
                seen.add(key)
        if reason is not None:
            out[i] = dataclasses.replace(s, boilerplate=True)
            why.setdefault(s.paragraph, []).append(reason)
    if not why:
        return tuple(lines), tuple(sentences)
    mined: dict[int, int] = {}  # line -> sentences still mined
    for x in out:
        if not x.boilerplate:
            mined[x.paragraph] = mined.get(x.paragraph, 0) + 1
    new_lines = list(lines)
    for p, reasons in why.items():
        if 0 <= p < len(lines) and lines[p].role == "body" and not mined.get(p):
            new_lines[p] = dataclasses.replace(lines[p], role="boilerplate", reason=reasons[0])
    return tuple(new_lines), tuple(out)
