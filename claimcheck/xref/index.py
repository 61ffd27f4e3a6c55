"""An actor index for one analysis: every mention string → an actor key and display name.

Built on :mod:`claimcheck.xref.actors` (gazetteer, spelling rules, human decisions). Sources
and intermediaries are resolved as subjects (so "the Kremlin said" is Russia); claim actors in
their literal reading.  A claim's actor set also gets the state of a leading demonym
("Kenyan Defence Forces" → also Kenya) or the name after a leading "pro-" ("a pro-Syldavia
group" → also Syldavia), which widens candidate blocking without merging actors.  A demonym
alone ("Syldavian", "Ruritanian" of "the Ruritanian foreign ministry said") is no actor of its own:
it resolves as its place does (the gazetteer's state, or a mentioned place whose name it extends
by a demonym ending of ``names.toml``: :func:`claimcheck.xref.names.demonym_base`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from claimcheck.lexicons import Lexicons


@dataclass(frozen=True, slots=True)
class IndexedActor:
    key: str
    name: str
    type: str
    aliases: tuple[str, ...]
    origin: str


class ActorIndex:
    def __init__(self, literal: dict[str, str], subject: dict[str, str], actors: dict[str, IndexedActor],
                 proposals: list[Any], extra: dict[str, str], described: dict[str, IndexedActor] | None = None) -> None:
        self._literal = literal
        self._subject = subject
        self._actors = actors
        self._described = described or {}  # a source's description resolved, no actor: "news site"
        self._extra = extra
        self.proposals = proposals
        self._claim_keys: dict[str, tuple[str, ...]] = {}

    def key(self, mention: str | None) -> str | None:
        """The actor of a mention as a source or subject (metonyms apply)."""
        if not mention:
            return None
        return self._subject.get(mention) or self._literal.get(mention)

    def literal_key(self, mention: str | None) -> str | None:
        if not mention:
            return None
        return self._literal.get(mention) or self._subject.get(mention)

    def claim_keys(self, mention: str) -> tuple[str, ...]:
        """The literal actor first, then what it may also stand for: the state of a leading
        demonym, or the subject reading of a metonym ("Tehran denied …" → also Iran)."""
        got = self._claim_keys.get(mention)
        if got is None:
            out = [k for k in (self.literal_key(mention), self._extra.get(mention), self._subject.get(mention)) if k]
            got = self._claim_keys[mention] = tuple(dict.fromkeys(out))
        return got

    def name(self, key: str) -> str:
        a = self._actors.get(key) or self._described.get(key)
        return a.name if a else key

    def actors(self) -> list[IndexedActor]:
        return [self._actors[k] for k in sorted(self._actors)]

    def proposals_json(self) -> list[dict[str, Any]]:
        return [{"a": p.a_alias, "b": p.b_alias, "a_id": p.a, "b_id": p.b, "score": round(p.score * 100, 1),
                 "reason": p.reason} for p in self.proposals]


_ROLE_OF_PLACE = re.compile(r"^(?:the\s+)?((?:[A-Za-z][\w.-]*\s+){1,3})of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})$")


def role_place(mention: str, roles: frozenset[str]) -> str | None:
    """The place of a "ROLE of PLACE" mention ("Ministers of Ostra", "the President of Freedonia",
    "Foreign Minister of Ostra"): the name after "of" when every word before it is a person's or a
    group's head word of ``roles.toml`` (a plural "s" aside), else None.  Such a mention is the
    place's people as "Ostran ministers" is (a leading demonym), so a claim about it may be
    answered by the place: it widens blocking, as a demonym does.  An organisation's head
    ("Ministry of Defence", "Bank of Ostra") is no role: its name stays its own."""
    m = _ROLE_OF_PLACE.match(" ".join(mention.split()))
    if m is None:
        return None
    head = [w.lower().rstrip(".") for w in m.group(1).split()]
    if not all(w in roles or (w.endswith("s") and w[:-1] in roles) for w in head):
        return None
    return m.group(2)


def _people_words(lexicons: Lexicons) -> frozenset[str]:
    return lexicons.derive(_build_people_words)


def _build_people_words(lexicons: Lexicons) -> frozenset[str]:
    """The head words of ``roles.toml`` of type person or group, lower-cased, with the title
    modifiers of ``names.toml`` ("foreign", "prime", "deputy": "Foreign Minister of Ostra")."""
    words = {w.lower() for e in lexicons["roles"] if e.get("type") in ("person", "group") for w in e["words"]}
    words |= {w.lower() for e in lexicons["names"] if e.get("kind") in ("title", "modifier")
              for phrase in e["words"] for w in phrase.split()}
    return frozenset(words)


def build_actor_index(subjects: Iterable[str], literals: Iterable[str] = (),
                      decisions: list[tuple[str, str, str]] | None = None, *,
                      lexicons: Lexicons, texts: Iterable[str] = ()) -> ActorIndex:
    """The actors of the source mentions ``subjects`` and claim mentions ``literals``, resolved
    with the gazetteer and name rules of ``lexicons`` and the human ``decisions``; a mention
    that is no name (:func:`claimcheck.xref.names.is_name`: a ``not_a_name`` or ``opener`` word
    of ``names.toml``, or a single word that ``texts``, the articles' sentences, use as a common
    word) is left without an actor.  A claim mention without a word of a name ("the ministry",
    "1993") is none either; a source's ("the news site", "a satellite imaging firm") is resolved
    with the others (its spellings are one key, so one origin) but is no actor: not listed, not
    stored, in no proposal."""
    from claimcheck.xref.actors import ActorResolver, Mention
    from claimcheck.xref.gazetteer import gazetteer

    from claimcheck.xref.names import common_words, demonym_base, fold, is_name, name_rules, single_word

    gaz = gazetteer(lexicons)
    demonym_to_state = gaz.demonym_to_state
    rules = name_rules(lexicons)
    subjects, literals = set(filter(None, subjects)), set(filter(None, literals))
    # a mention that is no name ("From", "Come", "War" at the head of a sentence, a word the
    # articles use in lower case) is no actor
    common = common_words({w for t in subjects | literals if (w := single_word(t))}, texts, rules.not_name,
                          rules.opener_suffixes)
    acronyms = frozenset(gaz.by_acronym)
    subjects = sorted(t for t in subjects if is_name(t, rules, acronyms, common, descriptions=True))
    literals = sorted(t for t in literals if is_name(t, rules, acronyms, common))
    # a demonym alone ("Syldavian", "Ruritanian", of "the Ruritanian foreign ministry") is its place,
    # never an actor of its own: the gazetteer's state, else a place among the mentions whose name
    # it extends by a demonym ending (names.demonym_base)
    bases = {fold(w): w for t in sorted(subjects + literals) if (w := single_word(t)) and w.isalpha()}

    def place_of(word: str) -> str | None:
        return demonym_to_state(word) or demonym_base(word, bases, rules)

    known = frozenset(gaz.by_acronym)  # a state's acronym ("UK") is its name, listed as its alias
    bare = {t: st for t in sorted(set(subjects) | set(literals))
            if (w := single_word(t)) and w.replace(".", "") not in known and (st := place_of(t)) is not None
            and st != t}
    subjects = [t for t in subjects if t not in bare]
    literals = [t for t in literals if t not in bare]
    roles = _people_words(lexicons)
    states = {}
    for m in literals:
        first = m.split()[0] if m.split() else ""
        st = place_of(first) if first and first != m else None
        if st is None:
            st = role_place(m, roles)
        if st:
            states[m] = st
        elif first[:4].lower() == "pro-" and len(first) > 5:
            # "a pro-Syldavia group" is not Syldavia, but a claim about it may be answered by
            # Syldavia: the name after "pro-" widens blocking (also a demonym: "pro-Russian")
            states[m] = place_of(first[4:]) or first[4:]
    places = sorted(set(states.values()) | set(bare.values()))
    mentions = ([Mention(t, is_subject=True) for t in subjects] + [Mention(t) for t in literals]
                + [Mention(s) for s in places])
    res = ActorResolver(decisions=decisions or [], lexicons=lexicons).resolve(mentions)
    subject_map = {m.text: a for m, a in zip(mentions, res.assignments) if m.is_subject}
    literal_map = {m.text: a for m, a in zip(mentions, res.assignments) if not m.is_subject}
    for t, st in bare.items():  # the demonym resolves as its place does
        literal_map[t] = subject_map[t] = literal_map[st]
    actors = {a.id: IndexedActor(a.id, a.name, a.type or "unknown", tuple(a.aliases),
                                 "gazetteer" if a.known else "auto") for a in res.actors}
    extra = {m: literal_map[st] for m, st in states.items() if st in literal_map}
    described = {k: a for k, a in actors.items() if not any(is_name(al, rules, acronyms) for al in a.aliases)}
    for k in described:
        del actors[k]
    proposals = [p for p in res.proposed if p.a not in described and p.b not in described]
    return ActorIndex(literal_map, subject_map, actors, proposals, extra, described)
