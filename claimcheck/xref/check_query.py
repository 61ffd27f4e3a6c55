"""``check``'s query read as a proposition: agent, action, polarity, speaker (step 1 of
:mod:`claimcheck.xref.check`, whose docstring gives the rules)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimcheck.lexicons import Lexicons
from claimcheck.xref.check_values import values_of
from claimcheck.xref.objects import claim_kinds
from claimcheck.xref.stance import PreparedClaim, find_cues, lexicon, prepare
from claimcheck.xref.textsim import Token, content_tokens

SUBJECT_WORDS = 3  # a name after more words than this is not the subject (the agent)
SPEECH_CUES = ("report", "denial", "confirm")  # stance cue kinds that make a query "X says C"
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CAPITAL = re.compile(r"^[A-Z]")
_MAX_NGRAM = 4


@dataclass(frozen=True, slots=True)
class Proposition:
    """What a query claims.  ``content`` is the part about the world (the query without "X says");
    ``agent`` the actor it is about (None when none is recognised); ``agent_keys`` the word keys
    that name it in a sentence (its words, and its gazetteer aliases); ``action`` the action
    class (``actions.toml``) if any, ``action_word`` / ``action_key`` the word after the agent
    (the verb of "Sylvania supplied …"; none in Title Case, where nothing tells a verb from a
    name); ``negative``: the query says the content is false, did not
    happen or is denied; ``speaker`` and ``speaker_act``: "X says / denies …"."""

    text: str
    content: str
    prepared: PreparedClaim = field(repr=False)
    agent: str | None = None
    agent_keys: frozenset[str] = frozenset()
    agent_aliases: tuple[str, ...] = ()
    action: str | None = None
    action_key: str | None = None
    action_word: str | None = None
    negative: bool = False
    speaker: str | None = None
    speaker_act: str | None = None
    party_keys: frozenset[str] = frozenset()  # word keys of every actor the content names (the agent's too)
    negator_keys: frozenset[str] = frozenset()  # content words that negate the query ("refused", "rejected")
    value_terms: tuple[Any, ...] = ()  # the query's dates, numbers, places (check_values.Value)
    mode: str = "done"  # the mode of its action (check_mode.MODES): a deed done, planned, offered, sought
    speaker_aliases: tuple[str, ...] = ()  # the speaker's other names (gazetteer), for "X says C"
    speaker_keys: frozenset[str] = frozenset()  # word keys naming the speaker
    speaker_held: bool = False  # the evidence must be the speaker's: a name, read outside Title Case
    objects: frozenset[str] = frozenset()  # the kinds of object its content names (xref.objects: "troops", "drones")
    doer_read: bool = False  # its roles read make the agent the one who acts (xref.check_roles): the direction is tested
    patient_keys: frozenset[str] = frozenset()  # word keys of the actors its action is done to or for ("… to Freedonia")

    def to_json(self) -> dict[str, Any]:
        return {"content": self.content, "agent": self.agent, "action": self.action or self.action_word,
                "polarity": "negative" if self.negative else "positive", "speaker": self.speaker,
                "mode": self.mode}


def query_ngrams(claim: str) -> list[str]:
    """The word groups of ``claim`` (1 to 4 words, lower-cased, as ``store.repo.norm_name``
    writes alias keys) that could name a known actor: ask the store which it knows."""
    words = [w.lower() for w in _WORDS.findall(claim)]
    out = []
    for n in range(1, _MAX_NGRAM + 1):
        for i in range(len(words) - n + 1):
            out.append(" ".join(re.findall(r"\w+", " ".join(words[i:i + n]))))
    return list(dict.fromkeys(o for o in out if o))


def _title_case(text: str) -> bool:
    words = _WORDS.findall(text)[:40]
    caps = sum(1 for w in words if _CAPITAL.match(w))
    return len(words) >= 4 and caps >= 0.6 * len(words)


def _words_of(name: str) -> frozenset[str]:
    """The lower-cased words of a name, each also without a final s (rough keys, for comparing
    a source's name with the agent's keys)."""
    words = re.findall(r"\w+", name.lower())
    return frozenset(words) | frozenset(w[:-1] for w in words if w.endswith("s") and len(w) > 3)


def _keys(text: str, lexicons: Lexicons) -> frozenset[str]:
    lex = lexicon(lexicons)
    return frozenset(t.key for t in content_tokens(text, lex.equivalents, lex.noise, lex.phrases))


def _known_agent(content: str, known: Iterable[str], title_case: bool, lexicons: Lexicons) -> str | None:
    """The earliest, then longest, capitalised word group of ``content`` that ``known`` holds.  In
    a Title Case text a capital says nothing, so a single word counts only when it is written
    in capitals ("NHL") or the gazetteer knows it (a state, a demonym); a function word never."""
    from claimcheck.text.tokens import STOP_MATCHING
    from claimcheck.xref.gazetteer import gazetteer

    gaz = gazetteer(lexicons)
    words = _WORDS.findall(content)
    known = set(known)
    for i in range(len(words)):
        for n in range(min(_MAX_NGRAM, len(words) - i), 0, -1):
            group = words[i:i + n]
            key = " ".join(re.findall(r"\w+", " ".join(group).lower()))
            if key not in known or not _CAPITAL.match(group[0]) or not _CAPITAL.match(group[-1]):
                continue
            if n == 1 and (key in STOP_MATCHING or (title_case and not group[0].isupper()
                                                     and gaz.lookup(group[0], is_subject=True) is None
                                                     and gaz.demonym_to_state(group[0]) is None)):
                continue
            return " ".join(group)
    return None


_KICKER = re.compile(r"^\s*(?P<head>[^:]{1,40}?)\s*:\s+(?P<rest>\S.{10,})$", re.S)
_SUBJECT_PRONOUN = re.compile(r"^\s*(?:he|she|they|it|we|i)\b", re.I)


def parse_query(claim: str, lexicons: Lexicons, known: Iterable[str] = ()) -> Proposition:
    """The proposition of a typed claim (see the module docstring); ``known`` holds the word
    groups of :func:`query_ngrams` that the database knows as actor aliases.  A headline's
    kicker ("Source: …", "Unbearable: …") is not part of the proposition."""
    from claimcheck.model import ArticleMeta
    from claimcheck.parse import parse_article
    from claimcheck.parse.claims import actions_of, proper_nouns
    from claimcheck.parse.sentences import split_sentences

    kicker = _KICKER.match(claim)
    text = kicker.group("rest") if kicker and len(_WORDS.findall(kicker.group("head"))) <= 4 else claim
    if find_cues(text, SPEECH_CUES, lexicons=lexicons):  # "X says / denies / confirms C": parse it
        sentences = tuple(split_sentences(text, lexicons=lexicons))
        atts, claims = parse_article(text, sentences, ArticleMeta(), lexicons)
    else:  # no speech in it: its names and action class are what the claims parser would find
        atts, claims = (), ()
    title_case = _title_case(claim)
    said = [a for a in atts if a.cue.text.strip() != ":" and len(_keys(a.content.text, lexicons)) >= 2
            and not (title_case and a.source is not None and a.source.span is not None
                     and len(_WORDS.findall(a.source.span.text)) > 3)]  # Title Case misleads the parser
    att = max(said, key=lambda a: (len(a.content.text), -a.content.start), default=None)
    if att is not None:
        mine = [c for c in claims if c.attribution is not None and atts[c.attribution] is att]
        main = mine[0] if mine else None
        content = att.content.text
    else:
        main = max(claims, key=lambda c: (len(c.span.text), -c.span.start), default=None)
        content = main.span.text if main is not None and len(_keys(main.span.text, lexicons)) >= 2 else text
    speaker = att.source.span.text if att is not None and att.source is not None and att.source.span else None
    pc = prepare(claim, lexicons)
    negators = _negators(content, lexicons)
    negative = (att is not None and att.act == "deny") or (main is not None and main.polarity == "negative") \
        or _says_false(claim, pc, lexicons) or (att is None and bool(negators))
    action = main.action if main is not None else next(iter(actions_of(content, lexicons)), None)
    agent = None
    if speaker and (_SUBJECT_PRONOUN.match(content) or (att is not None and att.act == "deny")):
        agent = speaker  # "X says he …", "X denies doing C": X is who did (or did not) do it
    if agent is None and not title_case:
        # the subject: a name among the first words ("Sylvania supplied …", "The mayor of Port
        # Alder …"), not one further on ("The dam on the Vell river …")
        names = [n for _, _, n in proper_nouns(content, lexicons)] + list(main.actors if main is not None else ())
        agent = next((a for a in names if a in content
                      and len(_WORDS.findall(content[:content.index(a)])) <= SUBJECT_WORDS), None)
    if agent is None:
        agent = _known_agent(content, known, title_case, lexicons)
        if agent and len(_WORDS.findall(content[:content.find(agent)])) > SUBJECT_WORDS:
            agent = None  # a known name further on is not the subject
    keys, aliases = _agent_keys(agent, lexicons)
    party = set(keys)
    chunks = [] if title_case else [n for _, _, n in proper_nouns(content, lexicons)]  # Title Case: all capitals
    for name in chunks + list(main.actors if main is not None else ()):
        if name and name in content and len(_WORDS.findall(name)) <= _MAX_NGRAM:
            party |= _agent_keys(name, lexicons)[0]
    from claimcheck.xref.check_mode import action_spans, mode_cues, mode_of

    cues = mode_cues(content, lexicons)
    word = _action_word(content, agent, keys, lexicons, cues) if agent and not title_case else None
    mode = mode_of(content, action_spans(content, action, [(word.start, word.key)] if word else (), lexicons),
                   lexicons)
    skeys, saliases = _agent_keys(speaker, lexicons)
    doer, patient_keys = _direction(content, agent, keys, chunks + list(main.actors if main is not None else ()),
                                    word.start if word else None, lexicons)
    return Proposition(text=claim, content=content, prepared=pc, agent=agent, agent_keys=keys,
                       agent_aliases=aliases, action=action,
                       action_key=word.key if word else None, action_word=word.surface if word else None,
                       negative=negative, speaker=speaker, speaker_act=att.act if att is not None else None,
                       party_keys=frozenset(party), negator_keys=negators, value_terms=values_of(content),
                       mode=mode, speaker_aliases=saliases, speaker_keys=skeys,
                       speaker_held=bool(speaker) and not title_case and not _described(speaker or ""),
                       objects=claim_kinds(content, chunks + list(main.actors if main is not None else ()), lexicons),
                       doer_read=doer, patient_keys=patient_keys)


def _direction(content: str, agent: str | None, agent_keys: frozenset[str], names: list[str], action_at: int | None,
               lexicons: Lexicons) -> tuple[bool, frozenset[str]]:
    """(whether the query's roles, read at its action word ``action_at``, make ``agent`` the one
    who acts; the word keys of the actors it is done to or for): "Ruritania sent drones to
    Freedonia" gives (True, {"freedonia"}); a passive "Ruritania was attacked by Freedonia"
    (False, …): its agent is not the first name, and no direction is tested
    (:mod:`claimcheck.xref.check_roles`)."""
    from claimcheck.xref.check_roles import doer_before, query_patients
    from claimcheck.xref.roles import read_roles, roles

    if not agent or action_at is None:
        return False, frozenset()
    names = [n for n in dict.fromkeys([agent, *names]) if n and n in content]
    reading = read_roles(content, names, action_at, roles(lexicons))
    if agent not in reading.agents:
        return False, frozenset()
    keys: set[str] = set()
    for p in query_patients(content, names, action_at, lexicons):
        if not doer_before(content, content.find(p), lexicons):  # "officers trained in | Sylvania": where, or by whom
            keys |= _agent_keys(p, lexicons)[0]
    return True, frozenset(keys - agent_keys)


_DESCRIPTION = re.compile(r"^(?:the|a|an)\s|\w['’]s?\s", re.I)  # an article, or a possessive: a role


def _described(speaker: str) -> bool:
    """A typed speaker that is a description ("the defence minister", "Ostmark's president",
    "officials"), not a name: ``check`` cannot tell which source it is and does not hold the
    evidence to it (nor in a Title Case headline, where the speech cue may be misread)."""
    return bool(_DESCRIPTION.search(speaker)) or speaker[:1].islower()


def _negators(content: str, lexicons: Lexicons) -> frozenset[str]:
    """The content words by which the claims parser reads ``content`` as negated in its main
    clause ("Russia *refused* to supply arms", "the minister *rejected* the offer", "Sylvania
    *failed* to deliver"): a contrary predicate makes the proposition negative, and a unit using
    the same predicate states the same thing.  A negation by a function word ("did not",
    "never") gives no content word; empty when the content is not negated."""
    from claimcheck.parse.claims.cues import rules
    from claimcheck.parse.claims.cues import _Hits  # the claims parser's main-clause negation

    if negation_cues(lexicons).search(content) is None:  # no negation cue at all: not negated
        return frozenset()
    if not _Hits(content, lexicons).negated(content, 0, len(content)):
        return frozenset()
    lex = lexicon(lexicons)
    spans = [m.span() for m in rules(lexicons).negation.finditer(content)]
    return frozenset(t.key for t in content_tokens(content, lex.equivalents, lex.noise, lex.phrases)
                     if any(a <= t.start < b for a, b in spans))


def negation_cues(lexicons: Lexicons) -> re.Pattern[str]:
    """``claims.toml``'s ``polarity:negative`` cues in one case-insensitive pattern, the very
    pattern of the claims parser's ``ClaimRules.negation`` (tested), compiled alone: a query
    without any of them is not negated, and compiling every claim rule for that test was a
    tenth of a ``check`` command."""
    return lexicons.derive(_build_negation_cues)


def _build_negation_cues(lexicons: Lexicons) -> re.Pattern[str]:
    pats = [e["pattern"] for e in lexicons["claims"] if e["sets"] == "polarity:negative"] or [r"(?!x)x"]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I)


def _action_word(content: str, agent: str, agent_keys: frozenset[str], lexicons: Lexicons,
                 cues: Sequence[tuple[int, int, str, str]] = ()) -> Token | None:
    """The first content word after the agent, written in lower case (the verb of an English
    statement: "Sylvania *supplied* drones", "Borduria did not *close* its border"), not a word
    of a mode cue (``cues``, :func:`claimcheck.xref.check_mode.mode_cues`: "is *preparing* to
    send" gives "send")."""
    lex = lexicon(lexicons)
    after = content.find(agent)
    after = after + len(agent) if after >= 0 else 0
    for t in content_tokens(content, lex.equivalents, lex.noise, lex.phrases):
        if any(a <= t.start < b for a, b, _i, _m in cues):
            continue
        if t.start >= after and t.key not in agent_keys and t.surface[:1].islower() and not t.key.isdigit():
            return t
    return None


# a quotation inside a query: double quotation marks, or curly single ones around words (not
# an apostrophe: "Rivers' doctor")
_QUOTED_SPAN = re.compile(r"[“\"][^“”\"\n]*[”\"]|(?<!\w)‘[^‘’\n]*’(?!\w)")


def _says_false(claim: str, pc: PreparedClaim, lexicons: Lexicons) -> bool:
    """Whether the query says its content is false or did not happen (the stance lexicon's
    reading of a claim, :attr:`PreparedClaim.negative`), counting a falsity or denial cue only
    where it is said of the content: after it ("… is a hoax", "… Account Fake!") or before the
    subject ("Fake tweet fools …"), not as a verb of it ("Ruritania staged air strikes"), and
    not inside a quotation the claim cites (protesters using the "don't shoot" gesture: the
    negation is the slogan's, the claim is positive)."""
    unquoted = _QUOTED_SPAN.sub(lambda m: " " * len(m.group()), claim)  # quoted words are someone's
    if unquoted != claim:
        claim, pc = unquoted, prepare(unquoted, lexicons)
    falsity = find_cues(claim, ("hoax", "denial"), lexicons=lexicons)
    if not falsity:
        return pc.negative  # a negation in the main clause
    first = _WORDS.search(claim)
    for h in falsity:
        at_start = first is not None and h.start <= first.start()
        if at_start or not re.match(r"\s+[^\W\d_]", claim[h.end:]):
            return True
    return False


def _agent_keys(agent: str | None, lexicons: Lexicons) -> tuple[frozenset[str], tuple[str, ...]]:
    """The word keys that name ``agent`` in a sentence, and its other names (for the search):
    the gazetteer's name, aliases, acronyms, demonyms and metonyms of the actor it is."""
    if not agent:
        return frozenset(), ()
    from claimcheck.xref.gazetteer import gazetteer

    gaz = gazetteer(lexicons)
    names = [agent]
    known = gaz.lookup(agent, is_subject=True)
    state = gaz.demonym_to_state(agent)
    for a in (known, gaz.actors.get(state) if state else None):
        if a is not None:
            names += [a.name, *a.aliases, *a.acronyms, *a.demonyms, *a.metonyms]
    names = list(dict.fromkeys(n for n in names if n))
    keys: set[str] = set()
    for n in names:
        keys |= _keys(n, lexicons)
    return frozenset(keys), tuple(n for n in names if n != agent)


def search_terms(prop: Proposition) -> tuple[list[str], list[str]]:
    """(words, phrases) to look the evidence up with: the query's content words as written, and
    the agent with its other names (each matched word for word)."""
    words = [t.surface for t in prop.prepared.tokens]
    phrases = [prop.agent, *prop.agent_aliases] if prop.agent else []
    return words, phrases
