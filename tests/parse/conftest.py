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
