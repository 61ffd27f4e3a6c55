"""An accusation reduced to its proposition: "X accused Y of ordering the arrests" is the claim
"Y ordered the arrests", Y its agent (likewise "blamed Y for …", "credited Y with …"; ``claims.toml``
``relation:accusation``).  "charged Y with …" is not reduced: a charge is a legal act, checked
against its record, whose allegation is still to be tried; its claim is the whole clause.

The gerund is shown in its finite past form, the one word of a statement that is not copied
from the article (its span is): an irregular verb by the table of ``claims.toml``
``inflection:past`` (``"being>was|were"``: the plural after the bar), any other by the regular
rule: ``-ing`` becomes ``-ed`` ("ordering" → "ordered", "planning" → "planned", "staging" →
"staged", the stem's doubled consonant or lost "e" come out right), a consonant + ``-ying``
becomes ``-ied`` ("supplying" → "supplied"), ``-eeing`` becomes ``-eed`` ("agreeing" →
"agreed").  Why the past: the accusation reports a deed done before it; the past simple does
not inflect for person, so the agent's number matters for "being" ("was"/"were") only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Lexicons
from claimcheck.model import Attribution, Span
from claimcheck.parse.claims.cues import rules


@dataclass(frozen=True, slots=True)
class Past:
    """In a statement's list of parts: the next part's first word is a gerund shown in its
    finite past form (plural: the agent is plural, "were" for "being")."""

    plural: bool = False


def past_forms(lex: Lexicons) -> dict[str, tuple[str, str]]:
    """The irregular past forms of ``claims.toml`` ``inflection:past``: gerund → (singular,
    plural).  Raises :class:`LexiconError` on a form that is not ``"gerund>past"`` or
    ``"gerund>singular|plural"``."""
    return lex.derive(_build_past_forms)


def _build_past_forms(lex: Lexicons) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for e in lex["claims"]:
        for f in e.get("forms") or ():
            gerund, sep, past = f.partition(">")
            if not sep or not gerund.strip() or not past.strip():
                raise LexiconError(f"{e.label}: form {f!r} is not 'gerund>past'")
            sg, _, pl = past.partition("|")
            out[gerund.strip().lower()] = (sg.strip(), (pl or sg).strip())
    return out


def past_words(lex: Lexicons) -> re.Pattern[str]:
    """The irregular past forms of ``inflection:past`` as one pattern (a finite verb: "broke",
    "fled", "rode"), for the loose predicate test of a proposition."""
    return lex.derive(_build_past_words)


def _build_past_words(lex: Lexicons) -> re.Pattern[str]:
    words = sorted({w for pair in past_forms(lex).values() for w in pair}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.I)


_VOWELS = frozenset("aeiou")


def past_form(gerund: str, lex: Lexicons, plural: bool = False) -> str:
    """The finite past form of an English ``-ing`` form (see the module docstring); the case of
    the first letter is kept.  A word not ending in "ing" is returned as it is."""
    low = gerund.lower()
    if not low.endswith("ing") or len(low) < 5:
        return gerund
    table = past_forms(lex)
    if low in table:
        out = table[low][1 if plural else 0]
    elif low.endswith("eeing"):
        out = low[:-3] + "d"  # agreeing → agreed
    elif low.endswith("ying") and len(low) > 5 and low[-5] not in _VOWELS:
        out = low[:-4] + "ied"  # supplying → supplied (playing → played below)
    else:
        out = low[:-3] + "ed"
    return out[:1].upper() + out[1:] if gerund[:1].isupper() else out


def plural_agent(who: str) -> bool:
    """Is the agent ``who`` (a noun phrase's text) plural: its head ends in a plural -s ("rebels",
    not "Paris" or "Brus") or it coordinates with "and"; chooses "were" over "was" for "being"."""
    return bool(_PLURAL_HEAD.search(who))


_PRONOUN_OBJECTS = frozenset(("him", "her", "them", "it", "us", "me", "you"))
_PLURAL_HEAD = re.compile(r"(?:^|\s)(?-i:[a-z][\w’'\-]*[^su\W]s)$|\sand\s", re.I)


def accused_parts(text: str, body: Span, a: Attribution, lex: Lexicons,
                  antecedent: Span | None = None) -> list[Span | Past] | None:
    """The parts of "Y DID C" for the content ``body`` of an accusation "X accused | Y of DOING
    C" (cue and content next to each other): ``[Y, Past(plural), DOING C]``.  Y a pronoun: he or
    she stands for ``antecedent`` (the person before), else the accusation is left as it is.
    None when the content is no such accusation."""
    if text[a.cue.end:body.start].strip():
        return None
    m = rules(lex).accusation.search(text, a.cue.start, body.end)
    if m is None or m.start() >= a.cue.end or m.end() <= body.start or m.start("who") < body.start:
        return None
    ws, we = m.span("who")
    who = Span(ws, we, text[ws:we])
    if rules(lex).possessive_subject.match(who.text):
        return None  # "accused her parents of …": whose parents is not known here
    if who.text.lower() in _PRONOUN_OBJECTS:
        if who.text.lower() not in ("him", "her") or antecedent is None:
            return None
        who = antecedent
    past = Past(plural_agent(who.text))
    out: list[Span | Past] = [who]
    lo = m.end()
    for c in _COORDINATED.finditer(text, lo, body.end):
        if _NOT_VERBAL.match(c.group("verb")):
            continue
        # "of supplying weapons and (of) planning a raid": both gerunds are finite, "of" left out
        out += [past, Span(lo, c.start("prep"), text[lo:c.start("prep")].rstrip())]
        lo = c.start("verb")
    return [*out, past, Span(lo, body.end, text[lo:body.end])]


def passive_accused_parts(text: str, body: Span, a: Attribution, sent_start: int,
                          lex: Lexicons) -> list[Span | Past] | None:
    """The parts of "X DID C" for the content ``body`` ("of DOING C") of a passive accusation
    "X (was) accused | of DOING C" whose sentence starts at ``sent_start`` (``claims.toml``
    ``relation:passive_accusation``; the accuser unnamed, :mod:`claimcheck.parse.attributions.headlines`):
    ``[X, Past(plural), DOING C]``.  None when the sentence is no such accusation or its cue
    is not ``a``'s."""
    from claimcheck.parse.attributions.headlines import passive_accusation

    if a.source is not None and a.source.span is not None:
        return None
    # matched on the sentence itself: the pattern's "^" is the sentence's start (a body sentence too,
    # not only a headline at offset 0: src26)
    m = passive_accusation(lex).match(text[sent_start:body.end])
    if m is None:
        return None
    cs, ce, end = sent_start + m.start("cue"), sent_start + m.end("cue"), sent_start + m.end()
    # the cue may hold the auxiliary before the participle ("was accused", "has been blamed")
    if not (a.cue.start <= cs and ce == a.cue.end) or end > body.end or end <= body.start:
        return None
    ws, we = sent_start + m.start("who"), sent_start + m.end("who")
    who = Span(ws, we, text[ws:we])
    return [who, Past(plural_agent(who.text)), Span(end, body.end, text[end:body.end])]


# a second gerund of the accusation: after "and/or" and the preposition again ("and of planning"),
# or right after "and/or" when it takes an object or a complement ("and planning a raid", not
# "and training camps")
_COORDINATED = re.compile(r"\s(?:and|or)(?P<prep>\s+(?:(?:of|for|with)\s+(?=[a-z]{2,}ing\b)|(?=[a-z]{2,}ing\s+(?:a|an|the|his|"
                          r"her|its|their|our|my|your|this|that|these|those|to|on|in|at|into|with|from|for|them|him|"
                          r"it|us|me)\b)))(?P<verb>[a-z]{2,}ing)\b")
_NOT_VERBAL = re.compile(r"(?:nothing|something|anything|everything|during|thing|king|ring|spring|string|wing|"
                         r"building|meeting|ceiling|wedding|morning|evening)$")
