"""Content-word tokens and overlap for comparing a claim with a sentence.

Small, dependency-light and fast: a word is lower-cased, its possessive dropped and its
inflection cut by a few suffix rules ("stemming-lite": *arrested*, *arrests*, *arresting* →
``arrest``); function words are dropped; numbers are kept as they are ("300", "2015").  Words
that the stance lexicon lists as equivalent (*dead*, *died*, *death* → one key) share one
key; see ``claimcheck/lexicons/stance.toml`` (entries of kind ``equivalent``).

Only :func:`content_tokens` and :class:`Token` are meant for other modules; the word pattern,
stop words and stemmer are :mod:`claimcheck.text.tokens`' (``WORD``, ``STOP_MATCHING``,
``stem``, ``normalise``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from claimcheck.text.tokens import ORDINAL_DIGITS, STOP_MATCHING, WORD, normalise, stem


@dataclass(frozen=True, slots=True)
class Token:
    key: str  # normalised form used for matching
    start: int  # offsets into the text the token was read from
    end: int
    surface: str  # the word as written
    weight: float  # how much it tells about the topic (names and numbers more)


_NUM_UNIT = re.compile(r"^(\d+(?:[.,]\d+)?)([a-z]{1,3})$")


def phrase_table(equivalents: Mapping[str, str]) -> dict[tuple[str, ...], str]:
    """The multi-word keys of ``equivalents`` ("islamic state") as word tuples."""
    return {tuple(k.split()): v for k, v in equivalents.items() if " " in k}


def content_tokens(text: str, equivalents: Mapping[str, str] | None = None,
                   noise: frozenset[str] = frozenset(),
                   phrases: Mapping[tuple[str, ...], str] | None = None) -> list[Token]:
    """The content words of ``text`` with their offsets, keys and weights.

    ``equivalents`` maps a normalised word (or its stem, or a phrase of normalised words
    joined by spaces) to a shared key; ``noise`` holds extra normalised words to drop (stance
    cues); ``phrases`` is ``phrase_table(equivalents)`` when the caller keeps it.
    """
    eq = equivalents or {}
    if phrases is None:
        phrases = phrase_table(eq)
    first_words = {k[0] for k in phrases}
    longest = max((len(k) for k in phrases), default=0)
    words = list(WORD.finditer(text))
    # In Title Case text ("Apple Watch Will Need Charging") a capital says nothing about names;
    # judged on the first words (a headline, a lead)
    head = words[:40]
    caps = sum(1 for m in head if m.group(0)[:1].isupper())
    title_case = len(head) >= 4 and caps >= 0.6 * len(head)
    norm = [normalise(m.group(0)) for m in words]
    out: list[Token] = []
    skip_to = 0
    for i, m in enumerate(words):
        if i < skip_to:
            continue
        surface = m.group(0)
        w = norm[i]
        if surface.replace(".", "") in ("US", "USA"):
            w = "usa"  # the country, not the pronoun
        if longest and w in first_words:
            hit = None
            for n in range(min(longest, len(words) - i), 1, -1):
                key = phrases.get(tuple(norm[i : i + n]))
                if key is not None:
                    hit = (n, key)
                    break
            if hit is not None:
                n, key = hit
                last = words[i + n - 1]
                out.append(Token(key, m.start(), last.end(), text[m.start() : last.end()], 1.0))
                skip_to = i + n
                continue
        if not w or w in STOP_MATCHING or w in noise or w.endswith("nt") and "'" in surface.replace("’", "'"):
            continue  # function words, stance cues, contractions ("won't", "isn't")
        prev = text[max(0, m.start() - 2) : m.start()]
        starts_sentence = i == 0 or any(c in prev for c in ".!?:\n\"“")
        # "U.S.-Mexico" → keep the hyphenated pieces as separate words; "50ft" → "50", "ft"
        pieces = [w] if "-" not in w else [p for p in w.split("-") if p]
        if len(pieces) == 1 and (nm := _NUM_UNIT.match(w)) and not ORDINAL_DIGITS.match(w):
            pieces = [nm.group(1), nm.group(2)]
        for piece in pieces:
            if piece in STOP_MATCHING or piece in noise:
                continue
            key = eq.get(piece)
            if key is None:
                st = stem(piece)
                if st in noise:
                    continue
                key = eq.get(st, st)
            if key.isdigit():
                weight = 0.6 if len(key) == 1 else 1.2  # "2" is weak, "2015" or "300" tells more
            elif (surface[:1].isupper() and not starts_sentence and not title_case) or (
                    surface.isupper() and 2 <= len(surface) <= 5 and not title_case):
                weight = 1.5  # a name inside a sentence, an acronym
            elif len(piece) <= 3:
                weight = 0.6
            else:
                weight = 1.0
            out.append(Token(key, m.start(), m.end(), surface, weight))
    return out
