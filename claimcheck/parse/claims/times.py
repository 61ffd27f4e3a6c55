"""The time of a claim's event: stated in its own words, else inherited from its passage or from
its article's lede (issue 9, stop 27: two events of one kind on different days were one cluster).

A claim of an event class (``window_days`` in ``actions.toml``: a strike, an attack, a meeting, a
deployment) often states its day in another sentence: "Yesterday the allies staged 29 air strikes
on Wednesday. … The action in Syria included 17 strikes near Kobani. A variety of buildings and
units were hit."; a headline ("Borduria shelled Vorna") is dated by its lede ("Bordurian artillery
shelled Vorna on Sunday").  :func:`with_times` gives such a claim the date (``refers_to``) and the
words (``refers_to_raw``) of

1. its passage: the latest claim of the same action group (classes ``compatible`` in
   ``actions.toml`` are one group) that states a date, in its own sentence or the
   :data:`PASSAGE_BACK` sentences before it;
2. else its article's event: the first claim of its group that states a date, when that claim lies
   in the headline and lede (the first :data:`LEAD_SENTENCES` sentences) and the claim comes before it
   (a headline, a lede quotation read before the dated sentence).

A claim that states a date keeps it; a claim of no event class (a relationship: training, arming)
inherits nothing, nor does one after the lede with no dated claim of its group near it.  In an
article without a publication date the words are kept unresolved (``refers_to`` None,
``refers_to_raw`` "on Tuesday"): clustering compares the weekday they name
(:func:`claimcheck.xref.cluster.dates_differ`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from claimcheck.lexicons import Lexicons
from claimcheck.model import Claim, Sentence
from claimcheck.parse.claims.dates import date_interval
from claimcheck.text.calendar import WEEKDAY_NUMBER, WEEKDAYS, alternation

PASSAGE_BACK = 3  # sentences before a claim whose dated claim of its event group it inherits from
LEAD_SENTENCES = 4  # the headline and lede: the first dated claim of a group there dates the claims before it


def event_groups(lexicons: Lexicons) -> dict[str, str]:
    """Each event class of ``actions.toml`` (one with ``window_days``) → its group: the
    alphabetically first class of those it is ``compatible`` with, transitively (attack ~
    air_strike); classes without ``window_days`` are left out (a relationship has no day)."""
    return lexicons.derive(_event_groups)


def _event_groups(lexicons: Lexicons) -> dict[str, str]:
    entries = list(lexicons["actions"])
    parent = {e["id"]: e["id"] for e in entries}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for e in entries:
        for other in e.get("compatible") or ():
            if other in parent:
                a, b = find(e["id"]), find(other)
                parent[max(a, b)] = min(a, b)
    return {e["id"]: find(e["id"]) for e in entries if e.get("window_days")}


def with_times(claims: Sequence[Claim], lexicons: Lexicons, sentences: Sequence[Sentence] = (),
               text: str = "", date_of: Callable[[str], tuple[str | None, str | None]] | None = None) -> list[Claim]:
    """``claims`` (one article's, any order) with ``refers_to``/``refers_to_raw`` inherited where a
    claim of an event class states no date of its own (see the module docstring); the claims that
    state one, and those of no event class, unchanged.  A dated claim is an anchor only for the
    claims of its own action group, and only when its date is its event's, not its statement's
    (:func:`statement_time`, read in its sentence of ``sentences`` in ``text`` when its own text
    does not hold the date).  ``date_of``: the article's date reader, given a sentence; with it, a
    claim whose own sentence states its statement's day outside the claim's words ("On Tuesday, the
    military announced | four air strikes") takes that day first, which clustering reads as a
    statement's day (:func:`claim_time`)."""

    def sentence_of(c: Claim) -> str:
        return sentences[c.sentence].text_of(text) if 0 <= c.sentence < len(sentences) else ""

    groups = event_groups(lexicons)
    anchors = sorted((c.sentence, c.span.start, groups[c.action], c.refers_to, c.refers_to_raw)
                     for c in claims if c.refers_to_raw and c.action in groups and c.sentence >= 0
                     and statement_time(c.text, c.refers_to_raw, lexicons, sentence_of(c)) is None)  # an event's day, not a statement's
    first: dict[str, tuple] = {}
    for a in anchors:
        first.setdefault(a[2], a)
    out = []
    for c in claims:
        g = groups.get(c.action or "")
        if c.refers_to_raw or g is None or c.sentence < 0:
            out.append(c)
            continue
        if date_of is not None:  # "On Tuesday, the military announced | four air strikes": its statement's day
            refers, raw = date_of(sentence_of(c))
            if raw and statement_time(c.text, raw, lexicons, sentence_of(c)) == "said":
                out.append(replace(c, refers_to=refers, refers_to_raw=raw))
                continue
        near = [a for a in anchors if a[2] == g and c.sentence - PASSAGE_BACK <= a[0] <= c.sentence]
        got = near[-1] if near else None
        if got is None and g in first and first[g][0] < LEAD_SENTENCES and c.sentence < first[g][0]:
            got = first[g]
        out.append(c if got is None else replace(c, refers_to=got[3], refers_to_raw=got[4]))
    return out


_WEEKDAY_WORD = re.compile(rf"\b({alternation(WEEKDAYS)})\b", re.I)


def stated_weekday(refers: str | None, raw: str | None) -> int | None:
    """The weekday (0 Monday … 6 Sunday) a claim's time names: the weekday of a resolved day
    (``refers`` "2024-09-29": 6), else the weekday word of an unresolved expression (``raw`` "On
    Tuesday" in an undated article: 1); None for a week, a month, a year, a relative day
    ("yesterday" undated) or no time."""
    if refers and len(refers) == 10:
        try:
            return dt.date.fromisoformat(refers).weekday()
        except ValueError:
            return None
    if refers or not raw:
        return None
    m = _WEEKDAY_WORD.search(raw)
    return WEEKDAY_NUMBER[m.group(1).lower()] if m else None


def day_edge(raw: str | None, lexicons: Lexicons) -> bool:
    """Does a date expression name the edge of its day ("late on Sunday", "Sunday night",
    "overnight Tuesday": ``day_edge`` of ``times.toml``)?  Then the adjacent weekday of another
    report may be the same night."""
    return bool(raw) and lexicons.derive(_edge_pattern).search(raw) is not None


def _edge_pattern(lexicons: Lexicons) -> re.Pattern[str]:
    words = sorted({w for e in lexicons["times"] if e.get("kind") == "edge" for w in e["words"]}, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?![\w-])", re.I) if words else re.compile(r"(?!x)x")


def statement_time(text: str, raw: str | None, lexicons: Lexicons, sentence: str = "") -> str | None:
    """Whose day a claim's date expression ``raw`` names in its ``text``: "said" when it is the day
    of a statement (right after a word of ``statement_day`` in ``times.toml``, "officials said on
    Monday"; or before the claim's first event action word with such a word between, "On Tuesday,
    the military announced four air strikes"), "denied" for a denial's ("Freedonia on Tuesday
    denied involvement in the bombardment"; ``denial_day``), None for the event's own day ("jets
    struck the port on Monday, officials said") or a date not in the text (inherited).  ``sentence``:
    the claim's sentence, read instead when ``text`` does not hold ``raw`` (a claim "The military
    announced four air strikes" of the sentence "On Tuesday, the military announced …")."""
    if not raw or not text:
        return None
    i = text.find(raw)
    if i < 0 and sentence:
        text, i = sentence, sentence.find(raw)
    if i < 0:
        return None
    st = lexicons.derive(_statement_rules)
    last = re.search(r"([^\W\d_][\w'’-]*)\W*$", text[:i])
    if last and last.group(1).lower() in st.words:
        return st.words[last.group(1).lower()]
    act = st.actions.search(text)
    if act is None or act.start() < i + len(raw):
        return None
    between = (w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", text[i + len(raw):act.start()]))
    return next((st.words[w] for w in between if w in st.words), None)


def _statement_rules(lexicons: Lexicons) -> _StatementRules:
    words = {w.lower(): e["kind"] for e in lexicons["times"] if e.get("kind") in ("said", "denied") for w in e["words"]}
    events = [e["pattern"] for e in lexicons["actions"] if e.get("window_days")]
    pat = re.compile("|".join(f"(?:{p})" for p in events), re.I) if events else re.compile(r"(?!x)x")
    return _StatementRules(words, pat)


@dataclass(frozen=True, slots=True)
class _StatementRules:
    words: dict[str, str]  # word -> "said" | "denied"
    actions: re.Pattern[str]  # the action words of the event classes


STATEMENT_BACK = 2  # days before a statement's day the event it reports may lie ("announced on Tuesday": Sunday to Tuesday)


def claim_time(refers: str | None, raw: str | None, text: str, lexicons: Lexicons, sentence: str = ""
               ) -> tuple[tuple[int, int] | None, frozenset[int] | None]:
    """The days a claim's event may lie on: ``(span, weekdays)``, ``span`` the first and last day
    (proleptic ordinals) of its resolved date (:func:`claimcheck.parse.claims.dates.date_interval`),
    ``weekdays`` the weekdays (0 Monday … 6 Sunday) its day may be (a resolved day's, or an undated
    article's "on Tuesday"; None for a week, a month, a year or no day).  A statement's day
    (:func:`statement_time` "said") reaches :data:`STATEMENT_BACK` days back, the edge of a day
    ("late on Sunday", :func:`day_edge`) one day each way; a denial's day is no time of the event:
    (None, None)."""
    kind = statement_time(text, raw, lexicons, sentence)
    if kind == "denied":
        return None, None
    back = STATEMENT_BACK if kind == "said" else 0
    edge = 1 if day_edge(raw, lexicons) else 0
    span = date_interval(refers)
    if span is not None:
        span = (span[0] - back - edge, span[1] + edge)
    wd = stated_weekday(refers, raw)
    days = frozenset((wd + k) % 7 for k in range(-back - edge, edge + 1)) if wd is not None else None
    return span, days


def times_conflict(a: tuple[tuple[int, int] | None, frozenset[int] | None],
                   b: tuple[tuple[int, int] | None, frozenset[int] | None], events: bool) -> bool:
    """Do two claims' times (:func:`claim_time`) exclude one event: both spans known and not
    overlapping; else, for two claims of event classes (``events``), both weekday sets known and
    disjoint (an undated article's "on Tuesday" / "on Wednesday", or a dated article's Sunday)?"""
    if a[0] is not None and b[0] is not None:
        return a[0][1] < b[0][0] or b[0][1] < a[0][0]
    return events and a[1] is not None and b[1] is not None and not a[1] & b[1]
