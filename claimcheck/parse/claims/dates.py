"""Dates in claims: the first date expression of a text, resolved against the publication date
by plain calendar arithmetic.

A resolved date keeps the granularity of what the text says: a day ("2024-02-09": "on Friday",
"yesterday", "on 9 February"), an ISO week ("2024-W06": "next week", "two weeks ago"), a month
("2024-02": "last month", "in February") or a year ("2024": "this year").  A vague relative
expression is never made a precise day: "next week" in articles of Friday and Saturday is the
same week, not two days.  Two stated dates conflict only when the periods they name do not
overlap (:func:`dates_conflict`)."""

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


def iso_week(d: dt.date) -> str:
    """The ISO 8601 week holding ``d``: "2024-W06" (weeks start on Monday; week 1 holds the
    year's first Thursday, so 2024-12-30 is "2025-W01")."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def date_interval(refers: str | None) -> tuple[int, int] | None:
    """The first and last day (proleptic ordinals, :meth:`datetime.date.toordinal`) of the period
    a resolved date names: a day ("2024-02-09"), an ISO week ("2024-W06", Monday to Sunday), a
    month ("2024-02") or a year ("2024"); None for None or a string of none of these shapes."""
    if not refers:
        return None
    try:
        if len(refers) == 10:
            d = dt.date.fromisoformat(refers).toordinal()
            return d, d
        w = _WEEK.fullmatch(refers)
        if w:
            monday = dt.date.fromisocalendar(int(w.group(1)), int(w.group(2)), 1).toordinal()
            return monday, monday + 6
        if len(refers) == 7:
            y, m = int(refers[:4]), int(refers[5:7])
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return dt.date(y, m, 1).toordinal(), nxt.toordinal() - 1
        if len(refers) == 4:
            y = int(refers)
            return dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal()
    except ValueError:
        return None
    return None


def dates_conflict(a: str | None, b: str | None) -> bool:
    """Do two resolved dates name periods that do not overlap?  A day conflicts with another day
    ("2024-03-03" / "2024-03-05"), a week with a day outside it, a month with a week wholly in
    another month; "2024-W06" and "2024-02-09" (a Friday of that week), "2024-W05" (29 January to
    4 February) and "2024-02" do not.  False when either is None or unreadable: an unknown date
    conflicts with nothing."""
    x, y = date_interval(a), date_interval(b)
    return x is not None and y is not None and (x[1] < y[0] or y[1] < x[0])


def resolve_date(expr: str, published: dt.date | None) -> str | None:
    """ISO date, ISO week (YYYY-Www: "next week", "two weeks ago"), month (YYYY-MM) or year for a
    date expression, relative to ``published``: the granularity of what it says.  None when it cannot be known: a relative expression without a publication date, or a
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
            return iso_week(p + dt.timedelta(weeks=step))
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
            return iso_week(p - dt.timedelta(weeks=n))
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
    m = _first_date(text, low)
    if m is None:
        return None, None
    raw = text[m.start():m.end()].strip()
    if published is not None and _LAST_WEEKDAY.fullmatch(re.sub(r"^on\s+", "", raw.lower())) and \
            not re.match(r"(?:on\s+)?(?:last|next|this|coming)\s", raw.lower()) and _FUTURE.search(text, 0, m.start()):
        return resolve_date("coming " + re.sub(r"^on\s+", "", raw.lower()), published), raw
    refers = resolve_date(raw, published)
    if refers is None and published is None and not _is_weekday(raw):
        # an undated article's "Yesterday … on Wednesday": the weekday is the day it names, which
        # clustering can compare (xref.cluster.dates_differ); "yesterday" has nothing to be read against
        lw = low if low is not None else _folded(text)
        later = _DATE_FOLDED.finditer(lw, m.end()) if lw is not None else _DATE.finditer(text, m.end())
        day = next((x for x in later if _is_weekday(text[x.start():x.end()])), None)
        if day is not None:
            return None, text[day.start():day.end()].strip()
    return refers, raw


def _is_weekday(raw: str) -> bool:
    """Is a date expression a weekday ("on Tuesday", "last Sunday night")?"""
    return _LAST_WEEKDAY.fullmatch(re.sub(r"^on\s+", "", raw.lower().strip())) is not None


def _first_date(text: str, low: str | None = None) -> re.Match[str] | None:
    """The first date expression of an English ``text`` (a match in ``text`` or in ``low``, its
    folded form, at the same offsets), a month name written lower-case aside ("may", "march")."""
    # cheap test first: most sentences name no date (``_DATE_HINT`` as two faster searches)
    if _HINT_DIGIT.search(text) is None and _HINT_WORD.search(text) is None:
        return None
    if low is None:
        low = _folded(text)
    for m in (_DATE_FOLDED.finditer(low) if low is not None else _DATE.finditer(text)):
        month = _MONTH_WORD.search(text, m.start(), m.end())
        if month and not month.group(0)[0].isupper():
            continue  # "may", "march" as verbs
        return m
    return None


def date_span(text: str) -> tuple[int, int] | None:
    """Where the date expression that gives an English claim its ``refers_to`` lies in ``text``
    (start, end; the words "next week", "on 9 February"), None without one: clustering compares
    the date through ``refers_to`` (:func:`dates_conflict`), not through these words."""
    m = _first_date(text)
    return None if m is None else (m.start(), m.end())
