"""What ``check`` reads of a proposition beyond its agent and action: the *mode* of its action
(a deed done, planned, offered or sought) and a reporter's *question* (what it asks is no
assertion).  Rules as data in ``lexicons/check.toml``; used by :mod:`claimcheck.xref.check`.

A typed claim and a unit of evidence state the same proposition only when their actions are in
the same mode: "Ruritania is preparing to send tanks" is no evidence, for or against, that
Ruritania sent tanks; "Sylvania has offered military training" none that Sylvania trained
anyone.  The mode of an action word is that of a ``mode`` entry ending at most
:data:`GAP_WORDS` words before it with no punctuation between ("offers *military* training",
"is preparing to *send*"), else ``done``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Lexicons

DONE = "done"
MODES = (DONE, "planned", "offered", "sought")
GAP_WORDS = 3  # words a mode cue may stand before the action word it governs ("offers military training")
_WORD = r"(?:[^\W\d_][\w’'-]*|\d+(?:[.,]\d+)*)"  # a word or a numeral ("send 30 tanks", "1,000 troops")
_GAP = re.compile(r"^(?:\s+%s){0,%d}\s+$" % (_WORD, GAP_WORDS))
# after a cue ending with an infinitive's "to" ("offered to | send 30 tanks") the verb it governs
# is free: the gap may hold it and GAP_WORDS words more
_GAP_AFTER_TO = re.compile(r"^\s+[^\W\d_][\w’'-]*(?:\s+%s){0,%d}\s+$" % (_WORD, GAP_WORDS))
_ENDS_TO = re.compile(r"\bto$", re.I)
_QUESTION_END = re.compile(r"[,;?]|$")


@dataclass(frozen=True, slots=True)
class CheckRules:
    """``check.toml`` compiled: (id, mode, pattern) of each ``mode`` entry, and the patterns
    of the ``question`` entries."""

    modes: tuple[tuple[str, str, re.Pattern[str]], ...]
    questions: tuple[tuple[str, re.Pattern[str]], ...]
    doers: tuple[tuple[str, re.Pattern[str]], ...] = ()  # ``doer``: before a name, make it the one who acts
    recipients: tuple[tuple[str, re.Pattern[str]], ...] = ()  # ``recipient``: before a name, make it the one acted for
    taken_back: tuple[tuple[str, re.Pattern[str]], ...] = ()  # ``taken_back``: before a denial word, a denial taken back


def rules(lexicons: Lexicons) -> CheckRules:
    """``check.toml`` of ``lexicons``, compiled once.  Raises LexiconError for an unknown kind
    or mode."""
    return lexicons.derive(_build)


def _build(lexicons: Lexicons) -> CheckRules:
    modes, questions, doers, recipients, taken_back = [], [], [], [], []
    for e in lexicons["check"]:
        rx = re.compile(e["pattern"], 0 if e.get("case_sensitive") else re.I)
        if e["kind"] == "mode":
            if e.get("mode") not in MODES[1:]:
                raise LexiconError(f"check.toml: {e.label}: mode must be one of {', '.join(MODES[1:])}")
            modes.append((e["id"], e["mode"], rx))
        elif e["kind"] in ("question", "doer", "recipient", "taken_back"):
            if e["kind"] != "question" and not e["pattern"].endswith("$"):
                raise LexiconError(f"check.toml: {e.label}: a {e['kind']} pattern must end with $ (it is read before a word)")
            {"question": questions, "doer": doers, "recipient": recipients,
             "taken_back": taken_back}[e["kind"]].append((e["id"], rx))
        else:
            raise LexiconError(f"check.toml: {e.label}: kind must be 'mode', 'question', 'doer', 'recipient' "
                               "or 'taken_back'")
    return CheckRules(tuple(modes), tuple(questions), tuple(doers), tuple(recipients), tuple(taken_back))


def mode_cues(text: str, lexicons: Lexicons) -> list[tuple[int, int, str, str]]:
    """Every mode cue of ``text``: (start, end, entry id, mode)."""
    return sorted((m.start(), m.end(), eid, mode) for eid, mode, rx in rules(lexicons).modes
                  for m in rx.finditer(text))


def mode_at(text: str, at: int, lexicons: Lexicons, cues: Sequence[tuple[int, int, str, str]] | None = None) -> str:
    """The mode of the action word that starts at ``at`` in ``text``: that of a mode cue it
    starts inside ("offered *to train*"), else of the nearest one ending before it with at most
    :data:`GAP_WORDS` words (numerals count as words) and no punctuation between, else
    :data:`DONE`.  A cue ending with "to" also governs its infinitive's verb and its object:
    "has offered to | send 30 | tanks" (the action class matching at "tanks") is an offer
    (stop 25: the numeral broke the gap and the offer counted as the deed)."""
    best = None
    for start, end, _id, mode in cues if cues is not None else mode_cues(text, lexicons):
        if start <= at < end:
            return mode  # the action's match begins inside the cue ("offered *to train*")
        if end <= at and (_GAP.match(text[end:at])
                          or (_ENDS_TO.search(text, start, end) and _GAP_AFTER_TO.match(text[end:at]))):
            if best is None or end > best[0]:
                best = (end, mode)
    return best[1] if best else DONE


def action_spans(text: str, action: str | None, keys: Iterable[tuple[int, str]], lexicons: Lexicons) -> list[int]:
    """Where the action is told in ``text``: the starts of the words in ``keys`` ((start, key)
    of the tokens that are the action word or its contrary) and of the matches of the action
    class ``action`` (``actions.toml``), in order."""
    out = {start for start, _ in keys}
    if action is not None:
        from claimcheck.parse.claims.cues import _actions_regex

        rx, names = _actions_regex(lexicons)
        for m in re.compile(rx.pattern, re.I).finditer(text):
            if m.lastgroup and names[int(m.lastgroup[1:])] == action:
                out.add(m.start())
    return sorted(out)


def mode_of(text: str, starts: Sequence[int], lexicons: Lexicons) -> str:
    """The mode of the action told at ``starts`` (:func:`action_spans`): the mode at its first
    telling (a unit names its action once, then may say more of it); :data:`DONE` when it is
    not told."""
    if not starts:
        return DONE
    return mode_at(text, starts[0], lexicons)


def question_spans(text: str, lexicons: Lexicons) -> list[tuple[int, int]]:
    """The spans of ``text`` that a reporter's question holds: from each ``question`` cue of
    ``check.toml`` to the next comma, semicolon, question mark or the end."""
    out = []
    for _id, rx in rules(lexicons).questions:
        for m in rx.finditer(text):
            end = _QUESTION_END.search(text, m.end())
            out.append((m.start(), end.start() if end else len(text)))
    return out


def asked_not_said(record_text: str, sentence: str, positions: Sequence[int], lexicons: Lexicons) -> bool:
    """Whether what a unit holds of the claim is a reporter's question ("Asked if Ruritania had
    used …, the minister said …"): most (two thirds) of ``positions`` (starts of the claim's
    words in ``record_text``) lie inside a question span of its ``sentence``.  A question is no
    assertion: its content supports nothing and contradicts nothing."""
    spans = question_spans(sentence, lexicons)
    if not spans or not positions:
        return False
    offset = sentence.find(record_text) if record_text else -1
    if offset < 0:
        return False
    inside = sum(1 for p in positions if any(a <= p + offset < b for a, b in spans))
    return inside * 3 >= len(positions) * 2
