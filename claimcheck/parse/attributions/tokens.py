"""Tokens and quotation regions: the second rung of :mod:`claimcheck.parse.attributions`.

A sentence is tokenised only when a cue in it passed the gate (:class:`Toks`, absolute
offsets); quotations are paired per paragraph (:func:`quote_regions`).  Small predicates on
tokens and characters that every later rung uses live here too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from claimcheck.parse.attributions.grammar import AUX, CLOSE_Q, LY_NOUNS, OPEN_Q, QUOTES, TITLE_ABBR
from claimcheck.parse.patterns import char_class, first_chars

# (the lookahead gates and possessive repeats only save the engine work: the same tokens)
TOKEN = re.compile(rf"(?=[A-Za-z]\.)(?:[A-Za-z]\.){{2,}}|(?={char_class(first_chars(TITLE_ABBR))})(?:{TITLE_ABBR})\.(?=\s)"
                   rf"|[A-Z]\.(?=\s+[A-Z])|\w++(?:['’\-&.]\w++)*+|''|[^\w\s]")
# A personal or relative pronoun and its contracted auxiliary are two tokens ("he’s" = "he" +
# "’s", "they've" = "they" + "'ve"): a pronoun's "’s" is never a possessive, and the auxiliary is
# read like "has" or "have" (:func:`is_adverb`).  Split after TOKEN, only in text with an apostrophe.
PRONOUN_CONTRACTION = re.compile(r"(?:[HhWw]e|[Ss]he|[Ww]ho|[Tt]hey|[Yy]ou|I)(['’](?:s|ve|d|ll|re|m))")
CONTRACTED_AUX = frozenset(a + s for a in "'’" for s in ("s", "ve", "d", "ll", "re", "m"))
# the same, searched in text: is there any contraction to split? (most sentences have none)
# (it opens on the apostrophe, so the engine scans for that character alone)
HAS_CONTRACTION = re.compile(r"['’](?:(?<=\bI.)|(?<=\b[HhWw]e.)|(?<=\b(?:[Ss]he|[Ww]ho|[Yy]ou).)|(?<=\b[Tt]hey.))"
                             r"(?:s|ve|d|ll|re|m)\b")


def has_contraction(text: str, start: int, end: int) -> bool:
    """Is there a pronoun contraction in ``text[start:end]``? (an apostrophe first: cheap)"""
    return HAS_CONTRACTION.search(text, start, end) is not None


def split_contractions(words: list[str]) -> list[str]:
    """``words`` (tokens of TOKEN) with each pronoun contraction split in two ("he’s" → "he",
    "’s"); the same list when there is none."""
    out: list[str] | None = None
    for i, w in enumerate(words):
        if len(w) <= 7 and ("’" in w or "'" in w) and (m := PRONOUN_CONTRACTION.fullmatch(w)) is not None:
            if out is None:
                out = words[:i]
            out.extend((w[:m.start(1)], m.group(1)))
        elif out is not None:
            out.append(w)
    return words if out is None else out


# a quotation mark of any kind (a straight double quote, two single ones, curly, guillemets)
QUOTE_MARK = re.compile(r"[\"“”«»„‹›]|''")

_M_START, _M_END, _M_GROUP = re.Match.start, re.Match.end, re.Match.group


@dataclass(slots=True)
class Toks:
    """The tokens of one sentence: absolute offsets and their strings."""

    starts: list[int]
    ends: list[int]
    words: list[str]

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Toks:
        ms = list(TOKEN.finditer(text, start, end))
        t = cls(list(map(_M_START, ms)), list(map(_M_END, ms)), list(map(_M_GROUP, ms)))
        if has_contraction(text, start, end):
            t._split_contractions()
        return t

    def _split_contractions(self) -> None:
        """Split each pronoun contraction token in two, in place (:data:`PRONOUN_CONTRACTION`)."""
        words = split_contractions(self.words)
        if words is self.words:
            return
        starts, ends = [], []
        i = 0
        for a, e, w in zip(self.starts, self.ends, self.words):
            if words[i] == w:
                starts.append(a)
                ends.append(e)
                i += 1
            else:
                cut = a + len(words[i])
                starts.extend((a, cut))
                ends.extend((cut, e))
                i += 2
        self.starts, self.ends, self.words = starts, ends, words

    def at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect_left(self.starts, pos)


def is_word(w: str) -> bool:
    """Does token ``w`` start with a letter or digit (not punctuation), or is it a pronoun's
    contracted auxiliary ("’s", "'ve")?"""
    return w[0].isalnum() or w in CONTRACTED_AUX


def is_adverb(w: str) -> bool:
    """Is token ``w`` an auxiliary or an adverb in -ly ("has", "not", "publicly"; not "family"),
    a negated auxiliary ("doesn't", "won’t") or a pronoun's contracted one ("’s", "'ve")?"""
    lw = w.lower()
    return (lw in AUX) or (lw in CONTRACTED_AUX) or lw.endswith(("n't", "n’t")) or (len(lw) > 4 and lw.endswith("ly") and w.islower() and lw not in LY_NOUNS)


def quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) character positions of the quotations in ``text[start:end]``; an
    unclosed quotation runs to ``end``.  Curly quotes and guillemets pair by direction,
    straight double quotes (and ``''``) toggle.  An opening mark typed where a quotation closes
    (a quotation is open, and punctuation or the end follows it: "… our forces “, the statement
    said") closes it (stop 24: the tag after it was read as quoted)."""
    out: list[tuple[int, int]] = []
    open_at = -1
    for m in QUOTE_MARK.finditer(text, start, end):
        i = m.start()
        c = m.group()
        if c in OPEN_Q:
            if open_at < 0:
                open_at = i
            elif _closing_position(text, m.end(), end):
                out.append((open_at, m.end()))
                open_at = -1
        elif c in CLOSE_Q:
            if open_at >= 0:
                out.append((open_at, i + 1))
                open_at = -1
            elif not out or out[-1][1] <= start:  # a close without an open: the quote began earlier
                out.append((start, i + 1))
        else:  # '"' or "''" toggle
            if open_at >= 0:
                out.append((open_at, m.end()))
                open_at = -1
            else:
                open_at = i
    if open_at >= 0:
        out.append((open_at, end))
    return out


_AFTER_CLOSE = frozenset(",.;:!?—–)")


def _closing_position(text: str, pos: int, end: int) -> bool:
    """Does a quotation mark ending at ``pos`` stand where a quotation closes: white space,
    punctuation (``,.;:!?—–)``) or the end of the range after it (an opening mark is written
    against the word it opens)?"""
    return pos >= end or text[pos].isspace() or text[pos] in _AFTER_CLOSE


def has_words(text: str, a: int, b: int) -> bool:
    """Is there a letter or digit in ``text[a:b]`` (looking at most 400 characters)?"""
    for i in range(a, min(b, a + 400)):
        if text[i].isalnum():
            return True
    return False


def starts_quote(text: str, pos: int) -> bool:
    """Does a quotation mark start at character ``pos``?"""
    return text[pos:pos + 1] in QUOTES or text[pos:pos + 2] == "''"


def trim_end(text: str, a: int, e: int) -> int:
    """``e`` moved back over white space and final punctuation (``.;:,!?``), not before ``a``."""
    while e > a and (text[e - 1].isspace() or text[e - 1] in ".;:,!?"):
        e -= 1
    return e
