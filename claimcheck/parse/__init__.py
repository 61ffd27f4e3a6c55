"""Rule-based parsers: text + sentences + metadata in, frozen values out. No I/O, no database."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck import __version__
from claimcheck.lexicons import Lexicons, load_lexicons
from claimcheck.model import ArticleMeta, Attribution, Claim, Sentence


def extractor_version(lexicons: Lexicons | None = None) -> str:
    """The package version plus a digest of every lexicon in use (shipped and user files), so
    results of a changed rule set are told apart from the old ones.  Without ``lexicons`` the
    files are read now (``CLAIMCHECK_LEXICONS`` honoured)."""
    lex = lexicons if lexicons is not None else load_lexicons()
    return f"{__version__}+{lex.digest}"


def parse_article(text: str, sentences: Sequence[Sentence], meta: ArticleMeta,
                  lexicons: Lexicons) -> tuple[tuple[Attribution, ...], tuple[Claim, ...]]:
    """The attributions and claims of one article (``sentences`` from
    :func:`claimcheck.parse.sentences.split_sentences`)."""
    from claimcheck.parse.attributions import extract_attributions
    from claimcheck.parse.claims import extract_claims

    attributions = inherit_via(extract_attributions(text, sentences, lexicons, meta.value("language")))
    return attributions, extract_claims(text, sentences, attributions, meta, lexicons)


def inherit_via(attributions: Sequence[Attribution]) -> tuple[Attribution, ...]:
    """An anaphoric source ("They added", "the sources indicated") speaks through the same
    intermediaries as its antecedent ("Sources told the news site …"): its ``via`` chain is
    the antecedent attribution's when it has none of its own."""
    from dataclasses import replace

    out: list[Attribution] = []
    for a in attributions:
        src = a.source
        if not a.via and src is not None and src.resolved is not None:
            r = src.resolved
            for prev in reversed(out):
                ps = prev.source.span if prev.source is not None else None
                if ps is not None and ps.start < r.end and r.start < ps.end and prev.via:
                    a = replace(a, via=prev.via)
                    break
        out.append(a)
    return tuple(out)
