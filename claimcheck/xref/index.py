"""An actor index for one analysis: every mention string → an actor key and display name.

Built on :mod:`claimcheck.xref.actors` (gazetteer, spelling rules, human decisions). Sources
and intermediaries are resolved as subjects (so "the Kremlin said" is Russia); claim actors in
their literal reading.  A claim's actor set also gets the state of a leading demonym
("Kenyan Defence Forces" → also Kenya) or the name after a leading "pro-" ("a pro-Syldavia
group" → also Syldavia), which widens candidate blocking without merging actors.
"""

from __future__ import annotations

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

    from claimcheck.xref.names import common_words, is_name, name_rules, single_word

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
    states = {}
    for m in literals:
        first = m.split()[0] if m.split() else ""
        st = demonym_to_state(first) if first and first != m else None
        if st:
            states[m] = st
        elif first[:4].lower() == "pro-" and len(first) > 5:
            # "a pro-Syldavia group" is not Syldavia, but a claim about it may be answered by
            # Syldavia: the name after "pro-" widens blocking (also a demonym: "pro-Russian")
            states[m] = demonym_to_state(first[4:]) or first[4:]
    mentions = ([Mention(t, is_subject=True) for t in subjects] + [Mention(t) for t in literals]
                + [Mention(s) for s in sorted(set(states.values()))])
    res = ActorResolver(decisions=decisions or [], lexicons=lexicons).resolve(mentions)
    subject_map = {m.text: a for m, a in zip(mentions, res.assignments) if m.is_subject}
    literal_map = {m.text: a for m, a in zip(mentions, res.assignments) if not m.is_subject}
    actors = {a.id: IndexedActor(a.id, a.name, a.type or "unknown", tuple(a.aliases),
                                 "gazetteer" if a.known else "auto") for a in res.actors}
    extra = {m: literal_map[st] for m, st in states.items() if st in literal_map}
    described = {k: a for k, a in actors.items() if not any(is_name(al, rules, acronyms) for al in a.aliases)}
    for k in described:
        del actors[k]
    proposals = [p for p in res.proposed if p.a not in described and p.b not in described]
    return ActorIndex(literal_map, subject_map, actors, proposals, extra, described)
