"""Claims in languages other than English: action classes, negation, names, agents and dates.

``actions.toml`` and the polarity cues of ``claims.toml`` are English.  A per-language lexicon
(``lang/<code>.toml``) may add claim rules of its own, as data with examples:

- ``kind = "action"``: a ``pattern`` (case-insensitive regular expression) naming the action
  class ``action`` — an ``id`` of ``actions.toml``, so "frappes aériennes", "bombardeos" and
  "air strikes" are one class whatever the language;
- ``kind = "negation"``: a ``pattern`` that negates the claim it governs ("ne … pas", "no",
  "nicht", "не", "لم"), within ``NEGATION_REACH`` characters before the action as in English;
- ``kind = "agent_marker"``: words after which an actor is the agent of a passive ("par",
  "por", "von", "от"); English has ``claims.toml``'s ``role:passive_agent`` set.

A claim of an article in such a language takes its action classes and negation from these
entries only (English patterns misread other languages: French "met" is "puts"), its proper
nouns from any capitalised script (É, Ñ, Cyrillic), and its date through ``dateparser`` with
the language given.  A language without ``action`` entries is read with the English rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Lexicons
from claimcheck.lexicons.schemas import LANG_PREFIX
from claimcheck.model import Span
from claimcheck.parse.claims.cues import _Hits, rules

if TYPE_CHECKING:
    from claimcheck.parse.claims.statements import Statement

DateReader = Callable[[str, "dt.date | None", "str | None"], "tuple[str | None, str | None]"]

# capital letters of the Latin, Greek and Cyrillic blocks (a name starts with one)
_UPPER = "".join(sorted({chr(c) for c in range(0x41, 0x530) if chr(c).isupper() and chr(c).isalpha()}))
_UPPER_CLASS = "[" + re.escape(_UPPER) + "]"
_WORD = rf"{_UPPER_CLASS}[\w’'\-]*"
_NEVER = re.compile(r"(?!x)x")
_LETTERS = re.compile(r"[^\W\d_]+")
_ELISION = re.compile(r"^([^\W\d_]{1,2}')[^\W\d_]")  # "l'armée", "d'Égypte": an elided article


@dataclass(frozen=True, slots=True)
class LangClaimRules:
    """One language's claim rules compiled (see the module docstring)."""

    code: str
    actions: re.Pattern[str]  # one alternation, group ``a<i>`` for ``names[i]``
    names: tuple[str, ...]  # the action class of each group
    negation: re.Pattern[str]
    agent_markers: frozenset[str]  # lower case
    name_stops: frozenset[str]  # lower-cased words that start no name (articles, pronouns, "selon")
    determiners: frozenset[str]  # lower-cased articles ("der", "eine")
    roles: frozenset[str]  # lower-cased nouns of speakers ("gobierno", "ministre"): no part of a name
    particles: frozenset[str]  # lower-cased words inside a name ("al", "de", "von")
    nouns_capitalised: bool  # German: a capitalised word is a name only when it is no common noun
    demonyms: dict[str, str] = field(default_factory=dict)  # lower-cased inflected demonym -> its state


def claim_rules(lexicons: Lexicons) -> dict[str, LangClaimRules]:
    """ISO code → :class:`LangClaimRules` of every language whose lexicon has ``action``
    entries (compiled once per lexicons object).  Raises :class:`LexiconError` naming the entry
    on an action id that is not one of ``actions.toml``, or an entry without its ``pattern``."""
    return lexicons.derive(_build_all)


def _build_all(lexicons: Lexicons) -> dict[str, LangClaimRules]:
    ids = {e["id"] for e in lexicons["actions"]}
    out = {}
    for code in lexicons.languages():
        entries = lexicons[LANG_PREFIX + code]
        acts: list[tuple[str, str]] = []
        neg: list[str] = []
        markers: set[str] = set()
        words: dict[str, set[str]] = {}
        for e in entries:
            kind = e["kind"]
            if kind in ("action", "negation") and not e.get("pattern"):
                raise LexiconError(f"{e.label}: kind {kind!r} needs 'pattern'")
            if kind == "action":
                if e.get("action") not in ids:
                    raise LexiconError(f"{e.label}: action {e.get('action')!r} is not an id of actions.toml "
                                       f"({', '.join(sorted(ids))})")
                acts.append((e["action"], e["pattern"]))
            elif kind == "negation":
                neg.append(e["pattern"])
            elif kind in ("name_prefix", "demonym", "demonym_ending"):
                pass  # read by name_prefixes and _demonyms
            elif kind == "agent_marker":
                markers.update(w.lower() for w in e.get("words", ()) or ())
            elif kind == "cue":  # a one-word cue ("Selon", "Según", "Laut") opening a sentence is no name
                words.setdefault("cue", set()).update(f.lower() for f in e.get("forms", ()) or () if " " not in f)
            else:
                words.setdefault(kind, set()).update(w.lower().replace("’", "'") for w in e.get("words", ()) or ())
        if not acts:
            continue
        order = {k: i for i, k in enumerate(e["id"] for e in lexicons["actions"])}
        acts.sort(key=lambda a: order[a[0]])  # group order = actions.toml order: a claim's first class
        alt = "|".join(f"(?P<a{i}>{p})" for i, (_, p) in enumerate(acts))
        stops = set().union(*(words.get(k, set()) for k in (
            "determiner", "pronoun", "boundary", "adverbial", "complementizer", "subordinator", "auxiliary", "cue")))
        stops |= {w for p in words.get("intermediary", set()) for w in p.split()}
        out[code] = LangClaimRules(
            code, re.compile(rf"(?<!\w)(?:{alt})", re.I), tuple(a for a, _ in acts),
            re.compile("|".join(f"(?:{p})" for p in neg), re.I) if neg else _NEVER, frozenset(markers),
            frozenset(stops), frozenset(words.get("determiner", set())),
            frozenset(words.get("role", set())), frozenset(words.get("particle", set())),
            "nouns_capitalised" in words.get("option", set()), _demonyms(entries))
    return out


def _demonyms(entries: Sequence) -> dict[str, str]:  # noqa: ANN001 - Entry
    """Inflected demonym (lower case) -> state, from a language's ``demonym`` entries (base forms
    and the ``state`` they name) and its ``demonym_ending`` rules ("ien>ienne|iens|iennes": a base
    ending in "ien" also takes those endings; the longest ending that fits applies; ">e|s|es" fits
    every base).  Raises :class:`LexiconError` on a malformed rule or a demonym entry without
    ``state``."""
    rules: list[tuple[str, tuple[str, ...]]] = []
    for e in entries:
        if e["kind"] != "demonym_ending":
            continue
        for w in e.get("words", ()) or ():
            end, sep, forms = w.partition(">")
            if not sep or not forms or any(not f for f in forms.split("|")):
                raise LexiconError(f"{e.label}: an ending rule is 'base>form|form', not {w!r}")
            rules.append((end.lower(), tuple(f.lower() for f in forms.split("|"))))
    rules.sort(key=lambda r: -len(r[0]))
    out: dict[str, str] = {}
    for e in entries:
        if e["kind"] != "demonym":
            continue
        if not e.get("state"):
            raise LexiconError(f"{e.label}: a demonym entry needs 'state'")
        for w in e.get("words", ()) or ():
            base = w.lower().replace("’", "'")
            out[base] = e["state"]
            rule = next((r for r in rules if base.endswith(r[0])), None)
            if rule is not None:
                stem = base[:len(base) - len(rule[0])]
                for f in rule[1]:
                    out.setdefault(stem + f, e["state"])
    return out


def demonym_forms(lexicons: Lexicons, code: str) -> dict[str, str]:
    """Every inflected demonym form of language ``code`` (lower case) and the state it names;
    {} for a language without claim rules."""
    r = claim_rules(lexicons).get(code)
    return dict(r.demonyms) if r is not None else {}


def actions_in(text: str, lexicons: Lexicons, code: str) -> tuple[str, ...]:
    """The action classes language ``code``'s entries name in ``text`` (lexicon order of the
    classes in ``actions.toml``); () for a language without action entries."""
    r = claim_rules(lexicons).get(code)
    if r is None:
        return ()
    found = {r.names[int(m.lastgroup[1:])] for m in r.actions.finditer(text) if m.lastgroup}
    return tuple(e["id"] for e in lexicons["actions"] if e["id"] in found)


def negated_in(text: str, lexicons: Lexicons, code: str) -> bool:
    """Does a negation of language ``code`` govern the claim ``text`` (the rule of
    :meth:`claimcheck.parse.claims.cues._Hits.negated`)?"""
    return hits_for(text, lexicons, code).negated(text, 0, len(text))


def names_in(text: str, r: LangClaimRules, dates: frozenset[str] = frozenset()) -> tuple[tuple[int, int, str], ...]:
    """Proper-noun chunks (start, end, text) of a text in the language of ``r``: runs of
    capitalised words in any script, joined by the language's name particles; a leading
    article, pronoun or adverbial word ("Le", "Selon") is cut off.  In a language whose nouns
    are capitalised (German), a one-word chunk right after an article or a negation is a
    common noun ("die Regierung", "keine Truppen"), not a name.  A word of ``dates`` (month and
    day names) is no name ("Oktober")."""
    out = []
    if r.demonyms:  # "l'armée zarnovienne", "el ejército zarnoviano": the state they name
        for m in _LETTERS.finditer(text):
            state = r.demonyms.get(m.group().lower())
            if state is not None:
                out.append((m.start(), m.end(), state))
    for m in re.finditer(rf"(?<![\w\-]){_WORD}(?:[ \u00a0]+(?:\w+[ \u00a0]+)?{_WORD})*", text):
        toks = [(t.start() + m.start(), t.end() + m.start(), t.group()) for t in re.finditer(r"\S+", m.group())]
        runs: list[list[tuple[int, int, str]]] = [[]]
        for t in toks:
            w = t[2].lower().replace("’", "'")
            el = _ELISION.match(w)
            if el and el.group(1) in r.name_stops and t[2][len(el.group(1))].islower():
                runs.append([])  # "L'armée": an article and a common noun, no name
                continue
            if t[2][0].isupper() and w not in r.name_stops and w.rstrip(".,;:") not in dates \
                    and w.rstrip(".,;:") not in r.demonyms:
                runs[-1].append(t)
            elif runs[-1] and w in r.particles:
                runs[-1].append(t)
            else:
                runs.append([])
        for run in runs:
            while run and run[-1][2].lower() in r.particles:
                run = run[:-1]
            while len(run) > 1 and (run[0][2].lower() in r.roles or run[0][2].lower() in r.particles):
                run = run[1:]  # "Gobierno de Kavar": the role is no part of the name
            if not run:
                continue
            for part in (run,):
                s, e = part[0][0], part[-1][1]
                chunk = text[s:e].rstrip(".,;:")
                e = s + len(chunk)
                if len(chunk) < 2:
                    continue
                if len(part) == 1 and chunk.lower() in r.roles:
                    continue  # "Ejército", "Regierung": a role, not a name
                if r.nouns_capitalised and len(part) == 1 and _common_noun(text, s, chunk, r):
                    continue
                out.append((s, e, chunk))
    return tuple(sorted(set(out)))


def _common_noun(text: str, s: int, word: str, r: LangClaimRules) -> bool:
    """In a language whose nouns are capitalised: a word after an article or a negation ("die
    Regierung", "keine Truppen"), a role noun ("Sprecher") or a word that names an action
    ("Luftangriffe", "Drohnen") is a common noun."""
    before = text[max(0, s - 16):s].split()
    if before and (before[-1].lower() in r.determiners or r.negation.fullmatch(before[-1])):
        return True
    return word.lower() in r.roles or r.actions.match(word) is not None


class _LangHits(_Hits):
    """:class:`claimcheck.parse.claims.cues._Hits` of a text in another language: its action
    classes, negation and names found with that language's rules."""

    english = False  # the stop-21 readability rules of English texts (statements.is_proposition) do not apply

    def __init__(self, text: str, lex: Lexicons, r: LangClaimRules) -> None:  # noqa: D107
        self.rules = rules(lex)
        self.fneg = None
        self.folded = None
        self.names = r.names
        self.acts = [(m.start(), m.end(), int(m.lastgroup[1:])) for m in r.actions.finditer(text) if m.lastgroup]
        self.act_starts = [a[0] for a in self.acts]
        self.dates = _date_words(lex, r.code).hints
        self.nouns = names_in(text, r, self.dates)
        self.noun_starts = [n[0] for n in self.nouns]
        self.neg_rx = r.negation
        self.scope_rx = _NEVER
        self.relative_rx = _NEVER  # the English relative and subordinate clause openers do not apply
        self.subordinate_rx = _NEVER
        self.lex = lex
        self.lang = r

    def source_nouns(self, mention: str) -> tuple[tuple[int, int, str], ...]:
        return names_in(mention, self.lang, self.dates)

    def statement(self, text: str, content: Span) -> Statement | None:
        """The content as it stands, trimmed of white space, quotes and end punctuation, when it
        has ``MIN_CONTENT_WORDS`` words: the completion rules (a predicate among English verbs,
        English subject gaps) do not read this language."""
        from claimcheck.parse.claims.statements import MIN_CONTENT_WORDS, Statement

        raw = text[content.start:content.end]
        lead = len(raw) - len(raw.lstrip(" \t\n\"“‘'«„‹,:"))
        body = raw.rstrip(" \t\n.,;:!?\"”’'»“‹›")
        if lead >= len(body) or len(re.findall(r"\w+", body[lead:])) < MIN_CONTENT_WORDS:
            return None
        span = Span.of(text, content.start + lead, content.start + len(body))
        return Statement(span.text, (span,))

    def actions(self, start: int, end: int) -> tuple[str, ...]:
        # several patterns of one language name the same class: each class once, in first order
        return tuple(dict.fromkeys(super().actions(start, end)))


def hits_for(text: str, lexicons: Lexicons, language: str | None) -> _Hits:
    """The action, negation and name hits of an article: those of its language when its
    lexicon has claim rules, else the English ones."""
    r = claim_rules(lexicons).get(language or "")
    return _Hits(text, lexicons) if r is None else _LangHits(text, lexicons, r)


def name_prefixes(lexicons: Lexicons, language: str | None) -> tuple[str, ...]:
    """The clitics of ``language`` written onto a name (``name_prefix`` words: Arabic و, ب, ل),
    longest first; () for a language without them."""
    if not language or language not in lexicons.languages():
        return ()
    words = {w for e in lexicons[LANG_PREFIX + language] if e["kind"] == "name_prefix" for w in e.get("words", ()) or ()}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


# ------------------------------------------------------------------------------------- agents

def passive_agent_words(lexicons: Lexicons, language: str | None) -> frozenset[str]:
    """The words that mark a passive's agent in ``language`` (English: ``claims.toml``'s
    ``role:passive_agent`` patterns, taken as words)."""
    r = claim_rules(lexicons).get(language or "")
    if r is not None:
        return r.agent_markers
    return lexicons.derive(_english_markers)


def _english_markers(lexicons: Lexicons) -> frozenset[str]:
    return frozenset(w.lower() for e in lexicons["claims"] if e["sets"] == "role:passive_agent"
                     for w in re.findall(r"[a-z]+", re.sub(r"\\[a-zA-Z]", " ", e["pattern"])))


def agent_of(text: str, mentions: Sequence[str], markers: frozenset[str],
             demonyms: dict[str, str] | None = None) -> int | None:
    """The index in ``mentions`` of the claim's agent: the mention right after a passive-agent
    marker ("… bombardée par le Kavar"; an article may stand between), else the one named first
    (subject-first and verb-first orders alike); None when no mention is in ``text``.  A mention
    that is a state named by a demonym (``demonyms``: form -> state, :func:`demonym_forms`) stands
    where the demonym is ("l'armée zarnovienne a bombardé Velmora": Zarnovia first)."""
    low = text.lower()
    pos = []
    for i, m in enumerate(mentions):
        k = low.find(m.lower()) if m else -1
        if k < 0 and m and demonyms:
            k = min((w.start() for w in _LETTERS.finditer(low) if demonyms.get(w.group()) == m), default=-1)
        if k >= 0:
            pos.append((k, i))
    if not pos:
        return None
    pos.sort()
    for k, i in pos:
        before = re.findall(r"[^\W\d_]+", low[max(0, k - 24):k])
        if before and (before[-1] in markers or len(before) >= 2 and before[-2] in markers and len(before[-1]) <= 3):
            return i
    return pos[0][1]


# -------------------------------------------------------------------------------------- dates

_DATE_SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": False}


def date_reader(lexicons: Lexicons, language: str | None) -> DateReader:
    """The claim-date reader of an article in ``language``: the English calendar rules for
    English or an unknown language, else :func:`lang_date_of` with the language given."""
    from claimcheck.parse.claims.dates import _date_of

    if not language or language == "en" or language not in lexicons.languages():
        return _date_of

    def read(text: str, published: dt.date | None, low: str | None = None) -> tuple[str | None, str | None]:
        return lang_date_of(text, published, language)

    return read


_UNITS = ("year", "month", "week", "day")
_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_REACH = 3  # words a date expression may run before and after its hint word
_TOKEN = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*\.?|\d+")


@dataclass(frozen=True, slots=True)
class _DateWords:
    """A language's date reader (dateparser's, with the language given) and the words that may
    hold a date in it (full month and weekday names, the units, relative words: dateparser's own
    locale data), so a claim without one is never parsed."""

    parser: object
    hints: frozenset[str]


def _date_readers(lexicons: Lexicons) -> dict[str, _DateWords]:
    return {}


def date_words(lexicons: Lexicons, language: str) -> frozenset[str]:
    """The lower-cased words that may hold a date in ``language`` (month and day names, units,
    relative words; dateparser's locale data): never a name (:func:`names_in`)."""
    return _date_words(lexicons, language).hints


def _date_words(lexicons: Lexicons, language: str) -> _DateWords:
    memo = lexicons.derive(_date_readers)
    got = memo.get(language)
    if got is None:
        from dateparser.date import DateDataParser
        from dateparser.languages.loader import default_loader

        info = default_loader.get_locale(language).info
        hints: set[str] = set()
        for key in _NAMES:
            vals = [v.lower() for v in info.get(key, ())]
            hints.update(v for v in vals if len(v) >= 5 or v == max(vals, key=len))
        for key in _UNITS:
            hints.update(v.lower() for v in info.get(key, ()) if len(v) >= 3)
        for phrases in (info.get("relative-type") or {}).values():
            for ph in phrases:
                hints.update(w for w in _TOKEN.findall(ph.lower()) if len(w) >= 3)
        got = memo[language] = _DateWords(DateDataParser(languages=[language], settings=_DATE_SETTINGS),
                                          frozenset(hints))
    return got


def lang_date_of(text: str, published: dt.date | None, language: str,
                 lexicons: Lexicons | None = None) -> tuple[str | None, str | None]:
    """The first date expression of ``text`` in ``language`` as (ISO date, ISO week, YYYY-MM or YYYY by
    what it names; the expression as written); (None, None) without one.  Each word that may
    hold a date (:class:`_DateWords`) is read with up to ``_REACH`` words before it, the longest
    reading that dateparser (language given, relative to ``published``) takes as a date first.
    A relative expression ("le mois dernier", "hace 2 días") or a day without its year gives
    (None, raw) when there is no publication date."""
    from dateparser.date import DateDataParser

    from claimcheck.lexicons import load_lexicons
    from claimcheck.parse.claims.dates import iso_week

    lex = lexicons if lexicons is not None else load_lexicons()
    words = _date_words(lex, language)
    r = claim_rules(lex).get(language)
    lower_months = r is not None and not r.nouns_capitalised  # "mars", "marzo": a capitalised "Mars" is a name
    toks = [(m.start(), m.end(), m.group().lower().rstrip(".")) for m in _TOKEN.finditer(text)]
    hinted = [i for i, (s, _, w) in enumerate(toks)
              if (w in words.hints and not (lower_months and text[s].isupper() and i > 0
                                            and text[:s].rstrip()[-1:] not in ".!?:\n"))
              or (w.isdigit() and len(w) == 4 and w[:2] in ("19", "20"))]
    if not hinted:
        return None, None
    base = dt.datetime.combine(published, dt.time(12)) if published else dt.datetime(2000, 1, 1, 12)
    # the relative base is a setting: one parser per claim with a date word (the locale loads once)
    parser = DateDataParser(languages=[language], settings={**_DATE_SETTINGS, "RELATIVE_BASE": base})
    for i in hinted:
        # ends on the date word or a year right after it ("12 mars 2025"); the longest first
        ends = [i + 1] + [k + 1 for k in range(i + 1, min(len(toks), i + 3))
                          if toks[k][2].isdigit() and len(toks[k][2]) == 4]  # "12 de marzo de 2026"
        for a, b in sorted(((a, b) for a in range(max(0, i - _REACH), i + 1) for b in ends),
                           key=lambda ab: (ab[0] - ab[1], ab[0])):
            raw = text[toks[a][0]:toks[b - 1][1]]
            data = _parse(parser, raw)
            if data is None:
                continue
            when, period = data
            if published is None and not re.search(r"\b(?:1[89]|20)\d\d\b", raw):
                return None, raw  # "le mois dernier", "le 12 mars": known only from the publication date
            if period == "year":
                return f"{when.year:04d}", raw
            if period == "month":
                return f"{when.year:04d}-{when.month:02d}", raw
            if period == "week":  # "la semaine prochaine": a week, not a day (dates.iso_week)
                return iso_week(when.date()), raw
            return when.date().isoformat(), raw
    return None, None


def _parse(parser, raw: str) -> tuple[dt.datetime, str] | None:  # noqa: ANN001
    """dateparser's reading of ``raw`` (date, period), or None."""
    try:
        data = parser.get_date_data(raw)
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd text
        return None
    return None if data.date_obj is None else (data.date_obj, data.period or "day")
