"""Claims: what is asserted, by whom, about whom, when.

Every attribution with content becomes a claim (its content span); a denial or non-answer whose
content is missing or anaphoric ("denied involvement", "has not responded to the allegations")
is linked to the nearest earlier claim in the article that names the denying actor, and takes
that claim's text with negative polarity.  Body sentences (and the headline) not covered by an
attribution become unattributed claims when they carry substance: an action class from
``actions.toml`` or at least two proper-noun mentions.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from claimcheck.lexicons import Lexicons
from claimcheck.model import ArticleMeta, Attribution, Claim, Sentence, Span
from claimcheck.parse.patterns import char_class, first_chars, gated
from claimcheck.text.calendar import CARDINALS, MONTH_NUMBER, MONTH_WORDS, WEEKDAY_NUMBER, WEEKDAYS, alternation
from claimcheck.text.tokens import STOP_NAME_START

# Proper-noun chunks: capitalised words, joined by name particles, hyphens and initials; a title
# abbreviation from ``abbreviations.toml`` keeps its full stop ("Gen. Smith", "Gen.Smith").
_PARTICLE = r"(?:al|el|Al|El|bin|ibn|de|da|van|von|of|the|for)"


def _name_regex(lex: Lexicons) -> re.Pattern[str]:
    return lex.derive(_build_name_regex)


def _build_name_regex(lex: Lexicons) -> re.Pattern[str]:
    from claimcheck.parse.sentences import title_abbreviations

    titles = "|".join(sorted((re.escape(t.capitalize()) for t in title_abbreviations(lex)), key=len, reverse=True))
    cap = rf"(?:[A-Z]\.(?:[A-Z]\.)+|(?:{titles})\.(?=\s?[A-Z])|[A-Z][\w’'\-]*)"
    # (?=[A-Zae]): a one-class test that turns most positions away before the alternation
    return re.compile(rf"(?=[A-Zae])(?=[A-Z]|[ae]l-)(?<![\w\-])(?:(?:al|el)-)?{cap}(?:(?<=\.)(?:(?:al|el)-)?{cap}"
                      rf"|[ \-](?:{_PARTICLE}[ \-])?(?:(?:al|el)-)?{cap})*")


_MONTHS = alternation(MONTH_WORDS, capitalised=True)  # "January|…|December|Jan|…|Dec"
_WEEKDAYS = alternation(WEEKDAYS, capitalised=True)
_DATE = re.compile(
    rf"\b(?:(?:on\s+)?(?:{_WEEKDAYS})(?:\s+morning|\s+afternoon|\s+evening|\s+night)?"
    rf"|(?:in|on|since|by|until|last|early|late|mid-?)?\s*(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})(?:,?\s+\d{{4}})?"
    rf"|(?:last|next|this|earlier\s+this|later\s+this)\s+(?:week|month|year|summer|winter|spring|autumn|fall)"
    rf"|(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago"
    rf"|(?:yesterday|today|tomorrow)"
    rf"|in\s+(?:19|20)\d\d)\b", re.I)
MIN_WORDS = 5
_CALENDAR = re.compile(rf"(?:{_MONTHS}|{_WEEKDAYS})(?:\s+\d{{1,2}})?")
NEGATION_REACH = 30  # characters from the end of a negation to the action it negates
_INFINITIVE = re.compile(r"\s*to\s+[a-z]")


@dataclass(frozen=True, slots=True)
class ClaimRules:
    actions: tuple[tuple[str, re.Pattern[str]], ...]
    negation: re.Pattern[str]
    hypothetical: re.Pattern[str]
    expected: re.Pattern[str]
    reversal: re.Pattern[str]
    anaphoric: re.Pattern[str]


def rules(lex: Lexicons) -> ClaimRules:
    """The action classes and claim cues of ``lex`` compiled (once per object)."""
    return lex.derive(build_rules)


def build_rules(lex: Lexicons) -> ClaimRules:
    """Compile ``actions.toml`` and ``claims.toml`` into :class:`ClaimRules`."""
    actions = tuple((e["id"], re.compile(e["pattern"], re.I)) for e in lex["actions"])
    cues: dict[str, list[str]] = {}
    for e in lex["claims"]:
        cues.setdefault(e["sets"], []).append(e["pattern"])

    def alt(key: str) -> re.Pattern[str]:
        pats = cues.get(key) or [r"(?!x)x"]
        return re.compile("|".join(f"(?:{p})" for p in pats), re.I)

    return ClaimRules(actions, alt("polarity:negative"), alt("modality:hypothetical"),
                      alt("modality:expected"), alt("relation:reverse"), alt("relation:anaphoric"))


# Case-insensitive patterns are slow in ``re``; on a text whose lower-casing changes nothing
# but ASCII letters, a case-insensitive pattern without upper-case letters (and without escapes
# naming characters by number, or local flags) matches exactly where the same pattern matches
# the lower-cased text case-sensitively, at the same offsets.  ``_folded`` returns that
# lower-cased text, or None when the text does not qualify (the slow path is then used).
_UNSAFE_FOLD = frozenset("\u0131\u017f")  # ı and ſ: re.IGNORECASE matches them to i and s
_ASCII = frozenset(map(chr, range(128)))


def _folded(text: str) -> str | None:
    low = text.lower()
    if text.isascii():
        return low
    if len(low) != len(text):
        return None
    for c in set(text).difference(_ASCII):
        if c in _UNSAFE_FOLD or c.lower() != c:
            return None
    return low


def _foldable(pattern: str) -> bool:
    """Can ``pattern`` (meant for IGNORECASE) run case-sensitively over a ``_folded`` text?"""
    caseless = all(c.upper() == c for c in set(pattern).difference(_ASCII))  # "’", "—"
    return caseless and pattern == pattern.lower() and \
        re.search(r"\\(?:[0-9xuN]|\\)|\(\?(?![:=!<>P#])", pattern) is None


@dataclass(frozen=True, slots=True)
class _FoldedRules:
    """The cue sets of :class:`ClaimRules` compiled for ``_folded`` text (None: not foldable)."""

    negation: re.Pattern[str] | None
    hypothetical: re.Pattern[str] | None
    expected: re.Pattern[str] | None


def _folded_rules(lex: Lexicons) -> _FoldedRules:
    return lex.derive(_build_folded_rules)


def _build_folded_rules(lex: Lexicons) -> _FoldedRules:
    r = rules(lex)

    def fold(p: re.Pattern[str]) -> re.Pattern[str] | None:
        return re.compile(gated(p.pattern)) if _foldable(p.pattern) else None

    return _FoldedRules(fold(r.negation), fold(r.hypothetical), fold(r.expected))


def _actions_regex(lex: Lexicons) -> tuple[re.Pattern[str], tuple[str, ...]]:
    return lex.derive(_build_actions_regex)


def _build_actions_regex(lex: Lexicons) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """All action classes in one alternation (one scan per text instead of one per class)."""
    acts = rules(lex).actions
    names = tuple(a for a, _ in acts)
    # matched against lower-cased text without IGNORECASE (twice as fast), and tried only where
    # a word starts (four times as fast again): every action pattern starts with a word
    # and only where the word starts with a letter the class (and some class) can start with:
    # a necessary condition of the branch, so no match changes
    parts = []
    for i, (_, pat) in enumerate(acts):
        first = first_chars(pat.pattern)
        parts.append(f"(?={char_class(first)})(?P<a{i}>{pat.pattern})" if first else f"(?P<a{i}>{pat.pattern})")
    first = first_chars("|".join(f"(?:{pat.pattern})" for _, pat in acts))
    gate = f"(?={char_class(first)})" if first else ""
    return re.compile(rf"\b(?=\w){gate}(?:{'|'.join(parts)})"), names


def actions_of(text: str, lexicons: Lexicons) -> tuple[str, ...]:
    """The action classes of ``lexicons`` named in ``text``, in lexicon order."""
    rx, names = _actions_regex(lexicons)
    found = {int(m.lastgroup[1:]) for m in re.compile(rx.pattern, re.I).finditer(text) if m.lastgroup}
    return tuple(names[i] for i in sorted(found))


def proper_nouns(text: str, lexicons: Lexicons, sentence_start: bool = True) -> list[tuple[int, int, str]]:
    """Proper-noun chunks as (start, end, text) relative to ``text``; a capitalised function
    word at the start of the text is not a name (title abbreviations from ``lexicons``)."""
    return list(_proper_nouns(text, _name_regex(lexicons)))


SOURCE_MEMO_MAX = 4096


def _source_memo(lex: Lexicons) -> dict[str, tuple[tuple[int, int, str], ...]]:
    return {}


def _source_nouns(text: str, lex: Lexicons) -> tuple[tuple[int, int, str], ...]:
    """:func:`proper_nouns` of a source mention (they repeat: "he", "officials", a name),
    remembered in ``lex`` (at most ``SOURCE_MEMO_MAX`` of them)."""
    memo = lex.derive(_source_memo)
    got = memo.get(text)
    if got is None:
        if len(memo) >= SOURCE_MEMO_MAX:
            memo.clear()
        got = memo[text] = _proper_nouns(text, _name_regex(lex))
    return got


_TRAILING_ACRONYM = re.compile(r"[A-Z]\.[A-Z]\.$")
_POSSESSIVE_S = re.compile(r"[’']s$")
_TRAILING_PARTICLES = re.compile(r"(?:\s+(?:of|the|for))+$")


def _proper_nouns(text: str, name_rx: re.Pattern[str]) -> tuple[tuple[int, int, str], ...]:
    # A chunk holds no line break and no white space other than " " (see _name_regex), so the
    # string tests below are the regular expressions they replace.
    out = []
    stop_start = STOP_NAME_START
    calendar = _CALENDAR.fullmatch
    for m in name_rx.finditer(text):
        s = m.start()
        chunk = m.group(0)
        sp = chunk.find(" ")
        hy = chunk.find("-")
        cut = sp if hy < 0 or 0 <= sp < hy else hy
        first = chunk if cut < 0 else chunk[:cut]
        if first in stop_start:
            rest = chunk[len(first):].lstrip(" -")
            if not rest or not rest[0].isupper():
                continue
            s += len(chunk) - len(rest)
            chunk = rest
        if chunk[-1] == "." and not _TRAILING_ACRONYM.search(chunk):
            chunk = chunk.rstrip(".")
        if chunk.endswith(("’s", "'s")):
            chunk = _POSSESSIVE_S.sub("", chunk)
        if chunk.endswith((" of", " the", " for")):
            chunk = _TRAILING_PARTICLES.sub("", chunk)
        if len(chunk) < 2 or chunk.isdigit() or calendar(chunk):
            continue  # "July", "Sunday" are dates, not actors
        out.append((s, s + len(chunk), chunk))
    return tuple(out)


def _modality(text: str, reported: bool, lex: Lexicons, low: str | None = None) -> str:
    """``low``: ``_folded(text)`` when the caller has it."""
    r = rules(lex)
    f = _folded_rules(lex)
    hyp = f.hypothetical.search(low) if low is not None and f.hypothetical is not None else r.hypothetical.search(text)
    if hyp:
        return "hypothetical"
    exp = f.expected.search(low) if low is not None and f.expected is not None else r.expected.search(text)
    if exp:
        return "expected"
    return "reported" if reported else "asserted"


# how many units back "<word> days ago" reaches (None: vague, "a few days ago")
_NUMBER_WORDS: Mapping[str, int | None] = MappingProxyType(
    {"a": 1, "an": 1, **{w: i for i, w in enumerate(CARDINALS, 1)}, "several": None, "few": None})
_LAST_WEEKDAY = re.compile(rf"(?:last )?({alternation(WEEKDAYS)})(?: \w+)?")


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
        back = (p.weekday() - WEEKDAY_NUMBER[wd.group(1)]) % 7  # the most recent such day (news tells the past)
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
        return resolve_date(raw, published), raw
    return None, None


class _Hits:
    """Action-class and proper-noun matches of a whole article, found in one scan each and
    looked up by span (a claim's content, a sentence)."""

    def __init__(self, text: str, lex: Lexicons) -> None:
        self.rules = rules(lex)
        self.fneg = _folded_rules(lex).negation
        rx, self.names = _actions_regex(lex)
        self.folded = _folded(text)  # for the negation, modality and date cues
        low = self.folded if self.folded is not None else text.lower()
        if len(low) != len(text):  # a few characters change length when lower-cased
            rx = re.compile(rx.pattern, re.I)
            low = text
        self.acts = [(m.start(), m.end(), int(m.lastgroup[1:])) for m in rx.finditer(low) if m.lastgroup]
        self.act_starts = [a[0] for a in self.acts]
        self.nouns = _proper_nouns(text, _name_regex(lex))
        self.noun_starts = [n[0] for n in self.nouns]

    def actions(self, start: int, end: int) -> tuple[str, ...]:
        found = set()
        for k in range(bisect_left(self.act_starts, start), len(self.acts)):
            s, e, i = self.acts[k]
            if s >= end:
                break
            if e <= end:
                found.add(i)
        return tuple(self.names[i] for i in sorted(found))

    def negated(self, text: str, start: int, end: int) -> bool:
        """A negation that governs an action of the span: at most ``NEGATION_REACH`` characters
        before the action ("refused to supply arms", "did not send troops"), not one in a
        relative clause elsewhere.  Without an action class, any negation in the span."""
        fneg = self.fneg
        if self.folded is not None and fneg is not None:
            neg = [m.end() for m in fneg.finditer(self.folded, start, end)]
        else:
            neg = [m.end() for m in self.rules.negation.finditer(text, start, end)]
        if not neg:
            return False
        acts = []
        allacts = self.acts
        for k in range(bisect_left(self.act_starts, start), len(allacts)):
            s, e, _ = allacts[k]
            if s > end:
                break
            if e <= end:
                acts.append(s)
        if not acts:
            return True
        return any(0 <= a - n <= NEGATION_REACH for n in neg for a in acts)

    def nouns_in(self, start: int, end: int) -> list[str]:
        out = []
        for k in range(bisect_left(self.noun_starts, start), len(self.nouns)):
            s, e, chunk = self.nouns[k]
            if s >= end:
                break
            if e <= end:
                out.append(chunk)
        return out


def extract_claims(text: str, sentences: Sequence[Sentence], attributions: Sequence[Attribution],
                   meta: ArticleMeta, lexicons: Lexicons,
                   title_span: tuple[int, int] | None = None) -> tuple[Claim, ...]:
    """The claims of one article: one per attribution with content (denials and non-answers
    linked to their antecedent), and the substantive unattributed sentences."""
    r = rules(lexicons)
    hits = _Hits(text, lexicons)
    published = meta.published_date()
    out: list[Claim] = []
    covered: set[int] = set()
    for i, a in enumerate(attributions):
        covered.add(a.sentence)
        content = a.content
        if a.act == "decline" or (a.act == "deny" and (not content.text.strip() or r.anaphoric.search(content.text))):
            target = _antecedent(out, a, text)
            span = target.span if target is not None else (content if content.text.strip() else a.cue)
            sent = sentences[a.sentence] if 0 <= a.sentence < len(sentences) else None
            actors = target.actors if target is not None else tuple(
                hits.nouns_in(sent.start, sent.end) if sent else ())
            action = target.action if target is not None else (hits.actions(content.start, content.end) or (None,))[0]
            out.append(Claim(span=span, attribution=i, sentence=a.sentence, actors=actors, action=action,
                             polarity="negative" if a.act == "deny" else (target.polarity if target else "positive"),
                             modality="asserted",
                             refers_to=target.refers_to if target else None,
                             refers_to_raw=target.refers_to_raw if target else None))
            continue
        if not content.text.strip():
            continue
        reported = a.source is None or a.source.kind == "sources_said" or a.act == "hedge"
        polarity = "negative" if a.act == "deny" or hits.negated(text, content.start, content.end) else "positive"
        sent = sentences[a.sentence] if 0 <= a.sentence < len(sentences) else None
        # "air strikes … that X said were staged by Y": the sentence names the action
        acts = hits.actions(content.start, content.end) or (hits.actions(sent.start, sent.end) if sent else ())
        # the folded article sliced is the folded content: only ASCII letters change (_folded)
        clow = hits.folded[content.start:content.end] if hits.folded is not None else _folded(content.text)
        refers, raw = _date_of(content.text, published, clow)
        actors = hits.nouns_in(content.start, content.end)
        if (a.act == "deny" or _INFINITIVE.match(content.text)) and a.source is not None and a.source.span is not None:
            # "X denied doing C", "X plans to do C": the source is the one who acts
            actors = [c for _, _, c in _source_nouns((a.source.resolved or a.source.span).text, lexicons)][-1:] + actors
        out.append(Claim(span=content, attribution=i, sentence=a.sentence,
                         actors=tuple(dict.fromkeys(actors)),
                         action=acts[0] if acts else None, polarity=polarity,
                         modality=_modality(content.text, reported, lexicons, clow), refers_to=refers, refers_to_raw=raw))
    for k, s in enumerate(sentences):
        if s.boilerplate or k in covered:
            continue
        stext = text[s.start:s.end]
        if len(stext.split()) < MIN_WORDS or stext.rstrip().endswith("?"):
            continue
        names = tuple(dict.fromkeys(hits.nouns_in(s.start, s.end)))
        acts = hits.actions(s.start, s.end)
        if not acts and len(names) < 2:
            continue
        slow = hits.folded[s.start:s.end] if hits.folded is not None else _folded(stext)
        refers, raw = _date_of(stext, published, slow)
        out.append(Claim(span=Span(s.start, s.end, stext), attribution=None, sentence=k, actors=names,
                         action=acts[0] if acts else None,
                         polarity="negative" if hits.negated(text, s.start, s.end) else "positive",
                         modality=_modality(stext, False, lexicons, slow), refers_to=refers, refers_to_raw=raw))
    out.sort(key=lambda c: (c.span.start, c.attribution if c.attribution is not None else -1))
    return tuple(_link_reversals(out, text, sentences, attributions, r))


def _link_reversals(claims: list[Claim], text: str, sentences: Sequence[Sentence],
                    attributions: Sequence[Attribution], r: ClaimRules) -> list[Claim]:
    """In one sentence, a claim after a contrast marker ("however later reports revealed")
    with the opposite polarity of an earlier claim reverses it and inherits its action.
    Denials and non-answers are linked to their antecedent already and take no part."""
    out = list(claims)

    def own(c: Claim) -> bool:
        if c.attribution is not None and attributions[c.attribution].act in ("deny", "decline"):
            return False
        s = sentences[c.sentence] if 0 <= c.sentence < len(sentences) else None
        return s is not None and s.start <= c.span.start and c.span.end <= s.end

    for j in range(1, len(out)):
        b = out[j]
        if not own(b):
            continue
        for i in range(j - 1, -1, -1):
            a = out[i]
            if a.sentence != b.sentence or a.span.end > b.span.start or not own(a):
                continue
            if a.polarity != b.polarity and r.reversal.search(text, a.span.end, b.span.start):
                from dataclasses import replace

                out[j] = replace(b, reverses=i, action=a.action or b.action,
                                 actors=tuple(dict.fromkeys(a.actors + b.actors)))
                break
    return out


def _antecedent(claims: list[Claim], a: Attribution, text: str) -> Claim | None:
    """The nearest earlier positive claim that names the denying source (else the nearest)."""
    who = ""
    if a.source is not None and a.source.span is not None:
        who = (a.source.resolved or a.source.span).text.lower()
    best = None
    for c in reversed(claims):
        if c.span.start >= a.cue.start or c.polarity != "positive":
            continue
        if best is None:
            best = c
        if who and (who in c.span.text.lower() or any(who in x.lower() or x.lower() in who for x in c.actors)):
            return c
    return best
