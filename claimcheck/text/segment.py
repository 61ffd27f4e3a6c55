"""Sentence segmentation with exact offsets.

Rule-based and fast: a paragraph is a line; inside it a sentence ends at ``.``, ``!`` or ``?``
(plus any closing quotes or brackets) followed by white space and a token that can start a
sentence, unless the word before the full stop is a known abbreviation or a single capital
initial.  Offsets index into the text as given.

The abbreviations are data the caller passes in (lower-case, without the final full stop);
:mod:`claimcheck.parse.sentences` binds them to the ``abbreviations.toml`` lexicon, so this
module reads no lexicon.
"""

from __future__ import annotations

import re

from claimcheck.model import Line, Sentence

# a sentence ends before white space and a token that can start one: not a lower-case letter
# ("Sen. Smith (R-Ga.) said …" stays whole)
# ("„…“" and "»…«" German, "«…»" French and "‹…›" quotes open and close like "“…”")
# Linear time: the match starts only where a run of end marks starts (the look-behind) and takes
# the run possessively (``++``/``*+``: no backtracking), so 100 KB of "." is one scan, not N².
_END = re.compile(r"""(?<![.!?…])[.!?…]++['"’”“»«›‹)\]]*+(?=\s++(?:''|['"‘“«„‚»‹(\[])?(?![a-z])\w)""")
# a speech tag after a quotation that ends in "?" or "!": '"Is it safe?" Anna Berg asked.' is
# one sentence (a name or a determiner and at most four more words, then a speech verb)
_QUESTION_IN_QUOTE = re.compile(r"""[!?…]+['"’”“»«›‹]+$""")
_TAG = re.compile(r"""\s+(?:(?:[A-Z][\w'’.-]*|the|a|an|his|her|their|its)\s+){1,5}"""
                  r"""(?:said|says|asked|asks|shouted|replied|added|wondered|told|wrote|cried|demanded|insisted|"""
                  r"""fragte|sagte|rief|demanda|dit|a\s+dit|a\s+demandé)\b""")
_DOTTED = re.compile(r"(?:\w\.)+\w")
MAX_SENTENCE = 2000  # characters; longer runs are cut at a clause boundary to bound parser work


def _is_abbrev(token: str, abbrev: frozenset[str]) -> bool:
    tok = token.lstrip("(\"'‘“«[").rstrip(".").lower()
    if not tok:
        return False
    if tok in abbrev:
        return True
    # single initials ("J. Smith") and dotted acronyms ("U.N.", "a.m.")
    if len(tok) == 1 and tok.isalpha():
        return True
    return _DOTTED.fullmatch(tok) is not None


def _word_before(text: str, s: int, e: int) -> str:
    """The non-space run that ends at ``e`` (not before ``s``); a backward scan over that word
    only (a search for a non-space run at the end would retry from every position: N²)."""
    j = e
    while j > s and not text[j - 1].isspace():
        j -= 1
    return text[j:e]


def split_paragraph(text: str, start: int, end: int, paragraph: int, boilerplate: bool = False,
                    *, abbreviations: frozenset[str]) -> list[Sentence]:
    """Sentences of ``text[start:end]`` (character offsets into ``text``), each numbered
    ``paragraph`` and flagged ``boilerplate`` as given; outer white space is left out.  A full
    stop after a word in ``abbreviations`` ("gen", "u.s") ends no sentence."""
    abbrev = abbreviations
    out: list[Sentence] = []
    s = start
    # skip leading white space
    while s < end and text[s].isspace():
        s += 1
    for m in _END.finditer(text, s, end):
        if m.group(0)[0] == "." and len(m.group(0).rstrip("'\"’”»)]")) == 1:
            w = _word_before(text, s, m.start())
            if w and _is_abbrev(w, abbrev):
                continue
        if _QUESTION_IN_QUOTE.search(m.group(0)) and _TAG.match(text, m.end(), min(end, m.end() + 120)):
            continue
        e = m.end()
        if e > s:
            out.extend(_bounded(text, s, e, paragraph, boilerplate))
        s = e
        while s < end and text[s].isspace():
            s += 1
    e = end
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.extend(_bounded(text, s, e, paragraph, boilerplate))
    return out


def _bounded(text: str, s: int, e: int, paragraph: int, boilerplate: bool) -> list[Sentence]:
    """Cut a run without sentence punctuation into pieces of at most MAX_SENTENCE characters."""
    out = []
    while e - s > MAX_SENTENCE:
        cut = max(text.rfind(c, s, s + MAX_SENTENCE) for c in (";", ",", " "))
        cut = cut + 1 if cut > s else s + MAX_SENTENCE
        out.append(Sentence(s, cut, paragraph, boilerplate))
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        out.append(Sentence(s, e, paragraph, boilerplate))
    return out


def split_lines(text: str) -> list[tuple[int, int]]:
    """Physical lines as (start, end) without their line break; blank lines dropped."""
    out = []
    pos = 0
    for m in re.finditer(r"\r\n|\n|\r|\u2028|\u2029", text):
        if text[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def split_sentences(text: str, lines: list[Line] | tuple[Line, ...] | None = None, *,
                    abbreviations: frozenset[str]) -> list[Sentence]:
    """Sentences of ``text``; a full stop after a word in ``abbreviations`` ends none. With
    ``lines`` given, sentences never cross a line and those in lines other than body and title
    (chrome, byline, dateline) are flagged ``boilerplate``: kept with their offsets, never
    mined.  Without, each non-blank physical line is a body paragraph."""
    if lines is None:
        lines = [Line(s, e, "body") for s, e in split_lines(text)]
    out: list[Sentence] = []
    for i, ln in enumerate(lines):
        out.extend(split_paragraph(text, ln.start, ln.end, i, ln.role not in ("body", "title"),
                                   abbreviations=abbreviations))
    return out
