"""Origin rules: ``lexicons/origins.toml`` compiled, and what one mention's source is.

The wire credits of an article (:func:`wire_credit`), intermediary names normalised
(:func:`strip_suffixes`), a document's author (:func:`document_author`), why a name is no source
(:func:`non_source_reason`), and a mention's role before any fold (:func:`mention_role`: the
article's own voice, a source with no identity of its own, evidence shown, or a source).  Used by
``xref/origins.py``, which traces the origins of a cluster's mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Lexicons
from claimcheck.model import ClaimRecord

_WORD = re.compile(r"\w+")
_CAPITAL = re.compile(r"[A-Z]")
HEAD = 400  # characters of an article searched for a credit at its head / tail
TAIL = 400


def _norm(s: str | None) -> str:
    return " ".join(_WORD.findall((s or "").lower()))


_LETTERS = re.compile(r"\b(?:[a-z] )+[a-z]\b")


def _joined(s: str | None) -> str:
    """:func:`_norm`, an acronym written with dots or spaces made one word ("N.Y.T." → "nyt",
    not "n y t"), and a leading "the" dropped: how an outlet's name is compared."""
    words = _LETTERS.sub(lambda m: m.group(0).replace(" ", ""), _norm(s)).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


# --------------------------------------------------------------------------- rules (lexicon)


@dataclass(frozen=True, slots=True)
class OriginRules:
    """``lexicons/origins.toml`` compiled: wire names (normalised alias → name shown), credit
    patterns ``(id, where, regex, fixed wire or None)``, intermediary suffixes (word tuples,
    longest first), the document regexes and the words that are never a source."""

    wires: Mapping[str, str]
    credits: tuple[tuple[str, str, re.Pattern[str], str | None], ...]
    suffixes: tuple[tuple[str, ...], ...]
    documents: tuple[re.Pattern[str], ...]
    not_source: frozenset[str]
    head_nouns: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    not_speaker: frozenset[str] = frozenset()
    evidence: Mapping[str, str] = field(default_factory=dict)  # evidence noun → its group (entry id)
    outlets: Mapping[str, str] = field(default_factory=dict)  # an outlet's other name (normalised) → its name
    short_stop: frozenset[str] = frozenset()  # words that alone are never an outlet's short form
    body_end: re.Pattern[str] | None = None  # a body sentence's end (``display_text``): display text lacks it
    anaphoric: frozenset[str] = frozenset()  # first words of a description referring back to one person
    state_organs: frozenset[str] = frozenset()  # words of a state's organ or official (``state_organ``)
    demonym: re.Pattern[str] | None = None  # the shape of a demonym no article's state name explains (``state_organ``)
    group_voice: frozenset[str] = frozenset()  # head nouns of a group that speaks as one body (``group_voice``)


def build_rules(lexicons: Lexicons) -> OriginRules:
    """Compile ``origins.toml`` (use ``lexicons.derive(build_rules)``).  Raises LexiconError on
    an unknown kind or ``where``, a credit pattern without ``{wire}`` nor ``wire``, or a
    pattern that does not compile once the wire names are put in."""
    wires: dict[str, str] = {}
    credits: list[tuple[str, str, str, str | None]] = []
    suffixes: set[tuple[str, ...]] = set()
    nouns: set[str] = set()
    not_source: set[str] = set()
    heads: set[str] = set()
    first_person: set[str] = set()
    not_speaker: set[str] = set()
    evidence: dict[str, str] = {}
    outlets: dict[str, str] = {}
    short_stop: set[str] = set()
    body_end: list[str] = []
    anaphoric: set[str] = set()
    organs: set[str] = set()
    demonym: list[str] = []
    groups: set[str] = set()
    for e in lexicons["origins"]:
        kind = e["kind"]
        if kind == "wire":
            names = e.get("names") or ()
            if not names:
                raise LexiconError(f"{e.label}: a wire needs 'names'")
            for n in names:
                wires.setdefault(_norm(n), names[0])
        elif kind == "outlet":
            names = e.get("names") or ()
            if len(names) < 2:
                raise LexiconError(f"{e.label}: an outlet entry needs 'names': its name, then other names")
            for n in names:
                if outlets.setdefault(_joined(n), names[0]) != names[0]:
                    raise LexiconError(f"{e.label}: {n!r} is already a name of {outlets[_joined(n)]!r}")
        elif kind == "not_a_short_form":
            short_stop.update(_norm(w) for w in e.get("words") or () if _norm(w))
        elif kind == "credit":
            where = e.get("where") or "head"
            if where not in ("head", "tail", "any") or not e.get("pattern"):
                raise LexiconError(f"{e.label}: a credit needs a 'pattern' and 'where' head | tail | any")
            if "{wire}" not in e["pattern"] and not e.get("wire"):
                raise LexiconError(f"{e.label}: the pattern names no {{wire}} and the entry no 'wire'")
            credits.append((e["id"], where, e["pattern"], e.get("wire")))
        elif kind == "intermediary_suffix":
            suffixes.update(tuple(_norm(w).split()) for w in e.get("words") or () if _norm(w))
        elif kind == "report_noun":
            nouns.update(w.lower() for w in e.get("words") or ())
        elif kind == "not_a_source":
            not_source.update(w.lower() for w in e.get("words") or ())
        elif kind == "common_noun":
            heads.update(w.lower() for w in e.get("words") or ())
        elif kind == "first_person":
            first_person.update(w.lower() for w in e.get("words") or ())
        elif kind == "not_a_speaker":
            not_speaker.update(w.lower() for w in e.get("words") or ())
        elif kind == "evidence":
            if not e.get("words"):
                raise LexiconError(f"{e.label}: an evidence entry needs 'words'")
            for w in e["words"]:
                if evidence.setdefault(w.lower(), e["id"]) != e["id"]:
                    raise LexiconError(f"{e.label}: {w!r} is already evidence of {evidence[w.lower()]!r}")
        elif kind == "display_text":
            if not e.get("pattern"):
                raise LexiconError(f"{e.label}: a display_text entry needs the 'pattern' of a body sentence's end")
            body_end.append(e["pattern"])
        elif kind == "anaphoric_description":
            anaphoric.update(w.lower() for w in e.get("words") or ())
        elif kind == "state_organ":
            organs.update(w.lower() for w in e.get("words") or ())
            if e.get("pattern"):
                demonym.append(e["pattern"])
        elif kind == "group_voice":
            if not e.get("words"):
                raise LexiconError(f"{e.label}: a group_voice entry needs 'words'")
            groups.update(w.lower() for w in e["words"])
        else:
            raise LexiconError(f"{e.label}: unknown kind {kind!r} (wire, credit, intermediary_suffix, "
                               "report_noun, not_a_source, common_noun, first_person, not_a_speaker, evidence, outlet, "
                               "not_a_short_form, display_text, anaphoric_description, state_organ, group_voice)")
    forms = sorted({n for e in lexicons["origins"] if e["kind"] == "wire" for n in e.get("names") or ()},
                   key=lambda s: (-len(s), s))
    wire_alt = "(?P<wire>" + "|".join(re.escape(f) for f in forms) + ")" if forms else "(?P<wire>(?!))"
    compiled = []
    for ident, where, pattern, fixed in credits:
        try:
            compiled.append((ident, where, re.compile(pattern.replace("{wire}", wire_alt)), fixed))
        except re.error as exc:
            raise LexiconError(f"origins.toml: credit {ident!r}: bad pattern: {exc}") from None
    noun_alt = "|".join(re.escape(n) for n in sorted(nouns, key=lambda s: (-len(s), s))) or "(?!)"
    documents = (
        re.compile(rf"^(?:an?|the|this|that|its|his|her|their)?\s*(?:[\w-]+\s+){{0,3}}?(?:{noun_alt})\s+"
                   rf"(?:published\s+|written\s+|released\s+|aired\s+)?(?:by|from|of|in|on)\s+(?P<x>.+)$", re.I),
        re.compile(rf"^(?P<x>.+?)['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{noun_alt})$", re.I),
        re.compile(rf"^(?:an?|the)\s+(?P<x>[A-Z][\w.&' -]*?)\s+(?:{noun_alt})$"),
    )
    try:
        end = re.compile("|".join(f"(?:{p})" for p in body_end)) if body_end else None
    except re.error as exc:
        raise LexiconError(f"origins.toml: display_text: bad pattern: {exc}") from None
    try:
        demonym_rx = re.compile("|".join(f"(?:{p})" for p in demonym)) if demonym else None
    except re.error as exc:
        raise LexiconError(f"origins.toml: state_organ: bad pattern: {exc}") from None
    return OriginRules(wires, tuple(compiled), tuple(sorted(suffixes, key=lambda t: (-len(t), t))),
                       documents, frozenset(not_source), frozenset(heads), frozenset(first_person),
                       frozenset(not_speaker), evidence, outlets, frozenset(short_stop), end, frozenset(anaphoric),
                       frozenset(organs), demonym_rx, frozenset(groups))


_ORGAN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def is_state_organ(description: str | None, rules: OriginRules) -> bool:
    """Does a source as written ("Syldavia's interior ministry", "a Ruritanian government
    spokesman", "the presidential palace") hold a word of a state's organ or official
    (``state_organ`` entries of ``origins.toml``)?  False for None and for any other
    description ("Bordurian rebels", "rights groups")."""
    return bool(description) and any(w.lower() in rules.state_organs
                                     for w in _ORGAN_WORD.findall(description or ""))


_QUALIFIED = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'.-]*\s+)+)([a-z]+)\b")


def group_voice(name: str | None, sentence: str | None, rules: OriginRules) -> str | None:
    """The unnamed group a source description names as one body that speaks for its principal,
    lower-cased ("Bordurian rebels" → "bordurian rebels", "UN monitors" → "un monitors"), else
    None: its last word is a ``group_voice`` word of ``origins.toml`` (a plural head noun:
    "rebels", "monitors", "diplomats") and a capitalised word before it names whose group it is
    (a demonym or a body's name).  A definite description with no such word ("the rebels")
    repeats the group its ``sentence`` names with one ("Sylvania supplied drones to Bordurian
    rebels, the rebels said" → "bordurian rebels"), when it names exactly one; else None
    ("rebels", "witnesses", "Kessel residents": no group of one principal).  Used by
    :func:`claimcheck.xref.origins.trace`: the same group in two outlets is one origin."""
    words = [w.strip(".,;:()\"“”") for w in (name or "").split()]
    words = [w for w in words if w]
    if not words or words[-1].lower() not in rules.group_voice:
        return None
    head = words[-1].lower()
    desc = [w for w in words[:-1] if w.lower() not in _DETERMINERS]
    if any(_CAPITAL.match(w) for w in desc):
        return " ".join(_norm(" ".join(desc + [head])).split())
    if desc or words[0].lower() != "the":
        return None
    found = {" ".join(w for w in _norm(m.group(1)).split() if w not in _DETERMINERS)
             for m in _QUALIFIED.finditer(sentence or "") if m.group(2).lower() == head}
    found.discard("")
    return f"{found.pop()} {head}" if len(found) == 1 else None


def wire_credit(head: str, tail: str, rules: OriginRules, only: str | None = None) -> tuple[str, str] | None:
    """``(wire name, credit id)`` of the first credit found in an article's ``head`` (its first
    :data:`HEAD` characters) or ``tail`` (its last :data:`TAIL`), else None; ``only``: try that
    credit entry alone."""
    for ident, where, rx, fixed in rules.credits:
        if only is not None and ident != only:
            continue
        for part, name in ((head, "head"), (tail, "tail")):
            if where not in (name, "any"):
                continue
            m = rx.search(part)
            if m:
                wire = fixed or rules.wires.get(_norm(m.groupdict().get("wire")), m.groupdict().get("wire"))
                if wire:
                    return wire, ident
    return None


def strip_suffixes(name: str, rules: OriginRules) -> str:
    """``name`` lower-cased, normalised (hyphens and dots as word breaks, an acronym's letters
    one word: "N.Y.T." → "nyt"), without a leading "the" nor trailing outlet words ("Channel 9
    News" → "channel 9"); one word is always left.  A name the ``outlet`` entries of
    ``origins.toml`` know under another name is that name's ("NYT" → "new york times")."""
    words = _joined(name).split()
    for _ in range(2):  # the name as written, then as stripped: "NYT", "New York Times Online"
        known = rules.outlets.get(" ".join(words))
        if known is not None:
            words = _joined(known).split()
        changed = True
        while changed and len(words) > 1:
            changed = False
            for suf in rules.suffixes:
                if len(words) > len(suf) and tuple(words[-len(suf):]) == suf:
                    words = words[:-len(suf)]
                    changed = True
                    break
    return " ".join(words)


def document_author(name: str, rules: OriginRules) -> str | None:
    """The author of a document source ("a report by the Gazette", "the Gazette's report",
    "a Gazette report" → the Gazette), from its first capitalised word on; None when the source
    is no document or names no author."""
    text = " ".join((name or "").split())
    for rx in rules.documents:
        m = rx.match(text)
        if m:
            words = m.group("x").split()
            while words and not _CAPITAL.match(words[0]):
                words.pop(0)  # "journalist Jan Novak" → "Jan Novak"
            return " ".join(words) or None
    return None


_CLITIC = re.compile(r"(?:n['’]t|['’](?:s|ve|re|ll|d|m|t))$", re.I)


def _bare(word: str) -> str:
    """A word of a name lower-cased, without punctuation or a clitic ("It's" → "it"); an
    acronym ("US", "UN") is kept upper-case so that it is never taken for a pronoun."""
    w = _CLITIC.sub("", word.strip(".,;:'’\"()"))
    return w if len(w) > 1 and w.isupper() else w.lower()


def non_source_reason(name: str | None, kind: str | None, rules: OriginRules) -> str | None:
    """Why a source's name is not a source (a pronoun, relative pronoun, the expletive "it",
    a determiner; a platform, religion, scripture or direction, ``not_a_speaker`` words; a thing
    shown with no author, ``evidence`` words: "photos", "the footage"; or — for a named source —
    a common noun with no capitalised word), or None when it may be one."""
    words = (name or "").split()
    if not words:
        return "no name"
    low = [_bare(w) for w in words]
    if all(w in rules.not_source for w in low):
        return f"{name!r} is a pronoun or function word, not a source"
    rest = [w for w in low if w not in rules.not_source]
    if rest and all(w.lower() in rules.not_speaker for w in rest):
        return f"{name!r} is a platform, a religion, a scripture, a direction or a time, not a speaker"
    if kind != "named" or not any(_CAPITAL.search(w) for w in words[1:]):
        group = evidence_group(name, rules)  # "photos", "the footage": a thing shown, whoever is in it
        if group is not None:
            return f"{name!r} is a thing shown ({group.replace('_', ' ')}), not a speaker"
    if kind == "named":
        capitalised = [w for w, lw in zip(words, low) if _CAPITAL.search(w) and lw not in rules.not_source]
        if not capitalised:
            return f"{name!r} is a common noun, not a named source"
        rest = [lw for lw in low if lw not in rules.not_source]
        if len(rest) == 1 and rest[0].lower() in rules.head_nouns:
            return f"{name!r} is a common noun (a description without a name), not a named source"
    return None


_DETERMINERS = frozenset(("a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their",
                          "our", "my", "your", "some", "one", "new", "latest", "same"))


def description(name: str | None) -> tuple[str, ...]:
    """A source's description for comparing two mentions of one article: its words before an
    apposition (a comma) lower-cased, without punctuation, determiners and possessive pronouns
    ("The footage, filmed from a hill" → ("footage",))."""
    head = (name or "").split(",", 1)[0]
    return tuple(w for w in (_bare(x) for x in head.split()) if w and w.lower() not in _DETERMINERS)


def is_display(sentence: str | None, rules: OriginRules) -> bool:
    """Is ``sentence`` display text (a headline, a standfirst or dek, a caption): a line that
    does not end as a body sentence does (``display_text`` of ``origins.toml``: no full stop,
    question or exclamation mark, perhaps followed by a closing quote or bracket)?  False
    when the lexicon has no such entry."""
    if rules.body_end is None or not (sentence or "").strip():
        return False
    return rules.body_end.search(sentence.rstrip()) is None


def refers_back(name: str | None, rules: OriginRules) -> bool:
    """Does an unnamed description refer back to one person already in the article: its first
    word is an ``anaphoric_description`` word ("the minister", "its foreign minister"; not "a
    senior official", not "officials")?"""
    words = (name or "").split()
    return len(words) > 1 and words[0].lower() in rules.anaphoric


TITLE_WORDS = 4  # words before a name read as its title ("Foreign Minister Anna Weller")


def title_words(name: str | None, sentence: str | None) -> frozenset[str]:
    """The words (lower-cased, determiners aside) right before ``name`` in ``sentence``: the
    title or description given with the name ("Foreign Minister Anna Weller said …" →
    {"foreign", "minister"}), at most :data:`TITLE_WORDS`, up to a punctuation mark; empty
    when the name is not found."""
    text, nm = sentence or "", " ".join((name or "").split())
    if not nm:
        return frozenset()
    at = text.find(nm)
    if at < 0:
        return frozenset()
    before = re.split(r"[^\w\s'’-]", text[:at])[-1].split()[-TITLE_WORDS:]
    return frozenset(w.lower() for w in before if w.lower() not in _DETERMINERS)


def same_person(desc: str | None, named: str | None, sentence: str | None, only: bool,
                rules: OriginRules) -> bool:
    """Is the unnamed description ``desc`` of one article the named person ``named`` of the same
    article, named more briefly: it refers back (:func:`refers_back`) and either its words are
    the title given with the name in ``sentence`` (the named mention's sentence:
    :func:`title_words`) or that person is the only named person the article cites on the same
    side of the claim (``only``)?  The parser's reading that ``desc`` is one person
    (``source_type`` person) is the caller's to check."""
    if not refers_back(desc, rules):
        return False
    words = set(description(desc))
    if not words:
        return False
    title = title_words(named, sentence)
    return (bool(title) and words <= title) or only


def is_writer(name: str | None, rules: OriginRules) -> bool:
    """Is the source the writer of the article ("I", "we"): its own voice."""
    words = [_bare(w).lower() for w in (name or "").split()]
    return bool(words) and all(w in rules.first_person for w in words)


def evidence_group(name: str | None, rules: OriginRules) -> str | None:
    """The kind of evidence (an ``evidence`` entry id of ``origins.toml``) a source is when it is
    a thing shown, not a speaker ("Footage", "the video", "DNA tests"): its head noun (the last
    word before "of") is an evidence word and it names no author, or only a platform ("a
    LiveLeak video"); else None ("a video by the Gazette" is the Gazette's report)."""
    words = description(name)
    if "of" in words:
        words = words[:words.index("of")]
    if not words:
        return None
    group = rules.evidence.get(words[-1].lower())
    if group is None:
        return None
    author = document_author(" ".join((name or "").split()), rules)
    if author and not all(_bare(w).lower() in rules.not_speaker for w in author.split()):
        return None
    return group


def mention_role(c: ClaimRecord, rules: OriginRules,
                 common_noun: Callable[[str | None], bool] | None = None) -> str:
    """What a mention rests on, before any fold: ``own`` (the article's own voice, or its writer
    as "I" / "we"), ``vague`` (no identity of its own: "sources said" / "it was reported" with
    no intermediary, a pronoun left unresolved, a platform or a religion as the subject),
    ``evidence`` (a thing shown: footage, photos, DNA tests; :func:`evidence_group`) or
    ``source`` (a speaker, a description of one, a document with an author, an intermediary's
    reports).  ``common_noun`` (a name → is it a common word of these articles: "Sickening",
    "Inspiration" capitalised at the head of a sentence) makes such a "named" source vague."""
    if c.act is None:
        return "own"
    if c.source_kind is None:
        return "vague"
    name = c.source_name
    if is_writer(name, rules):
        return "own"
    words = [_bare(w) for w in (name or "").split()]
    if not words or all(w in rules.not_source for w in words):
        return "vague"
    rest = [w.lower() for w in words if w not in rules.not_source]
    if all(w in rules.not_speaker for w in rest):
        return "vague"
    if common_noun is not None and c.source_kind == "named" and common_noun(name):
        return "vague"
    if c.via:
        return "source"
    if c.source_kind == "sources_said":
        return "vague"
    if evidence_group(name, rules) is not None:
        return "evidence"
    return "source"


def origin_label(origin: str, c: ClaimRecord) -> str:
    """An origin in words, from a mention that has it: names, not keys."""
    kind = origin.partition(":")[0]
    name = " ".join((c.source_name or "").split())
    where = f"via {c.via[0]}" if c.via else (f"in {c.outlet}" if c.outlet else "in an article without outlet")
    if kind == "named":
        return f"{name} (named)"
    if kind == "anonymous":
        return f"{name} (unnamed, {where})"
    if kind == "reports":
        return f"reports {where}"
    if kind == "report":
        return f"{name} (report)"
    if kind == "outlet":
        return f"{c.outlet} (own voice)"
    return "an article's own voice (no outlet known)"


def mark_unresolved(rows: list[dict[str, Any]], lexicons: Lexicons) -> list[dict[str, Any]]:
    """``sources`` rows (dicts with ``name``, ``kind``, ``grade``, ``reasons``) each with
    ``resolved``: False for a row whose name is no source (:func:`non_source_reason`: a
    pronoun, a relative pronoun, the expletive "it", a common noun as a named source), which is
    then graded F with the reason and listed after the others (order otherwise kept)."""
    rules = lexicons.derive(build_rules)
    good: list[dict[str, Any]] = []
    bad: list[dict[str, Any]] = []
    for r in rows:
        why = non_source_reason(r.get("name"), r.get("kind"), rules)
        if why is None:
            good.append({**r, "resolved": True})
        else:
            bad.append({**r, "resolved": False, "grade": "F", "corroborated": 0, "contradicted": 0,
                        "single_source": 0, "reasons": [f"no basis yet: {why} (left unresolved; not graded)"]})
    return good + bad
