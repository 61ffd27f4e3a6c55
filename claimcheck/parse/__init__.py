"""Rule-based parsers: text + sentences + metadata in, frozen values out. No I/O, no database."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import cache

from claimcheck import __version__
from claimcheck.model import ArticleMeta, Attribution, Claim, Sentence


@cache
def extractor_version() -> str:
    """The package version plus a digest of every lexicon in use (shipped and user files), so
    results of a changed rule set are told apart from the old ones."""
    from claimcheck.lexicons import HERE, lexicon_paths

    h = hashlib.sha256()
    for name in sorted(p.stem for p in HERE.glob("*.toml")):
        for path in lexicon_paths(name):
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return f"{__version__}+{h.hexdigest()[:10]}"


def parse_article(text: str, sentences: Sequence[Sentence],
                  meta: ArticleMeta) -> tuple[tuple[Attribution, ...], tuple[Claim, ...]]:
    from claimcheck.parse.attributions import extract_attributions
    from claimcheck.parse.claims import extract_claims

    attributions = inherit_via(extract_attributions(text, sentences))
    return attributions, extract_claims(text, sentences, attributions, meta)


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
