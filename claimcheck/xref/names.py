"""Name keys: how a written name ("Gen.Maro", "al-Rashidi's") becomes a key, and how two keys compare.

Pure functions over strings.  The rules are data (``lexicons/names.toml``: titles, their
modifiers, article particles, transliteration rewrites, the resolver's thresholds); this module
holds no names.

Keys
----
:func:`name_key` gives the *comparison key* of a name: NFKC, casefold, diacritics stripped,
possessive 's dropped, hyphens/dots as word breaks ("Gen.Maro" -> "gen maro"; but "U.S."
-> "us"), a leading "the", titles and their modifiers ("former Prime Minister", "Field
Marshal"), a leading demonym or possessive state name before a title ("Italian President
...") and article particles that are not the last word ("al-", "el-", "ad-") removed.
:func:`translit_words` then applies the ordered rewrites of ``names.toml`` to every word: Abdel/
Abdul -> abd, ph -> f, dh -> d, ou/oo -> u, ee -> i, ei/ey/ay -> ai, final y -> i, e -> a and
o -> u *after the first letter* (short vowels are written inconsistently in transliteration;
the first letter is kept so initial vowels still tell names apart), doubled letters single.
So Hassan/Hasan, Mahmoud/Mahmud, Fattah/Fatah, Mohamed/Muhammad, Hussein/Husayn share a
key.  Velars (g/q/k) are *not* unified: Gamal and Kamal are different names; Gaddafi/Qaddafi is
left to the similarity score of :func:`compare_spellings`, which the resolver
(:mod:`claimcheck.xref.actors`, rule 3) asks whether two keys are one name, maybe one, or not.

Which words qualify a title (demonyms, state names) is gazetteer data, so the key functions take
the gazetteer as a :class:`Qualifiers` argument (``None``: no qualifiers).  The same functions
bound to the shipped gazetteer are :func:`claimcheck.xref.gazetteer.normalise`,
:func:`~claimcheck.xref.gazetteer.display_form` and :func:`~claimcheck.xref.gazetteer.translit_key`.

Thresholds (``names.toml``, kind ``threshold``) and how they were chosen
---------------------------------------------------------------------------
Measured on transliteration keys with ``rapidfuzz.distance.Indel.normalized_similarity``
(see ``tests/xref/test_actors.py::test_threshold_calibration``, which recomputes the table):

====================================  =====  ===========================
pair                                   ratio  truth
====================================  =====  ===========================
Nadia Karamanlis / Nadia Karamanlys    0.94  same person
Muammar Gaddafi / Muammar Qaddafi       0.92  same person
Muammar Gaddafi / Muammar Kadhafi       0.92  same person
Ali Zeidan / Ali Zidan                  0.95  same person
Gaddafi / Qaddafi (surname alone)       0.83  same person (alone: unsure)
John Smith / Joan Smith                 0.90  different (word 0.75 < floor)
Kim Jong-un / Kim Jong-il               0.82  different (word 0.0 < floor)
Raúl Castro / Fidel Castro              0.78  different (word 0.44)
Hosni Mubarak / Gamal Mubarak           0.62  different (word 0.0)
Mohammed bin Salman / ... bin Sultan    0.88  different (word 0.67 < floor)
====================================  =====  ===========================

``auto_merge`` = 0.90 sits under the lowest same-person full-name pair (0.92) and the
different-person pairs that reach it (John/Joan Smith at 0.90) are stopped by ``token_floor``
= 0.80, which lies above the highest different given-name pair (0.75) and below the lowest
same-name variant (Gaddafi/Qaddafi, 0.83).  ``propose`` = 0.80 catches a surname alone
spelled another way (0.83); different people with one surname (Castro, 0.78) are kept out of
the proposals by the given-name rule, not by this threshold.  ``block_cap`` = 10 and
``window`` = 8 bound the comparisons per name (at most 4 x 10 or 4 x 16); ``partial_cap`` = 20
drops proposals for a surname shared by more than 20 actors.

"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from rapidfuzz.distance import Indel

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Lexicons, schemas

# --------------------------------------------------------------------------- rules (data)

NAMES_SCHEMA = schemas.NAMES

THRESHOLD_IDS = ("auto_merge", "propose", "token_floor", "block_cap", "window", "partial_cap")


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The resolver's thresholds (``names.toml``, kind ``threshold``; see
    :mod:`claimcheck.xref.actors` for how they were chosen).  Ratios in [0, 1], caps in names."""

    auto_merge: float
    propose: float
    token_floor: float
    block_cap: int
    window: int
    partial_cap: int


@dataclass(frozen=True, slots=True)
class NameRules:
    """Titles, modifiers, particles and transliteration rewrites (from ``names.toml``)."""

    titles: Mapping[str, tuple[tuple[str, ...], ...]]  # first word -> word tuples, longest first
    modifiers: Mapping[str, tuple[tuple[str, ...], ...]]
    particles: frozenset[str]
    translit: tuple[tuple[re.Pattern[str], str], ...]
    thresholds: Thresholds
    scripts: tuple[Script, ...] = ()  # romanisation of non-Latin scripts, in file order
    skeleton: tuple[tuple[re.Pattern[str], str], ...] = ()  # the cross-script consonant key
    not_name: frozenset[str] = frozenset()  # folded words that alone are no name ("From", "Come", "War")
    # folded words that open a sentence before its subject ("Asked", "Apparently"): no name alone,
    # and cut from the head of a longer mention ("Apparently Velmora" is "Velmora")
    openers: frozenset[str] = frozenset()
    # endings of such openers ("ed", "ing", "ly"): a capitalised word with one, that the articles
    # use in lower case and never capitalise inside a sentence, is no name (:func:`common_words`)
    opener_suffixes: tuple[str, ...] = ()
    # how an article names its own outlet or writer ("this newspaper", "our reporter"): a source
    # or intermediary that matches is the article's outlet (``ingest.pipeline``), never an actor
    self_reference: re.Pattern[str] | None = None
    # folded words that join a name to a place after it ("of": "Rufus of Freedonia", "Morning Star
    # of Syldavia"): what follows is no surname, what precedes is the name proper (actors rule 4)
    place_joiners: frozenset[str] = frozenset()
    # folded words that make a longer name an outlet's ("Radio", "Times"): a word after one is no
    # surname ("Radio Syldavia" is no full name for "Syldavia"; actors rule 4)
    outlet_words: frozenset[str] = frozenset()
    # folded words that open a place's name ("South", "New": "South Sudan"): its last word is no
    # surname (actors rule 4)
    place_heads: frozenset[str] = frozenset()
    # endings that make a demonym of a place's name ("n": "Ruritania" -> "Ruritanian"): a single
    # word that is another mention's name plus one is that place's demonym (:func:`demonym_base`)
    demonym_endings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Script:
    """How the words of one non-Latin script become Latin (``names.toml``, kinds ``script`` and
    ``script_rewrite``): ``detect`` finds a letter of the script; ``rewrites`` run first on the
    folded word (endings, articles), then every ``letters`` key (longest first) becomes its value.
    ``vowelled`` is False for a script that leaves short vowels unwritten (Arabic): its names
    meet Latin spellings only through the consonant skeleton (:func:`skeleton_key`)."""

    name: str
    detect: re.Pattern[str]
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    letters: Mapping[str, str]
    letter_re: re.Pattern[str]
    vowelled: bool


class Qualifiers(Protocol):
    """What a name key needs of the gazetteer: the words that may stand before a title and
    qualify it ("Italian President ...", "Ruritania's Novak").  A
    :class:`claimcheck.xref.gazetteer.Gazetteer` is one."""

    @property
    def demonym_by_key(self) -> Mapping[str, str]: ...

    @property
    def by_key(self) -> Mapping[str, str]: ...


def _words_of(phrase: str) -> tuple[str, ...]:
    return tuple(fold(t) for t in split_words(phrase))


def name_rules(lexicons: Lexicons) -> NameRules:
    """The name rules of ``lexicons`` (``names.toml``, shipped plus user files), built once per
    object; see :func:`build_name_rules` for the errors."""
    return lexicons.derive(build_name_rules)


def build_name_rules(lexicons: Lexicons) -> NameRules:
    """Validate ``names.toml`` into :class:`NameRules`.

    Raises :class:`LexiconError` on an unknown kind or threshold, a kind missing its fields, a
    missing threshold, or thresholds out of order (need 0 < propose <= auto_merge <= 1)."""
    entries = lexicons["names"]
    titles: set[tuple[str, ...]] = set()
    modifiers: set[tuple[str, ...]] = set()
    particles: set[str] = set()
    translit: list[tuple[re.Pattern[str], str]] = []
    skel: list[tuple[re.Pattern[str], str]] = []
    scripts: dict[str, dict] = {}
    values: dict[str, float] = {}
    not_name: set[str] = set()
    openers: set[str] = set()
    suffixes: list[str] = []
    self_ref: list[str] = []
    joiners: set[str] = set()
    outlet_words: set[str] = set()
    place_heads: set[str] = set()
    endings: list[str] = []
    for e in entries:
        kind = e["kind"]
        if kind in ("script", "script_rewrite", "skeleton"):
            _read_script_entry(e, scripts, skel)
            continue
        if kind == "demonym_ending":
            if not e.get("words") or not all(isinstance(w, str) and w.isalpha() and w.islower() for w in e["words"]):
                raise LexiconError(f"{e.label}: kind 'demonym_ending' needs a non-empty 'words' list of lower-case endings")
            endings.extend(e["words"])
            continue
        if kind in ("place_joiner", "outlet_word", "place_head"):
            if not e.get("words"):
                raise LexiconError(f"{e.label}: kind {kind!r} needs a non-empty 'words' list")
            for w in e["words"]:
                if not isinstance(w, str) or len(_words_of(w)) != 1:
                    raise LexiconError(f"{e.label}: bad word {w!r} (one word each)")
                {"place_joiner": joiners, "outlet_word": outlet_words, "place_head": place_heads}[kind].update(_words_of(w))
            continue
        if kind in ("not_a_name", "opener", "opener_suffix"):
            if not e.get("words"):
                raise LexiconError(f"{e.label}: kind {kind!r} needs a non-empty 'words' list")
            for w in e["words"]:
                if not isinstance(w, str) or len(_words_of(w)) != 1:
                    raise LexiconError(f"{e.label}: bad word {w!r} (one word each)")
                if kind == "opener_suffix":
                    if not w.isalpha() or not w.islower():
                        raise LexiconError(f"{e.label}: bad ending {w!r} (lower-case letters)")
                    suffixes.append(w)
                    continue
                not_name.update(_words_of(w))
                if kind == "opener":
                    openers.update(_words_of(w))
            continue
        if kind in ("title", "modifier", "particle"):
            words = e.get("words")
            if not words:
                raise LexiconError(f"{e.label}: kind {kind!r} needs a non-empty 'words' list")
            for w in words:
                if not isinstance(w, str) or not _words_of(w):
                    raise LexiconError(f"{e.label}: bad word {w!r}")
                if kind == "particle":
                    particles.update(_words_of(w))
                else:
                    (titles if kind == "title" else modifiers).add(_words_of(w))
        elif kind == "self_reference":
            if e.get("pattern") is None:
                raise LexiconError(f"{e.label}: kind 'self_reference' needs a 'pattern'")
            self_ref.append(e["pattern"])
        elif kind == "translit":
            if e.get("pattern") is None or e.get("replace") is None:
                raise LexiconError(f"{e.label}: kind 'translit' needs 'pattern' and 'replace'")
            translit.append((re.compile(e["pattern"]), e["replace"]))
        elif kind == "threshold":
            if e["id"] not in THRESHOLD_IDS:
                raise LexiconError(f"{e.label}: unknown threshold {e['id']!r} (known: {', '.join(THRESHOLD_IDS)})")
            if e.get("value") is None:
                raise LexiconError(f"{e.label}: threshold needs a 'value'")
            values[e["id"]] = e["value"]  # a user file loaded later overrides
        else:
            raise LexiconError(f"{e.label}: unknown kind {kind!r} (title, modifier, particle, translit, "
                               "script, script_rewrite, skeleton, threshold, not_a_name, opener, opener_suffix, "
                               "self_reference, place_joiner, outlet_word, place_head, demonym_ending)")
    missing = [k for k in THRESHOLD_IDS if k not in values]
    if missing:
        raise LexiconError(f"names.toml: missing thresholds {', '.join(missing)}")
    th = Thresholds(float(values["auto_merge"]), float(values["propose"]), float(values["token_floor"]),
                    int(values["block_cap"]), int(values["window"]), int(values["partial_cap"]))
    if not 0 < th.propose <= th.auto_merge <= 1:
        raise LexiconError(f"names.toml: need 0 < propose <= auto_merge <= 1, got {th.propose}, {th.auto_merge}")
    return NameRules(_index(titles), _index(modifiers), frozenset(particles), tuple(translit), th,
                     _scripts(scripts), tuple(skel), frozenset(not_name), frozenset(openers),
                     tuple(dict.fromkeys(suffixes)),
                     re.compile("|".join(f"(?:{p})" for p in self_ref), re.IGNORECASE) if self_ref else None,
                     frozenset(joiners), frozenset(outlet_words), frozenset(place_heads),
                     tuple(sorted(dict.fromkeys(endings), key=lambda x: (len(x), x))))


def is_self_reference(text: str, rules: NameRules) -> bool:
    """Whether a source or intermediary as written names the article's own outlet or writer
    ("this newspaper", "This website", "our reporter", "our correspondent in Velmora"): the whole
    text, its white space made single, matches a ``self_reference`` pattern of ``names.toml``."""
    return rules.self_reference is not None and rules.self_reference.fullmatch(" ".join(text.split())) is not None


def _read_script_entry(e: Any, scripts: dict[str, dict], skel: list[tuple[re.Pattern[str], str]]) -> None:
    """One ``script`` / ``script_rewrite`` / ``skeleton`` entry into ``scripts`` or ``skel``."""
    kind = e["kind"]
    if kind == "script":
        letters, detect = e.get("letters"), e.get("pattern")
        if not letters or detect is None or e.get("vowelled") is None:
            raise LexiconError(f"{e.label}: kind 'script' needs 'letters', 'pattern' and 'vowelled'")
        if not all(isinstance(k, str) and k and isinstance(v, str) for k, v in letters.items()):
            raise LexiconError(f"{e.label}: 'letters' maps non-empty strings to strings")
        if e["id"] in scripts:
            raise LexiconError(f"{e.label}: script {e['id']!r} defined twice")
        scripts[e["id"]] = dict(detect=re.compile(detect), letters=dict(letters), vowelled=bool(e["vowelled"]),
                                rewrites=[])
        return
    if e.get("pattern") is None or e.get("replace") is None:
        raise LexiconError(f"{e.label}: kind {kind!r} needs 'pattern' and 'replace'")
    if kind == "skeleton":
        skel.append((re.compile(e["pattern"]), e["replace"]))
        return
    if e.get("script") not in scripts:
        raise LexiconError(f"{e.label}: 'script' must name a script defined above it, got {e.get('script')!r}")
    scripts[e["script"]]["rewrites"].append((re.compile(e["pattern"]), e["replace"]))


def _scripts(scripts: dict[str, dict]) -> tuple[Script, ...]:
    out = []
    for name, d in scripts.items():
        keys = sorted(d["letters"], key=lambda k: (-len(k), k))
        out.append(Script(name, d["detect"], tuple(d["rewrites"]), d["letters"],
                          re.compile("|".join(map(re.escape, keys))), d["vowelled"]))
    return tuple(out)


def _index(phrases: set[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for p in sorted(phrases, key=lambda t: (-len(t), t)):
        by_first[p[0]].append(p)
    return {k: tuple(v) for k, v in by_first.items()}


# --------------------------------------------------------------------------- folding and tokens

_APOS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "ʻ": "'"})
_FOLD_EXTRA = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "\u0640": "",
                             "ð": "d", "þ": "th", "ħ": "h", "'": "", ".": ""})
# an initialism with dots ("U.S.", "U.A.E."), else a word with inner apostrophes ("O'Brien")
# a word may carry combining marks inside it (Arabic harakat, tatweel): "مُحَمَّد" is one word
_MARK = "\u0300-\u036f\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed"
_WORD = rf"[^\W_](?:[^\W_]|[{_MARK}])*"
_TOKEN = re.compile(rf"(?:[^\W\d_]\.){{2,}}|{_WORD}(?:'{_WORD})*'?")


@dataclass(frozen=True, slots=True)
class _Tok:
    word: str  # folded
    start: int
    end: int  # end in the original text, possessive excluded


def split_words(text: str) -> list[str]:
    """The word tokens of ``text`` as written (after NFKC and apostrophe unification):
    "Gen.Maro" -> ["Gen", "Maro"], "U.S." -> ["U.S."], "O’Brien" -> ["O'Brien"]."""
    return [m.group() for m in _TOKEN.finditer(unicodedata.normalize("NFKC", text).translate(_APOS))]


def fold(token: str) -> str:
    """One token casefolded, diacritics and apostrophes/dots dropped: "Raúl" -> "raul", "U.S." -> "us"."""
    if token.isascii():  # NFKD changes no ASCII character and none is combining: the same result
        return token.lower().translate(_FOLD_EXTRA)
    s = unicodedata.normalize("NFKD", token.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.translate(_FOLD_EXTRA)


def _tokens(text: str) -> list[_Tok]:
    # NFKC and the apostrophe map keep string length for all but exotic compatibility
    # characters; offsets are only used for the display form, so a fallback is fine.
    norm = unicodedata.normalize("NFKC", text).translate(_APOS)
    src = norm if len(norm) == len(text) else text.translate(_APOS)
    out = []
    for m in _TOKEN.finditer(src):
        raw, end = m.group(), m.end()
        if raw == "s" and src[max(0, m.start() - 2):m.start()] in (")'", "]'", "}'"):
            continue  # the possessive of a bracketed name: "Ruritania Today (RT)'s"
        if raw.endswith("'s") and len(raw) > 2:
            raw, end = raw[:-2], end - 2
        elif raw.endswith("'"):
            raw, end = raw[:-1], end - 1
        word = fold(raw)
        if word:
            out.append(_Tok(word, m.start(), end))
    return out


# --------------------------------------------------------------------------- keys

# a "title" followed by one of these is part of an organisation's name ("Justice and ...")
_CONNECTORS = frozenset({"and", "of", "for", "the", "de", "du", "des", "la", "le"})


def _match_at(words: list[str], i: int, index: Mapping[str, tuple[tuple[str, ...], ...]]) -> int:
    for p in index.get(words[i], ()):
        if tuple(words[i : i + len(p)]) == p:
            return len(p)
    return 0


def _past_titles(words: list[str], k: int, rules: NameRules) -> tuple[int, bool]:
    """The index after the titles and their modifiers that start at ``k`` ("former Rear Adm."),
    and whether there was a title."""
    titled = False
    while k < len(words):
        n = _match_at(words, k, rules.titles)
        if n:
            k, titled = k + n, True
            continue
        n = _match_at(words, k, rules.modifiers)
        if n and k + n < len(words):
            k += n
            continue
        break
    return k, titled


# at most this many words of a body's name before a title ("White House", "State Department")
MAX_QUALIFIER_WORDS = 3


def _capitalised(text: str, tok: _Tok) -> bool:
    return text[tok.start].isupper()


def _past_qualified_title(text: str, toks: list[_Tok], words: list[str], i: int,
                          rules: NameRules) -> tuple[int, bool]:
    """A title after the capitalised name of a body ("Pentagon press secretary John Kirby",
    "White House spokesman John Kirby", "Foreign Ministry spokesman Zhao Lijian"): the index
    after the title, and True, when 1..``MAX_QUALIFIER_WORDS`` capitalised words (none a
    connector) precede a title that a capitalised name follows; else ``(i, False)``.  A name
    written all in capitals (a headline) gives no evidence of where the name starts."""
    if text.upper() == text:
        return i, False
    for p in range(i + 1, min(len(words) - 1, i + MAX_QUALIFIER_WORDS + 1)):
        if not _capitalised(text, toks[p - 1]) or words[p - 1] in _CONNECTORS:
            break
        k, titled = _past_titles(words, p, rules)
        if titled and k < len(words) and _capitalised(text, toks[k]) and _capitalised(text, toks[-1]):
            return k, True
    return i, False


def _core(text: str, rules: NameRules, gaz: Qualifiers | None) -> tuple[list[_Tok], list[str]]:
    """Tokens of the name after the title prefix, and the key words (particles dropped)."""
    toks = _tokens(text)
    words = [t.word for t in toks]
    i = 1 if len(words) > 1 and words[0] == "the" else 0
    # a sentence opener before the name ("Apparently Velmora", "Asked Ana Maro"): not a word of it
    # (a name may start with "the" or a lower-case particle: "Unlike al-Qaeda" is al-Qaeda)
    while i < len(words) - 1 and words[i] in rules.openers and (
            _capitalised(text, toks[i + 1]) or words[i + 1] == "the" and i + 2 < len(words)
            and _capitalised(text, toks[i + 2]) or words[i + 1] in rules.particles and i + 2 < len(words)):
        i += 2 if words[i + 1] == "the" else 1
    # an optional demonym or state name ("Italian", "France's") only when a title follows
    j = i
    if gaz is not None and j < len(words) - 1 and (
        words[j] in gaz.demonym_by_key or words[j] in gaz.by_key
    ):
        j += 1
    k, titled = _past_titles(words, j, rules)
    if not titled:  # "Pentagon press secretary Ana Maro": a capitalised body's name before the title
        k, titled = _past_qualified_title(text, toks, words, i, rules)
    if titled and k < len(words) and words[k] not in _CONNECTORS:
        i = k
    elif (j == i + 1 and j < len(words) and gaz is not None and words[i] in gaz.by_key
          and text[toks[i].end:toks[i].end + 2] in ("'s", "’s") and words[j] not in _CONNECTORS):
        # a possessive state before a name ("Ruritania's Novak") qualifies it, as a title does
        i = j
    core = toks[i:]
    keep = [t.word for n, t in enumerate(core) if not (t.word in rules.particles and n < len(core) - 1)]
    return core, keep


def _bare_key(name: str) -> str:
    """The key of a name that is only a title ("the President"): all its words folded."""
    return " ".join(fold(t) for t in split_words(name)) or name.strip().casefold()


def name_key(name: str, rules: NameRules, gaz: Qualifiers | None) -> str:
    """The comparison key of ``name`` (see the module docstring): space-separated folded words.
    Never empty for a non-blank name: a name that is only a title keeps its words."""
    _core_toks, keep = _core(name, rules, gaz)
    return " ".join(keep) if keep else _bare_key(name)


def key_and_display(name: str, rules: NameRules, gaz: Qualifiers | None) -> tuple[str, str]:
    """``(name_key(name), display)`` in one pass; the display form is the name as written,
    without leading "the", titles and a trailing possessive ("Gen. Ana Maro's" -> "Ana Maro")."""
    core, keep = _core(name, rules, gaz)
    if not keep:
        return _bare_key(name), " ".join(name.split())
    return " ".join(keep), " ".join(balanced_span(name, core[0].start, core[-1].end).split())


_CLOSERS = {"(": ")", "[": "]", "{": "}"}


def balanced_span(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with its brackets balanced: a bracket the span opens and the text
    closes right after it is kept ("Ruritania Today (RT)" stays whole, not "Ruritania Today (RT");
    "Velmora Radio [VR]'s" -> "Velmora Radio [VR]"); a bracket the text never closes is left
    as written.  Brackets are ``()``, ``[]``, ``{}``; offsets are string indices into ``text``."""
    span = text[start:end]
    stack: list[str] = []
    for c in span:
        if c in _CLOSERS:
            stack.append(_CLOSERS[c])
        elif stack and c == stack[-1]:
            stack.pop()
    j = end
    while stack and j < len(text) and text[j] == stack[-1]:
        stack.pop()
        j += 1
    return text[start:j]


def script_of(word: str, rules: NameRules) -> Script | None:
    """The non-Latin script of ``names.toml`` that ``word`` is written in (its first letter of a
    known script decides), else None: Latin or a script without a table."""
    if word.isascii():
        return None
    for sc in rules.scripts:
        if sc.detect.search(word):
            return sc
    return None


def romanise(word: str, rules: NameRules) -> str:
    """One folded word in Latin letters: a word of a script of ``names.toml`` through its rewrites
    and letter table ("лавров" -> "lavrov", "حفتر" -> "hftr"); any other word unchanged."""
    sc = script_of(word, rules)
    if sc is None:
        return word
    for pat, rep in sc.rewrites:
        word = pat.sub(rep, word)
    return sc.letter_re.sub(lambda m: sc.letters[m.group()], word)


def translit_word(word: str, rules: NameRules) -> str:
    """One folded word, romanised (:func:`romanise`), after the ordered transliteration rewrites
    of ``names.toml``."""
    word = romanise(word, rules)
    for pat, rep in rules.translit:
        word = pat.sub(rep, word)
    return word


def translit_words(key: str, rules: NameRules) -> str:
    """The transliteration key of a comparison key (from :func:`name_key`): every word rewritten."""
    return " ".join(translit_word(w, rules) for w in key.split())


def skeleton_key(key: str, rules: NameRules) -> str:
    """The cross-script consonant key of a comparison key: every word transliterated, then the
    ``skeleton`` rewrites of ``names.toml`` (digraphs to one symbol, velars as one, vowels and
    glides dropped): "Mahmoud Abbas" and "محمود عباس" both give "mhmd bs".  Words left empty are
    dropped.  Used where one side is written without short vowels (Arabic script)."""
    return skeleton_words(translit_words(key, rules), rules)


def skeleton_words(tkey: str, rules: NameRules) -> str:
    """The consonant skeleton of a transliteration key (from :func:`translit_words`); see
    :func:`skeleton_key`."""
    out = []
    for w in tkey.split():
        for pat, rep in rules.skeleton:
            w = pat.sub(rep, w)
        if w:
            out.append(w)
    return " ".join(out)


def unvowelled(text: str, rules: NameRules) -> bool:
    """Whether ``text`` has a word in a script that leaves short vowels unwritten (Arabic)."""
    return any((sc := script_of(w, rules)) is not None and not sc.vowelled for w in text.split())


# --------------------------------------------------------------------------- comparing keys


def compare_spellings(a: tuple[str, ...], b: tuple[str, ...], ka: str, kb: str,
                      th: Thresholds) -> tuple[str, float, str] | None:
    """Merge, propose or ignore two transliteration keys (``ka``, ``kb``; ``a``, ``b`` their
    words): ``("merge" | "propose", score in [0, 1], reason)``, or None.  The thresholds and how
    they were chosen: the module docstring; the rule it decides: :mod:`claimcheck.xref.actors`, rule 3."""
    score = Indel.normalized_similarity(ka, kb, score_cutoff=th.propose)
    initials = any(map(is_initial, a)) or any(map(is_initial, b))
    if not score and not initials and (len(a) == len(b) or min(len(a), len(b)) > 1):
        return None  # the common case, decided cheaply
    if is_subsequence(a, b) or is_subsequence(b, a):
        return None  # partial names: rule 4
    score = Indel.normalized_similarity(ka, kb)
    if initials:
        if len(a) == len(b) and all(
            x == y or (is_initial(x) or is_initial(y)) and x[0] == y[0] for x, y in zip(a, b)
        ):
            return ("propose", score, "initials")
        return None
    if len(a) == len(b):
        sims = [Indel.normalized_similarity(x, y) for x, y in zip(a, b)]
        if min(sims) < th.token_floor:
            if len(a) > 1 and sims[-1] >= th.token_floor:
                return None  # same surname, different given names: different people
            return ("propose", score, "similar spelling") if score >= th.propose else None
        if score >= th.auto_merge and len(a) > 1:
            return ("merge", score, "spelling variant")
        return ("propose", score, "similar spelling") if score >= th.propose else None
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(short) == 1:
        s = Indel.normalized_similarity(short[0], long[-1])
        if s >= th.propose:
            return ("propose", s, "surname spelled differently")
    return ("propose", score, "similar spelling") if score >= th.propose else None


def single_word(text: str) -> str | None:
    """The one word of a mention as written, a possessive cut ("War's" -> "War"); None when the
    mention has no word or more than one."""
    words = split_words(text)
    if len(words) != 1:
        return None
    w = words[0]
    return w[:-2] if w.endswith("'s") else w.rstrip("'")


def is_name(text: str, rules: NameRules, acronyms: frozenset[str] = frozenset(),
            common: frozenset[str] = frozenset(), descriptions: bool = False) -> bool:
    """Whether a mention may name an actor: not a single word of the ``not_a_name`` and ``opener``
    kinds of ``names.toml`` (a function word, a verb, a participle or adverb or a common noun
    capitalised at the head of a sentence or a headline: "From", "Come", "Asked", "Apparently",
    "War"; a compass word: "East"; a weekday or month), whatever its case, nor a mention made only
    of such words ("the West", "its east"), nor a mention without a word that may be a name's
    (:func:`_name_word`: one with a capital letter or of a script without case, and no such
    word): a common noun or description ("newspaper", "the newspaper", "this website", "hacker
    group"), a number ("1993"); a lower-case web address is a name ("mirror.co.uk").  Nor a
    single word of ``common`` (folded words the articles use as common words:
    :func:`common_words`).  A word that is a known acronym (``acronyms``, as written without
    dots: "WHO", "US") is a name; a word written in capitals ("ISIS", "HAZMAT") is not judged
    by ``common``: its case says nothing.  With ``descriptions`` a mention without a name word
    passes (a source's description, "a satellite imaging firm": resolved so that its spellings are
    one origin, never listed as an actor: :func:`claimcheck.xref.index.build_actor_index`)."""
    w = single_word(text)
    if w is None:
        words = split_words(text)
        # a mention made only of such words is none either ("the West", "its east", "Breaking News")
        if not words or all(_no_name_word(x, rules, acronyms) for x in words):
            return False
        # nor one whose words are all common ("the newspaper", "this website", "hacker group")
        return descriptions or any(_name_word(x, rules, acronyms) for x in words) or _WEB_ADDRESS.search(text) is not None
    bare = w.replace(".", "")
    if bare in acronyms:
        return True  # "WHO" the organisation, not the pronoun
    if fold(w) in rules.not_name:
        return False
    if not descriptions and not _name_word(w, rules, acronyms) and _WEB_ADDRESS.search(text) is None:
        return False  # a common noun ("newspaper", "ministry"), a number ("1993")
    return (len(bare) > 1 and bare.isupper()) or fold(w) not in common  # capitals: their case says nothing


DEMONYM_BASE_MIN = 5  # letters of a place's name a demonym ending may extend ("Kenya" is the shortest one kept)


def demonym_base(word: str, bases: Mapping[str, str], rules: NameRules) -> str | None:
    """The place a one-word mention is the demonym of, by ending: ``word`` (one capitalised word,
    a plural "s" and a possessive aside) is a name of ``bases`` (folded single-word mentions ->
    the mention as written) plus one of the ``demonym_ending`` endings of ``names.toml``
    ("Ruritanian" of "Ruritania", "Velmorans" of "Velmora"); the shortest ending first, a base of
    at least :data:`DEMONYM_BASE_MIN` letters.  None when no base fits.  For the places the
    gazetteer does not know (it knows its states' demonyms: "Ruritanian" -> Ruritania); a guess by form,
    so only with the place itself among the mentions.  Limit: a person's name that is another's
    plus an ending ("Julian" / "Julia") is read as a demonym when both are single-word mentions."""
    w = single_word(word)
    if not w or not w[:1].isupper() or not w.isalpha():
        return None
    f = fold(w)
    for stem in dict.fromkeys((f, f[:-1] if f.endswith("s") else f)):
        for end in rules.demonym_endings:
            base = stem[:-len(end)]
            if stem.endswith(end) and len(base) >= DEMONYM_BASE_MIN and base in bases and base != f:
                return bases[base]
    return None


# a web address written in lower case names its site ("mirror.co.uk", "according to ruritania.gov"),
# a user name its user ("@velmora_news", "strombone1": letters then digits)
_WEB_ADDRESS = re.compile(r"[^\W_]\.(?:[a-z]{2,}\.)*[a-z]{2,}\b|@\w|\b[a-z]{3,}\d+\b")


def _name_word(word: str, rules: NameRules, acronyms: frozenset[str]) -> bool:
    """Whether one word of a mention may be a word of a name: it holds a capital letter ("Maro",
    "eBay", "al-Zarin"'s "Zarin") or a letter of a script without case ("زارين"), and is no
    ``not_a_name`` word ("The", "This", "Asked"), or is a known acronym.  A word all in lower
    case ("newspaper") or without letters ("1993") is none: a mention needs one such word."""
    w = word[:-2] if word.endswith("'s") else word.rstrip("'")
    if w.replace(".", "") in acronyms:
        return True
    if not any(c.isupper() or (c.isalpha() and c.lower() == c.upper()) for c in w):
        return False
    return fold(w) not in rules.not_name


def _no_name_word(word: str, rules: NameRules, acronyms: frozenset[str]) -> bool:
    """Whether one word of a longer mention is a ``not_a_name`` word (a possessive cut), not a known acronym."""
    w = word[:-2] if word.endswith("'s") else word.rstrip("'")
    return w.replace(".", "") not in acronyms and fold(w) in rules.not_name


# a word used in lower case at least this often in the articles, and more often than capitalised
# inside a sentence, is a common word (the rule of ``xref.analyse``'s common-noun test for sources)
COMMON_LOWER_MIN = 3
_LETTERS = re.compile(r"[^\W\d_]+")


def common_words(candidates: Iterable[str], texts: Iterable[str], loose: frozenset[str] = frozenset(),
                 suffixes: tuple[str, ...] = ()) -> frozenset[str]:
    """The folded ``candidates`` (single words as written, "Come", "Year") that ``texts`` (the
    articles' sentences) use as common words: in lower case at least ``COMMON_LOWER_MIN`` times
    and more often than capitalised as a name of its own: not at a sentence's first word, and not
    next to another capitalised word, one space away (its "House" in "the White House", its
    "Society" in "the Humane Society" are words of a longer name, no evidence that the word
    alone names anything; a capitalised word of ``loose``, folded function words such as "The",
    "In", joins no name: "The Peshmerga said").  A word always
    capitalised ("Borduria", "Maro") or mostly capitalised inside sentences ("Apple", "Mirror"
    in their stories) is no common word, nor a word of a script without case ("كافار").  A word
    with an ending of ``suffixes`` (``names.toml``'s ``opener_suffix``: "ed", "ing", "ly") is common
    on less: used in lower case at least once and never capitalised as a name of its own ("Trained",
    "Basically" at the head of a sentence: a participle or an adverb opening it; "Beijing",
    "Kelly" are never written in lower case).  A capital right after an opening quote, bracket,
    colon or dash starts a sentence too ('"Asked about it, I said no"').  One pass over the
    texts, counting only candidates."""
    # a script without case (Arabic) says nothing either: its words are never candidates
    wanted = {c.lower() for c in candidates if c.isalpha() and not c.isupper() and c.lower() != c.upper()}
    if not wanted:
        return frozenset()
    lower: dict[str, int] = dict.fromkeys(wanted, 0)
    capital: dict[str, int] = dict.fromkeys(wanted, 0)
    for text in texts:
        prev_end, prev_cap = -2, False
        for i, m in enumerate(_LETTERS.finditer(text)):
            w = m.group()
            lw = w.lower()
            cap = w[0].isupper()
            joined_before = prev_cap and m.start() == prev_end + 1 and text[prev_end] == " "
            prev_end, prev_cap = m.end(), cap and (not loose or lw not in loose)
            if lw not in lower:
                continue
            if w == lw:
                lower[lw] += 1
            elif i and not joined_before and not (text[m.end():m.end() + 1] == " " and text[m.end() + 1:m.end() + 2].isupper()) \
                    and not _OPENS.search(text[max(0, m.start() - 3):m.start()]):
                capital[lw] += 1  # a name alone ("the Mirror said"), not a word of a longer one ("the White House")
    return frozenset(fold(w) for w in wanted
                     if lower[w] >= COMMON_LOWER_MIN and lower[w] > capital[w]
                     or suffixes and lower[w] >= 1 and capital[w] == 0 and _has_suffix(w, suffixes))


# what opens a sentence inside a sentence: a quote, a bracket, a colon or a dash before the word
_OPENS = re.compile(r"""(?:["“‘«(\[:—–]|\s-)\s*$""")


def _has_suffix(word: str, suffixes: tuple[str, ...]) -> bool:
    """Whether ``word`` (lower case) ends with one of ``suffixes`` after a stem of 3 letters or more."""
    return any(word.endswith(x) and len(word) - len(x) >= 3 for x in suffixes)


def acronyms(form: str) -> frozenset[str]:
    """The folded acronyms of a name as written: its words of 2-5 letters all in capitals, dots
    aside ("BBC News" -> {"bbc"}, "U.S. Army" -> {"us"}).  A name written all in capitals with
    more than one word (a headline: "JOHN KIRBY") has none: its case says nothing.  Two names
    with different acronyms are never spellings of one name ("BBC News" / "ABC News" /
    "CBC News" differ in one letter, which is the whole name)."""
    words = split_words(form)
    if len(words) > 1 and form.upper() == form:
        return frozenset()
    out = set()
    for w in words:
        bare = w.replace(".", "")
        if 2 <= len(bare) <= 5 and bare.isalpha() and bare.isupper():
            out.add(fold(bare))
    return frozenset(out)


def is_initial(word: str) -> bool:
    """Whether a key word is an initial ("j" of "J. Smith")."""
    return len(word) == 1


def is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the words ``short`` occur in ``long`` in order (not necessarily adjacent)."""
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


def skeleton(word: str) -> str:
    """A blocking key: the word's first letter and later consonants, velars as k ("qaddafi" -> "kddf")."""
    s = re.sub(r"[gqc]", "k", word)
    return s[:1] + re.sub(r"[aeiouyhw]", "", s[1:])
