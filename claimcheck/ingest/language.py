"""Language of an article body from function-word coverage (lexicon ``languages.toml``)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import repeat

from claimcheck.lexicons import Lexicons

_TOKEN = re.compile(r"\w+", re.UNICODE)
# enough function words to decide on their own, however close the runner-up
MIN_HITS = 5
# a short text (a headline, a three-sentence brief) decides with fewer when the evidence is clear:
# at least SHORT_MIN_HITS hits of SHORT_MIN_WORDS different function words of one language, and at
# least SHORT_LEAD times the hits of any other language ("The answer is no" -> en; "La situación"
# -> und: "la" is French, Spanish and Italian alike).  Measured with
# ``python benchmarks/lang_quality.py --detect`` (docs/quality.md, "New user's findings, stop 23").
SHORT_MIN_HITS = 2
SHORT_MIN_WORDS = 2
SHORT_LEAD = 2


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
    """ISO 639-1 code of the best-covered language of ``lexicons`` (function words of
    ``languages.toml`` counted in the first ``limit`` characters): with ``MIN_HITS`` hits or more
    that language; with fewer, that language when its evidence is clear (``SHORT_MIN_HITS`` hits
    of ``SHORT_MIN_WORDS`` different words, ``SHORT_LEAD`` times any other language's hits: a
    three-sentence English brief is English); else the language whose ``script`` holds at least
    half the letters; else ``und`` (names and numbers only, one shared word, two languages level)."""
    counts = Counter(_TOKEN.findall(text[:limit].lower()))
    get = counts.get  # (a missing word through .get costs no Counter.__missing__ call)
    best, best_hits, second_hits = "und", 0, 0
    table = _table(lexicons)
    for lang, words in table.items():
        hits = sum(map(get, words, repeat(0)))
        if hits > best_hits:
            best, best_hits, second_hits = lang, hits, best_hits
        elif hits > second_hits:
            second_hits = hits
    if best_hits >= MIN_HITS:
        return best
    if (best_hits >= SHORT_MIN_HITS and best_hits >= SHORT_LEAD * second_hits
            and sum(1 for w in table[best] if w in counts) >= SHORT_MIN_WORDS):
        return best
    return _by_script(text[:limit], lexicons)
