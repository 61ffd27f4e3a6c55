"""The sentence splitter of :mod:`claimcheck.text.segment` bound to the abbreviations lexicon.

``text`` is the bottom layer and reads no lexicon; this module takes ``abbreviations.toml``
from a :class:`~claimcheck.lexicons.Lexicons` and passes it in, so callers above the parsers
(ingest, xref, the tests) split sentences with ``split_sentences(text, lines, lexicons=...)``.
"""

from __future__ import annotations

from claimcheck.lexicons import Lexicons, or_default
from claimcheck.model import Line, Sentence
from claimcheck.text import segment


def abbreviations(lex: Lexicons) -> frozenset[str]:
    """Every token of ``abbreviations.toml``, lower-cased, without its final full stop ("gen",
    "u.s"); built once per :class:`~claimcheck.lexicons.Lexicons`."""
    return lex.derive(_abbreviations)


def _abbreviations(lex: Lexicons) -> frozenset[str]:
    return frozenset(t.lower().rstrip(".") for e in lex["abbreviations"] for t in e["tokens"])


def title_abbreviations(lex: Lexicons) -> frozenset[str]:
    """Abbreviated titles written before a name ("gen", "dr"): the ``titles`` entry of
    ``abbreviations.toml`` without dotted tokens, lower-cased, without the final full stop."""
    return lex.derive(_title_abbreviations)


def _title_abbreviations(lex: Lexicons) -> frozenset[str]:
    return frozenset(t.lower().rstrip(".") for e in lex["abbreviations"]
                     if e["id"] == "titles" for t in e["tokens"] if "." not in t)


def split_sentences(text: str, lines: list[Line] | tuple[Line, ...] | None = None, *,
                    lexicons: Lexicons | None = None) -> list[Sentence]:
    """:func:`claimcheck.text.segment.split_sentences` with the abbreviations of ``lexicons``:
    sentences of ``text`` (offsets into it), never crossing one of ``lines``; sentences of
    lines other than body and title are flagged ``boilerplate``.  Without ``lexicons`` the
    shipped ones (and ``CLAIMCHECK_LEXICONS``) are loaded now."""
    return segment.split_sentences(text, lines, abbreviations=abbreviations(or_default(lexicons)))
