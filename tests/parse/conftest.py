"""Shared fixtures of the parser tests: ``extract``, one article built from a body as
``claimcheck ingest`` would read a ``.txt`` file (a title line, a blank line, the body), with the
shipped lexicons.  (Tests run with ``--import-mode=importlib``: helpers are shared as fixtures,
not imports.)"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from claimcheck.ingest.pipeline import build
from claimcheck.ingest.readers import RawDocument
from claimcheck.lexicons import Lexicons, load_lexicons
from claimcheck.model import Extraction


@pytest.fixture(scope="session")
def lex() -> Lexicons:
    """The shipped lexicons, loaded once."""
    return load_lexicons([])


@pytest.fixture(scope="session")
def extract(lex: Lexicons) -> Callable[..., Extraction]:
    """``extract(body, title="A report", published="2023-02-09")``: the extraction of one article
    whose text is ``f"{title}\\n\\n{body}\\n"`` (offsets index that text)."""

    def run(body: str, title: str = "A report", published: str = "2023-02-09") -> Extraction:
        text = f"{title}\n\n{body}\n"
        return build(RawDocument("t.txt", text, "file", metadata={"published": published},
                                 metadata_origin="sidecar"), lexicons=lex)

    return run


_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


@pytest.fixture(scope="session")
def check_parts(lex: Lexicons) -> Callable[[Extraction], None]:
    """``check_parts(ex)``: every part of every claim slices the article text exactly (a part
    may lie outside the claim's span: an antecedent in a sentence before), and the claim's text is made of its parts' words in order (the first
    letter upper-cased; a possessor followed by "’s"; a gerund shown in its finite past form,
    "ordering" → "ordered", by :func:`claimcheck.parse.claims.accusation.past_form`)."""
    from claimcheck.parse.claims.accusation import past_form

    def same(shown: str, word: str) -> bool:
        s, w = shown.lower(), word.lower()
        return s in (w, w + "’s") or (w.endswith("ing") and s in (past_form(w, lex), past_form(w, lex, True)))

    def run(ex: Extraction) -> None:
        for c in ex.claims:
            parts = c.parts or (c.span,)
            for p in parts:
                assert ex.text[p.start:p.end] == p.text, (p, ex.text[p.start:p.end])
            shown = _WORD.findall(c.text)
            words = _WORD.findall(" ".join(p.text for p in parts))
            assert len(shown) == len(words) and all(same(s, w) for s, w in zip(shown, words, strict=True)), \
                (c.text, [p.text for p in parts])

    return run


@pytest.fixture(scope="session")
def attributions(lex: Lexicons) -> Callable[[str], tuple]:
    """``attributions(text)``: the attributions the parser reads in ``text`` (sentences split
    with the shipped lexicons), as ``extract_attributions`` returns them."""
    from claimcheck.parse.attributions import extract_attributions
    from claimcheck.parse.sentences import split_sentences

    def run(text: str) -> tuple:
        return tuple(extract_attributions(text, split_sentences(text, lexicons=lex), lex))

    return run


@pytest.fixture(scope="session")
def with_cue(attributions: Callable[[str], tuple]) -> Callable[..., object]:
    """``with_cue(text, word, last=False, lower=False, required=True)``: the first attribution of
    ``text`` whose cue holds ``word`` (``last``: as its last word; ``lower``: compared
    lower-cased).  ``required`` fails the test, listing the cues and sources read, when there is
    none; otherwise None is returned."""

    def run(text: str, word: str, last: bool = False, lower: bool = False, required: bool = True) -> object:
        atts = attributions(text)
        for a in atts:
            words = (a.cue.text.lower() if lower else a.cue.text).split()
            if (words[-1:] == [word]) if last else (word in words):
                return a
        assert not required, [(a.cue.text, a.source and a.source.span and a.source.span.text) for a in atts]
        return None

    return run


@pytest.fixture(scope="session")
def source_text() -> Callable[[object], str | None]:
    """``source_text(a)``: the text of attribution ``a``'s source span, or None when it has no
    source or no span."""

    def run(a: object) -> str | None:
        s = getattr(a, "source", None)
        return s.span.text if s is not None and s.span is not None else None

    return run


@pytest.fixture(scope="session")
def with_last_cue(with_cue: Callable[..., object]) -> Callable[[str, str], object]:
    """``with_last_cue(text, word)``: ``with_cue`` with ``word`` as the cue's last word."""
    return lambda text, word: with_cue(text, word, last=True)


@pytest.fixture(scope="session")
def find_cue(with_cue: Callable[..., object]) -> Callable[[str, str], object]:
    """``find_cue(text, word)``: ``with_cue`` lower-cased, None when no cue holds ``word``."""
    return lambda text, word: with_cue(text, word, lower=True, required=False)
