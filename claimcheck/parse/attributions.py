"""Attribution parser: who said what, with which cue, through which intermediary.

Rule-based and linear.  One compiled regex (a character trie of every cue form in
``cues.toml`` and ``denials.toml``) runs once over the article; a cheap gate reads the few
tokens before each candidate and drops those the frame logic would reject (nouns after a
determiner, cues inside a quotation, ambiguous cues without a subject), and only sentences with
a remaining candidate are tokenised.  For each candidate the frame of its lexicon entry decides where
source and content lie:

* ``X said (that) C`` / ``X told Y (that) C`` / ``X said: "C"`` — source on the left (with an
  apposition "X, spokesman of Y," or past a relative clause "X, who ..., said"), content on the
  right, running on through a quotation that closes in a later sentence;
* ``"C," X said`` / ``C, said X`` — content on the left (back to the opening quote when the
  quote began in an earlier sentence), later quoted pieces of the same paragraph as fragments;
* ``According to X, C`` / ``C, according to X``; noun cues (``news that C``); impersonal cues
  (``it was reported that C``, ``reportedly``); colons after a short name that opens a paragraph
  (``WALLACE: ...``, ``Poll: ...``);
* intermediaries (``cited by``, ``told``, ``in an interview with``) that are outlets or
  journalists become ``via``; pronouns and definite anaphors ("he", "they", "the sources",
  "the spokesman", "the news site") resolve to an earlier source.

Only the outermost of nested attributions is kept ("X said Y claimed C" is X's), as in PolNeAR.
Every span slices the text exactly; no pattern has nested unbounded quantifiers.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimcheck.model import Attribution, Sentence, Source, Span
from claimcheck.parse.patterns import Cue, Words, char_class, cue_lexicon, first_chars, words
from claimcheck.text.calendar import MONTH_WORDS, WEEKDAYS, alternation
from claimcheck.text.tokens import STOP_SUBJECT_END

# ----------------------------------------------------------------------------- grammar words

# titles and initials keep their period ("Mr. Van Voorhis", "John D. Podesta", "Rep. Ana Diaz")
TITLE_ABBR = ("Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|Jr|Sr|Prof|Rev|"
              "Hon|Atty|Gens|Messrs|Mmes|Pres|Supt|Insp|Det|Amb|Brig|Cpl|Pvt")
# (the lookahead gates and possessive repeats only save the engine work: the same tokens)
TOKEN = re.compile(rf"(?=[A-Za-z]\.)(?:[A-Za-z]\.){{2,}}|(?={char_class(first_chars(TITLE_ABBR))})(?:{TITLE_ABBR})\.(?=\s)"
                   rf"|[A-Z]\.(?=\s+[A-Z])|\w++(?:['’\-&.]\w++)*+|''|[^\w\s]")
OPEN_Q = frozenset("“«„‹")
CLOSE_Q = frozenset("”»›")
STRAIGHT_Q = frozenset(['"', "''"])
QUOTES = OPEN_Q | CLOSE_Q | STRAIGHT_Q
DETS = frozenset("the a an this that these those his her its their our my your some many most "
                 "several few other another any each every all both no such".split())
POSS = frozenset("his her its their our my your".split())
AUX = frozenset("has have had is are was were will would could can may might should must shall "
                "also not never did does do been be being just then still already once "
                "repeatedly now again further first later previously since only even "
                "n't reportedly allegedly apparently recently initially originally "
                "ultimately finally".split())
LY_NOUNS = frozenset("family ally rally supply assembly belly bully reply italy anomaly "
                     "homily monopoly only july".split())
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "unknown", "we": "group",
            "i": "person", "who": "person", "which": "unknown", "you": "person"}
REL = frozenset(["who", "which", "that"])
ED_ADJ = frozenset("""unnamed unidentified armed retired elected alleged detained concerned interested
affected informed united advanced experienced so-called embattled beleaguered disgraced ousted
exiled jailed renowned respected trusted veiled masked wounded injured displaced""".split())
INTRO = frozenset("""in on at during after before speaking asked writing interviewed following
when while since as according earlier later""".split())
NP_INNER = frozenset(["of", "for", "at", "and", "&", "de", "al", "el", "bin", "van", "von", "der",
                      "la", "le", "du", "da", "di"])
# adverbials between a cue and its content: time, medium, addressee ("to reporters")
SKIP = re.compile(
    rf"""\s*,?\s*(?:
      (?:on\s+|last\s+|this\s+|early\s+|late\s+|next\s+)?(?:{alternation(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?
    | (?:last|this|earlier\s+this|later\s+that|earlier\s+that|that)\s+(?:week|month|year|night|morning|afternoon|evening|weekend|spring|summer|fall|autumn|winter)
    | (?:on|in)\s+(?:{alternation(MONTH_WORDS)})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?
    | yesterday|today|tonight|earlier|later|recently|previously|afterwards|then|again|also|too
    | (?:in|on|at|during|via|through|over|from)\s+(?:a|an|the|his|her|its|their|an?\s+\w+|the\s+\w+)?\s*
        (?:[\w'’-]+\s+){{0,2}}(?:statement|statements|interview|tweet|tweets|post|posts|speech|briefing|
        conference|letter|call|remarks|email|e-mail|message|video|op-ed|column|article|broadcast|
        appearance|hearing|session|meeting|show|program|programme|twitter|facebook|instagram|telegram|
        podcast|address|report|communique|communiqué|note|blog|rally|event|debate|forum|summit)
        (?:\s+(?:with|to|on)\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,5}}?[\w'’.-]+(?=\s*[,:.;]|\s+that\b))?
    | to\s+(?:reporters|journalists|the\s+press|the\s+media|me|us|him|her|them|lawmakers|supporters|the\s+crowd|the\s+audience)
    | (?:through|via)\s+(?:a|an|the|his|her|its|their)\s+(?:spokesman|spokeswoman|spokesperson|lawyer|attorney|representative|aide)
    | publicly|privately|openly|bluntly|flatly|repeatedly|firmly|strongly|simply|quickly|formally|officially|angrily|bluntly
    )(?=\W|$)""",
    re.I | re.X,
)
LEAD = re.compile(r"\s*(?:,|:|—|–|--|-|;)?\s*(?:that\b)?\s*(?:,|:|—|–|--)?\s*", re.I)
VIA_RX = re.compile(
    r"\b(?:(?P<cited>cited|quoted|reported|carried|published)\s+by|(?P<told>told|telling|tells|tell)|"
    r"(?P<interview>in\s+an?\s+(?:[\w-]+\s+){0,2}interview\s+with|speaking\s+to|talking\s+to|"
    r"in\s+comments\s+to|in\s+remarks\s+to|in\s+a\s+statement\s+to|said\s+to|according\s+to|"
    r"writing\s+(?:in|for)|wrote\s+(?:in|for)|in\s+a\s+(?:\w+\s+)?(?:post|column|op-ed|article)\s+(?:on|in|for)))\s+",
    re.I,
)
INTERVIEW_RX = re.compile(
    r"\b(?:in\s+an?\s+(?:[\w-]+\s+){0,2}interview\s+with|speaking\s+to|talking\s+to|in\s+comments\s+to|"
    r"in\s+remarks\s+to|in\s+a\s+statement\s+to|in\s+a\s+(?:phone\s+)?call\s+with|writing\s+in|wrote\s+in)\s+", re.I)
# a word that every INTERVIEW_RX match contains: a cheap test before the regex runs
INTERVIEW_WORDS = ("interview", "speaking", "talking", "comments", "remarks", "statement", "call",
                   "writing", "wrote")
DASH_BYLINE = re.compile(r"[”\"»][\s\u00a0]*([―—–]|--)[\s\u00a0]*((?:[A-Z][\w.'’-]*[ \u00a0]?){1,6})")
COLON_HEAD = re.compile(r"[\"“'‘]?((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*:\s+(?=\S)")
ANAPHOR = re.compile(r"^(?:the|these|those|this|that)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)$", re.I)
NAME_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|bin|ibn|abu|abd|de|da|di|van|von|le|la)[-‐]\w", re.I)
COORD = re.compile(r"(?:[,;]\s*(?:but|and|while|whereas|although|though|yet|however|as)?|\s(?:but|while|whereas|although|though|however))\s*$", re.I)
COORD_AND = re.compile(r"\s(?:and|but)\s*$", re.I)
DECLINE_END = re.compile(r"[,;]|\s(?:and|but|while|although|though|which|as)\s|\s[-–—]\s")
# an indirect content stops before a contrasting clause: "X said C, but D" (PolNeAR's convention)
CONTENT_CUT = re.compile(r",\s+but\b|;\s")
DECLINE_GAP = re.compile(r"[,;:—–]")
DECLINE_NEW_CLAUSE = re.compile(r"(?:but|and|while|although|though|however|as|which|yet|so)\b", re.I)
DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|an|i|ic)$")


# ----------------------------------------------------------------------------- tokens


_M_START, _M_END, _M_GROUP = re.Match.start, re.Match.end, re.Match.group


@dataclass(slots=True)
class Toks:
    """The tokens of one sentence: absolute offsets and their strings."""

    starts: list[int]
    ends: list[int]
    words: list[str]

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Toks:
        ms = list(TOKEN.finditer(text, start, end))
        return cls(list(map(_M_START, ms)), list(map(_M_END, ms)), list(map(_M_GROUP, ms)))

    def at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect_left(self.starts, pos)


def _is_word(w: str) -> bool:
    return w[0].isalnum()


def _is_cap(w: str) -> bool:
    return w[0].isupper() or (w[0].isdigit() and False)


def _is_adverb(w: str) -> bool:
    lw = w.lower()
    return (lw in AUX) or (len(lw) > 4 and lw.endswith("ly") and w.islower() and lw not in LY_NOUNS)


# ----------------------------------------------------------------------------- quotes


def quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) character positions of the quotations in ``text[start:end]``; an
    unclosed quotation runs to ``end``.  Curly quotes and guillemets pair by direction,
    straight double quotes (and ``''``) toggle."""
    out: list[tuple[int, int]] = []
    open_at = -1
    for m in _QMARKS.finditer(text, start, end):
        i = m.start()
        c = m.group()
        if c in OPEN_Q:
            if open_at < 0:
                open_at = i
        elif c in CLOSE_Q:
            if open_at >= 0:
                out.append((open_at, i + 1))
                open_at = -1
            elif not out or out[-1][1] <= start:  # a close without an open: the quote began earlier
                out.append((start, i + 1))
        else:  # '"' or "''" toggle
            if open_at >= 0:
                out.append((open_at, m.end()))
                open_at = -1
            else:
                open_at = i
    if open_at >= 0:
        out.append((open_at, end))
    return out


_QCHARS = re.compile(r"[\"“”«»„‹›]|''")
_QMARKS = re.compile(r"[\"“”«»„‹›]|''")


# ----------------------------------------------------------------------------- state


@dataclass(slots=True)
class Mention:
    span: Span
    kind: str
    type: str
    actor: str | None
    head: str


@dataclass(slots=True)
class Doc:
    text: str
    sentences: Sequence[Sentence]
    words: Words
    history: list[Mention] = field(default_factory=list)
    para_quotes: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    para_bounds: dict[int, tuple[int, int]] = field(default_factory=dict)

    def para_has_quotes(self, si: int) -> bool:
        p = self.sentences[si].paragraph
        q = self.para_quotes.get(p)
        if q is None:
            q = self.quotes(si)
        return bool(q)

    def quotes(self, si: int) -> list[tuple[int, int]]:
        p = self.sentences[si].paragraph
        q = self.para_quotes.get(p)
        if q is None:
            s, e = self.para_bounds[p]
            q = quote_regions(self.text, s, e) if _QCHARS.search(self.text, s, e) else []
            self.para_quotes[p] = q
        return q


@dataclass(slots=True)
class Draft:
    """A mutable attribution while the sentence is being resolved."""

    si: int
    cue: tuple[int, int]
    act: str
    src: tuple[int, int] | None
    content: list[tuple[int, int]]
    via: list[tuple[int, int]]
    kind_hint: str | None = None
    descriptor: tuple[int, int] | None = None
    resolved: Mention | None = None
    participle: bool = False
    frame: str = "verb"
    anaphor_of: tuple[int, int] | None = None  # relative pronoun antecedent
    src_end: int | None = None  # the source ends here, before "cited by Y"


# ----------------------------------------------------------------------------- noun phrases


KNOWING = frozenset(("familiar", "close", "briefed", "privy", "knowledgeable", "acquainted"))


def np_back(t: Toks, k: int, lo: int) -> int:
    """Start index of the noun phrase that ends at token ``k`` (scanning back, not past ``lo``);
    ``k + 1`` when there is none."""
    i = k
    n = 0
    while i >= lo and n < 14:
        w = t.words[i]
        lw = w.lower()
        if not _is_word(w):
            if w in ("-", "&", "'", "’") and i > lo:
                i -= 1
                continue
            if w == ")" :
                j = i
                while j >= lo and t.words[j] != "(":
                    j -= 1
                if j >= lo and i - j < 8:
                    i = j - 1
                    continue
            if w == "." and i > lo and t.words[i - 1][0].isupper():  # "Jr." style
                i -= 1
                continue
            break
        if lw in NP_INNER:
            # inner word only between two parts of the phrase ("and" only between names)
            if i - 1 < lo or not _is_word(t.words[i - 1]) or t.words[i - 1].lower() in STOP_SUBJECT_END:
                break
            if lw in ("and", "&") and not (t.words[i - 1][0].isupper() and t.words[i + 1][0].isupper()):
                break
            i -= 1
            n += 1
            continue
        if lw in ("with", "to", "on", "of") and i - 2 >= lo and t.words[i - 1].lower() in KNOWING:
            # "a source familiar with the matter", "officials close to the talks", "people briefed on"
            i -= 2
            n += 2
            continue
        if lw in ("from", "by", "on", "in") and i - 1 >= lo and \
                words().types.get(t.words[i - 1].lower()) in ("document", "social_media"):
            i -= 1
            n += 1
            continue
        if lw in ("on", "in") and i - 1 >= lo and t.words[i + 1][0].isupper() and _np_head(t.words[i - 1]):
            # "the Commission on Presidential Debates", "Republicans on the House committee"
            i -= 1
            n += 1
            continue
        if lw in STOP_SUBJECT_END and not (w[0].isupper() and i != lo and lw not in AUX):
            break
        if lw in DETS:
            i -= 1
            if i - 2 >= lo and t.words[i].lower() in ("with", "to", "on", "of") and t.words[i - 1].lower() in KNOWING:
                i -= 2  # "a source familiar with | the matter"
                n += 2
                continue
            if i - 1 >= lo and _is_word(t.words[i - 1]) and (t.words[i].lower() in ("of", "for", "at") or (
                    t.words[i].lower() in ("on", "in") and t.words[i + 2][0].isupper() and
                    _np_head(t.words[i - 1])) or (
                    t.words[i].lower() in ("from", "by", "on", "in") and
                    words().types.get(t.words[i - 1].lower()) in ("document", "social_media"))):
                continue
            break
        if lw in REL:
            break
        if w.islower() and lw.endswith("ed") and lw not in ED_ADJ and \
                not (i - 1 >= lo and t.words[i - 1].lower() in DETS):
            break
        i -= 1
        n += 1
    start = i + 1
    # never begin on an inner word
    while start <= k and t.words[start].lower() in NP_INNER:
        start += 1
    return start


def _np_head(w_: str) -> bool:
    """Can ``w_`` be the head noun before a post-modifier "on/in <Name>"? (a capitalised word
    that is no month or day, or a plural or role noun)"""
    lw = w_.lower()
    if not _is_word(w_) or lw in STOP_SUBJECT_END or lw in DETS:
        return False
    if w_[0].isupper():
        return lw not in TIME_UNITS
    return lw in words().anon_kind or words().types.get(lw) in ("person", "group", "organisation")


def np_forward(t: Toks, i: int, hi: int, w: Words, outlets_only: bool = False) -> int:
    """End index (exclusive) of a noun phrase starting at token ``i`` (names, titles, outlet
    words, determiners); ``i`` when there is none."""
    j = i
    seen_word = False
    while j < hi and j - i < 10:
        tok = t.words[j]
        lw = tok.lower()
        if not _is_word(tok):
            if tok in ("-", "&", "'", "’") and seen_word and j + 1 < hi and _is_word(t.words[j + 1]):
                j += 1
                continue
            break
        if lw in DETS and not seen_word:
            j += 1
            continue
        if tok[0].isupper() or tok[0].isdigit():
            seen_word = True
            j += 1
            continue
        if lw in w.outlet_words or lw in w.journalist_words or lw in w.types or lw in w.states:
            seen_word = True
            j += 1
            continue
        if lw in NP_INNER and seen_word and j + 1 < hi and t.words[j + 1][0].isupper():
            j += 1
            continue
        if not outlets_only and not seen_word and lw not in STOP_SUBJECT_END and lw not in AUX:
            # lower-case modifiers before the head ("the Russian news agency", "senior officials")
            j += 1
            continue
        break
    while j > i and (t.words[j - 1].lower() in DETS or t.words[j - 1].lower() in NP_INNER):
        j -= 1
    return j


def _np_words(t: Toks, a: int, b: int) -> list[str]:
    return [w for w in t.words[a:b] if _is_word(w)]


MEMO_MAX = 50_000


def classify(words_: list[str], w: Words, sentence_text: str = "") -> tuple[str, str, str | None, str]:
    """(kind, type, actor, head) of a source noun phrase given as its words; ``sentence_text``
    (lower-cased) is searched for anonymity markers ("speaking on condition of anonymity").
    Results are memoised on the lexicon object: sources repeat ("he", "officials")."""
    marked = bool(sentence_text) and w.marker_regex.search(sentence_text) is not None
    described = False
    for j in range(1, len(words_) - 1):
        # "a source familiar with the matter": classified by its head; described, so anonymous
        if words_[j].lower() in KNOWING and words_[j + 1].lower() in ("with", "to", "on", "of"):
            words_, marked, described = words_[:j], True, True
            break
    key = (tuple(words_), marked)
    got = w.memo.get(key)
    if got is None:
        if len(w.memo) > MEMO_MAX:
            w.memo.clear()
        got = w.memo[key] = _classify(words_, w, marked)
    if described and got[0] == "sources_said":
        got = ("anonymous",) + got[1:]
    return got


def _classify(words_: list[str], w: Words, marked: bool) -> tuple[str, str, str | None, str]:
    if not words_:
        return "sources_said", "unknown", None, ""
    lws = [x.lower() for x in words_]
    # the head comes before a post-modifier: "a statement from the presidency", "spokesman of X"
    cut = next((i for i, x in enumerate(lws) if i > 0 and x in ("from", "of", "by", "at", "for", "on", "in", "with")), len(lws))
    head = lws[cut - 1]
    if len(lws) == 1 and head in PRONOUNS:
        return "named", PRONOUNS[head], None, head
    # proper names: capitalised words that are not determiners, titles, heads or place words
    proper: list[str] = []
    for i, x in enumerate(words_):
        lx = lws[i]
        if not x[0].isupper():
            continue
        if lx in DETS or lx in w.states or lx in w.anon_kind or lx in w.types or lx in PRONOUNS or \
                (i == 0 and (lx in AUX or lx in STOP_SUBJECT_END or lx.endswith("ly"))):
            continue
        if DEMONYM.match(x) and i < len(words_) - 1:
            continue
        if x.isupper() and len(x) > 3 and i == 0 and len(words_) > 1:
            pass
        proper.append(x)
    joined = " ".join(lws)
    typ = "unknown"
    for lx in lws[:cut]:
        t_ = w.types.get(lx)
        if t_:
            typ = t_
    if any(lx in w.outlet_words for lx in lws[-3:]) and typ in ("unknown", "organisation"):
        typ = "outlet"
    if w.outlet_regex.search(" ".join(words_)):
        typ = "outlet"
    if joined in w.states or (len(lws) == 2 and lws[0] == "the" and lws[1] in w.states):
        typ = "state"
    kind = "named"
    akind = w.anon_kind.get(head)
    if akind is None and len(lws) >= 2:
        akind = w.anon_kind.get(" ".join(lws[-2:]))
    if marked or w.marker_regex.search(joined) is not None or \
       any(m in lws for m in w.anon_markers if " " not in m):
        akind = akind or "anonymous"
        proper = [] if akind else proper
    if not proper:
        if akind:
            kind = akind
        elif typ in ("document",) and head in ("report", "reports"):
            kind = "sources_said"
        elif typ == "unknown" and head.endswith("s") and words_[-1].islower():
            kind = "anonymous"
            typ = "group"
        elif typ in ("person", "group") and words_[-1].islower() and lws[0] in DETS:
            kind = "anonymous"  # a role without a name: "the harbour master"
    if kind == "named" and typ == "unknown" and proper:
        typ = "person" if len(proper) >= 2 else "unknown"
    actor = " ".join(_name_run(words_, w)) or None if kind == "named" else None
    if kind == "named" and not actor:
        actor = " ".join(x for x in words_ if x.lower() not in DETS) or None
    return kind, typ, actor, head


def _name_run(words_: list[str], w: Words) -> list[str]:
    """The longest run of capitalised words without leading titles or place words (the actor's
    display name): "Defence Minister Ana Ruiz" -> "Ana Ruiz"."""
    runs: list[list[str]] = []
    cur: list[str] = []
    for x in words_:
        lx = x.lower()
        if (x[0].isupper() and lx not in DETS) or (cur and (lx in ("al", "el", "bin", "de", "van", "von") or NAME_PARTICLE.match(x))):
            cur.append(x)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    best: list[str] = []
    for r in runs:
        while len(r) > 1 and (r[0].lower() in w.types or r[0].lower() in w.states or DEMONYM.match(r[0])
                              or r[0].lower().rstrip(".") in w.types):
            r = r[1:]
        if len(r) >= len(best):
            best = r
    return best


# ----------------------------------------------------------------------------- the parser


def extract_attributions(text: str, sentences: Sequence[Sentence]) -> tuple[Attribution, ...]:
    """Attributions in ``text``; ``sentences`` as from :func:`split_sentences`.  Boilerplate
    sentences are skipped.  ``Attribution.sentence`` indexes ``sentences``."""
    if not text or not sentences:
        return ()
    lex = cue_lexicon()
    w = words()
    low = text.lower()
    if len(low) == len(text):
        matches = lex.regex.finditer(low)
    else:
        matches = lex.regex_i.finditer(text)
    starts = [s.start for s in sentences]
    per_sent: dict[int, list[tuple[int, int, Cue]]] = {}
    seen = lex.memo  # matched string -> its cue (or None), for the process
    if len(seen) > MEMO_MAX:
        seen.clear()
    for m in matches:
        a, b = m.span()
        if a > 0 and text[a - 1] in "-'’":
            continue
        si = bisect_right(starts, a) - 1
        if si < 0:
            continue
        s = sentences[si]
        if s.boilerplate or b > s.end:
            continue
        raw = text[a:b]
        cue = seen.get(raw, False)  # type: ignore[arg-type]
        if cue is False:
            cue = seen[raw] = lex.lookup(raw)
        if cue is None:
            continue
        per_sent.setdefault(si, []).append((a, b, cue))
    doc = Doc(text, sentences, w)
    para_first: dict[int, int] = {}
    for i, s in enumerate(sentences):
        p = s.paragraph
        if p not in doc.para_bounds:
            doc.para_bounds[p] = (s.start, s.end)
            para_first[p] = i
        else:
            doc.para_bounds[p] = (doc.para_bounds[p][0], s.end)
    out: list[Attribution] = []
    last_by_para: dict[int, Attribution] = {}
    same_len = len(low) == len(text)
    maybe_interview = not same_len or any(k in low for k in INTERVIEW_WORDS)
    for si, s in enumerate(sentences):
        if s.boilerplate:
            continue
        cands = per_sent.get(si)
        drafts: list[Draft] = []
        if para_first.get(s.paragraph) == si:
            d = _colon_head(doc, si)
            if d is not None:
                drafts.append(d)
        if cands:
            cands = [c for c in cands if _gate(doc, si, c[0], c[1], c[2])]
        if cands:
            t = Toks.of(text, s.start, s.end)
            for a, b, cue in cands:
                try:
                    d = _draft(doc, si, t, a, b, cue)
                except IndexError:  # defensive: a malformed window never breaks the article
                    d = None
                if d is not None:
                    drafts.append(d)
        if not drafts:
            _continue_quote(doc, si, out)
            continue
        prev_src: Draft | None = None
        for d in sorted(drafts, key=lambda x: x.cue[0]):
            if d.participle and prev_src is not None:
                d.src, d.descriptor, d.src_end = prev_src.src, prev_src.descriptor, prev_src.src_end
            elif d.src is not None and not d.participle:
                prev_src = d
        if cands and drafts and maybe_interview and _interview_in(low, s, same_len) and \
                INTERVIEW_RX.search(text, s.start, s.end):
            vt = t
            for m in INTERVIEW_RX.finditer(text, s.start, s.end):
                i = vt.at(m.end())
                e = np_forward(vt, i, len(vt.words), w)
                if e > i and _is_outlet(vt, i, e, w):
                    for d in drafts:
                        if (vt.starts[i], vt.ends[e - 1]) not in d.via:
                            d.via.append((vt.starts[i], vt.ends[e - 1]))
        for d in _outermost(text, drafts):
            att = _finish(doc, d)
            if att is not None:
                out.append(att)
                last_by_para[s.paragraph] = att
    if "―" in text or "—" in text or "–" in text or "--" in text:
        out.extend(_dash_bylines(doc))
        out.sort(key=lambda a: a.cue.start)
    return tuple(out)


def _interview_in(low: str, s: Sentence, same_len: bool) -> bool:
    if not same_len:
        return True
    part = low[s.start:s.end]
    return any(k in part for k in INTERVIEW_WORDS)


def _dash_bylines(doc: Doc) -> list[Attribution]:
    """A quotation signed with a dash and a name: "“C.” ― Ana Ruiz"."""
    text = doc.text
    starts = [s.start for s in doc.sentences]
    found: list[Attribution] = []
    for m in DASH_BYLINE.finditer(text):
        ds, de = m.span(1)
        si = bisect_right(starts, ds) - 1
        if si < 0 or doc.sentences[si].boilerplate:
            continue
        # the name runs to the end of its line / sentence
        na, nb = m.span(2)
        while nb > na and not text[nb - 1].isalnum():
            nb -= 1
        line_end = text.find("\n", de)
        rest = text[nb:line_end if line_end >= 0 else len(text)].strip(" .\u00a0")
        if nb <= na or rest:
            continue
        close = m.start() + 1
        qa = next((a for a, b in doc.quotes(si) if b == close), None)
        if qa is None:
            for j in range(si, max(-1, si - 30), -1):
                q = next((a for a, b in doc.quotes(j) if b == close), None)
                if q is not None:
                    qa = q
                    break
        if qa is None or close - qa < 3:
            continue
        words_ = [w_ for w_ in TOKEN.findall(text, na, nb) if w_[0].isalnum()]
        kind, typ, actor, _ = classify(words_, doc.words)
        src = Source(Span.of(text, na, nb), kind, typ, None, None, actor)  # type: ignore[arg-type]
        found.append(Attribution(src, Span.of(text, ds, de), "assert", Span.of(text, qa, close), (), True, (), si))
    return found


# ----------------------------------------------------------------------------- frames


PREV_WINDOWS = (40, 100)  # characters read before a cue: first a short window, then a longer one
NEXT_BY = re.compile(r"\s*[Bb][Yy](?![\w'’\-&.])")
INVERT_PUNCT = frozenset([",", "”", '"', "''", "»", "—", "–"])


def _gate(doc: Doc, si: int, a: int, b: int, cue: Cue) -> bool:
    """A cheap necessary condition of :func:`_draft`: False only when ``_draft`` would return
    None for this candidate.  It reads the few tokens before the cue (a window of
    ``PREV_WINDOWS`` characters) instead of tokenising the sentence, so most candidates that
    are nouns ("the state", "her report"), sit inside a quotation or lack a subject are
    rejected before any sentence is tokenised.  ``tests/parse/test_gate.py`` checks the
    implication on text."""
    text = doc.text
    s = doc.sentences[si]
    for qa, qb in doc.quotes(si):
        if qa < a and b < qb and not (qa >= s.start and a - qa < 2):
            return False
    frame = cue.frame
    if frame in ("according", "noun", "passive"):
        return True
    if NEXT_BY.match(text, b, s.end):
        return False
    if text[a].isupper() and not text[a:b].isupper():
        return True  # the proper-noun test needs the whole sentence
    for width in PREV_WINDOWS:
        lo = a - width
        if lo <= s.start:
            lo = s.start
            whole = True
        else:
            whole = False
            while lo < a and not text[lo].isspace():
                lo += 1  # start on a token boundary
        prev_toks = TOKEN.findall(text, lo, a)
        if whole or len(prev_toks) > 2:
            break
    if not prev_toks:
        return not whole
    prev = prev_toks[-1].lower()
    if prev in DET_BLOCK or prev.endswith(("'s", "’s")) or prev == "to":
        return False
    ambiguous = cue.ambiguous
    if ambiguous and prev in AMBIG_BLOCK:
        return False
    k = len(prev_toks) - 1
    while k >= 0 and prev_toks[k][0].isalnum() and _is_adverb(prev_toks[k]):
        k -= 1
    if k < 0:
        return not whole  # no subject before the cue (or the window is too short to tell)
    k2 = _time_back(prev_toks, k)
    if k2 != k:
        if k2 < 0:
            return not whole
        k = k2
    tok = prev_toks[k]
    if tok[0].isalnum():
        lw = tok.lower()
        if lw in ("and", "but") and k > 0 and frame in ("verb", "tell", "evaluative"):
            return True
        if lw in REL and lw != "that":
            return True
        if tok.islower() and tok.endswith(("ing", "ed")) and tok not in doc.words.types:
            return False
        if (ambiguous or frame == "evaluative" or cue.act == "hedge") and not _source_like(tok, doc.words):
            return False
        return True
    if tok == "," or tok == ")":
        return True
    if tok.lower() in ("and", "but") and k > 0 and frame in ("verb", "tell", "evaluative"):
        return True
    if tok in ('"', "''"):
        return True  # an opening or a closing quote: _draft decides
    return tok in INVERT_PUNCT and not ambiguous and frame == "verb" and cue.act != "hedge"


TIME_UNITS = frozenset(list(MONTH_WORDS) + list(WEEKDAYS) + ["week", "month", "year", "weekend", "morning",
                                                                  "afternoon", "evening", "night", "spring",
                                                                  "summer", "fall", "autumn", "winter"])
TIME_MODS = frozenset(("this", "last", "next", "early", "late", "earlier", "later", "that", "each", "every"))
TIME_PREPS = frozenset(("in", "on", "during", "since", "by"))
REDUCED_REL = frozenset(("released", "published", "conducted", "issued", "filed", "posted", "taken",
                         "carried", "commissioned", "done", "unveiled", "aired"))


def _time_back(ws: list[str], k: int) -> int:
    """Index of the token before a time phrase that ends at ``k`` and stands between a subject
    and its verb ("a poll released in late August | found", "the bank just this month |
    announced"); ``k`` when there is none."""
    i = k
    while i >= 0 and (ws[i].isdigit() or ws[i] == ","):
        i -= 1
    if i < k and not (k >= 0 and ws[k].isdigit() and len(ws[k]) == 4):
        i = k  # only a year, not any number
    if i >= 0 and ws[i].lower() in TIME_UNITS and (i == k or ws[i + 1].isdigit()):
        i -= 1
        if i >= 0 and ws[i].lower() in TIME_MODS:
            i -= 1
    elif i == k:
        return k
    if i >= 0 and ws[i].lower() in TIME_PREPS:
        i -= 1
    elif i < k and ws[i + 1].lower() not in TIME_MODS:
        return k  # "Monday" alone, "August 2001" without a preposition: a name, not a time phrase
    while i >= 0 and _is_word(ws[i]) and _is_adverb(ws[i]):
        i -= 1
    if i >= 1 and ws[i].lower() in REDUCED_REL:
        i -= 1
    if i < 0 or not _is_word(ws[i]) or ws[i].lower() in STOP_SUBJECT_END and ws[i].lower() not in PRONOUNS:
        return k
    return i


DET_BLOCK = DETS - {"that", "all", "both"}

IRREGULAR_PAST = frozenset(("said", "told", "wrote", "thought", "felt", "knew", "saw", "sought", "found"))
LEAD_ADVERBS = frozenset(("however", "meanwhile", "moreover", "instead", "still", "yet", "also",
                          "then", "now", "so", "indeed", "separately", "later", "earlier"))
AMBIG_BLOCK = frozenset(("of", "for", "with", "by", "in", "on", "new", "no"))


def _draft(doc: Doc, si: int, t: Toks, a: int, b: int, cue: Cue) -> Draft | None:
    s = doc.sentences[si]
    ci = t.at(a)
    cj = t.at(b)
    if ci >= len(t.words) or cj <= ci:
        return None
    prev = t.words[ci - 1].lower() if ci > 0 else ""
    cw = t.words[ci]
    if cw[0].isupper() and ci > 0 and not cw.isupper() and prev not in ('"', "“", "'", "‘", "''") \
            and not _title_case(t):
        return None  # a proper noun ("the United States")
    if _QCHARS.search(doc.text, s.start, s.end) or doc.quotes(si):
        for qa, qb in doc.quotes(si):
            if qa < a and b < qb and not (qa >= s.start and a - qa < 2):
                return None  # a cue inside a quotation is nested in the quotation's attribution
    if cj < len(t.words) and t.words[cj].lower() == "by" and cue.frame not in ("according", "noun", "passive"):
        return None  # "sources cited by Y", "was reported by Y"
    if cue.frame == "according":
        return _according(doc, si, t, ci, cj, cue)
    if cue.frame == "noun":
        return _noun(doc, si, t, ci, cj, cue)
    if cue.frame == "passive":
        return _passive(doc, si, t, ci, cj, cue)
    # verbs: not after a determiner, a possessive or "to"
    if prev in DET_BLOCK or prev.endswith(("'s", "’s")) or prev == "to":
        return None
    if cue.ambiguous and (prev in ("of", "for", "with", "by", "in", "on", "new", "no")):
        return None
    # extend the cue leftwards over auxiliaries and adverbs ("has not formally", "also")
    k = ci - 1
    while k >= 0 and _is_word(t.words[k]) and _is_adverb(t.words[k]):
        k -= 1
    # "n't" split off ("did n't") and "did not" before the cue stay in the cue
    cue_start = t.starts[k + 1] if k + 1 < ci else a
    word = t.words[ci].lower()
    participle = word.endswith("ing") and k >= 0 and t.words[k] == "," and cue.frame in ("verb", "tell") \
        and cue.act != "hedge"
    d = Draft(si, (cue_start, b), cue.act, None, [], [], frame=cue.frame)
    _negation(d, t, ci, k, cue)
    if participle:
        d.participle = True
        return _right_content(doc, si, t, cj, d, cue) if _participle_source(doc, si, t, k, d) else None
    if k < 0:
        # a cue opening the sentence with no subject ("Said the minister: ...")
        return None
    tok = t.words[k]
    if tok.lower() in ("and", "but") and k > 0 and cue.frame in ("verb", "tell", "evaluative") and \
            (not cue.ambiguous or word.endswith("ed") or word in IRREGULAR_PAST):
        # "X urged A and criticized B": the second verb shares the subject of the first
        d.participle = True
        return _right_content(doc, si, t, cj, d, cue) if _participle_source(doc, si, t, k, d) else None
    src_last = k
    if tok == ")":
        # a parenthesis closing the subject: "Sen. Ana Diaz (R-Ga.) said"
        j = k - 1
        while j > 0 and k - j < 8 and t.words[j] != "(":
            j -= 1
        if j > 0 and t.words[j] == "(" and _is_word(t.words[j - 1]) and t.words[j - 1][0].isupper():
            k = j - 1
            tok = t.words[k]
    k2 = _time_back(t.words, k)
    if k2 != k and k2 >= 0 and _is_word(t.words[k2]):
        # "an arbitration panel in 2001 found", "Wells Fargo just this month announced"
        k = src_last = k2
        tok = t.words[k]
    if _is_word(tok):
        lw = tok.lower()
        if lw in REL and lw != "that":
            d.src = (t.starts[k], t.ends[k])
            j = k - 1
            if j >= 0 and t.words[j] == ",":
                j -= 1
            if j >= 0 and _is_word(t.words[j]):
                st = np_back(t, j, 0)
                if st <= j:
                    d.anaphor_of = (t.starts[st], t.ends[j])
            r = _right_content(doc, si, t, cj, d, cue)
            if r is not None and j >= 0 and t.words[j + 1 if j + 1 < k else k] == ",":
                a0, b0 = r.content[0]
                c = doc.text.find(",", a0, b0)
                if c > a0:
                    r.content[0] = (a0, c)
            return r
        st = np_back(t, k, 0)
        if st > k or (tok.islower() and tok.endswith(("ing", "ed")) and tok not in doc.words.types):
            return None
        if (cue.ambiguous or cue.frame == "evaluative" or cue.act == "hedge") and not _source_like(tok, doc.words):
            return None
        st = _skip_cited_by(doc, t, st, d)
        d.src = (t.starts[st], t.ends[src_last])
        # content on the left ("C, X said") or on the right ("X said C")?
        rest = _after_adverbials(doc, t, cj, d, cue)
        if d.act == "decline":
            return _right_content(doc, si, t, cj, d, cue, rest)
        if rest >= s.end or not _has_words(doc.text, rest, s.end):
            if cue.ambiguous or cue.frame == "evaluative":
                return None
            return _left_content(doc, si, t, st, d)
        if doc.text[rest:rest + 1] == "," and st > 0 and t.words[st - 1] in (",", "”", '"', "''") and \
                cue.frame in ("verb", "tell") and cue.act != "hedge" and \
                (t.words[st - 1] != "," or st < 2 or t.words[st - 2] in QUOTES or t.words[0].lower() not in INTRO):
            # "C, X said, adding ..." / "“C,” X said, “D”"
            tail = _right_content(doc, si, t, t.at(rest + 1), Draft(si, d.cue, d.act, None, [], []), cue)
            quoted_tail = tail is not None and tail.content and _starts_quote(doc.text, tail.content[0][0])
            if quoted_tail and not _QCHARS.search(doc.text, s.start, t.starts[st]) and \
                    t.words[st - 1] == "," and t.words[0].lower() not in INTRO:
                # "She said A, and when pressed, the mother replied, “C”": the quotation is C
                d.content.extend(tail.content)  # type: ignore[union-attr]
                return d
            _left_content(doc, si, t, st, d)
            if quoted_tail:
                d.content.extend(tail.content)  # type: ignore[union-attr]
            return d if d.content else None
        if st > 0 and cue.frame in ("verb", "tell") and cue.act != "hedge" and \
                _closes_quote(doc, si, t, st - 1):
            # "“C,” she said of the election, …": the quotation is the content
            _left_content(doc, si, t, st, d)
            j = t.at(rest)
            while j < len(t.words) and t.words[j] not in QUOTES:
                j += 1
            if j < len(t.words) and t.words[j - 1] in (",", ":") and _starts_quote(doc.text, t.starts[j]):
                tail = _right_content(doc, si, t, j, Draft(si, d.cue, d.act, None, [], []), cue, t.starts[j])
                if tail is not None and tail.content:
                    d.content.extend(tail.content)
            return d if d.content else None
        return _right_content(doc, si, t, cj, d, cue, rest)
    if tok in ('"', "''") and any(qa == t.starts[k] for qa, _ in doc.quotes(si)):
        return None  # an opening quote: the quoted text starts with the cue word
    if tok == ",":
        # "X, apposition, said" / "X, who ..., said" / "X, speaking on condition of anonymity, said"
        dd = _comma_subject(doc, si, t, k, cj, d, cue)
        if dd is not None:
            return dd
    if tok in (",", "”", '"', "''", "»", "—", "–") and not cue.ambiguous and cue.frame == "verb" \
            and cue.act != "hedge" and not word.endswith("ing"):
        # inverted: "“C,” said X" / "C, said X"
        e = _right_np(doc, t, cj)
        if e <= cj:
            return None
        d.src = (t.starts[cj], t.ends[e - 1])
        _apposition_right(t, cj, e, d)
        return _left_content(doc, si, t, cj, d, sep_tok=k)
    return None


def _closes_quote(doc: Doc, si: int, t: Toks, k: int) -> bool:
    """Token ``k`` closes a quotation that ends in punctuation ("“C,” | X said")."""
    w_ = t.words[k]
    if w_ not in CLOSE_Q and w_ not in STRAIGHT_Q or k == 0 or t.words[k - 1] not in (",", "?", "!", ".", "—"):
        return False
    end = t.ends[k]
    return any(qb == end and qa < t.starts[k] for qa, qb in doc.quotes(si))


def _source_like(w_: str, w: Words) -> bool:
    """Can this word end the noun phrase of a source? (names, pronouns, people, bodies)"""
    lw = w_.lower()
    if w_[0].isupper() or w_[0].isdigit():
        return True
    return lw in PRONOUNS or lw in w.anon_kind or lw in w.types or lw in w.outlet_words or \
        lw in w.states or (lw.endswith("s") and len(lw) > 3 and not lw.endswith("ss"))


def _title_case(t: Toks) -> bool:
    ws = [x for x in t.words if _is_word(x) and len(x) > 3]
    return bool(ws) and sum(1 for x in ws if x[0].isupper()) >= 0.7 * len(ws)


def _negation(d: Draft, t: Toks, ci: int, k: int, cue: Cue) -> None:
    """"did not confirm" is a non-answer; "did not deny" stays a hedge."""
    neg = any(t.words[x].lower() in ("not", "n't", "never") for x in range(max(k + 1, ci - 3), ci))
    if not neg:
        return
    if cue.act in ("confirm", "assert") and d.act != "decline":
        if t.words[ci].lower().startswith(("confirm", "comment", "respond", "repl", "answer", "return")):
            d.act = "decline"
        elif cue.act == "confirm":
            d.act = "decline"
    elif cue.act == "deny":
        d.act = "hedge"


def _has_words(text: str, a: int, b: int) -> bool:
    for i in range(a, min(b, a + 400)):
        if text[i].isalnum():
            return True
    return False


def _starts_quote(text: str, pos: int) -> bool:
    return text[pos:pos + 1] in QUOTES or text[pos:pos + 2] == "''"


def _skip_cited_by(doc: Doc, t: Toks, st: int, d: Draft) -> int:
    """"sources cited by Y claimed": the source is what comes before "cited by", Y a via."""
    if st >= 3 and t.words[st - 1].lower() == "by" and \
            t.words[st - 2].lower() in ("cited", "quoted", "reported", "carried"):
        j = st - 3
        if _is_word(t.words[j]):
            s2 = np_back(t, j, 0)
            if s2 <= j:
                d.via.append((t.starts[st], d.cue[0]))
                d.src_end = t.ends[j]
                return s2
    return st


def _apposition(t: Toks, st: int, d: Draft) -> None:
    """"Ahmad Nour, spokesman of the army, confirmed": the name before the comma joins the source
    and the apposition becomes its descriptor."""
    if st >= 2 and t.words[st - 1] == ",":
        first = t.words[st]
        lf = first.lower()
        appositive = (not first[0].isupper()) or lf in DETS or first[0].isdigit()
        if not appositive:
            return
        j = st - 2
        if not _is_word(t.words[j]) or not t.words[j][0].isupper():
            return
        s2 = np_back(t, j, 0)
        if s2 > j or (s2 > 0 and t.words[s2 - 1] not in (",", "”", '"') and t.words[s2 - 1].lower() not in STOP_SUBJECT_END):
            return
        if s2 > 0 and t.words[s2 - 1] == ",":
            return  # a list, or an inverted quote: not an apposition
        d.descriptor = (t.starts[st], d.src[1])  # type: ignore[index]
        d.src = (t.starts[s2], d.src[1])  # type: ignore[index]


def _apposition_right(t: Toks, i: int, e: int, d: Draft) -> None:
    for x in range(i, e):
        if t.words[x] == "," and x + 1 < e:
            d.descriptor = (t.starts[x + 1], t.ends[e - 1])
            return


def _comma_subject(doc: Doc, si: int, t: Toks, k: int, cj: int, d: Draft, cue: Cue) -> Draft | None:
    """The token before the cue is a comma: look for "X, <apposition|who ...|speaking ...>, cue"."""
    p = k - 1
    depth = 0
    while p >= 0 and t.words[p] != ",":
        if t.words[p] in QUOTES:
            depth += 1
        p -= 1
    if p < 1 or depth or k - p < 2:
        return None
    first = t.words[p + 1].lower()
    j = p - 1
    if not _is_word(t.words[j]):
        return None
    st = np_back(t, j, 0)
    if st > j:
        return None
    if st > 0 and t.words[st - 1] in (",", "”", '"', "''") and \
            not (t.words[st - 1] == "," and st - 1 <= 4 and not any(x in QUOTES for x in t.words[:st])):
        return None
    seg = " ".join(t.words[p + 1:k]).lower()
    if first in ("who", "whose") and "anonymity" not in seg and "named" not in seg and "identified" not in seg:
        # PolNeAR keeps a relative clause in the source span: "X, who chairs Y, said"
        d.src = (t.starts[st], t.ends[k - 1])
        d.descriptor = (t.starts[p + 1], t.ends[k - 1])
    elif first in ("which", "who", "whose") or first.endswith("ing") or "anonymity" in seg or \
            "named" in seg or "identified" in seg:
        d.src = (t.starts[st], t.ends[j])
        if "anonymity" in seg or "not to be" in seg or "declined to be" in seg:
            d.kind_hint = "anonymous"
    elif not t.words[p + 1][0].isupper() or first in DETS or first[0].isdigit():
        d.src = (t.starts[st], t.ends[k])
        d.descriptor = (t.starts[p + 1], t.ends[k - 1])
    elif all(_is_word(x) and (x[0].isupper() or x.lower() in NP_INNER or NAME_PARTICLE.match(x)) for x in t.words[p + 1:k]) \
            and not t.words[st][0].isupper():
        # "the chief of X, Brigadier General Ana Ruiz, told": the name after its descriptor
        d.src = (t.starts[st], t.ends[k])
        d.descriptor = (t.starts[st], t.ends[j])
    else:
        return None
    rest = _after_adverbials(doc, t, cj, d, cue)
    if rest >= doc.sentences[si].end or not _has_words(doc.text, rest, doc.sentences[si].end):
        return None
    return _right_content(doc, si, t, cj, d, cue, rest)


def _right_np(doc: Doc, t: Toks, i: int) -> int:
    """End of the source after an inverted cue: "said Ana Ruiz, the mayor of X." up to the
    sentence end, a participle clause, a quotation or a preposition of time/place."""
    j = i
    n = len(t.words)
    while j < n and j - i < 30:
        w_ = t.words[j]
        lw = w_.lower()
        if w_ in QUOTES or w_ in (".", "!", "?", ";", ":", "(") :
            break
        if w_ == "," and j + 1 < n and (t.words[j + 1].lower().endswith("ing") or t.words[j + 1] in QUOTES
                                         or t.words[j + 1].lower() in ("and", "but", "adding", "who", "as", "in", "on")):
            break
        if j > i and lw in ("in", "on", "during", "after", "before", "at", "to", "when", "while", "as", "of", "about") and \
                not (lw == "of" and j + 1 < n and t.words[j + 1][0].isupper()) and \
                not (lw not in ("when", "while", "as", "during", "after", "before") and _appositive_so_far(t, i, j)):
            break
        if j == i and (lw in STOP_SUBJECT_END and lw not in DETS):
            return i
        j += 1
    while j > i and not _is_word(t.words[j - 1]):
        j -= 1
    return j


def _appositive_so_far(t: Toks, i: int, j: int) -> bool:
    return "," in t.words[i:j]


def _after_adverbials(doc: Doc, t: Toks, cj: int, d: Draft, cue: Cue) -> int:
    """Character position after the cue, its addressee (tell) and adverbials; vias recorded."""
    text = doc.text
    s = doc.sentences[d.si]
    pos = t.ends[cj - 1]
    if cue.frame == "tell":
        i = t.at(pos)
        if i < len(t.words) and _is_word(t.words[i]) and t.words[i].lower() != "that":
            e = np_forward(t, i, len(t.words), doc.words)
            if e > i:
                if _is_outlet(t, i, e, doc.words) or (t.words[i].lower() == "the" and e - i >= 2 and t.words[i + 1][0].isupper()):
                    d.via.append((t.starts[i], t.ends[e - 1]))
                pos = t.ends[e - 1]
            elif t.words[i].islower() and t.words[i].lower() not in STOP_SUBJECT_END:
                pos = t.ends[i]
    for _ in range(4):
        m = SKIP.match(text, pos, s.end)
        if not m or m.end() == pos:
            break
        frag = m.group()
        if re.search(r"\b(?:with|to)\b", frag, re.I):
            _via_in(doc, t, m.start(), m.end(), d)
        pos = m.end()
    return pos


def _is_outlet(t: Toks, i: int, e: int, w: Words) -> bool:
    ws = [x.lower() for x in t.words[i:e]]
    if any(x in w.outlet_words or x in w.journalist_words for x in ws):
        return True
    return bool(w.outlet_regex.search(" ".join(t.words[i:e])))


def _via_in(doc: Doc, t: Toks, a: int, b: int, d: Draft) -> None:
    for m in VIA_RX.finditer(doc.text, a, b):
        i = t.at(m.end())
        e = np_forward(t, i, len(t.words), doc.words)
        if e > i and (m.group("cited") or _is_outlet(t, i, e, doc.words)):
            sp = (t.starts[i], t.ends[e - 1])
            if sp not in d.via:
                d.via.append(sp)


def _right_content(doc: Doc, si: int, t: Toks, cj: int, d: Draft, cue: Cue, rest: int | None = None) -> Draft | None:
    text = doc.text
    s = doc.sentences[si]
    pos = rest if rest is not None else _after_adverbials(doc, t, cj, d, cue)
    m = LEAD.match(text, pos, s.end)
    a = m.end() if m else pos
    if a >= s.end or not _has_words(text, a, s.end):
        if d.act == "decline":  # "X declined comment."
            d.content.append((d.cue[1], d.cue[1]))
            return d
        # "X said:" ending the paragraph: the content is the next paragraph
        nxt = _next_paragraph(doc, si)
        if nxt is None or text[pos:s.end].strip() not in (":", ",", "", "—"):
            return None
        d.content.append(nxt)
        return d
    e = _trim_end(text, a, s.end)
    # a quotation opened here and closed in a later sentence of the paragraph
    if _starts_quote(text, a):
        for qa, qb in doc.quotes(si):
            if qa == a and qb > e:
                e = qb
                break
    else:
        m = CONTENT_CUT.search(text, a, e)
        if m and m.start() > a:
            e = m.start()
    if e <= a:
        return None
    d.content.append((a, e))
    return d


def _trim_end(text: str, a: int, e: int) -> int:
    while e > a and (text[e - 1].isspace() or text[e - 1] in ".;:,!?"):
        e -= 1
    return e


def _left_content(doc: Doc, si: int, t: Toks, src_tok: int, d: Draft, sep_tok: int | None = None) -> Draft | None:
    """Content before the source: from the sentence start (or the quotation's opening, when it
    opened in an earlier sentence) to the separator before the source."""
    text = doc.text
    s = doc.sentences[si]
    sep = sep_tok if sep_tok is not None else src_tok - 1
    while sep >= 0 and not _is_word(t.words[sep]) and t.words[sep] not in QUOTES:
        sep -= 1
    if sep < 0:
        return _previous_quote(doc, si, d)
    e = t.ends[sep]
    if t.words[sep] in QUOTES:
        e = t.ends[sep]
    e = _trim_end(text, s.start, e) if t.words[sep] not in QUOTES else e
    a = s.start
    # skip a lead-in that is not part of the content: "But", "And"
    if e <= a:
        return None
    for qa, qb in doc.quotes(si):
        if qa < s.start < qb <= e + 1:
            a = qa
            break
    if not _has_words(text, a, e):
        return None
    d.content.append((a, e))
    # the rest of the sentence after "X said," as a second piece: "“A,” he said. “B.”"
    after = t.ends[-1]
    last = t.at(d.cue[1])
    srcend = d.src[1] if d.src else d.cue[1]
    j = t.at(max(srcend, d.cue[1]))
    while j < len(t.words) and t.words[j] in (",", ":"):
        j += 1
    if j < len(t.words) and t.words[j] in QUOTES | {"“", "«"}:
        b2 = _trim_end(text, t.starts[j], after)
        if b2 > t.starts[j]:
            d.content.append((t.starts[j], b2))
    del last
    return d


def _previous_quote(doc: Doc, si: int, d: Draft) -> Draft | None:
    """"“C?” | Ana said." split by the sentence splitter after "?" or "!": a sentence that is only
    "X said" takes the quotation that closes the previous sentence of its paragraph."""
    if si == 0:
        return None
    s = doc.sentences[si]
    prev = doc.sentences[si - 1]
    if prev.paragraph != s.paragraph or prev.boilerplate:
        return None
    text = doc.text
    e = prev.end
    while e > prev.start and text[e - 1].isspace():
        e -= 1
    if e <= prev.start or (text[e - 1] not in CLOSE_Q and text[e - 1] != '"'):
        return None
    for qa, qb in doc.quotes(si):
        if qb == e and qa < e - 2:
            d.content.append((qa, qb))
            return d
    return None


def _next_paragraph(doc: Doc, si: int) -> tuple[int, int] | None:
    sents = doc.sentences
    p = sents[si].paragraph
    for j in range(si + 1, min(len(sents), si + 40)):
        if sents[j].paragraph != p:
            if sents[j].boilerplate:
                return None
            q = sents[j].paragraph
            a, b = doc.para_bounds[q]
            return (a, _trim_end(doc.text, a, b) or b)
    return None


def _participle_source(doc: Doc, si: int, t: Toks, k: int, d: Draft) -> bool:
    """", adding ...", ", saying ...": the source is the subject of the main clause."""
    i = 0
    while i < k and (not _is_word(t.words[i]) or t.words[i].lower() in ("but", "and", "however", "meanwhile", "also")):
        i += 1
    # an opening adverbial ("On Thursday, however, Trump spoke ..., promising"): skip to its comma
    for _ in range(2):
        if i < k and (t.words[i].lower() in INTRO or t.words[i].lower() in LEAD_ADVERBS):
            c = next((x for x in range(i + 1, min(k, i + 9)) if t.words[x] == ","), -1)
            if c < 0:
                break
            i = c + 1
            while i < k and (not _is_word(t.words[i]) or t.words[i].lower() in LEAD_ADVERBS):
                i += 1
    d.kind_hint = "participle"
    if i >= k:
        return True
    e = np_forward(t, i, k, doc.words)
    forms = cue_lexicon().forms
    for x in range(i + 1, e):
        lx = t.words[x]
        if lx.islower() and ((lx.endswith("ed") and lx not in ED_ADJ) or lx in forms):
            e = x  # "The harbour master praised the crews and said ...": the subject ends at its verb
            break
    if e > i:
        d.src = (t.starts[i], t.ends[e - 1])
    return True


def _according(doc: Doc, si: int, t: Toks, ci: int, cj: int, cue: Cue) -> Draft | None:
    text = doc.text
    s = doc.sentences[si]
    d = Draft(si, (t.starts[ci], t.ends[cj - 1]), cue.act, None, [], [], frame="according")
    e = _right_np(doc, t, cj)
    if e <= cj:
        return None
    # "according to X, C": X ends at the first comma
    for x in range(cj, e):
        if t.words[x] == ",":
            e = x
            break
    lw0 = t.words[cj].lower()
    if e - cj == 1 and t.words[cj].islower() and not (lw0 in PRONOUNS or lw0 in doc.words.anon_kind or
                                                      (lw0.endswith("s") and not lw0.endswith("ss"))):
        return None  # "according to plan"
    d.src = (t.starts[cj], t.ends[e - 1])
    _via_in(doc, t, t.starts[ci], t.ends[e - 1], d)
    if ci == 0 or (ci <= 2 and not any(_is_word(x) and x.lower() not in ("and", "but") for x in t.words[:ci])):
        j = e
        while j < len(t.words) and not _is_word(t.words[j]) and t.words[j] not in QUOTES:
            j += 1
        if j >= len(t.words):
            return None
        a = t.starts[j]
        end = _trim_end(text, a, s.end)
        for qa, qb in doc.quotes(si):
            if qa == a and qb > end:
                end = qb
        d.content.append((a, end))
        return d
    # "C, according to X" (and "C, according to X, D")
    sep = ci - 1
    while sep >= 0 and not _is_word(t.words[sep]) and t.words[sep] not in QUOTES:
        sep -= 1
    if sep < 0:
        return None
    a = s.start
    for qa, qb in doc.quotes(si):
        if qa < s.start < qb <= t.ends[sep] + 1:
            a = qa
    d.content.append((a, t.ends[sep]))
    j = e
    while j < len(t.words) and not _is_word(t.words[j]):
        j += 1
    if j < len(t.words) and e < len(t.words) and t.words[e] == ",":
        b2 = _trim_end(text, t.starts[j], s.end)
        if b2 > t.starts[j]:
            d.content.append((t.starts[j], b2))
    return d


def _noun(doc: Doc, si: int, t: Toks, ci: int, cj: int, cue: Cue) -> Draft | None:
    """"the news that C", "a New York Times report that C", "Trump's claim that C"."""
    text = doc.text
    s = doc.sentences[si]
    # the cue is the noun (without "that" and the determiner)
    nj = cj - 1
    if t.words[nj].lower() == "that":
        nj -= 1
    ni = nj
    d = Draft(si, (t.starts[ni], t.ends[nj]), cue.act, None, [], [], frame="noun")
    j = ni - 1
    if j >= 0 and (t.words[j][0].isupper() or t.words[j].endswith(("'s", "’s"))) and _is_word(t.words[j]):
        st = np_back(t, j, 0)
        if st <= j:
            d.src = (t.starts[st], t.ends[j])
    if d.src is None and doc.words.anon_kind.get(t.words[ni].lower()) == "sources_said":
        d.kind_hint = "sources_said"  # "following reports that C"
    a = t.ends[cj - 1]
    m = LEAD.match(text, a, s.end)
    a = m.end() if m else a
    if a >= s.end or not _has_words(text, a, s.end):
        return None
    end = _trim_end(text, a, s.end)
    if ci > 0 and t.words[ci - 1].lower() in ("following", "after", "amid", "despite", "over", "with", "on", "about"):
        c = text.find(",", a, end)
        if c > a:
            end = c
    d.content.append((a, end))
    return d


def _passive(doc: Doc, si: int, t: Toks, ci: int, cj: int, cue: Cue) -> Draft | None:
    text = doc.text
    s = doc.sentences[si]
    d = Draft(si, (t.starts[ci], t.ends[cj - 1]), cue.act, None, [], [], kind_hint="sources_said", frame="passive")
    word = t.words[ci].lower()
    if word in ("it",):
        a = t.ends[cj - 1]
        m = LEAD.match(text, a, s.end)
        a = m.end() if m else a
        if not _has_words(text, a, s.end):
            return None
        d.content.append((a, _trim_end(text, a, s.end)))
        return d
    # "X reportedly did C", "X is said to C": the whole clause is the content
    a = s.start
    e = _trim_end(text, a, s.end)
    if e <= a:
        return None
    d.content.append((a, e))
    return d


def _colon_head(doc: Doc, si: int) -> Draft | None:
    """"WALLACE: ...", "Poll: ..." at the start of a paragraph."""
    text = doc.text
    s = doc.sentences[si]
    lim = min(s.end, s.start + 80)
    if text.find(":", s.start, lim) < 0:  # no colon, no match (a cheap test first)
        return None
    m = COLON_HEAD.match(text, s.start, lim)
    if not m:
        return None
    name = m.group(1)
    if name.lower().rstrip(".") in doc.words.colon_labels or name.split()[0].lower() in doc.words.colon_labels:
        return None
    if text[m.end():m.end() + 1].isdigit():
        return None
    colon = text.index(":", m.end(1))
    p = s.paragraph
    a = m.end()
    e = _trim_end(text, a, doc.para_bounds[p][1])
    if e <= a:
        return None
    return Draft(si, (colon, colon + 1), "assert", (m.start(1), m.end(1)), [(a, e)], [], frame="colon")


def _continue_quote(doc: Doc, si: int, out: list[Attribution]) -> None:
    """A sentence of pure quotation with no cue of its own, right after an attribution of the
    same or the previous paragraph, continues that attribution's content ("floating quote")."""
    if not out:
        return
    s = doc.sentences[si]
    text = doc.text
    last = out[-1]
    if last.sentence < 0 or si - last.sentence > 3:
        return
    ls = doc.sentences[last.sentence]
    if ls.paragraph != s.paragraph and ls.paragraph != s.paragraph - 1:
        return
    a = s.start
    if not _starts_quote(text, a):
        return
    if not (last.direct_quote or last.cue.text == ":" or ls.paragraph == s.paragraph and _QCHARS.search(last.content.text)):
        return
    e = _trim_end(text, a, s.end) if text[s.end - 1] not in CLOSE_Q and text[s.end - 1] != '"' else s.end
    if e <= last.content.end:
        return
    frags = list(last.content_fragments) or [last.content]
    frags.append(Span.of(text, a, e))
    out[-1] = Attribution(last.source, last.cue, last.act, Span.of(text, frags[0].start, e),
                          tuple(frags), last.direct_quote, last.via, last.sentence)


# ----------------------------------------------------------------------------- resolution


def _outermost(text: str, drafts: list[Draft]) -> list[Draft]:
    """Keep attributions not nested in another's content; a sibling ("..., adding C") cuts the
    content before it."""
    drafts = [d for d in drafts if d.content]
    for d in drafts:
        if d.act == "decline":
            _cut_decline(text, d)
    drafts.sort(key=lambda d: -(max(c[1] for c in d.content) - min(c[0] for c in d.content)))
    kept: list[Draft] = []
    for d in drafts:
        inside = None
        for k in kept:
            for (a, b) in k.content:
                if a <= d.cue[0] and d.cue[1] <= b:
                    inside = k
                    break
            if inside:
                break
        if inside is None:
            kept.append(d)
            continue
        if d.src and d.src[0] < d.cue[0]:
            before = next(((a, b) for a, b in inside.content if a <= d.src[0] < b), None)
            if before is not None and before[0] < d.src[0]:
                lead = text[max(0, d.src[0] - 30):d.src[0]]
                if COORD.search(lead) or (inside.act in ("deny", "decline") and COORD_AND.search(lead)):
                    m = COORD.search(lead) or COORD_AND.search(lead)
                    cut = max(before[0], d.src[0] - (len(lead) - m.start()))  # type: ignore[union-attr]
                    inside.content = [(a, (cut if (a, b) == before else b)) for a, b in inside.content]
                    inside.content = [(a, _trim_end(text, a, b)) for a, b in inside.content]
                    inside.content = [(a, b) for a, b in inside.content if b > a] or \
                        ([(inside.cue[1], inside.cue[1])] if inside.act == "decline" else [])
                    kept.append(d)
                    continue
        if d.participle or d.frame == "tell" and d.participle:
            # cut the outer content at the participle's comma
            new = []
            for (a, b) in inside.content:
                if a <= d.cue[0] < b:
                    cut = d.src[0] if d.src and d.src[0] < d.cue[0] and d.src[0] >= a else d.cue[0]
                    while cut > a and (text[cut - 1].isspace() or text[cut - 1] == ","):
                        cut -= 1
                    if text[max(a, cut - 4):cut].lower() in (" and", " but"):
                        cut -= 4
                        while cut > a and (text[cut - 1].isspace() or text[cut - 1] == ","):
                            cut -= 1
                    new.append((a, max(a, cut)))
                else:
                    new.append((a, b))
            inside.content = [c for c in new if c[1] > c[0]]
            if d.src and inside.src:
                d.src = inside.src
                d.descriptor = inside.descriptor
            kept.append(d)
    kept.sort(key=lambda d: d.cue[0])
    return kept


def _cut_decline(text: str, d: Draft) -> None:
    """A non-answer's content is its object ("to the allegations", "on the report"): it stops at
    the next clause."""
    a, b = d.content[0]
    if a > d.cue[1] and (DECLINE_GAP.search(text, d.cue[1], a) or DECLINE_NEW_CLAUSE.match(text, a, b)):
        # "declined comment, but X confirmed ...": what follows is another clause, not the object
        d.content[0] = (d.cue[1], d.cue[1])
        return
    m = DECLINE_END.search(text, a, b)
    if m:
        d.content[0] = (a, m.start())


def _finish(doc: Doc, d: Draft) -> Attribution | None:
    text = doc.text
    content = [c for c in d.content if c[1] > c[0]]
    content = [(a, _trim_end(text, a, b) if text[b - 1:b] not in CLOSE_Q and text[b - 1:b] != '"' else b) for a, b in content]
    content = sorted(set((a, b) for a, b in content if b > a))
    content = [c for i, c in enumerate(content) if not any(o != c and o[0] <= c[0] and c[1] <= o[1] for o in content)]
    if not content:
        if d.act != "decline" or not d.content:
            return None
        content = [(d.cue[1], d.cue[1])]
    lo = min(c[0] for c in content)
    hi = max(c[1] for c in content)
    frags = tuple(Span.of(text, a, b) for a, b in content) if len(content) > 1 else ()
    src: Source | None = None
    if d.src is not None:
        sa, sb = d.src
        if d.src_end is not None and sa < d.src_end <= sb:
            sb = d.src_end
        while sb > sa and not text[sb - 1].isalnum() and text[sb - 1] not in ".)":
            sb -= 1
        while sa < sb and not text[sa].isalnum():
            sa += 1
        if sb > sa:
            span = Span.of(text, sa, sb)
            src = _source(doc, d, span)
    elif d.kind_hint == "sources_said":
        src = Source(None, "sources_said", "unknown")
    cue = Span.of(text, *d.cue)
    direct = _starts_quote(text, lo) or (_QCHARS.search(text, lo, min(hi, lo + 3)) is not None and _starts_quote(text, content[0][0]))
    vias = []
    for a, b in sorted(set(d.via)):
        while b > a and not text[b - 1].isalnum():
            b -= 1
        if b > a and (a, b) not in vias:
            vias.append((a, b))
    via = tuple(Span.of(text, a, b) for a, b in vias)
    return Attribution(src, cue, d.act, Span.of(text, lo, hi), frags, direct, via, d.si)


def _source(doc: Doc, d: Draft, span: Span) -> Source:
    w = doc.words
    toks = [w_ for w_ in TOKEN.findall(span.text) if w_[0].isalnum()]
    desc = Span.of(doc.text, *d.descriptor) if d.descriptor and d.descriptor[1] > d.descriptor[0] else None
    if desc is not None:
        # the name part decides kind and actor; the apposition only the type
        name_toks = [w_ for w_ in TOKEN.findall(doc.text, span.start, desc.start) if w_[0].isalnum()]
        kind, typ, actor, head = classify(name_toks or toks, w, doc.text[span.start:span.end].lower())
        _, dtyp, _, _ = classify([w_ for w_ in TOKEN.findall(desc.text) if w_[0].isalnum()], w)
        if typ == "unknown" and dtyp != "unknown":
            typ = dtyp
        if typ == "unknown":
            typ = "person"
    else:
        kind, typ, actor, head = classify(toks, w, doc.text[doc.sentences[d.si].start:doc.sentences[d.si].end].lower()
                                          if d.kind_hint == "anonymous" else "")
    if d.kind_hint == "anonymous" and kind == "named" and len(toks) > 0 and not _name_run(toks, w):
        kind = "anonymous"
    resolved: Span | None = None
    lw = span.text.lower()
    antecedent: Mention | None = None
    if lw in ("we", "i", "you"):
        antecedent = None
    elif lw in PRONOUNS or lw in ("him", "her", "them"):
        if d.anaphor_of is not None:
            a_span = Span.of(doc.text, *d.anaphor_of)
            at = [w_ for w_ in TOKEN.findall(a_span.text) if w_[0].isalnum()]
            k2, t2, ac2, h2 = classify(at, w)
            antecedent = Mention(a_span, k2, t2, ac2, h2)
        else:
            antecedent = _resolve_pronoun(doc, lw)
    else:
        m = ANAPHOR.match(span.text)
        if m and not any(x[0].isupper() for x in toks[1:]):
            antecedent = _resolve_anaphor(doc, m.group(1).lower().split()[-1], typ)
    if antecedent is not None:
        resolved = antecedent.span
        kind, actor = antecedent.kind, antecedent.actor
        if typ in ("unknown", "group", "person") and antecedent.type != "unknown":
            typ = antecedent.type
    mention = Mention(span if antecedent is None else antecedent.span, kind, typ, actor,
                      head if antecedent is None else antecedent.head)
    if lw not in PRONOUNS:
        doc.history.append(mention)
    elif antecedent is not None:
        doc.history.append(mention)
    return Source(span, kind, typ, desc, resolved, actor)  # type: ignore[arg-type]


def _resolve_pronoun(doc: Doc, pron: str) -> Mention | None:
    want = PRONOUNS.get(pron, "person" if pron in ("him", "her") else "group")
    for m in reversed(doc.history[-8:]):
        plural = m.type == "group" or m.kind == "sources_said" or (m.head.endswith("s") and m.head not in ("news",) and m.type != "person")
        if want == "person" and m.type == "person" and not plural:
            return m
        if want == "group" and plural:
            return m
        if want == "unknown" and m.type in ("organisation", "state", "document", "outlet", "unknown") and not plural:
            return m
    return None


def _resolve_anaphor(doc: Doc, head: str, typ: str) -> Mention | None:
    w = doc.words
    for m in reversed(doc.history[-12:]):
        if m.head == head or (m.head.rstrip("s") == head.rstrip("s") and m.head):
            return m
        if head in w.outlet_words and m.type == "outlet":
            return m
    return None
