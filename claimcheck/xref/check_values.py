"""``check``: a contrary finding in other words, read from values (issue 10, the new-user class
"the photo was taken in 2012" against "the photo shows yesterday's flood").

A unit that addresses the claim (the same agent and action, enough of its words: step 3 of
:mod:`claimcheck.xref.check`) but gives another value where the claim gives one states a
contrary finding, and is evidence against it:

- **dates**: the claim names a year and the unit another year and not the claim's ("in 2019" /
  "in 2012"); or the claim says it is recent ("yesterday", "this week", "last night") and the unit
  places it in a year at least ``STALE_YEARS`` before the year of its article (or of today when
  the article has no date): an old photo passed off as new;
- **numbers**: the claim counts something ("12 people") and the unit counts the same noun with
  another number and never the claim's ("40 people");
- **places** are no contrary value (stop 25): the claim places it "in/at/near P" and the unit
  "in/at/near Q" right after the claim's action word (``PLACE_WINDOW``), a different proper
  name, and never names P nor a word of it in another form ("Canada" for "Canadian border":
  the same first five letters; months and weekdays are no places).  Such a unit tells the same
  act in another place, another proposition ("bombed a market in Kessel" for "bombed a market
  in Brill"): :func:`other_place` finds it and ``check`` leaves the unit out, as it does a deed
  done to another actor ("shelled Tessel" for "shelled Brill");
- **named alternatives**: the unit names the claim's agent as the one it was *not* ("by
  Ostmark, not Sylvania", "rather than Sylvania", "instead of Sylvania").

Pure functions; a value is read by regular expressions over the text, never from a list of
names.  A unit holding the claim's own value as well is no contrary finding (it may list both).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimcheck.text.calendar import MONTH_WORDS, WEEKDAYS

STALE_YEARS = 2  # a year this many years or more before the article's is not "yesterday"

_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?!\d|[.,]\d)")
_RECENT = re.compile(r"\b(?:yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening|week|weekend)|"
                     r"(?:just|only)\s+(?:now|hours\s+ago))\b", re.I)
_COUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?!\d|[.,]\d)\s+(?:(?:more|other|new|dead|injured|"
                    r"armed|young|small|large|[a-z]+-[a-z]+)\s+)?([a-z]{3,})\b")
_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+){0,2})")
_NOT_PLACES = frozenset(w.lower() for w in MONTH_WORDS + WEEKDAYS) | {"the", "a", "an", "this", "that", "his",
                                                                       "her", "its", "their", "our"}


@dataclass(frozen=True, slots=True)
class Value:
    """One value a text gives: ``kind`` (``year``, ``recent``, ``count``, ``place``), the value as
    compared (a year, "recent", a number, a place's lower-cased name) and, for a count, the noun
    it counts (lower-cased, a final s dropped)."""

    kind: str
    value: str
    noun: str | None = None


def _noun(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def values_of(text: str) -> tuple[Value, ...]:
    """The dates, counts and places of ``text`` (see the module docstring), in order of kind."""
    out: list[Value] = []
    out += [Value("year", m.group(1)) for m in _YEAR.finditer(text)]
    if _RECENT.search(text):
        out.append(Value("recent", "recent"))
    for m in _COUNT.finditer(text):
        if _YEAR.fullmatch(m.group(1)):
            continue
        out.append(Value("count", m.group(1).replace(",", ""), _noun(m.group(2))))
    for m in _PLACE.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in _NOT_PLACES:
            words = words[1:]
        if words and not any(w.lower() in _NOT_PLACES for w in words):
            out.append(Value("place", " ".join(words).lower().rstrip("’'s")))
    return tuple(out)


PLACE_WINDOW = 40  # characters after the unit's action word within which its place is the action's


def contrary_value(claim: Iterable[Value], unit: str, published: dt.date | None = None,
                   agent_names: Iterable[str] = (), action_at: int | None = None) -> str | None:
    """Why ``unit`` (a sentence that addresses the claim) gives a value contrary to the claim's
    (``claim``: :func:`values_of` of the query), or None.  ``published`` is the unit's article
    date (today when None); ``agent_names`` the names of the claim's agent (for "not X");
    ``action_at`` is unused (kept for callers: another place is no contrary value but another
    proposition, :func:`other_place`)."""
    mine = list(claim)
    theirs = values_of(unit)
    years = {v.value for v in theirs if v.kind == "year"}
    claim_years = {v.value for v in mine if v.kind == "year"}
    if claim_years and years and not years & claim_years:
        return f"gives another date ({sorted(years)[0]}, the claim {sorted(claim_years)[0]})"
    if any(v.kind == "recent" for v in mine) and years and not _RECENT.search(unit):
        now = (published or dt.date.today()).year
        old = [y for y in years if int(y) <= now - STALE_YEARS]
        if old and len(old) == len(years):
            return f"dates it to {min(old)}, the claim to the last days"
    for v in mine:
        if v.kind != "count":
            continue
        same_noun = [t for t in theirs if t.kind == "count" and t.noun == v.noun]
        if same_noun and not any(t.value == v.value for t in same_noun):
            return f"counts {same_noun[0].value} {v.noun}(s), the claim {v.value}"
    name = names_instead(unit, agent_names)
    if name is not None:
        return f"names another actor instead of {name!r}"
    return None


def other_place(claim: Iterable[Value], unit: str, action_at: int | None) -> str | None:
    """The place (lower-cased) ``unit`` gives its action that is not the claim's, or None: the
    claim (``claim``: :func:`values_of` of the query) places it "in/at/near P", the unit names
    "in/at/near Q" within ``PLACE_WINDOW`` characters after ``action_at`` (where the claim's
    action word ends in ``unit``; None: no place rule), Q a proper name, no month or weekday, and
    the unit never names P nor a word of it in another form (the same first five letters:
    "Canada" for "Canadian border").  The same act in another place is another proposition, no
    evidence for or against the claim (stop 25, new-user finding: "bombed a market in Kessel"
    counted against "bombed a market in Brill")."""
    places = [v.value for v in claim if v.kind == "place"]
    if not places or action_at is None:
        return None
    low = unit.lower()
    stems = {w[:5] for w in re.findall(r"\w+", low) if len(w) >= 4}
    if any(p in low or any(w[:5] in stems for w in p.split() if len(w) >= 4) for p in places):
        return None
    other = [" ".join(m.group(1).split()).lower().rstrip("’'s") for m in _PLACE.finditer(unit, action_at)
             if m.start() - action_at <= PLACE_WINDOW]
    other = [o for o in other if o and o.split()[0] not in _NOT_PLACES and o not in places]
    return other[0] if other else None


def names_instead(unit: str, agent_names: Iterable[str]) -> str | None:
    """The name of the claim's agent that ``unit`` names as the one it was not ("by Ostmark, not
    Sylvania", "rather than Sylvania", "instead of Sylvania"), or None."""
    for name in agent_names:
        if name and re.search(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:by\s+)?(?:the\s+)?" + re.escape(name)
                              + r"\b", unit, re.I):
            return name
    return None
