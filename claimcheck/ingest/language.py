"""Language of an article body from function-word coverage (lexicon ``languages.toml``)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import repeat

from claimcheck.lexicons import load_entries, schemas

_TOKEN = re.compile(r"\w+", re.UNICODE)
MIN_HITS = 5


@cache
def _table() -> dict[str, frozenset[str]]:
    return {e["id"]: frozenset(w.lower() for w in e["words"])
            for e in load_entries("languages", schemas.LANGUAGES)}


def known_languages() -> tuple[str, ...]:
    return tuple(_table())


def detect(text: str, limit: int = 4000) -> str:
    """ISO 639-1 code of the best-covered language, or ``und`` when the evidence is thin."""
    counts = Counter(_TOKEN.findall(text[:limit].lower()))
    get = counts.get  # (a missing word through .get costs no Counter.__missing__ call)
    best, best_hits = "und", 0
    for lang, words in _table().items():
        hits = sum(map(get, words, repeat(0)))
        if hits > best_hits:
            best, best_hits = lang, hits
    return best if best_hits >= MIN_HITS else "und"
