"""Language of an article body from function-word coverage (lexicon ``languages.toml``)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import repeat

from claimcheck.lexicons import Lexicons

_TOKEN = re.compile(r"\w+", re.UNICODE)
MIN_HITS = 5


def _table(lex: Lexicons) -> dict[str, frozenset[str]]:
    return lex.derive(_build_table)


def _build_table(lex: Lexicons) -> dict[str, frozenset[str]]:
    return {e["id"]: frozenset(w.lower() for w in e["words"]) for e in lex["languages"]}


def known_languages(lexicons: Lexicons) -> tuple[str, ...]:
    """The ISO 639-1 codes of ``languages.toml``, in file order."""
    return tuple(_table(lexicons))


def _scripts(lex: Lexicons) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return lex.derive(_build_scripts)


def _build_scripts(lex: Lexicons) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((e["id"], re.compile(e["script"])) for e in lex["languages"] if e.get("script"))


def _by_script(text: str, lexicons: Lexicons) -> str:
    letters = [c for c in text if c.isalpha()]
    for lang, rx in _scripts(lexicons):
        if letters and len(rx.findall("".join(letters))) * 2 >= len(letters):
            return lang
    return "und"


def detect(text: str, lexicons: Lexicons, limit: int = 4000) -> str:
    """ISO 639-1 code of the best-covered language of ``lexicons``; when the evidence is thin
    (fewer than ``MIN_HITS`` function words), the language whose ``script`` holds at least half
    the letters (``languages.toml``), else ``und``."""
    counts = Counter(_TOKEN.findall(text[:limit].lower()))
    get = counts.get  # (a missing word through .get costs no Counter.__missing__ call)
    best, best_hits = "und", 0
    for lang, words in _table(lexicons).items():
        hits = sum(map(get, words, repeat(0)))
        if hits > best_hits:
            best, best_hits = lang, hits
    return best if best_hits >= MIN_HITS else _by_script(text[:limit], lexicons)
