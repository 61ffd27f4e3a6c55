"""The per-language attribution lexicon compiled, and the state the reader of
:mod:`claimcheck.parse.attributions.lang` keeps: one rung below it.

:func:`grammars` compiles every ``lexicons/lang/<code>.toml`` (schema
:data:`claimcheck.lexicons.schemas.LANG`) once per :class:`Lexicons` into a :class:`Grammar`:
one cue regex per language and a word set per kind.  Tokens, drafts, quotation regions, the
classification of a source and small predicates on tokens live here too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Lexicons
from claimcheck.lexicons.schemas import LANG_CLAIM_KINDS, LANG_FRAMES, LANG_KINDS, LANG_OPTIONS, LANG_PREFIX
from claimcheck.model import Sentence, Source, Span

ACTS = ("assert", "confirm", "deny", "decline", "hedge")
SOURCE_KINDS = ("anonymous", "sources_said")
GAP_WORDS = 8  # the most words a ``*`` in a cue form stands for
SUBJECT_MAX = 24  # the most tokens a subject (with its apposition) runs back from a cue
COMPLEMENTIZER_REACH = 8  # tokens after a cue within which "que"/"dass" opens the content

# Arabic harakat (combining marks, no \w) stay inside their word: "وقالَ" is one token
MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_W = rf"[\w{MARKS}]"
TOKEN = re.compile(rf"\w+['’](?=\w)|\w{_W}*(?:[-.]\w{_W}*)*|[^\w\s]")
_UNMARK = re.compile(rf"[{MARKS}\u0640]")  # harakat and tatweel, left out when words are compared
_ARABIC = re.compile(r"[\u0600-\u06ff]")
# Arabic punctuation read as its Latin counterpart (offsets unchanged)
_PUNCT = {"،": ",", "؛": ";", "؟": "?"}
PUNCT_STOP = frozenset(",;:()[]—–")


@dataclass(frozen=True, slots=True)
class LangCue:
    """What a matched cue form of a language means."""

    entry: str
    act: str
    frame: str


@dataclass(frozen=True, slots=True)
class Grammar:
    """One language's lexicon compiled: the cue regex and the word sets of every kind."""

    code: str
    cue_rx: re.Pattern[str]
    forms: dict[str, LangCue]
    gaps: tuple[tuple[re.Pattern[str], LangCue], ...]
    words: dict[str, frozenset[str]]  # kind -> lower-cased single words
    phrases: dict[str, tuple[str, ...]]  # kind -> lower-cased multi-word phrases
    anon_kind: dict[str, str]  # anonymity word or phrase -> source kind
    quotes: tuple[tuple[str, str], ...]
    clitic_rx: re.Pattern[str] | None  # "-t-il" after a verb (None: no inversion in the language)

    def has(self, kind: str, word: str) -> bool:
        return fold(word) in self.words[kind]


def fold(w: str) -> str:
    """A word as compared with the lexicon: lower case, one apostrophe, no harakat or tatweel."""
    return _UNMARK.sub("", w.lower().replace("’", "'"))


def grammars(lexicons: Lexicons) -> dict[str, Grammar]:
    """Every language's :class:`Grammar`, by ISO code, compiled once per ``lexicons``.  Raises
    :class:`LexiconError` naming the file and entry on an unknown kind, act or frame, a cue
    without forms or a word kind without words."""
    return lexicons.derive(_build_all)


def _build_all(lexicons: Lexicons) -> dict[str, Grammar]:
    return {code: _build(code, lexicons[LANG_PREFIX + code]) for code in lexicons.languages()}


def _form_regex(form: str) -> str:
    parts = []
    for w in form.split():
        if w == "*":
            parts.append(rf"((?:\W+\w+){{0,{GAP_WORDS}}}?)")
        elif _ARABIC.search(w):  # harakat and tatweel may stand between the letters
            parts.append(f"[{MARKS}\u0640]*".join(map(re.escape, w)) + f"[{MARKS}]*")
        elif w.startswith("~"):  # a compound's head: "nach ~angaben" matches "nach Polizeiangaben"
            parts.append(r"(\w*?)-?" + re.escape(w[1:]))
        else:
            parts.append(re.escape(w).replace("'", "['’]"))
    rx = ""
    for i, p in enumerate(parts):
        if i and not p.startswith("((?:\\W"):
            rx += r"\s+" if not parts[i - 1].startswith("((?:\\W") else r"\W+"
        rx += p
    return rx


def _build(code: str, entries: Sequence) -> Grammar:  # noqa: ANN001 - Entry
    forms: dict[str, LangCue] = {}
    gaps: list[tuple[re.Pattern[str], LangCue]] = []
    words: dict[str, set[str]] = {k: set() for k in LANG_KINDS}
    phrases: dict[str, list[str]] = {k: [] for k in LANG_KINDS}
    anon: dict[str, str] = {}
    quotes: list[tuple[str, str]] = []
    for e in entries:
        kind = e["kind"]
        if kind not in LANG_KINDS:
            raise LexiconError(f"{e.label}: unknown kind {kind!r} (known: {', '.join(LANG_KINDS)})")
        if kind in LANG_CLAIM_KINDS:
            continue  # claims' rules: compiled by claimcheck.parse.claims.lang
        if kind == "cue":
            act, frame = e.get("act"), e.get("frame", "verb")
            if act not in ACTS:
                raise LexiconError(f"{e.label}: act {act!r} is not one of {', '.join(ACTS)}")
            if frame not in LANG_FRAMES:
                raise LexiconError(f"{e.label}: frame {frame!r} is not one of {', '.join(LANG_FRAMES)}")
            if not e.get("forms"):
                raise LexiconError(f"{e.label}: a cue needs 'forms'")
            cue = LangCue(e["id"], act, frame)
            for f in e["forms"]:
                key = " ".join(fold(f).split())
                if "*" in key.split() or "~" in key:
                    gaps.append((re.compile(r"(?<!\w)" + _form_regex(key) + r"(?!\w)", re.I), cue))
                else:
                    forms[key] = cue
            continue
        ws = e.get("words")
        if not ws:
            raise LexiconError(f"{e.label}: kind {kind!r} needs 'words'")
        if kind == "quote":
            if len(ws) != 2:
                raise LexiconError(f"{e.label}: a quote entry has two words, the opening and the closing mark")
            quotes.append((ws[0], ws[1]))
            continue
        if kind == "option" and any(w not in LANG_OPTIONS for w in ws):
            raise LexiconError(f"{e.label}: unknown option among {ws!r} (known: {', '.join(LANG_OPTIONS)})")
        if kind == "anonymity":
            sk = e.get("source_kind")
            if sk not in SOURCE_KINDS:
                raise LexiconError(f"{e.label}: source_kind {sk!r} is not one of {', '.join(SOURCE_KINDS)}")
            for w in ws:
                anon[" ".join(fold(w).split())] = sk
        for w in ws:
            w = " ".join(fold(w).split())
            (phrases[kind].append(w) if " " in w else words[kind].add(w))
    if not forms and not gaps:
        raise LexiconError(f"lang/{code}.toml: no cue entries")
    alts = sorted(forms, key=len, reverse=True)
    cue_rx = re.compile(r"(?<![\w-])(?:" + "|".join(_form_regex(f) for f in alts) + r")(?!\w)", re.I)
    clitics = sorted(words["inversion"], key=len, reverse=True)
    clitic_rx = re.compile(r"-(?:t-)?(" + "|".join(map(re.escape, clitics)) + r")(?!\w)", re.I) if clitics else None
    return Grammar(code, cue_rx, forms, tuple(gaps), {k: frozenset(v) for k, v in words.items()},
                   {k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()}, anon,
                   tuple(quotes), clitic_rx)


# ----------------------------------------------------------------------------- reading state

@dataclass(slots=True)
class LangToks:
    starts: list[int]
    ends: list[int]
    words: list[str]

    @classmethod
    def of(cls, text: str, a: int, b: int) -> LangToks:
        ms = list(TOKEN.finditer(text, a, b))
        return cls([m.start() for m in ms], [m.end() for m in ms], [_PUNCT.get(m.group(), m.group()) for m in ms])

    def at(self, pos: int) -> int:
        return bisect_left(self.starts, pos)


@dataclass(slots=True)
class LangDraft:
    si: int
    cue: tuple[int, int]
    act: str
    src: tuple[int, int] | None = None
    content: list[tuple[int, int]] = field(default_factory=list)
    via: list[tuple[int, int]] = field(default_factory=list)
    shares: bool = False  # a coordinated or participle cue: the subject of the cue before it
    anonymous: bool = False  # "sous couvert d'anonymat" in the sentence
    sources_said: bool = False  # an impersonal cue: nobody's word
    tag: bool = False  # a tag clause after its content ("…, comme l'a dit X")


@dataclass(slots=True)
class LangDoc:
    text: str
    sentences: Sequence[Sentence]
    g: Grammar
    quote_cache: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    para_bounds: dict[int, tuple[int, int]] = field(default_factory=dict)
    history: list[Source] = field(default_factory=list)

    def quotes(self, si: int) -> list[tuple[int, int]]:
        p = self.sentences[si].paragraph
        if p not in self.quote_cache:
            a, b = self.para_bounds[p]
            self.quote_cache[p] = quote_regions(self.text, a, b, self.g.quotes)
        return self.quote_cache[p]


def quote_regions(text: str, a: int, b: int, pairs: Sequence[tuple[str, str]]) -> list[tuple[int, int]]:
    """(open, close-end) positions of the quotations in ``text[a:b]`` with the language's
    ``pairs`` of marks (a straight double quote toggles); an unclosed quotation runs to ``b``."""
    opens = {o: c for o, c in pairs}
    out: list[tuple[int, int]] = []
    want: str | None = None
    at = -1
    for i in range(a, b):
        ch = text[i]
        if want is None:
            if ch in opens:
                want, at = opens[ch], i
            elif ch == '"':
                want, at = '"', i
        elif ch == want:
            out.append((at, i + 1))
            want = None
    if want is not None:
        out.append((at, b))
    return out


# ----------------------------------------------------------------------------- predicates and sources

def stops(g: Grammar, word: str) -> bool:
    return word in PUNCT_STOP or word in '"«»„“”‹›' or fold(word) in g.words["boundary"] \
        or fold(word) in g.words["complementizer"]


def closes(g: Grammar, tok: str) -> bool:
    return tok == '"' or any(tok == c for _, c in g.quotes)


def right_has_words(t: LangToks, i: int) -> bool:
    return any(x[0].isalnum() for x in t.words[i:])


def ends_np(g: Grammar, t: LangToks, e: int) -> bool:
    return e >= len(t.words) or t.words[e] in (",", ":") or fold(t.words[e]) in g.words["complementizer"]


def source_like(g: Grammar, words: Sequence[str]) -> bool:
    """Can a noun phrase speak: a capitalised word, a pronoun, an anonymity, role or outlet word?"""
    return any(x[0].isupper() or fold(x) in g.words["pronoun"] or fold(x) in g.anon_kind or
               fold(x) in g.words["role"] or fold(x) in g.words["outlet_word"] for x in words) or \
        any(p in fold(" ".join(words)) for p in g.phrases["anonymity"] + g.phrases["role"])


def outlet_like(g: Grammar, words: Sequence[str]) -> bool:
    return any(fold(x) in g.words["outlet_word"] for x in words) or \
        any(len(x) >= 2 and x.isupper() and x.isalpha() for x in words)


def trim(text: str, a: int, e: int) -> int:
    while e > a and (text[e - 1].isspace() or text[e - 1] in ".;:,!?—–،؛؟"):
        e -= 1
    return e


def source_of(doc: LangDoc, d: LangDraft) -> Source | None:
    g, text = doc.g, doc.text
    if d.src is None:
        return Source(None, "sources_said", "unknown") if d.sources_said else None
    a, b = d.src
    while b > a and not (text[b - 1].isalnum() or text[b - 1] in ".)" or _UNMARK.match(text[b - 1])
                         or (any(text[b - 1] == c and o in text[a:b - 1] for o, c in g.quotes))):
        b -= 1  # (a haraka ends a word; a closing mark whose opening mark is in the source ends a name)
    while a < b and not text[a].isalnum():
        a += 1
    if b <= a:
        return None
    span = Span.of(text, a, b)
    toks = [x for x in TOKEN.findall(span.text) if x[0].isalnum()]
    low = " ".join(fold(x) for x in toks)
    if len(toks) == 1 and fold(toks[0]) in g.words["pronoun"]:
        ante = doc.history[-1] if doc.history else None
        if ante is not None:
            return Source(span, ante.kind, ante.type, None, ante.span, ante.actor)
        return Source(span, "anonymous", "unknown")
    kind = "named"
    for p in g.phrases["anonymity"]:
        if re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", low):
            kind = g.anon_kind[p]
            break
    else:
        for x in toks:
            k2 = g.anon_kind.get(fold(x))
            if k2 is not None:
                kind = k2
                break
    if d.anonymous and kind == "named":
        kind = "anonymous"
    titled = title_source(g, toks) if kind != "sources_said" else None
    if titled:  # "Der Sprecher des Innenministeriums Max Muster": the name
        if not _anonymity_phrase_in(g, low):
            src = Source(span, "named", "person", None, None, titled[0])
            doc.history.append(src)
            return src
    elif titled is not None and kind == "named":  # "le ministre de la Défense": a role, no name
        src = Source(span, "anonymous", "person", None, None, None)
        doc.history.append(src)
        return src
    typ = "outlet" if outlet_like(g, toks) and kind == "named" else "unknown"
    actor = _actor(g, toks) if kind == "named" else None
    body = actor is not None and _portfolio_len(g, [fold(x) for x in actor.split()], 0) == len(actor.split())
    if body:
        actor = _body_phrase(g, toks)  # "le ministère de la Défense": the ministry, not "Défense"
    if typ == "unknown" and actor and kind == "named" and not body:
        typ = "person" if " " in actor else "unknown"
    src = Source(span, kind, typ, None, None, actor)  # type: ignore[arg-type]
    doc.history.append(src)
    return src


def _anonymity_phrase_in(g: Grammar, low: str) -> bool:
    """Does a multi-word anonymity phrase ("sous couvert d'anonymat") lie in ``low``?"""
    return any(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", low) for p in g.phrases["anonymity"])


def _is_title(g: Grammar, w: str) -> bool:
    return w in g.words["title"] or any(w.endswith(h) and len(w) > len(h) + 2 for h in g.words["role_head"])


def _portfolio_len(g: Grammar, f: Sequence[str], j: int) -> int:
    for p in g.phrases["portfolio"]:
        n = len(p.split())
        if " ".join(f[j:j + n]) == p:
            return n
    return 1 if j < len(f) and f[j] in g.words["portfolio"] else 0


def _body_phrase(g: Grammar, toks: Sequence[str]) -> str | None:
    """A source's words from its first role noun on ("ministère de la Défense"), None without one."""
    words = [x for x in toks if x[0].isalnum()]
    for i, x in enumerate(words):
        if fold(x) in g.words["role"]:
            return " ".join(words[i:])
    return None


def title_source(g: Grammar, toks: Sequence[str]) -> tuple[str, ...] | None:
    """A source that opens with a person's title (``title`` words, compounds ending in a
    ``role_head``): ``(name,)`` when a name follows the title and its complements ("Der Sprecher
    des Innenministeriums Max Muster", "el portavoz del Gobierno, Juan Ruiz"), ``()`` when none
    does ("le ministre de la Défense", "un porte-parole": a role, no named actor); None when the
    source does not open with a title.  A complement is an ``np_link`` word with its determiners
    and a portfolio, a role or title noun, or a proper noun (one word where every noun is
    capitalised: German), each with the lower-case adjectives after it ("l'armée zarnovienne");
    the name is one to four capitalised words (two at least where nouns are capitalised), none
    of them a role, title, portfolio or outlet word."""
    words = [x for x in toks if x[0].isalnum()]
    f = [fold(x) for x in words]
    det = g.words["determiner"]
    i = 0
    while i < len(f) and f[i] in det:
        i += 1
    if i >= len(f) or not _is_title(g, f[i]):
        return None
    caps_nouns = "nouns_capitalised" in g.words["option"]
    i += 1
    while i < len(f) and words[i][0].islower() and f[i] not in g.words["np_link"] and f[i] not in det:
        i += 1  # "le ministre français"
    while i < len(f) and (f[i] in g.words["np_link"] or (f[i] in det and words[i][0].islower())):
        j = i + 1
        while j < len(f) and (f[j] in det or (caps_nouns and words[j][0].islower()
                                              and f[j] not in g.words["np_link"])):
            j += 1  # "des bayerischen Innenministeriums": an adjective before a capitalised noun
        n = _portfolio_len(g, f, j)
        if n == 0 and j < len(f) and (f[j] in g.words["role"] or _is_title(g, f[j])):
            n = 1
        if n == 0 and j < len(f) and words[j][0].isupper():
            n = 1
            if not caps_nouns:
                while j + n < len(f) and words[j + n][0].isupper():
                    n += 1
        if n == 0:
            return None
        i = j + n
        while i < len(f) and words[i][0].islower() and f[i] not in g.words["np_link"] and f[i] not in det:
            i += 1
    rest = words[i:]
    if not rest:
        return ()
    ok = 1 <= len(rest) <= 4 and all(
        x[0].isupper() or fold(x) in g.words["particle"] for x in rest) and not any(
        fold(x) in g.words["role"] or _is_title(g, fold(x)) or fold(x) in g.words["portfolio"]
        or fold(x) in g.words["outlet_word"] for x in rest)
    if not ok or (caps_nouns and len(rest) < 2):
        return None
    return (" ".join(rest),)


def _actor(g: Grammar, toks: Sequence[str]) -> str | None:
    """The longest run of capitalised words (with the particles between them) of a source; a
    capitalised role noun and a particle in front of it are cut off ("Gobierno de Kavar")."""
    best: list[str] = []
    run: list[str] = []
    for x in toks:
        lx = fold(x)
        if x[0].isupper() and lx not in g.words["determiner"] and lx not in g.words["pronoun"] and \
                not (not run and lx in g.words["adverbial"]):  # "Finalmente María López": no name opens with one
            run.append(x)
        elif run and lx in g.words["particle"]:
            run.append(x)
        else:
            if len(run) > len(best):
                best = run
            run = []
    if len(run) > len(best):
        best = run
    while best and fold(best[-1]) in g.words["particle"]:
        best = best[:-1]
    while len(best) > 2 and fold(best[0]) in g.words["role"] and fold(best[1]) in g.words["particle"]:
        best = best[2:]  # "Gobierno de Kavar": the role is no part of the name
    return " ".join(_untitled(g, best)) or None


def _untitled(g: Grammar, run: list[str]) -> list[str]:
    """A name without the title run into it: a leading role word ("Außenministerin Anne Roux";
    not an outlet word, "Agencia EFE") or compound ending in one ("Verteidigungsminister"), a
    particle after it and a leading ``portfolio`` word or phrase ("ministre de la Défense Oskar
    Brandt", "ministra de Asuntos Exteriores Ana Ruiz") are cut off while two capitalised words
    remain, so that the title of every language leaves one actor, as English "Defence Minister
    Oskar Brandt" does.  Words and phrases come from the language's lexicon."""
    def lead(words: list[str]) -> int:  # how many words a title at the start of ``words`` takes
        f = [fold(x) for x in words]
        for p in g.phrases["portfolio"]:
            n = len(p.split())
            if " ".join(f[:n]) == p:
                return n
        if f[0] in g.words["portfolio"]:
            return 1
        if f[0] in g.words["outlet_word"]:
            return 0
        if f[0] in g.words["role"] or any(f[0].endswith(h) and len(f[0]) > len(h) + 2 for h in g.words["role_head"]):
            return 1
        return 0
    while True:
        n = lead(run) if run else 0
        while n and n < len(run) and fold(run[n]) in g.words["particle"]:
            n += 1
        if not n or len(run) - n < 2 or not all(x[0].isupper() for x in run[n:n + 2]):
            return run
        run = run[n:]


Candidate = tuple[int, int, LangCue, "tuple[int, int] | None", "tuple[int, int] | None"]


def candidates(doc: LangDoc) -> dict[int, list[Candidate]]:
    """Cue matches per sentence, as (start, end, cue, gap, gap2): ``gap`` is the span a ``*`` of
    a separable verb's form stood for ("wies [die Vorwürfe] zurück"), else None; ``gap2`` the
    span of a second ``*`` ("geht [die Polizei] von [einem Anschlag] aus"), else None.  Of
    overlapping matches the one that starts first and runs longest is kept."""
    text, g = doc.text, doc.g
    starts = [s.start for s in doc.sentences]
    found: dict[tuple[int, int], tuple[LangCue, tuple[int, int] | None, tuple[int, int] | None]] = {}
    for m in g.cue_rx.finditer(text):
        key = " ".join(fold(m.group()).split())
        cue = g.forms.get(key)
        if cue is not None:
            found[m.span()] = (cue, None, None)
    for rx, cue in g.gaps:
        for m in rx.finditer(text):
            found.setdefault(m.span(), (cue, m.span(1), m.span(2) if rx.groups >= 2 else None))
    per: dict[int, list[Candidate]] = {}
    taken: list[tuple[int, int]] = []
    for (a, b), (cue, gap, gap2) in sorted(found.items(), key=lambda x: (x[0][0], -x[0][1])):
        if any(x <= a < y for x, y in taken):
            continue  # a shorter form inside a longer one already taken
        si = bisect_right(starts, a) - 1
        if si < 0:
            continue
        s = doc.sentences[si]
        if s.boilerplate or b > s.end:
            continue
        taken.append((a, b))
        per.setdefault(si, []).append((a, b, cue, gap, gap2))
    return per
