"""The attribution lexicons compiled once into frozen lookup tables and linear-time regexes.

Cue forms from ``cues.toml`` and ``denials.toml`` go into one character trie turned into a
single regular expression: a pass over the article finds every cue candidate in C, with no
alternation of hundreds of branches tried at each position and no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Entry, Lexicons, schemas

ACTS = ("assert", "confirm", "deny", "decline", "hedge")
FRAMES = ("verb", "tell", "according", "noun", "passive", "evaluative", "possessed")

CUE_SCHEMA = schemas.CUES
WORDS_SCHEMA = schemas.WORDS
CUE_FILES = ("cues", "denials")


@dataclass(frozen=True, slots=True)
class Cue:
    """What a matched cue form means."""

    entry: str  # lexicon entry id
    act: str
    frame: str
    ambiguous: bool
    clausal: bool = False  # a cue only before a clause ("agreed to V", not "agreed a deal")
    finite: bool = False  # a clausal cue only before a finite clause ("plans that C", not "plans to V")
    request: bool = False  # an act before an object + to V, "for" + noun or a gerund ("asked Y to V")
    negated: str | None = None  # the act when the cue is negated ("did not deny": decline); None: the default


# a one-syllable verb ending in one vowel and one consonant doubles it ("slam" → "slammed",
# "quip" → "quipped", "plan" → "planning"); "qu" counts as a consonant.  Longer verbs double
# only under a final stress the spelling does not show ("admit" → "admitted", "offer" →
# "offered"): their doubled forms are listed as ``forms`` in the lexicon.
_CVC = re.compile(r"(?:qu|[^aeiou])*[aeiou][bdglmnprt]")


def inflect(lemma: str) -> tuple[str, ...]:
    """Regular English inflections of a verb lemma (the first word of a phrasal verb): the
    lemma, -s, -ed, -ing, with the spelling rules of final e, consonant + y, sibilants and a
    doubled final consonant after one short vowel (:data:`_CVC`)."""
    head, sep, rest = lemma.partition(" ")
    tail = sep + rest
    if _CVC.fullmatch(head):
        forms = [head, head + "s", head + head[-1] + "ed", head + head[-1] + "ing"]
    elif head.endswith("e"):
        forms = [head, head + "s", head + "d", head[:-1] + "ing"]
    elif re.search(r"[^aeiou]y$", head):
        forms = [head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
    elif re.search(r"(?:s|sh|ch|x|z)$", head):
        forms = [head, head + "es", head + "ed", head + "ing"]
    else:
        forms = [head, head + "s", head + "ed", head + "ing"]
    return tuple(f + tail for f in forms)


def _norm(form: str) -> str:
    return " ".join(form.lower().replace("’", "'").split())


def _expand(form: str) -> list[str]:
    """``(word)`` marks an optional word: expand into the variants."""
    out = [""]
    for w in form.split():
        if w.startswith("(") and w.endswith(")"):
            out = [o + " " + w[1:-1] for o in out] + out
        else:
            out = [o + " " + w for o in out]
    return [" ".join(o.split()) for o in out]


def _neg_variants(form: str) -> list[str]:
    """``did not`` also as ``didn't``."""
    m = re.match(r"^(\w+) not (.*)$", form)
    if m and m.group(1) in {"did", "does", "do", "has", "have", "had", "is", "are", "was",
                            "were", "would", "could", "should"}:
        return [form, f"{m.group(1)}n't {m.group(2)}"]
    return [form]


def trie_regex(words: list[str]) -> str:
    """A regex matching exactly ``words`` (longest first), built from a character trie.

    A space in a word matches any run of white space; an apostrophe matches ' and ’."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            if ch == " ":
                piece = r"\s+"
            elif ch == "'":
                piece = "['’]"
            else:
                piece = re.escape(ch)
            alts.append(piece + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@dataclass(frozen=True, slots=True)
class CueLexicon:
    regex: re.Pattern[str]  # case-sensitive, to run over ``text.lower()`` (fast)
    regex_i: re.Pattern[str]  # case-insensitive, for texts whose lower() changes length
    forms: dict[str, Cue]
    wildcard: tuple[tuple[re.Pattern[str], Cue], ...]
    possessed: frozenset[str] = frozenset()  # nouns read by the possessed frame after a possessor
    memo: dict = field(default_factory=dict, compare=False, hash=False)  # lookup() results

    def lookup(self, matched: str) -> Cue | None:
        key = _norm(matched)
        cue = self.forms.get(key)
        if cue is not None:
            return cue
        for rx, c in self.wildcard:
            if rx.fullmatch(matched):
                return c
        return None


def _wild_regex(form: str) -> str:
    parts = []
    for w in form.split():
        if w == "*":
            parts.append(r"(?:[a-z]+ly\s+)?")
        else:
            parts.append(re.escape(w).replace("'", "['’]") + r"\s+")
    return "".join(parts)[: -len(r"\s+")]


def cue_entries(lex: Lexicons) -> tuple[Entry, ...]:
    """The entries of ``cues.toml`` then ``denials.toml``."""
    return tuple(e for name in CUE_FILES for e in lex[name])


def entry_forms(e: Entry) -> list[str]:
    """Every literal surface form of a cue entry (wildcard forms included as written)."""
    forms: list[str] = []
    for lemma in e.get("lemmas", ()) or ():
        forms.extend(inflect(_norm(lemma)))
    for f in e.get("forms", ()) or ():
        for g in _expand(_norm(f)):
            forms.extend(_neg_variants(g))
    return forms


def cue_lexicon(lex: Lexicons) -> CueLexicon:
    """The cue lexicon of ``lex``, compiled once per :class:`~claimcheck.lexicons.Lexicons`.
    Raises :class:`LexiconError` on an unknown act or frame, or an entry without forms."""
    return lex.derive(build_cue_lexicon)


def build_cue_lexicon(lex: Lexicons) -> CueLexicon:
    """Compile the cue forms of ``cues.toml`` and ``denials.toml`` into one trie regex."""
    forms: dict[str, Cue] = {}
    wild: list[tuple[re.Pattern[str], Cue]] = []
    wild_src: list[str] = []
    for e in cue_entries(lex):
        act = e["act"]
        frame = e.get("frame", "verb")
        if act not in ACTS:
            raise LexiconError(f"{e.label}: unknown act {act!r} (allowed: {', '.join(ACTS)})")
        if frame not in FRAMES:
            raise LexiconError(f"{e.label}: unknown frame {frame!r} (allowed: {', '.join(FRAMES)})")
        if not (e.get("lemmas") or e.get("forms")):
            raise LexiconError(f"{e.label}: needs 'lemmas' or 'forms'")
        amb = {_norm(a) for a in e.get("ambiguous", ()) or ()}
        complement = e.get("complement")
        if complement not in (None, "clause", "finite"):
            raise LexiconError(f"{e.label}: unknown complement {complement!r} (allowed: clause, finite)")
        clausal = complement in ("clause", "finite")
        finite = complement == "finite"
        request = {f for r in e.get("request", ()) or () for f in inflect(_norm(r))}
        negated = e.get("negated")
        if negated is not None and negated not in ACTS:
            raise LexiconError(f"{e.label}: unknown negated act {negated!r} (allowed: {', '.join(ACTS)})")
        for f in entry_forms(e):
            if "*" in f:
                rx = _wild_regex(f)
                wild.append((re.compile(rx, re.I), Cue(e["id"], act, frame, False, clausal, finite, negated=negated)))
                wild_src.append(rx)
                continue
            if f in forms:  # first entry wins; the uniqueness test reports clashes
                continue
            forms[f] = Cue(e["id"], act, frame, f in amb, clausal, finite, f in request, negated)
    possessed: set[str] = set()
    for e in cue_entries(lex):
        if e.get("frame") == "possessed":
            possessed.update(_norm(f) for f in e.get("forms", ()) or ())
            for f in e.get("shared", ()) or ():
                if _norm(f) not in forms:
                    raise LexiconError(f"{e.label}: shared form {f!r} is no form of another entry")
                possessed.add(_norm(f))
        elif e.get("shared"):
            raise LexiconError(f"{e.label}: 'shared' is only for frame = \"possessed\"")
    body = trie_regex(sorted(forms))
    alts = "|".join(wild_src + [body]) if wild_src else body
    first = first_chars(alts)  # a gate that only saves work: every form starts with one of these
    gate = f"(?={char_class(first)})" if first else ""
    regex = re.compile(rf"\b{gate}(?:{alts})(?![\w'’-])")
    regex_i = re.compile(rf"\b{gate}(?:{alts})(?![\w'’-])", re.I)
    return CueLexicon(regex, regex_i, forms, tuple(wild), frozenset(possessed))


@dataclass(frozen=True, slots=True)
class Words:
    """Word lists of the source lexicons, lower-cased."""

    anon_kind: dict[str, str]  # head word -> anonymous | sources_said
    anon_markers: tuple[str, ...]
    types: dict[str, str]  # word -> source type
    states: frozenset[str]
    outlet_words: frozenset[str]
    outlet_names: frozenset[str]  # case-sensitive
    journalist_words: frozenset[str]
    outlet_regex: re.Pattern[str]
    colon_labels: frozenset[str]
    marker_regex: re.Pattern[str]  # the multi-word anonymity markers, over lower-cased text
    ed_adjectives: frozenset[str]  # phrases.toml, by kind, lower-cased
    knowing: frozenset[str]
    reduced_relatives: frozenset[str]
    adverbial_words: tuple[tuple[str, tuple[str, ...]], ...]  # (kind, words in file order) for the skip regex
    action_verbs: frozenset[str]  # cues that are acts when an armed party is subject or object
    armed: frozenset[str]  # armed parties and military objects
    plural_role_endings: tuple[str, ...] = ()  # anonymity.toml "plural-role-endings": "-ers" of "Engineers said"
    catenatives: frozenset[str] = frozenset()  # phrases.toml "catenative": "needs to | tell", "was quick to | add"
    principal_roles: frozenset[str] = frozenset()  # anonymity.toml "principal-roles": "aide to X", "ally of X"
    demonyms: dict[str, str] = field(default_factory=dict)  # gazetteer.toml: lower-cased demonym -> its state's name
    demonym_endings: tuple[str, ...] = ()  # names.toml "demonym_ending": "n", "ian", "ese" (Ruritanian -> Ruritania)
    memo: dict = field(default_factory=dict, compare=False, hash=False)  # classify() results


def words(lex: Lexicons) -> Words:
    """The source word lists of ``lex``, compiled once per object.  Raises
    :class:`LexiconError` on an unknown anonymity kind or source type."""
    return lex.derive(build_words)


def build_words(lex: Lexicons) -> Words:
    """Compile ``anonymity``, ``roles``, ``outlets`` and ``labels`` into :class:`Words`."""
    anon_kind: dict[str, str] = {}
    markers: list[str] = []
    endings: list[str] = []
    principal: list[str] = []
    for e in lex["anonymity"]:
        kind = e.get("kind")
        if kind not in ("anonymous", "sources_said"):
            raise LexiconError(f"{e.label}: 'kind' must be anonymous or sources_said, got {kind!r}")
        if e["id"] == "anonymity-markers":
            markers.extend(_norm(w) for w in e.get("words", ()))
            continue
        if e["id"] == "plural-role-endings":
            endings.extend(_norm(w) for w in e.get("words", ()))
            continue
        if e["id"] == "principal-roles":
            principal.extend(_norm(w) for w in e.get("words", ()))
        for w in e.get("words", ()):
            anon_kind.setdefault(_norm(w), kind)
    types: dict[str, str] = {}
    states: set[str] = set()
    allowed = ("person", "organisation", "document", "state", "social_media", "group")
    for e in lex["roles"]:
        typ = e.get("type")
        if typ not in allowed:
            raise LexiconError(f"{e.label}: 'type' must be one of {', '.join(allowed)}, got {typ!r}")
        for w in e.get("words", ()):
            if typ == "state":
                states.add(_norm(w))
            else:
                types.setdefault(_norm(w), typ)
    ow: set[str] = set()
    names: set[str] = set()
    jw: set[str] = set()
    for e in lex["outlets"]:
        if e["id"] == "journalists":
            jw.update(_norm(w) for w in e.get("words", ()))
        else:
            ow.update(_norm(w) for w in e.get("words", ()))
            names.update(e.get("names", ()))
    outlet_rx = re.compile(r"(?<!\w)(?:" + trie_regex(sorted(names)) + r")(?!\w)") if names else re.compile(r"(?!x)x")
    labels = frozenset(_norm(w) for e in lex["labels"] for w in e.get("words", ()))
    multi = sorted(m for m in markers if " " in m)
    marker_rx = re.compile(trie_regex(multi)) if multi else re.compile(r"(?!x)x")
    phrases = phrase_words(lex)
    return Words(anon_kind, tuple(markers), types, frozenset(states), frozenset(ow),
                 frozenset(names), frozenset(jw), outlet_rx, labels, marker_rx,
                 frozenset(phrases["ed_adjective"]), frozenset(phrases["knowing"]),
                 frozenset(phrases["reduced_relative"]),
                 tuple((k, tuple(dict.fromkeys(phrases[k]))) for k in ADVERBIAL_KINDS),
                 frozenset(phrases["action_verb"]), frozenset(phrases["armed_party"]), tuple(endings),
                 frozenset(phrases["catenative"]), frozenset(principal), *_demonym_tables(lex))


def _demonym_tables(lex: Lexicons) -> tuple[dict[str, str], tuple[str, ...]]:
    """The gazetteer's demonyms (lower-cased demonym -> its state's name: "french" -> "France")
    and the regular demonym endings of ``names.toml`` (longest first), for a source named by its
    principal's adjective ("the Freedonian defence ministry": principal Freedonia)."""
    dem: dict[str, str] = {}
    for e in lex["gazetteer"]:
        if e.get("kind") == "actor":
            for d in e.get("demonyms") or ():
                dem.setdefault(_norm(d), e["name"])
    ends = sorted({_norm(x) for e in lex["names"] if e.get("kind") == "demonym_ending" for x in e.get("words") or ()},
                  key=len, reverse=True)
    return dem, tuple(ends)


PHRASE_KINDS = ("medium", "addressee", "intermediary", "manner", "ed_adjective", "knowing", "reduced_relative",
                "action_verb", "armed_party", "complement_stop", "catenative", "relay", "citing", "quoting", "relay_relative",
                "relay_tag")
ADVERBIAL_KINDS = PHRASE_KINDS[:4]


def phrase_words(lex: Lexicons) -> dict[str, list[str]]:
    """The words of ``phrases.toml`` by kind (:data:`PHRASE_KINDS`), lower-cased, in file
    order.  Raises :class:`LexiconError` on an unknown kind or an entry without words."""
    out: dict[str, list[str]] = {k: [] for k in PHRASE_KINDS}
    for e in lex["phrases"]:
        kind = e.get("kind")
        if kind not in out:
            raise LexiconError(f"{e.label}: 'kind' must be one of {', '.join(PHRASE_KINDS)}, got {kind!r}")
        if not e.get("words"):
            raise LexiconError(f"{e.label}: needs 'words'")
        out[kind].extend(_norm(w) for w in e["words"])
    return out


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with (a superset), or None when that is
    not known (a class like ``\\w``, ``.``, a back-reference, or a pattern that can match the
    empty string).  Used to put a ``(?=[…])`` gate in front of a large alternation, which
    changes no match: the gate is a necessary condition of every branch."""
    try:
        from re import _constants as C  # noqa: N812
        from re import _parser

        tree = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unknown parser version: no gate
        return None

    def seq(items) -> tuple[set[str], bool] | None:  # noqa: ANN001
        out: set[str] = set()
        for op, av in items:
            got = one(op, av)
            if got is None:
                return None
            chars, nullable = got
            out |= chars
            if not nullable:
                return out, False
        return out, True

    def one(op, av) -> tuple[set[str], bool] | None:  # noqa: ANN001
        if op is C.LITERAL:
            return {chr(av)}, False
        if op is C.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop is C.LITERAL:
                    chars.add(chr(iav))
                elif iop is C.RANGE and iav[1] - iav[0] < 256:
                    chars.update(chr(c) for c in range(iav[0], iav[1] + 1))
                else:
                    return None
            return chars, False
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return set(), True  # zero width: the next item decides
        if op is C.BRANCH:
            chars, nullable = set(), False
            for alt in av[1]:
                got = seq(alt.data if hasattr(alt, "data") else alt)
                if got is None:
                    return None
                chars |= got[0]
                nullable = nullable or got[1]
            return chars, nullable
        if op is C.SUBPATTERN:
            if av[1] or av[2]:
                return None  # local flags ("(?i:…)"): not worth the care
            return seq(av[3].data if hasattr(av[3], "data") else av[3])
        if op is getattr(C, "ATOMIC_GROUP", None):
            return seq(av.data if hasattr(av, "data") else av)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, _, item = av
            got = seq(item.data if hasattr(item, "data") else item)
            if got is None:
                return None
            return got[0], got[1] or lo == 0
        return None

    got = seq(tree.data)
    if got is None or got[1] or not got[0]:
        return None
    return frozenset(got[0])


def char_class(chars: frozenset[str]) -> str:
    """A regex character class matching exactly ``chars``."""
    return "[" + "".join(sorted("\\" + c if c in "\\]^-[" else c for c in chars)) + "]"


def gated(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a ``(?=[…])`` test of its first character when that is known: the
    same matches, found sooner (``re`` turns most positions away with one class test)."""
    first = first_chars(pattern, flags)
    return f"(?={char_class(first)})(?:{pattern})" if first else pattern
