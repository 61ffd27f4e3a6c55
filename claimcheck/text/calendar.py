"""Months, weekdays and number words: the one English calendar table.

Plain data, lower-case; each user builds the form it needs (a regular-expression alternation,
a word → number map) from these tuples, so the words are written once.  Order matters where a
caller joins them into an alternation: full names first, then abbreviations, in calendar order.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# each month with its abbreviations ("may" has none), January first
MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)
MONTHS: tuple[str, ...] = tuple(names[0] for names in MONTH_NAMES)
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(a for names in MONTH_NAMES for a in names[1:])
# full names, then abbreviations: "january … december jan feb … dec"
MONTH_WORDS: tuple[str, ...] = MONTHS + MONTH_ABBREVIATIONS
# month name or abbreviation → its number (1-12)
MONTH_NUMBER: Mapping[str, int] = MappingProxyType(
    {m: i for i, names in enumerate(MONTH_NAMES, 1) for m in names})

WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                             "sunday")
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# weekday → its number as in ``datetime.date.weekday()`` (Monday 0)
WEEKDAY_NUMBER: Mapping[str, int] = MappingProxyType({d: i for i, d in enumerate(WEEKDAYS)})

# cardinals and ordinals from one to twelve (index + 1 is the value)
CARDINALS: tuple[str, ...] = ("one", "two", "three", "four", "five", "six", "seven", "eight",
                              "nine", "ten", "eleven", "twelve")
ORDINALS: tuple[str, ...] = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                             "eighth", "ninth", "tenth", "eleventh", "twelfth")
# words of repetition or multiplicity that stand for a small number ("twice", "a pair")
MULTIPLES: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, ("once", "single")), (2, ("twice", "double", "pair")), (3, ("thrice", "triple")),
    (4, ("quadruple",)),
)
# round numbers written as words
LARGE_NUMBERS: tuple[tuple[str, int], ...] = (
    ("dozen", 12), ("hundred", 100), ("thousand", 1000), ("million", 1_000_000),
    ("billion", 1_000_000_000),
)


def alternation(words: tuple[str, ...], capitalised: bool = False) -> str:
    """``words`` joined by ``|`` for a regular expression, in the given order; with
    ``capitalised``, each word with a capital first letter ("January|…|Sept|…")."""
    return "|".join(w.capitalize() for w in words) if capitalised else "|".join(words)
