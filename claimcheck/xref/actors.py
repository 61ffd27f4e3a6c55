"""Actor resolution: which mentions ("al-Rashidi", "Gen.Maro", "Downing Street") are one actor.

Pure functions over strings; no database.  All names live in data: the gazetteer
(``lexicons/gazetteer.toml``: states, outlets, international bodies, metonyms, demonyms) and the
name rules (``lexicons/names.toml``: titles, article particles, transliteration rewrites,
thresholds).  This module holds no actor names.

Keys
----
:func:`normalise` gives the *comparison key* of a name: NFKC, casefold, diacritics stripped,
possessive 's dropped, hyphens/dots as word breaks ("Gen.Maro" -> "gen maro"; but "U.S."
-> "us"), a leading "the", titles and their modifiers ("former Prime Minister", "Field
Marshal"), a leading demonym or possessive state name before a title ("Italian President
...") and article particles that are not the last word ("al-", "el-", "ad-") removed.
:func:`translit_key` then applies the ordered rewrites of ``names.toml`` to every word: Abdel/
Abdul -> abd, ph -> f, dh -> d, ou/oo -> u, ee -> i, ei/ey/ay -> ai, final y -> i, e -> a and
o -> u *after the first letter* (short vowels are written inconsistently in transliteration;
the first letter is kept so initial vowels still tell names apart), doubled letters single.
So Hassan/Hasan, Mahmoud/Mahmud, Fattah/Fatah, Mohamed/Muhammad, Hussein/Husayn share a
key.  Velars (g/q/k) are *not* unified: Gamal and Kamal are different names; Gaddafi/Qaddafi is left to the similarity
score (see below).

Rules (in this order; deterministic, independent of input order)
-----------------------------------------------------------------
0. Gazetteer: a mention whose key (or, for acronyms, its exact dotless text) is a gazetteer
   name or alias is that actor; a ``metonym = true`` alias only when the mention is a subject.
1. Human decisions ``merge`` (forced) and ``split`` (cannot-link), referenced by normalised
   alias, so they survive re-running on new mentions.  Two gazetteer actors never merge by rule.
2. Equal normalised key, then equal transliteration key: merge.
3. Similarity (rapidfuzz Indel ratio on transliteration keys) between candidates that share a
   blocking key (last word, first word, first four letters or consonant skeleton of the last
   word; groups larger than ``block_cap`` compared by sorted neighbourhood of ``window``).  Equal word count, every
   aligned word >= ``token_floor`` and ratio >= ``auto_merge``: merge.  Same surname but a
   given name below ``token_floor``: different people, nothing proposed (Raúl / Fidel Castro).
   Ratio in [``propose``, ``auto_merge``), an initial involved ("J. Smith" / "John Smith"), two
   single words (too little evidence: "Reuter" / "Reuters"), or a single word close to another
   name's surname: *proposed* only.  Demonyms take no part ("Italian" is no spelling of
   "Italy").
4. Partial names: a shorter name whose words are an ordered subsequence of a longer name's,
   ending with its last word ("Maro", "Gen. Maro", "Ana Maro" in "Ana Lucia Maro") merges when the longer names it fits form exactly one actor; with two or more
   it is proposed for each (score 1/k).  Persons only (not when either side is typed as a
   non-person or is a non-person gazetteer actor, and not a longer form holding a state name,
   metonym or demonym: "Italian TV" is no full name for "TV").  Longer partials are resolved first.

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

Cost
----
Every step is a dictionary lookup per distinct name, except the similarity step, which only
compares names inside a blocking group (all pairs up to ``block_cap``, else a sliding window),
and the partial-name step, which looks up (word, last word) pairs.  Never all pairs.

Limits
------
A name that is only a first name ("Ana") is left alone.  Type hints only keep persons apart
from non-persons.  Demonyms are not resolved as mentions ("Italian officials" is an anonymous
source; :func:`demonym_to_state` gives the affiliated state).  "Al" as a given name is taken
for a particle (Al Gore -> "gore"); the partial-name rule merges it back with "Gore".
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from rapidfuzz.distance import Indel

from claimcheck.errors import LexiconError, UsageError
from claimcheck.lexicons import Entry, load_entries
from claimcheck.model import SOURCE_TYPES

# --------------------------------------------------------------------------- data

NAMES_SCHEMA: dict[str, tuple[Any, bool]] = {
    "id": (str, True),
    "kind": (str, True),
    "words": (list, False),
    "pattern": (str, False),
    "replace": (str, False),
    "value": ((int, float), False),
}

GAZETTEER_SCHEMA: dict[str, tuple[Any, bool]] = {
    "kind": (str, True),
    "name": (str, True),
    "type": (str, False),
    "aliases": (list, False),
    "acronyms": (list, False),
    "demonyms": (list, False),
    "actor": (str, False),
    "metonym": (bool, False),
    "source": (str, True),
}

THRESHOLD_IDS = ("auto_merge", "propose", "token_floor", "block_cap", "window", "partial_cap")


@dataclass(frozen=True, slots=True)
class Thresholds:
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


def _words_of(phrase: str) -> tuple[str, ...]:
    return tuple(_fold(t) for t in _split(phrase))


@cache
def name_rules() -> NameRules:
    entries = load_entries("names", NAMES_SCHEMA)
    titles: set[tuple[str, ...]] = set()
    modifiers: set[tuple[str, ...]] = set()
    particles: set[str] = set()
    translit: list[tuple[re.Pattern[str], str]] = []
    values: dict[str, float] = {}
    for e in entries:
        kind = e["kind"]
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
            raise LexiconError(f"{e.label}: unknown kind {kind!r} (title, modifier, particle, translit, threshold)")
    missing = [k for k in THRESHOLD_IDS if k not in values]
    if missing:
        raise LexiconError(f"names.toml: missing thresholds {', '.join(missing)}")
    th = Thresholds(float(values["auto_merge"]), float(values["propose"]), float(values["token_floor"]),
                    int(values["block_cap"]), int(values["window"]), int(values["partial_cap"]))
    if not 0 < th.propose <= th.auto_merge <= 1:
        raise LexiconError(f"names.toml: need 0 < propose <= auto_merge <= 1, got {th.propose}, {th.auto_merge}")
    return NameRules(_index(titles), _index(modifiers), frozenset(particles), tuple(translit), th)


def _index(phrases: set[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for p in sorted(phrases, key=lambda t: (-len(t), t)):
        by_first[p[0]].append(p)
    return {k: tuple(v) for k, v in by_first.items()}


@dataclass(frozen=True, slots=True)
class KnownActor:
    """A gazetteer actor."""

    name: str
    type: str
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class Gazetteer:
    actors: Mapping[str, KnownActor]  # canonical name -> actor
    by_key: Mapping[str, str]  # normalised alias -> canonical name (not metonyms)
    by_acronym: Mapping[str, str]  # dotless exact acronym -> canonical name
    metonym_by_key: Mapping[str, str]  # normalised metonym -> canonical name
    demonym_by_key: Mapping[str, str]  # normalised demonym -> canonical state name
    entries: tuple[Entry, ...]

    def lookup(self, text: str, is_subject: bool = False, key: str | None = None) -> KnownActor | None:
        """The gazetteer actor ``text`` names (metonyms only when ``is_subject``); ``key`` is
        ``normalise(text)`` when the caller has it already."""
        acr = _acronym_form(text)
        if acr and acr in self.by_acronym:
            return self.actors[self.by_acronym[acr]]
        if key is None:
            key = normalise(text, _rules=name_rules(), _gaz=self)
        name = self.by_key.get(key)
        if name is None and is_subject:
            name = self.metonym_by_key.get(key)
        return None if name is None else self.actors[name]

    def metonym_of(self, text: str) -> str | None:
        """The actor a metonym ("Paris", "Downing Street") stands for, whatever its role."""
        return self.metonym_by_key.get(normalise(text, _rules=name_rules(), _gaz=self))

    def demonym_to_state(self, word: str) -> str | None:
        acr = _acronym_form(word)
        if acr and acr in self.by_acronym:
            name = self.by_acronym[acr]
            return name if self.actors[name].type == "state" else None
        key = " ".join(_fold(t) for t in _split(word))
        for k in (key, key[:-1] if key.endswith("s") else None):
            if k and k in self.demonym_by_key:
                return self.demonym_by_key[k]
        return None


def _acronym_form(text: str) -> str | None:
    s = text.strip()
    s = re.sub(r"^(?:the|The)\s+", "", s)
    s = re.sub(r"['’]s?$", "", s)
    s = s.replace(".", "")
    return s if s.isalpha() and s.isupper() and len(s) <= 8 else None


def _plain_key(text: str) -> str:
    """Normalisation without gazetteer-dependent steps (used while building the gazetteer)."""
    return normalise(text, _rules=name_rules(), _gaz=None)


def build_gazetteer(entries: Iterable[Entry]) -> Gazetteer:
    entries = tuple(entries)
    actors: dict[str, dict[str, Any]] = {}
    aliases_of: dict[str, list[tuple[str, bool, str]]] = defaultdict(list)
    for e in entries:
        kind = e["kind"]
        if kind == "actor":
            typ = e.get("type")
            if typ not in SOURCE_TYPES:
                raise LexiconError(f"{e.label}: 'type' must be one of {', '.join(SOURCE_TYPES)}, got {typ!r}")
            for bad in ("actor", "metonym"):
                if e.get(bad) is not None:
                    raise LexiconError(f"{e.label}: {bad!r} is only for kind 'alias'")
            if e["name"] in actors:
                raise LexiconError(f"{e.label}: actor {e['name']!r} defined twice")
            actors[e["name"]] = dict(type=typ, aliases=list(e.get("aliases", ())),
                                     acronyms=list(e.get("acronyms", ())),
                                     demonyms=list(e.get("demonyms", ())), source=e["source"])
        elif kind == "alias":
            if not e.get("actor"):
                raise LexiconError(f"{e.label}: kind 'alias' needs 'actor'")
            for bad in ("type", "aliases", "acronyms", "demonyms"):
                if e.get(bad) is not None:
                    raise LexiconError(f"{e.label}: {bad!r} is only for kind 'actor'")
            aliases_of[e["actor"]].append((e["name"], bool(e.get("metonym", False)), e.label))
        else:
            raise LexiconError(f"{e.label}: unknown kind {kind!r} (actor, alias)")
    for target, items in aliases_of.items():
        if target not in actors:
            raise LexiconError(f"{items[0][2]}: alias of unknown actor {target!r}")
    by_key: dict[str, str] = {}
    by_acronym: dict[str, str] = {}
    metonym_by_key: dict[str, str] = {}
    demonym_by_key: dict[str, str] = {}

    def put(table: dict[str, str], key: str, name: str, what: str) -> None:
        if not key:
            raise LexiconError(f"gazetteer: {what} of {name!r} is empty after normalisation")
        if table.get(key, name) != name:
            raise LexiconError(f"gazetteer: {what} {key!r} names both {table[key]!r} and {name!r}")
        table[key] = name

    known: dict[str, KnownActor] = {}
    for name, a in actors.items():
        for alias in [name, *a["aliases"]]:
            put(by_key, _plain_key(alias), name, "alias")
        for acr in a["acronyms"]:
            form = _acronym_form(acr)
            if form is None:
                raise LexiconError(f"gazetteer: acronym {acr!r} of {name!r} must be capital letters")
            put(by_acronym, form, name, "acronym")
        for dem in a["demonyms"]:
            put(demonym_by_key, " ".join(_fold(t) for t in _split(dem)), name, "demonym")
        metonyms = []
        for alias, metonym, _label in aliases_of.get(name, ()):
            if metonym:
                put(metonym_by_key, _plain_key(alias), name, "metonym")
                metonyms.append(alias)
            else:
                put(by_key, _plain_key(alias), name, "alias")
                a["aliases"].append(alias)
        known[name] = KnownActor(name, a["type"], tuple(a["aliases"]), tuple(a["acronyms"]),
                                 tuple(a["demonyms"]), tuple(metonyms), a["source"])
    for key, name in metonym_by_key.items():
        if key in by_key and by_key[key] != name:
            raise LexiconError(f"gazetteer: {key!r} is an alias of {by_key[key]!r} and a metonym of {name!r}")
    return Gazetteer(known, by_key, by_acronym, metonym_by_key, demonym_by_key, entries)


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer plus user files (``CLAIMCHECK_LEXICONS``)."""
    return build_gazetteer(load_entries("gazetteer", GAZETTEER_SCHEMA))


# --------------------------------------------------------------------------- normalisation

_APOS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "ʻ": "'"})
_FOLD_EXTRA = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe",
                             "ð": "d", "þ": "th", "ħ": "h", "'": "", ".": ""})
# an initialism with dots ("U.S.", "U.A.E."), else a word with inner apostrophes ("O'Brien")
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:'[^\W_]+)*'?")


@dataclass(frozen=True, slots=True)
class _Tok:
    word: str  # folded
    start: int
    end: int  # end in the original text, possessive excluded


def _split(text: str) -> list[str]:
    return [m.group() for m in _TOKEN.finditer(unicodedata.normalize("NFKC", text).translate(_APOS))]


def _fold(token: str) -> str:
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
        if raw.endswith("'s") and len(raw) > 2:
            raw, end = raw[:-2], end - 2
        elif raw.endswith("'"):
            raw, end = raw[:-1], end - 1
        word = _fold(raw)
        if word:
            out.append(_Tok(word, m.start(), end))
    return out


# a "title" followed by one of these is part of an organisation's name ("Justice and ...")
_CONNECTORS = frozenset({"and", "of", "for", "the", "de", "du", "des", "la", "le"})


def _match_at(words: list[str], i: int, index: Mapping[str, tuple[tuple[str, ...], ...]]) -> int:
    for p in index.get(words[i], ()):
        if tuple(words[i : i + len(p)]) == p:
            return len(p)
    return 0


def _core(text: str, rules: NameRules, gaz: Gazetteer | None) -> tuple[list[_Tok], list[str]]:
    """Tokens of the name after the title prefix, and the key words (particles dropped)."""
    toks = _tokens(text)
    words = [t.word for t in toks]
    i = 1 if len(words) > 1 and words[0] == "the" else 0
    # an optional demonym or state name ("Italian", "France's") only when a title follows
    j = i
    if gaz is not None and j < len(words) - 1 and (
        words[j] in gaz.demonym_by_key or words[j] in gaz.by_key
    ):
        j += 1
    k, titled = j, False
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
    if titled and k < len(words) and words[k] not in _CONNECTORS:
        i = k
    elif (j == i + 1 and j < len(words) and gaz is not None and words[i] in gaz.by_key
          and text[toks[i].end:toks[i].end + 2] in ("'s", "’s") and words[j] not in _CONNECTORS):
        # a possessive state before a name ("Ruritania's Novak") qualifies it, as a title does
        i = j
    core = toks[i:]
    keep = [t.word for n, t in enumerate(core) if not (t.word in rules.particles and n < len(core) - 1)]
    return core, keep


def normalise(name: str, *, _rules: NameRules | None = None, _gaz: Gazetteer | None | bool = True) -> str:
    """The comparison key of a name (see the module docstring).  Never empty for a non-blank
    name: a name that is only a title ("the President") keeps its words."""
    rules = _rules or name_rules()
    gaz = gazetteer() if _gaz is True else (_gaz or None)
    _core_toks, keep = _core(name, rules, gaz)
    if not keep:
        return " ".join(_fold(t) for t in _split(name)) or name.strip().casefold()
    return " ".join(keep)


def display_form(name: str) -> str:
    """The name as written, without leading "the", titles and a trailing possessive."""
    core, _ = _core(name, name_rules(), gazetteer())
    if not core:
        return " ".join(name.split())
    return " ".join(name[core[0].start : core[-1].end].split())


def _translit_word(word: str, rules: NameRules) -> str:
    for pat, rep in rules.translit:
        word = pat.sub(rep, word)
    return word


def translit_key(name: str) -> str:
    """The transliteration key of a name: :func:`normalise`, then the ``names.toml`` rewrites."""
    rules = name_rules()
    return " ".join(_translit_word(w, rules) for w in normalise(name).split())


def demonym_to_state(word: str) -> str | None:
    """The state a demonym or state acronym names: "Italian" -> "Italy", "U.S." -> "United States"."""
    return gazetteer().demonym_to_state(word)


# --------------------------------------------------------------------------- resolution


@dataclass(frozen=True, slots=True)
class Mention:
    """A proper-noun mention: its text, an optional type hint, whether it is the subject or
    source of a speech/action verb (metonyms apply only then), and the article it is in."""

    text: str
    type: str | None = None
    is_subject: bool = False
    article: str = ""


def is_metonym(mention: Mention | str, is_subject: bool | None = None) -> bool:
    """Whether ``mention`` is a metonym used as one ("Paris sensed ..." -> True; "flights to
    Paris" -> False).  A plain string counts as a subject unless ``is_subject`` says otherwise."""
    if isinstance(mention, str):
        text, subject = mention, True if is_subject is None else is_subject
    else:
        text, subject = mention.text, mention.is_subject if is_subject is None else is_subject
    return subject and gazetteer().metonym_of(text) is not None


def metonym_of(text: str) -> str | None:
    """The state or actor a metonym stands for ("Downing Street" -> "United Kingdom"), else None."""
    return gazetteer().metonym_of(text)


@dataclass(frozen=True, slots=True)
class ResolvedActor:
    id: str
    name: str  # canonical: the gazetteer name, else the fullest most frequent form
    type: str
    aliases: tuple[str, ...]  # distinct mention texts, sorted
    mentions: int
    known: bool  # from the gazetteer


@dataclass(frozen=True, slots=True)
class ProposedMerge:
    a: str  # actor ids, a < b
    b: str
    a_alias: str  # the two forms that were compared
    b_alias: str
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class Resolution:
    actors: tuple[ResolvedActor, ...]  # sorted by id
    assignments: tuple[str, ...]  # actor id of each input mention, in input order
    mention_map: Mapping[str, str]  # mention text -> actor id (a metonym text: its literal reading)
    proposed: tuple[ProposedMerge, ...]

    def actor(self, actor_id: str) -> ResolvedActor:
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise KeyError(actor_id)

    def actor_of(self, text: str) -> ResolvedActor:
        return self.actor(self.mention_map[text])


Decision = tuple[str, str, str]  # ("merge" | "split", alias, alias)


class _UF:
    """Union-find whose components carry tags; two gazetteer tags or both sides of a split
    decision in one component are a conflict, and a rule edge that would make one is refused."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.tags: dict[str, set[tuple]] = {}

    def add(self, x: str, tags: Iterable[tuple] = ()) -> None:
        if x not in self.parent:
            self.parent[x] = x
            self.tags[x] = set(tags)
        else:
            self.tags[self.find(x)].update(tags)

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def conflict(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        ta, tb = self.tags[ra], self.tags[rb]
        ga = {t for t in ta if t[0] == "g"}
        gb = {t for t in tb if t[0] == "g"}
        if ga and gb and ga != gb:
            return True
        return any(t[0] == "s" and ("s", t[1], 1 - t[2]) in tb for t in ta)

    def union(self, a: str, b: str, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not force and self.conflict(ra, rb):
            return False
        if len(self.tags[ra]) < len(self.tags[rb]) or (len(self.tags[ra]) == len(self.tags[rb]) and ra > rb):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.tags[ra] |= self.tags.pop(rb)
        return True


@dataclass(slots=True)
class _Unit:
    """A distinct transliteration key and the nodes that carry it."""

    key: str
    words: tuple[str, ...]
    nodes: list[str]
    form: str  # a display form, for proposals
    person_ok: bool  # may take part in partial-name merges


def _is_initial(w: str) -> bool:
    return len(w) == 1


def _is_subseq(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


def _skeleton(word: str) -> str:
    s = re.sub(r"[gqc]", "k", word)
    return s[:1] + re.sub(r"[aeiouyhw]", "", s[1:])


def _actor_id(key: str) -> str:
    return "actor-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


_PERSONISH = {None, "person", "unknown"}


class ActorResolver:
    """Cluster mentions into actors (see the module docstring for the rules)."""

    def __init__(self, decisions: Iterable[Decision] = (), *, gaz: Gazetteer | None = None,
                 rules: NameRules | None = None) -> None:
        self.gaz = gaz or gazetteer()
        self.rules = rules or name_rules()
        self.th = self.rules.thresholds
        pairs: dict[frozenset[str], tuple[str, str, str]] = {}
        for d in decisions:
            if len(d) != 3 or d[0] not in ("merge", "split"):
                raise UsageError(f"bad actor decision {d!r}: expected ('merge' or 'split', alias, alias)")
            kind, a, b = d
            ka, kb = self._key(a), self._key(b)
            if not ka or not kb:
                raise UsageError(f"bad actor decision {d!r}: an alias is empty")
            if ka != kb:
                pairs[frozenset((ka, kb))] = (kind, ka, kb)  # a later decision on a pair wins
        self.merges = tuple(sorted((a, b) for k, a, b in pairs.values() if k == "merge"))
        # words that do not occur in a person's name: state names, metonyms, demonyms (as
        # transliteration keys); a "full name" holding one ("Italian TV") is not a person's
        self.place_words = frozenset(
            self._tkey(k) for table in (self.gaz.metonym_by_key, self.gaz.demonym_by_key) for k in table
        ) | frozenset(self._tkey(k) for k, n in self.gaz.by_key.items() if self.gaz.actors[n].type == "state")
        self.demonym_keys = frozenset(self._tkey(k) for k in self.gaz.demonym_by_key)
        self.splits = tuple(sorted((a, b) for k, a, b in pairs.values() if k == "split"))

    # -- keys
    def _key(self, text: str) -> str:
        return normalise(text, _rules=self.rules, _gaz=self.gaz)

    def _tkey(self, key: str) -> str:
        return " ".join(_translit_word(w, self.rules) for w in key.split())

    # -- main
    def resolve(self, mentions: Iterable[Mention]) -> Resolution:
        ms = list(mentions)
        gaz, th = self.gaz, self.th
        key_cache: dict[str, str] = {}
        lookup_cache: dict[tuple[str, bool], str] = {}
        node_of: list[str] = []
        node_hints: dict[str, Counter[str]] = defaultdict(Counter)
        node_display: dict[str, Counter[str]] = defaultdict(Counter)
        node_texts: dict[str, set[str]] = defaultdict(set)
        node_keys: dict[str, set[str]] = defaultdict(set)  # normalised keys a node answers to
        key_display: dict[str, set[str]] = defaultdict(set)  # normalised key -> display forms

        display_cache: dict[str, str] = {}

        def analyse(text: str) -> None:
            core, keep = _core(text, self.rules, gaz)
            if keep:
                key_cache[text] = " ".join(keep)
                display_cache[text] = " ".join(text[core[0].start : core[-1].end].split())
            else:
                key_cache[text] = self._key(text)
                display_cache[text] = " ".join(text.split())

        for m in ms:
            if m.text not in key_cache:
                analyse(m.text)
            ck = (m.text, m.is_subject)
            node = lookup_cache.get(ck)
            key = key_cache[m.text]
            if node is None:
                known = gaz.lookup(m.text, m.is_subject, key)
                if known is not None:
                    node = "g:" + known.name
                    if gaz.by_key.get(key) == known.name:  # matched as an alias (not acronym, metonym)
                        node_keys[node].add(key)
                else:
                    node = "n:" + key
                    node_keys[node].add(key)
                lookup_cache[ck] = node
            node_of.append(node)
            if m.type:
                node_hints[node][m.type] += 1
            node_texts[node].add(m.text)
            shown = display_cache[m.text]
            node_display[node][shown] += 1
            key_display[key_cache[m.text]].add(shown)

        uf = _UF()
        for node in sorted(node_texts):
            uf.add(node, [("g", node[2:])] if node.startswith("g:") else ())
            if node.startswith("g:"):
                node_keys[node].add(self._key(node[2:]))
                key_display[self._key(node[2:])].add(node[2:])
        # aliases -> nodes, for decisions
        by_key: dict[str, list[str]] = defaultdict(list)
        for node in sorted(node_keys):
            for k in node_keys[node]:
                by_key[k].append(node)
        for node in sorted(n for n in node_texts if n.startswith("g:")):
            ka = gaz.actors[node[2:]]
            for alias in (ka.name, *ka.aliases):
                k = self._key(alias)
                if node not in by_key[k]:
                    by_key[k].append(node)
        for idx, (a, b) in enumerate(self.splits):
            for side, k in enumerate((a, b)):
                for node in by_key.get(k, ()):
                    uf.add(node, [("s", idx, side)])
        for a, b in self.merges:
            for na in by_key.get(a, ()):
                for nb in by_key.get(b, ()):
                    uf.union(na, nb, force=True)

        hint_cache: dict[str, frozenset[str]] = {}

        def hint_set(node: str) -> frozenset[str]:
            hs = hint_cache.get(node)
            if hs is None:
                if node.startswith("g:"):
                    hs = frozenset({gaz.actors[node[2:]].type})
                else:
                    hs = frozenset(h for h in node_hints[node] if h != "unknown")
                hint_cache[node] = hs
            return hs

        def compatible(na: str, nb: str) -> bool:
            ha, hb = hint_set(na), hint_set(nb)
            if not ha or not hb:
                return True
            return ("person" in ha) == ("person" in hb) or bool(ha & hb)

        # -- units: one per distinct transliteration key
        units_by_key: dict[str, _Unit] = {}
        for node in sorted(node_keys):
            for k in sorted(node_keys[node]):
                t = self._tkey(k)
                u = units_by_key.get(t)
                if u is None:
                    u = units_by_key[t] = _Unit(t, tuple(t.split()), [], min(key_display[k]), True)
                if node not in u.nodes:
                    u.nodes.append(node)
        units = [units_by_key[k] for k in sorted(units_by_key)]
        for u in units:
            u.nodes.sort()
            u.person_ok = all(
                (gaz.actors[n[2:]].type == "person") if n.startswith("g:") else bool(hint_set(n) <= {"person"})
                for n in u.nodes)
            # rule 2: same transliteration key
            for other in u.nodes[1:]:
                if compatible(u.nodes[0], other):
                    uf.union(u.nodes[0], other)

        proposals: list[tuple[str, str, str, str, float, str]] = []  # node a, node b, form a, form b, score, reason

        # -- rule 3: similarity inside blocking groups
        blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, u in enumerate(units):
            if not u.words or u.key in self.demonym_keys:
                continue  # a demonym is no spelling of its state ("Italian" / "Italia")
            blocks[("L", u.words[-1])].append(i)
            blocks[("S", _skeleton(u.words[-1]))].append(i)
            blocks[("P", u.words[-1][:4])].append(i)
            if len(u.words) > 1:
                blocks[("F", u.words[0])].append(i)
        pairs: set[tuple[int, int]] = set()
        for members in blocks.values():
            if len(members) < 2:
                continue
            members = sorted(members)  # units are sorted by key already
            if len(members) <= th.block_cap:
                pairs.update((a, b) for x, a in enumerate(members) for b in members[x + 1 :])
            else:
                for x, a in enumerate(members):
                    pairs.update((a, b) for b in members[x + 1 : x + 1 + th.window])
        edges: list[tuple[float, str, str]] = []
        for i, j in sorted(pairs):
            ua, ub = units[i], units[j]
            na, nb = ua.nodes[0], ub.nodes[0]
            if na.startswith("g:") and nb.startswith("g:"):
                continue
            if len(ua.words) != len(ub.words) and any(w in self.place_words for w in ua.words + ub.words):
                continue  # "Italian Rossi" / "Rossi": a place word is no part of a name
            verdict = self._compare(ua.words, ub.words, ua.key, ub.key)
            if verdict is None or not compatible(na, nb):
                continue
            if verdict is None:
                continue
            kind, score, reason = verdict
            if kind == "merge":
                edges.append((score, na, nb))
            else:
                proposals.append((na, nb, ua.form, ub.form, score, reason))
        for score, na, nb in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
            uf.union(na, nb)

        # -- rule 4: partial names
        by_last: dict[str, list[int]] = defaultdict(list)
        by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, u in enumerate(units):
            if len(u.words) > 1 and u.person_ok and not any(w in self.place_words for w in u.words):
                by_last[u.words[-1]].append(i)
                for w in set(u.words[:-1]):
                    by_pair[(w, u.words[-1])].append(i)
        order = sorted(range(len(units)), key=lambda i: (-len(units[i].words), units[i].key))
        for i in order:
            p = units[i]
            if not p.words or not p.person_ok or p.key in self.demonym_keys:
                continue
            if len(p.words) == 1:
                cands = by_last.get(p.words[0], [])
            else:
                cands = [c for c in by_pair.get((p.words[0], p.words[-1]), ())
                         if len(units[c].words) > len(p.words) and _is_subseq(p.words, units[c].words)]
            if not cands or len(cands) > th.partial_cap:
                continue
            pn = p.nodes[0]
            comps: dict[str, int] = {}
            for c in cands:
                if compatible(pn, units[c].nodes[0]):
                    comps.setdefault(uf.find(units[c].nodes[0]), c)
            if not comps or uf.find(pn) in comps:
                continue  # nothing fits, or it already belongs to one of them (a decision, a rule)
            initials = any(_is_initial(w) for w in p.words) or any(
                _is_initial(w) for c in comps.values() for w in units[c].words if w not in p.words)
            if len(comps) == 1 and not initials:
                (c,) = comps.values()
                if uf.union(pn, units[c].nodes[0]):
                    continue
            reason = ("initials" if initials else f"partial name fits {len(comps)} actors")
            for c in sorted(comps.values()):
                proposals.append((pn, units[c].nodes[0], p.form, units[c].form, round(1 / len(comps), 3), reason))

        # -- actors
        comp_nodes: dict[str, list[str]] = defaultdict(list)
        for node in sorted(node_texts):
            comp_nodes[uf.find(node)].append(node)
        comp_count: Counter[str] = Counter(uf.find(n) for n in node_of)
        drafts = []
        for root, nodes in comp_nodes.items():
            known = sorted(n[2:] for n in nodes if n.startswith("g:"))
            display: Counter[str] = Counter()
            hints: Counter[str] = Counter()
            texts: set[str] = set()
            for n in nodes:
                display.update(node_display[n])
                hints.update(node_hints[n])
                texts |= node_texts[n]
            if known:
                name, typ = known[0], gaz.actors[known[0]].type
            else:
                # the fullest form; then the most frequent; then the one whose word spellings
                # are the most common in the cluster; then the longest
                dkeys = {d: set(self._key(d).split()) for d in display}
                words: Counter[str] = Counter()
                for d, c in display.items():
                    words.update(dict.fromkeys(dkeys[d], c))
                name = min(display, key=lambda d: (-len(dkeys[d]), -display[d],
                                                   -sum(words[w] for w in dkeys[d]), -len(d), d))
                typed = [(c, h) for h, c in hints.items() if h != "unknown"]
                typ = min(typed, key=lambda x: (-x[0], x[1]))[1] if typed else "unknown"
            base = self._key(name)
            drafts.append((root, name, typ, base, texts, bool(known)))
        seen = Counter(d[3] for d in drafts)
        ids: dict[str, str] = {}
        actors = []
        for root, name, typ, base, texts, known in drafts:
            key = base if seen[base] == 1 else base + "\x00" + "\x00".join(sorted(self._key(t) for t in texts))
            ids[root] = aid = _actor_id(key)
            aliases = tuple(sorted(texts, key=lambda s: (s.casefold(), s)))
            actors.append(ResolvedActor(aid, name, typ, aliases, comp_count[root], known))
        actors.sort(key=lambda a: a.id)

        assignments = tuple(ids[uf.find(n)] for n in node_of)
        # a text read both ways (a metonym) maps to its literal reading; `assignments` has both
        mention_map: dict[str, str] = {}
        for m, aid in zip(ms, assignments):
            if not m.is_subject:
                mention_map[m.text] = aid
        for m, aid in zip(ms, assignments):
            mention_map.setdefault(m.text, aid)

        best: dict[tuple[str, str], ProposedMerge] = {}
        for na, nb, fa, fb, score, reason in proposals:
            ra, rb = uf.find(na), uf.find(nb)
            if ra == rb or uf.conflict(ra, rb):
                continue
            ia, ib = ids[ra], ids[rb]
            if ia > ib:
                ia, ib, fa, fb = ib, ia, fb, fa
            pm = ProposedMerge(ia, ib, fa, fb, round(score, 3), reason)
            old = best.get((ia, ib))
            if old is None or (-pm.score, pm.reason, pm.a_alias, pm.b_alias) < (-old.score, old.reason, old.a_alias, old.b_alias):
                best[(ia, ib)] = pm
        proposed = tuple(sorted(best.values(), key=lambda p: (-p.score, p.a, p.b)))
        return Resolution(tuple(actors), assignments, mention_map, proposed)

    def _compare(self, a: tuple[str, ...], b: tuple[str, ...], ka: str, kb: str) -> tuple[str, float, str] | None:
        """Merge, propose or ignore two transliteration keys (``ka``, ``kb``; ``a``, ``b`` their words)."""
        th = self.th
        score = Indel.normalized_similarity(ka, kb, score_cutoff=th.propose)
        initials = any(map(_is_initial, a)) or any(map(_is_initial, b))
        if not score and not initials and (len(a) == len(b) or min(len(a), len(b)) > 1):
            return None  # the common case, decided cheaply
        if _is_subseq(a, b) or _is_subseq(b, a):
            return None  # partial names: rule 4
        score = Indel.normalized_similarity(ka, kb)
        if initials:
            if len(a) == len(b) and all(
                x == y or (_is_initial(x) or _is_initial(y)) and x[0] == y[0] for x, y in zip(a, b)
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
