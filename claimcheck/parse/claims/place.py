"""The place of a claim: where its sentence says it happened, else where its article is.

"The group used chlorine in a primitive and ineffective way" names no place; its article is about
one town's gas attack, and another article's "the group used chlorine gas on soldiers near <another
town>" is another attack.  Clustering compares the places of two claims of one agent and predicate
(:func:`claimcheck.xref.cluster.places_differ`); this module finds them, rule-based, from the data of
``places.toml``:

1. A *place mention* is a run of one to three capitalised words right after a ``preposition`` ("near
   | Dovra", "north of | Kolno") or a ``place_noun`` ("the town of | Dovra"), or right before a
   ``place_noun`` ("Dovra | province"); not one starting with a ``not_a_place`` word (months, days,
   bodies, titles), nor one followed by a possessive ("in Kolno’s parliament").
2. The place an article is about: of the mentions in its first :data:`LEAD_SENTENCES` sentences, the
   name found most often, as a whole word, in the whole article (ties: the first); at least
   :data:`MIN_OCCURRENCES` times.  The dateline ("KOLNO (Wire) —") is where the story was filed, not
   where it happened ("BEIRUT — … in Kobani"): it is read like any other text, never first.
3. A claim's place: the first mention in its own spans (``Claim.parts``, else its span), else the
   first ``country`` or ``region`` its spans name whatever the word before it ("a safari to
   Tanzania"), else the first mention in its sentence, else its article's place (never a country or
   a region: "about Iraq" is too wide to tell two events apart); stored as an exact span of the article text
   (``text[place.start:place.end] == place.text``), so a reader can check where it came from.

The rules are English; a claim of an article in another language gets none (None).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Lexicons
from claimcheck.model import Claim, Sentence, Span

KINDS = frozenset(("preposition", "locative", "place_noun", "not_a_place", "country", "region"))  # the last two: xref.gazetteer
LEAD_SENTENCES = 3  # sentences of an article whose place mentions may be what it is about
MIN_OCCURRENCES = 2  # whole-word occurrences in the article a place it is about needs
_WORD = r"(?:al-|el-)?[A-Z][\w’']*(?:-[A-Z][\w’']*)*"  # "IS-controlled", "U.S.-led": no name
_NAME = rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})"


@dataclass(frozen=True, slots=True)
class PlaceRules:
    """``places.toml`` compiled: one pattern of place mentions (group ``name``), and the words that
    open no place name."""

    mention: re.Pattern[str]
    not_places: frozenset[str]
    wide: re.Pattern[str] | None = None  # a ``country`` or ``region`` name, as a whole word: a claim's own geography
    wide_names: frozenset[str] = frozenset()
    locative: re.Pattern[str] | None = None  # a ``locative`` preposition right before a mention's start


def place_rules(lex: Lexicons) -> PlaceRules:
    """``places.toml`` compiled (once per lexicon set).  Raises :class:`LexiconError` on an unknown
    ``kind`` or an entry without words."""
    return lex.derive(_build)


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _build(lex: Lexicons) -> PlaceRules:
    words: dict[str, list[str]] = {k: [] for k in KINDS}
    for e in lex["places"]:
        if e["kind"] not in KINDS:
            raise LexiconError(f"{e.label}: unknown kind {e['kind']!r} (allowed: {', '.join(sorted(KINDS))})")
        if not e.get("words"):
            raise LexiconError(f"{e.label}: kind {e['kind']!r} needs words")
        words[e["kind"]].extend(e["words"])
    preps, nouns = _alt(words["preposition"] + words["locative"]), _alt(words["place_noun"])
    after = rf"(?:(?<![\w-])(?:{preps})\s+(?:the\s+(?:{nouns})\s+of\s+)?|(?<![\w-])(?:{nouns})\s+of\s+)"
    before = rf"(?=\s+(?:{nouns})\b)"
    pattern = rf"(?:{after}{_NAME}(?![\w’'\-])(?![’']s\b)|(?<![\w-]){_NAME.replace('name', 'name2')}{before})"
    wide = [x.strip() for w in words["country"] + words["region"] for x in w.split("|") if x.strip()]
    loc = (re.compile(rf"(?<![\w-])(?:{_alt(words['locative'])})\s+(?:the\s+(?:{nouns})\s+of\s+)?$", re.I)
           if words["locative"] else None)
    return PlaceRules(re.compile(pattern), frozenset(words["not_a_place"]),
                      re.compile(rf"(?<![\w.-])(?:{_alt(wide)})(?![\w-])") if wide else None, frozenset(wide), loc)


def place_mentions(text: str, pr: PlaceRules, start: int = 0, end: int | None = None) -> list[Span]:
    """The place mentions of ``text[start:end]`` (step 1 of the module docstring), as spans of
    ``text``, in order."""
    out = []
    for m in pr.mention.finditer(text, start, len(text) if end is None else end):
        g = "name" if m.group("name") else "name2"
        s, e = m.span(g)
        name = m.group(g)
        if name.endswith(("’s", "'s", "’", "'")):
            continue  # "in Kolno’s parliament": a possessor, not where it happened
        first = re.sub(r"^(?:al|el)-", "", name.split()[0])
        if first in pr.not_places or first.rstrip("’'s") in pr.not_places:
            continue
        if g == "name2" and (s == 0 or text[s - 1] in ".!?\n"):
            continue  # "Province officials …" at a sentence start: no place before a place noun
        out.append(Span(s, e, name))
    return out


def where_only(claim: Claim, text: str, pr: PlaceRules) -> frozenset[str]:
    """The names of ``claim``'s actors that its own words use only as where it happened: every
    whole-word occurrence in its spans (``Claim.parts``, else its span) is a place mention right
    after a ``locative`` preposition ("Talks were held in | Paris", "fighting near | Dovra").  Such a
    place is no actor of the claim (its ``place`` holds it); a capital stands for its government only
    as an agent, source or recipient ("Paris sent …", "… sent jets to Paris"), never after "in"
    (src26).  Empty when the rules have no locative."""
    if pr.locative is None or not claim.actors:
        return frozenset()
    parts = claim.parts or (claim.span,)
    located: dict[str, set[int]] = {}  # a place mention after a locative → where it starts
    for p in parts:
        for sp in place_mentions(text, pr, p.start, p.end):
            if sp.text in claim.actors and pr.locative.search(text, max(0, sp.start - 40), sp.start) is not None:
                located.setdefault(sp.text, set()).add(sp.start)
    out = set()
    for name, starts in located.items():
        rx = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        if all(m.start() in starts for p in parts for m in rx.finditer(text, p.start, p.end)):
            out.add(name)
    return frozenset(out)


def own_places(text: str, pr: PlaceRules) -> list[str]:
    """Every place ``text`` names, in order and once each: its mentions (step 1) and the ``country``
    and ``region`` names it holds whatever the word before them."""
    out = [m.text for m in place_mentions(text, pr)]
    if pr.wide is not None:
        out += [m.group(0) for m in pr.wide.finditer(text)]
    return list(dict.fromkeys(out))


def article_place(text: str, sentences: Sequence[Sentence], pr: PlaceRules) -> Span | None:
    """The place an article is about (step 2): a mention in its first :data:`LEAD_SENTENCES`
    sentences, the name occurring most often as a whole word in ``text``; None when none occurs
    :data:`MIN_OCCURRENCES` times."""
    if not sentences:
        return None
    lead_end = sentences[min(LEAD_SENTENCES, len(sentences)) - 1].end
    best, best_n = None, MIN_OCCURRENCES - 1
    seen: set[str] = set()
    for sp in place_mentions(text, pr, 0, lead_end):
        if sp.text in seen or sp.text in pr.wide_names:
            continue  # a country or region is too wide to tell two events apart: a town, a city, a province
        seen.add(sp.text)
        n = len(re.findall(rf"(?<![\w-]){re.escape(sp.text)}(?![\w-])", text))
        if n > best_n:
            best, best_n = sp, n
    return best


def with_places(claims: Sequence[Claim], text: str, sentences: Sequence[Sentence], lex: Lexicons,
                english: bool = True) -> list[Claim]:
    """``claims`` with their ``place`` set (step 3); unchanged when ``english`` is False."""
    if not english or not claims:
        return list(claims)
    pr = place_rules(lex)
    home: Span | None = None
    home_known = False
    out = []
    for c in claims:
        parts = c.parts or (c.span,)
        got = next((m for p in parts for m in place_mentions(text, pr, p.start, p.end)), None)
        if got is None and pr.wide is not None:  # "after a safari to Tanzania": its own geography, whatever the preposition
            got = next((Span(m.start(), m.end(), m.group(0)) for p in parts
                        for m in [pr.wide.search(text, p.start, p.end)] if m is not None), None)
        if got is None and 0 <= c.sentence < len(sentences):
            s = sentences[c.sentence]
            got = next(iter(place_mentions(text, pr, s.start, s.end)), None)
        if got is None:
            if not home_known:
                home, home_known = article_place(text, sentences, pr), True
            got = home
        where = where_only(c, text, pr)
        if where:
            c = replace(c, actors=tuple(a for a in c.actors if a not in where))
        out.append(c if got is None else replace(c, place=got))
    return out
