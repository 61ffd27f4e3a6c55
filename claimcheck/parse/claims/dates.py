"""Dates in claims: the first date expression of a text, resolved against the publication date
by plain calendar arithmetic."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from types import MappingProxyType

from claimcheck.parse.claims.cues import _MONTHS, _WEEKDAYS, _folded
from claimcheck.parse.patterns import gated
from claimcheck.text.calendar import CARDINALS, MONTH_NUMBER, WEEKDAY_NUMBER, WEEKDAYS, alternation

_DATE = re.compile(
    rf"\b(?:(?:on\s+|next\s+|this\s+|coming\s+|last\s+)?(?:{_WEEKDAYS})(?:\s+morning|\s+afternoon|\s+evening|\s+night)?"
    rf"|(?:in|on|since|by|until|last|early|late|mid-?)?\s*(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})(?:,?\s+\d{{4}})?"
    rf"|(?:last|next|this|earlier\s+this|later\s+this)\s+(?:week|month|year|summer|winter|spring|autumn|fall)"
    rf"|(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago"
    rf"|(?:yesterday|today|tomorrow)"
    rf"|in\s+(?:19|20)\d\d)\b", re.I)

# how many units back "<word> days ago" reaches (None: vague, "a few days ago")
_NUMBER_WORDS: Mapping[str, int | None] = MappingProxyType(
    {"a": 1, "an": 1, **{w: i for i, w in enumerate(CARDINALS, 1)}, "several": None, "few": None})
_LAST_WEEKDAY = re.compile(rf"(?:(last|next|this|coming) )?({alternation(WEEKDAYS)})(?: \w+)?")
# a weekday the sentence speaks of in the future ("will begin on Friday", "the vote is on Friday")
_FUTURE = re.compile(r"\b(?:will|would|shall|'ll|is\s+due|are\s+due|is\s+set|are\s+set|scheduled|planned|"
                     r"plans?\s+to|is\s+to|are\s+to|going\s+to|\b(?:is|are)\s+(?:on\s+)?$)", re.I)


def _shift_month(d: dt.date, months: int) -> tuple[int, int]:
    k = d.year * 12 + (d.month - 1) + months
    return k // 12, k % 12 + 1


def resolve_date(expr: str, published: dt.date | None) -> str | None:
    """ISO date, month (YYYY-MM) or year for a date expression, relative to ``published``.
    None when it cannot be known: a relative expression without a publication date, or a
    vague one ("a few days ago").  Plain calendar arithmetic, no guessing."""
    low = re.sub(r"\s+", " ", expr.lower().strip().rstrip("."))
    low = re.sub(r"^(?:on|in|since|by|until|during) ", "", low)
    year_m = re.search(r"\b(1[89]\d\d|20\d\d)\b", low)
    year = int(year_m.group(1)) if year_m else None
    p = published
    if re.fullmatch(r"(?:1[89]|20)\d\d", low):
        return low
    rel = re.fullmatch(r"(last|this|next|earlier this|later this) (week|month|year|summer|winter|spring|autumn|fall)", low)
    if rel:
        if p is None:
            return None
        which, unit = rel.groups()
        step = {"last": -1, "next": 1}.get(which, 0)
        if unit == "month":
            y, m = _shift_month(p, step)
            return f"{y:04d}-{m:02d}"
        if unit == "year":
            return f"{p.year + step:04d}"
        if unit == "week":
            return (p + dt.timedelta(weeks=step)).isoformat() if step else p.isoformat()
        return f"{p.year + (step if unit != 'winter' else 0):04d}"
    ago = re.fullmatch(r"(\w+) (day|week|month|year)s? ago", low)
    if ago:
        n = _NUMBER_WORDS.get(ago.group(1), int(ago.group(1)) if ago.group(1).isdigit() else None)
        if p is None or n is None:
            return None
        unit = ago.group(2)
        if unit == "day":
            return (p - dt.timedelta(days=n)).isoformat()
        if unit == "week":
            return (p - dt.timedelta(weeks=n)).isoformat()
        if unit == "month":
            y, m = _shift_month(p, -n)
            return f"{y:04d}-{m:02d}"
        return f"{p.year - n:04d}"
    if low in ("yesterday", "today", "tomorrow"):
        return None if p is None else (p + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[low])).isoformat()
    wd = _LAST_WEEKDAY.fullmatch(low)
    if wd:
        if p is None:
            return None
        which, day = wd.group(1), WEEKDAY_NUMBER[wd.group(2)]
        if which in ("next", "this", "coming"):  # the coming such day, never a past one
            return (p + dt.timedelta(days=(day - p.weekday()) % 7 or (7 if which != "this" else 0))).isoformat()
        back = (p.weekday() - day) % 7 or (7 if which == "last" else 0)  # the most recent such day (news tells the past)
        return (p - dt.timedelta(days=back)).isoformat()
    words = re.findall(r"[a-z]+|\d+", low)
    month = next((MONTH_NUMBER[w] for w in words if w in MONTH_NUMBER), None)
    if month is None:
        return f"{year:04d}" if year else None
    day_m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", low.replace(str(year), " ") if year else low)
    day = int(day_m.group(1)) if day_m and 1 <= int(day_m.group(1)) <= 31 else None
    if year is None:
        if p is None:
            return None
        year = p.year
        nxt = words[0] == "next" if words else False
        if not nxt and (month, day or 1) > (p.month, p.day):
            year -= 1  # "In April" in an October article: April of that year; "last June": the past one
        if nxt and (month, day or 1) <= (p.month, p.day):
            year += 1
    elif words and words[0] == "last" and p is not None and year == p.year and month > p.month:
        year -= 1
    if day is not None:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    return f"{year:04d}-{month:02d}"


_MONTH_WORD = re.compile(rf"\b(?:{_MONTHS})\b", re.I)


_DATE_HINT = re.compile(rf"\d|\b(?:{_MONTHS}|{_WEEKDAYS})\b|\b(?:last|next|this|ago|yesterday|today|tomorrow|earlier|later)\b")


_HINT_DIGIT = re.compile(r"\d")
_HINT_WORD = re.compile(gated(rf"\b(?:{_MONTHS}|{_WEEKDAYS}|last|next|this|ago|yesterday|today|tomorrow|earlier|later)\b"))
_DATE_FOLDED = re.compile(_DATE.pattern.lower())  # for _folded text (see _folded)


def _date_of(text: str, published: dt.date | None, low: str | None = None) -> tuple[str | None, str | None]:
    """``low``: ``_folded(text)`` when the caller has it."""
    # cheap test first: most sentences name no date (``_DATE_HINT`` as two faster searches)
    if _HINT_DIGIT.search(text) is None and _HINT_WORD.search(text) is None:
        return None, None
    if low is None:
        low = _folded(text)
    for m in (_DATE_FOLDED.finditer(low) if low is not None else _DATE.finditer(text)):
        raw = text[m.start():m.end()].strip()
        month = _MONTH_WORD.search(raw)
        if month and not month.group(0)[0].isupper():
            continue  # "may", "march" as verbs
        if published is not None and _LAST_WEEKDAY.fullmatch(re.sub(r"^on\s+", "", raw.lower())) and \
                not re.match(r"(?:on\s+)?(?:last|next|this|coming)\s", raw.lower()) and _FUTURE.search(text, 0, m.start()):
            return resolve_date("coming " + re.sub(r"^on\s+", "", raw.lower()), published), raw
        return resolve_date(raw, published), raw
    return None, None
