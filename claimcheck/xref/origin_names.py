"""Outlet names within one cluster: a short form ("the Post", "NYT", "the Free-Beacon") is the
full name it stands for ("The Washington Post", "The New York Times", "The Washington Free
Beacon"), so that one unnamed source relayed by one outlet is one origin however the outlet is
spelled.

Names arrive here already normalised by :func:`claimcheck.xref.origin_rules.strip_suffixes`
(case, hyphens and dots, a leading "the", outlet suffixes such as "News" or "Online", and the
other names the ``outlet`` entries of ``lexicons/origins.toml`` give an outlet).  What is left is
the short form an article makes up for a name it gave in full (or that another article of the
same cluster gave in full):

* a **suffix**: the words of the short form end the full name ("post" / "washington post",
  "free beacon" / "washington free beacon");
* an **acronym**: one word whose letters are the initials of the full name's words, with or
  without its function words ("nyt" / "new york times", "hor" / "house of representatives").

A short form takes its full name only when exactly one full name fits: first among the names of
its own article, else among those of the whole cluster ("the Post" with both "The Washington
Post" and "The New York Post" in the cluster, and neither in its article, stays itself).  A
word of the ``not_a_short_form`` entries ("the press", "the agency") is never a short form: it
names a kind of outlet, not one.  Only the names of outlets are read here (a publisher, an
intermediary, the author of a report): a person's surname is the actor index's business.

The rule reads the cluster's mentions only (never the rest of the store), so an origin key
depends on the cluster alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

FUNCTION_WORDS = frozenset(("of", "and", "for", "on", "in", "the", "de", "la", "le", "el", "al", "du", "des", "y"))


def is_short_form(short: str, full: str, stop: Iterable[str] = ()) -> bool:
    """Whether the normalised outlet name ``short`` is a short form of ``full`` (a word-suffix of
    it, or one word of 2–6 letters that is its initials, with or without its function words);
    never a name of ``stop`` (kinds of outlet: "press", "agency")."""
    if short == full or not short or short in stop:
        return False
    sw, fw = short.split(), full.split()
    if len(sw) < len(fw) and fw[-len(sw):] == sw:
        return True
    if len(sw) != 1 or not 2 <= len(short) <= 6 or not short.isalpha() or len(fw) < 2:
        return False
    content = [w for w in fw if w not in FUNCTION_WORDS]
    return short in ("".join(w[0] for w in fw), "".join(w[0] for w in content))


def full_names(names: Iterable[tuple[int, str]], stop: Iterable[str] = ()) -> dict[tuple[int, str], str]:
    """``(article id, normalised outlet name)`` → the full name it stands for, for each name of
    ``names`` (the outlet names of one cluster's mentions) that is a short form of exactly one
    full name of its own article, else of exactly one of the whole cluster; the full names are
    those no longer name of ``names`` extends.  Names that stand for themselves are absent."""
    stop = frozenset(stop)
    by_article: dict[int, set[str]] = defaultdict(set)
    for art, n in names:
        if n:
            by_article[art].add(n)
    every = sorted(set().union(*by_article.values())) if by_article else []
    if len(every) < 2:
        return {}
    longer: dict[str, list[str]] = {}
    for n in every:
        got = [f for f in every if is_short_form(n, f, stop)]
        if got:
            longer[n] = got
    if not longer:
        return {}
    out: dict[tuple[int, str], str] = {}
    for art, own in by_article.items():
        for n in sorted(own & longer.keys()):
            fits = _widest(longer[n], longer)
            mine = [f for f in fits if f in own]
            pick = mine or fits
            if len(pick) == 1:
                out[(art, n)] = pick[0]
    return out


def _widest(fits: list[str], longer: Mapping[str, list[str]]) -> list[str]:
    """The names of ``fits`` that are no short form of another of them (one full name, not
    "free beacon" beside "washington free beacon")."""
    return [f for f in fits if not any(g in longer.get(f, ()) for g in fits)]
