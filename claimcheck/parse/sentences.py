"""The sentence splitter of :mod:`claimcheck.text.segment` bound to the abbreviations lexicon.

``text`` is the bottom layer and reads no lexicon; this module loads ``abbreviations.toml``
once and passes it in, so callers above the parsers (ingest, xref, the tests) split sentences
with ``split_sentences(text, lines)``.
"""

from __future__ import annotations

from functools import cache

from claimcheck.lexicons import load_entries, schemas
from claimcheck.model import Line, Sentence
from claimcheck.text import segment

_SCHEMA = schemas.ABBREVIATIONS


@cache
def abbreviations() -> frozenset[str]:
    """Every token of ``abbreviations.toml``, lower-cased, without its final full stop ("gen",
    "u.s"). Raises :class:`~claimcheck.errors.LexiconError` on a malformed lexicon."""
    out: set[str] = set()
    for e in load_entries("abbreviations", _SCHEMA):
        out.update(t.lower().rstrip(".") for t in e["tokens"])
    return frozenset(out)


@cache
def title_abbreviations() -> frozenset[str]:
    """Abbreviated titles written before a name ("gen", "dr"): the ``titles`` entry of
    ``abbreviations.toml`` without dotted tokens, lower-cased, without the final full stop."""
    return frozenset(t.lower().rstrip(".") for e in load_entries("abbreviations", _SCHEMA)
                     if e["id"] == "titles" for t in e["tokens"] if "." not in t)


def split_sentences(text: str, lines: list[Line] | tuple[Line, ...] | None = None) -> list[Sentence]:
    """:func:`claimcheck.text.segment.split_sentences` with the abbreviations of the lexicon:
    sentences of ``text`` (offsets into it), never crossing one of ``lines``; sentences of
    lines other than body and title are flagged ``boilerplate``."""
    return segment.split_sentences(text, lines, abbreviations=abbreviations())
