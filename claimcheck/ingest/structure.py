"""The shape of a plain-text article: title, byline, dateline, body and boilerplate lines.

General rules, no site-specific templates:
- navigation phrases and prefixes from ``boilerplate.toml``; everything after a "related
  articles" marker line ("Check Also", "Related", "Read more") is a trailer;
- breadcrumbs: a short line of segments separated by ``/``, ``»``, ``>`` or ``|`` that starts
  with a navigation word ("Home / Featured Articles / …");
- a repeated line is kept once; later copies are flagged (a repeated headline or teaser);
- a dateline: a short line that is (a label and) a date, parsed with dateparser;
- a byline: a short line naming a desk, agency or "By …" near the top;
- short lines near the top with no sentence in them (section names) are chrome;
- the title is the first substantial line of the head, preferring one that repeats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.lexicons import Lexicons, or_default
from claimcheck.model import Line, MetaValue
from claimcheck.text.calendar import MONTH_NUMBER, WEEKDAY_ABBREVIATIONS, WEEKDAYS, alternation
from claimcheck.text.segment import split_lines

_WORD = re.compile(r"\w+", re.UNICODE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_SEP = re.compile(r"\s+(?:/|»|>|\||›|::)\s+")
_BY = re.compile(r"^\s*(?:by|written by|reporting by|von|par|por)\s+[A-Z\w]", re.I)
_END_PUNCT = re.compile(r"""[.!?…:;]['"’”»)]*\s*$""")
_SENTENCE_END = re.compile(r"""[.!?]['"’”]?\s*$""")
HEAD_LINES = 8  # title, byline and chrome are looked for in the first lines
TITLE_MAX_WORDS = 30


@dataclass(frozen=True, slots=True)
class BoilerplateLexicon:
    phrases: frozenset[str]
    prefixes: tuple[str, ...]
    trailers: frozenset[str]
    date_labels: tuple[str, ...]
    byline_markers: tuple[str, ...]
    blocks: tuple[str, ...] = ()


def lexicon(lex: Lexicons) -> BoilerplateLexicon:
    """The boilerplate markers of ``lex`` (``boilerplate.toml``), built once per object."""
    return lex.derive(_build_lexicon)


def _build_lexicon(lex: Lexicons) -> BoilerplateLexicon:
    groups: dict[str, list[str]] = {}
    for e in lex["boilerplate"]:
        groups.setdefault(e["kind"], []).extend(v.lower() for v in e["values"])
    return BoilerplateLexicon(
        frozenset(groups.get("phrases", ())),
        tuple(groups.get("prefixes", ())),
        frozenset(groups.get("trailers", ())),
        tuple(sorted(groups.get("date_labels", ()), key=len, reverse=True)),
        tuple(groups.get("byline_markers", ())),
        tuple(groups.get("blocks", ())),
    )


def _norm(s: str) -> str:
    return " ".join(_WORD.findall(s.lower()))


@dataclass(frozen=True, slots=True)
class Structure:
    lines: tuple[Line, ...]
    title: MetaValue | None
    byline: MetaValue | None
    outlet: MetaValue | None
    published: MetaValue | None
    published_precision: str | None


DATE_MEMO_MAX = 4096


def _date_memo(lex: Lexicons) -> dict[str, tuple[object, str, str | None] | None]:
    return {}


def parse_date(raw: str, lexicons: Lexicons | None = None,
               language: str | None = None) -> tuple[object, str, str | None] | None:
    """(date, precision, language) for a date string with an optional label (the date labels
    and languages of ``lexicons``), else None.  ``language`` (ISO 639-1, the article's, given or
    detected): dateparser reads the string in that language alone (its day/month order and
    month names) instead of every language of ``languages.toml``.  Results are remembered in
    ``lexicons`` (at most ``DATE_MEMO_MAX``); loaded now when None."""
    lexicons = or_default(lexicons)
    memo = lexicons.derive(_date_memo)
    key = raw if language is None else f"{language}\x00{raw}"
    if key in memo:
        return memo[key]
    if len(memo) >= DATE_MEMO_MAX:
        memo.clear()
    got = memo[key] = _parse_date(raw, lexicons, language)
    return got


def _parse_date(raw: str, lexicons: Lexicons, language: str | None = None) -> tuple[object, str, str | None] | None:
    lex = lexicon(lexicons)
    s = raw.strip()
    low = s.lower()
    for label in lex.date_labels:
        if low.startswith(label):
            rest = s[len(label):].lstrip(" :-–—\t")
            if rest != s:
                s = rest
                break
    else:
        if ":" in s.split(" ")[0] or re.match(r"^[^\d:]{2,30}:\s", s):
            s = s.split(":", 1)[1].strip()
    if not _YEAR.search(s) or len(s) > 60:
        return None
    quick = _english_date(s) if language in (None, "en") or _ISO.match(s) else None
    if quick is not None:
        return quick
    try:
        parser = lexicons.derive(_date_parser) if language is None else _language_parser(lexicons, language)
        if parser is None:
            return None
        data = parser.get_date_data(s)
    except Exception:  # dateparser raises assorted errors on odd strings  # noqa: BLE001
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day", data.locale


def _date_parser(lex: Lexicons):  # noqa: ANN202
    """One dateparser instance for the languages of ``languages.toml`` (trying every locale
    dateparser knows costs a second per new string)."""
    from dateparser.date import DateDataParser  # heavy import, only when a date line is seen

    from claimcheck.ingest.language import known_languages

    return DateDataParser(languages=list(known_languages(lex)),
                          settings={"PREFER_DAY_OF_MONTH": "first", "PREFER_MONTH_OF_YEAR": "first",
                                    "REQUIRE_PARTS": ["year"]})


def _language_parsers(lex: Lexicons) -> dict:
    return {}


def _language_parser(lex: Lexicons, language: str):  # noqa: ANN202
    """One dateparser instance for ``language`` alone (kept in ``lex``); None for a code
    dateparser does not know."""
    parsers = lex.derive(_language_parsers)
    if language not in parsers:
        from dateparser.date import DateDataParser

        try:
            parsers[language] = DateDataParser(languages=[language], settings={
                "PREFER_DAY_OF_MONTH": "first", "PREFER_MONTH_OF_YEAR": "first", "REQUIRE_PARTS": ["year"]})
        except ValueError:
            parsers[language] = None
    return parsers[language]


_WEEKDAY = rf"(?:{alternation(WEEKDAYS)}|{alternation(WEEKDAY_ABBREVIATIONS)})\.?\s*,?\s*"
_EN_DMY = re.compile(rf"^(?:{_WEEKDAY})?(\d{{1,2}})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{{4}})\b", re.I)
_EN_MDY = re.compile(rf"^(?:{_WEEKDAY})?([a-z]+)\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})\b")


def _english_date(s: str) -> tuple[object, str, str | None] | None:
    """ISO and English day-month-year / month-day-year dates without dateparser (fast path)."""
    import datetime as dt

    s = s.strip()
    try:
        if m := _ISO.match(s):
            return dt.date(int(m[1]), int(m[2]), int(m[3])), "day", None
        if (m := _EN_DMY.match(s)) and m[2].lower() in MONTH_NUMBER:
            return dt.date(int(m[3]), MONTH_NUMBER[m[2].lower()], int(m[1])), "day", "en"
        if (m := _EN_MDY.match(s)) and m[1].lower() in MONTH_NUMBER:
            return dt.date(int(m[3]), MONTH_NUMBER[m[1].lower()], int(m[2])), "day", "en"
    except ValueError:
        return None
    return None


_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_DATE_BY = re.compile(rf"^(?P<date>.*?\d{{4}}.*?)\s+by\s+(?P<name>{_NAME})\s*$")
_BY_DATE = re.compile(rf"^\s*by\s+(?P<name>{_NAME})\s*[|·•,–—-]\s*(?P<date>.*\d{{4}}.*)$", re.I)
_DATE_PARTS = re.compile(r"\s+[/|;]\s+|\s*;\s*")
_AGO = re.compile(r"^\s*(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b", re.I)


def _byline_and_date(line: str, lexicons: Lexicons) -> tuple[tuple[int, int], tuple[object, str, str | None]] | None:
    """A byline and a date on one line: the name's (start, end) in ``line`` and the parsed date."""
    m = _DATE_BY.match(line) or _BY_DATE.match(line)
    if m is None:
        return None
    d = parse_date(m["date"], lexicons)
    return (m.span("name"), d) if d is not None else None


def _labelled_dates(line: str, lexicons: Lexicons) -> tuple[object, str, str | None] | None:
    """Several labelled dates on one line ("Received: … / Accepted: … / Published: …"): the
    published one (else the last); None unless every part is a date."""
    parts = [p.strip() for p in _DATE_PARTS.split(line.strip()) if p.strip()]
    if len(parts) < 2 or len(parts) > 6:
        return None
    dates = [parse_date(p, lexicons) for p in parts]
    if any(d is None for d in dates) or not all(":" in p for p in parts):
        return None
    pub = next((d for p, d in zip(parts, dates) if p.lower().startswith("published")), dates[-1])
    return pub


def _dateish(part: str) -> bool:
    """Is a byline part a date or time (never an outlet): a year, a digit, a month or weekday word?"""
    first = _norm(part).split()[:1]
    return bool(re.search(r"\d", part)) or bool(first and (first[0] in MONTH_NUMBER or first[0] in WEEKDAYS))


def _blocks(lex: BoilerplateLexicon, raw: list[str], norms: list[str], words: list[int],
            roles: list[str], reasons: list[str]) -> None:
    """Blocks of page furniture inside a body: after a block marker ("Recommended Stories",
    "More from …") the headline lines (no sentence in them) are boilerplate up to the first
    sentence; a relative time stamp ("8 hours ago at 10:09 am") and the short line before it
    (a user name) are a reader comment's header."""
    n = len(raw)
    i = 0
    while i < n:
        if roles[i] == "body" and words[i] <= 6 and lex.blocks and (
                norms[i] in lex.blocks or any(norms[i].startswith(b + " ") for b in lex.blocks)):
            roles[i], reasons[i] = "boilerplate", "block marker"
            j = i + 1
            while j < n and roles[j] == "body" and not _SENTENCE_END.search(raw[j]) and words[j] <= 20:
                roles[j], reasons[j] = "boilerplate", f"in the {raw[i].strip()!r} block"
                j += 1
            i = j
            continue
        if roles[i] == "body" and words[i] <= 8 and _AGO.match(raw[i]):
            roles[i], reasons[i] = "boilerplate", "comment time stamp"
            if i > 0 and roles[i - 1] == "body" and words[i - 1] <= 3 and not _SENTENCE_END.search(raw[i - 1]):
                roles[i - 1], reasons[i - 1] = "boilerplate", "comment user name"
        i += 1


def _maybe_sep(s: str) -> bool:
    """A necessary condition of a ``_SEP`` match (its separator characters), tested fast."""
    return "/" in s or "»" in s or ">" in s or "|" in s or "›" in s or "::" in s


def _is_sentence(s: str) -> bool:
    return bool(_END_PUNCT.search(s)) and len(_WORD.findall(s)) >= 4


def analyse(text: str, lexicons: Lexicons | None = None) -> Structure:
    """The lines of ``text`` with their roles, and the title, byline, outlet and date found in
    them (boilerplate markers from ``lexicons``, loaded now when None)."""
    lexicons = or_default(lexicons)
    lex = lexicon(lexicons)
    spans = split_lines(text)
    n = len(spans)
    roles = ["body"] * n
    reasons = [""] * n
    raw = [text[s:e] for s, e in spans]
    norms = [_norm(r) for r in raw]
    words = [len(x.split()) for x in norms]

    # trailers: everything after a "related articles" marker line
    for i in range(n):
        if norms[i] in lex.trailers and words[i] <= 5:
            for j in range(i, n):
                roles[j], reasons[j] = "boilerplate", f"after {raw[i].strip()!r} marker"
            break

    _blocks(lex, raw, norms, words, roles, reasons)

    published = None
    precision = None
    byline = outlet = None
    for i in range(n):
        if roles[i] != "body":
            continue
        low = raw[i].strip().lower()
        if i < HEAD_LINES and published is None and byline is None and words[i] <= 20 and _YEAR.search(raw[i]) and \
                (got := _byline_and_date(raw[i], lexicons)) is not None:
            # "Monday August 27, 2018 10:05 am PDT by Jolene Varga", "By Jolene Varga | August 27, 2018"
            (na, nb), d = got
            s0 = spans[i][0]
            roles[i], reasons[i] = "byline", "byline and date line"
            byline = MetaValue(raw[i][na:nb], "text", raw[i], (s0 + na, s0 + nb))
            published = MetaValue(d[0], "text", raw[i].strip(), spans[i])
            precision = d[1]
        elif (_maybe_sep(raw[i]) or ";" in raw[i]) and _YEAR.search(raw[i]) and (d := _labelled_dates(raw[i], lexicons)) is not None:
            # "Received: … / Accepted: … / Published: …": the published one
            roles[i], reasons[i] = "dateline", "labelled date line"
            if published is None:
                published = MetaValue(d[0], "text", raw[i].strip(), spans[i])
                precision = d[1]
        elif norms[i] in lex.phrases or not norms[i]:
            roles[i], reasons[i] = "boilerplate", "navigation phrase" if norms[i] else "no words"
        elif low.startswith(lex.prefixes):
            roles[i], reasons[i] = "boilerplate", "navigation prefix"
        elif _maybe_sep(raw[i]) and len(_SEP.findall(raw[i])) >= 2 and words[i] <= 25 and not _END_PUNCT.search(raw[i]) and (
                _norm(_SEP.split(raw[i])[0]) in lex.phrases or all(len(x.split()) <= 4 for x in _SEP.split(raw[i]))):
            roles[i], reasons[i] = "boilerplate", "breadcrumb"
        elif words[i] <= 10 and _YEAR.search(raw[i]) and (i < HEAD_LINES or i >= n - 3):
            d = parse_date(raw[i], lexicons)
            if d is not None:
                roles[i], reasons[i] = "dateline", "date line"
                if published is None:
                    s, e = spans[i]
                    published = MetaValue(d[0], "text", raw[i].strip(), (s, e))
                    precision = d[1]

    # repeated lines: later copies are not mined again
    seen: dict[str, int] = {}
    for i in range(n):
        if words[i] >= 3:
            if norms[i] in seen and roles[i] == "body":
                roles[i], reasons[i] = "boilerplate", f"repeats line {seen[norms[i]] + 1}"
            seen.setdefault(norms[i], i)

    # title: the first substantial head line, preferring one that is repeated
    head = [i for i in range(min(n, HEAD_LINES)) if roles[i] == "body"]
    title_i = None
    repeated = {seen[norms[i]] for i in range(n) if reasons[i].startswith("repeats")}
    for i in head:
        if i in repeated and 3 <= words[i] <= TITLE_MAX_WORDS and i <= 3 and not _SENTENCE_END.search(raw[i]):
            title_i = i
            break
    if title_i is None:
        for i in head[:3]:
            if 3 <= words[i] <= TITLE_MAX_WORDS and not _SENTENCE_END.search(raw[i]):
                title_i = i
                break
            if words[i] >= 3:
                break
    title = None
    if title_i is not None:
        roles[title_i], reasons[title_i] = "title", "headline"
        s, e = spans[title_i]
        title = MetaValue(raw[title_i].strip(), "text", raw[title_i], (s, e))
        for i in range(n):
            if reasons[i] == f"repeats line {title_i + 1}":
                reasons[i] = "repeated headline"

    # byline and chrome among the head lines
    for i in range(min(n, HEAD_LINES + 2)):
        if roles[i] != "body" or _is_sentence(raw[i]):
            continue
        low = norms[i]
        if words[i] <= 10 and (_BY.match(raw[i]) or any(low.endswith(m) or f" {m} " in f" {low} "
                                                           for m in lex.byline_markers)):
            roles[i], reasons[i] = "byline", "byline"
            s, e = spans[i]
            byline = MetaValue(raw[i].strip(), "text", raw[i], (s, e))
            parts = [p.strip() for p in re.split(r"\s+[/|–—-]\s+|,\s+", raw[i].strip()) if p.strip()]
            outlet_part = next((p for p in parts if not any(_norm(p).endswith(m) for m in lex.byline_markers)
                                and not _BY.match(p) and not _dateish(p)), None)
            if outlet_part and len(parts) > 1:
                outlet = MetaValue(outlet_part, "text", raw[i].strip(), (s + raw[i].find(outlet_part),
                                                                      s + raw[i].find(outlet_part) + len(outlet_part)))
        elif words[i] <= 3 and (title_i is None or i < title_i):
            roles[i], reasons[i] = "boilerplate", "short line without a sentence before the headline"

    lines = tuple(Line(s, e, roles[i], reasons[i]) for i, (s, e) in enumerate(spans))
    return Structure(lines, title, byline, outlet, published, precision)
