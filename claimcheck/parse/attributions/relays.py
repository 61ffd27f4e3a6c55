"""Relays: who passed a statement on, read from the phrases around a source (the ``via`` chain).

Three English constructions name a relay beside the speaker; each makes the relay a ``via`` of
the speaker's attribution and never a source of its own (issue 9, origins: "according to X,
cited by Y" gave an empty via chain, and "X said, as quoted by Y" a second source Y):

* a **relay participle** right after the source or its cue, after a comma, perhaps after "as"
  ("C, according to X, cited by Y"; "C, X said, as quoted by Y"): ``relay`` words of
  ``phrases.toml``, followed by "by";
* **citing** ("Y, citing X, said C"; "Y reported, citing X, that C"): ``citing`` and
  ``quoting`` words; after ``citing`` X must
  be a source (a capitalised name, or a head word the roles or anonymity lexicons know), not a
  reason ("citing security concerns": read as before);
* a **relay relative** after the addressee of "told" ("X told Y, which reported that C"):
  ``relay_relative`` words after "which" / "who"; C is the content.

Runs on the drafts of one sentence, before the outermost are kept (``driver``); changes them in
place and returns those left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.lexicons import Lexicons
from claimcheck.parse.attributions.phrases import np_forward
from claimcheck.parse.attributions.state import Doc, Draft
from claimcheck.parse.attributions.tokens import Toks
from claimcheck.parse.patterns import phrase_words


CITED_MAX = 8  # tokens of the X of "citing X," (to its comma)


@dataclass(frozen=True, slots=True)
class Relays:
    """The ``relay``, ``citing``, ``quoting`` and ``relay_relative`` words of ``phrases.toml``
    compiled: ``after`` matches ", (as) cited by " at a position, ``citing`` and ``quoting``
    are the cue words (what is quoted is always a source; what is cited may be a reason),
    ``relative`` matches "which reported (that)" at the start of a content."""

    after: re.Pattern[str] | None
    citing: frozenset[str]
    relative: re.Pattern[str] | None
    quoting: frozenset[str] = frozenset()


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


def build_relays(lex: Lexicons) -> Relays:
    """Compile the relay words of ``phrases.toml`` (use ``lex.derive(build_relays)``)."""
    words = phrase_words(lex)
    tags = rf"|(?:{_alt(words['relay_tag'])})" if words["relay_tag"] else ""
    after = re.compile(rf"\s*,\s*(?:(?:as\s+)?(?:{_alt(words['relay'])})\s+by{tags})\s+", re.I) if words["relay"] else None
    relative = (re.compile(rf"(?:which|who)\s+(?:{_alt(words['relay_relative'])})\b(?:\s+that\b)?\s*,?\s*", re.I)
                if words["relay_relative"] else None)
    return Relays(after, frozenset(words["citing"]), relative, frozenset(words["quoting"]))


def _is_source(doc: Doc, t: Toks, i: int, e: int) -> bool:
    """Is the noun phrase of tokens ``i`` to ``e`` a possible source: a capitalised word past
    its determiner, or a head word the roles or anonymity lexicons know ("officials", "the
    ministry")?"""
    words = t.words[i:e]
    if any(w[:1].isupper() for w in words[1:]) or (words and words[0][:1].isupper() and len(words) == 1):
        return True
    head = words[-1].lower() if words else ""
    return head in doc.words.anon_kind or head in doc.words.types


_PREPOSITIONS = frozenset(("from", "of", "in", "on", "at", "to", "with", "by", "about"))
CLAUSE_GAP = 80  # characters between a speech verb and ", citing X" in one clause ("said on Monday, citing")
_QUOTE_OR_STOP = re.compile(r"[\"“”«»;:.!?]")


def _same_clause(text: str, main: Draft, d: Draft, x_end: int) -> bool:
    """Is ``main`` the speech verb ``citing X`` belongs to: its cue ends shortly before the
    participle ("Y said on Monday, citing X, that C"), or starts right after X's comma ("Y,
    citing X, said C"), with no quotation mark nor clause stop between?"""
    if main.cue[1] <= d.cue[0]:
        gap = text[main.cue[1]:d.cue[0]]
    elif main.cue[0] >= x_end:
        gap = text[x_end:main.cue[0]]
    else:
        return False
    return len(gap) <= CLAUSE_GAP and _QUOTE_OR_STOP.search(gap) is None


def _skip_to_content(text: str, pos: int, end: int) -> int:
    """``pos`` past commas, spaces and a "that" opening a content."""
    m = re.compile(r"[\s,]*(?:that\b)?\s*").match(text, pos, end)
    return m.end() if m else pos


def _cut_contents(d: Draft, a: int, b: int, to: int) -> None:
    """Contents of ``d`` that start in ``[a, b)`` start at ``to`` (dropped when then empty)."""
    out = []
    for ca, cb in d.content:
        if a <= ca < b:
            ca = max(ca, to)
        if cb > ca:
            out.append((ca, cb))
    d.content[:] = out


def _drop_inside(drafts: list[Draft], keep: Draft, a: int, b: int) -> list[Draft]:
    """``drafts`` without those (other than ``keep``) whose cue lies in ``[a, b)``."""
    return [x for x in drafts if x is keep or not (a <= x.cue[0] < b)]


def _relay_in_source(doc: Doc, t: Toks, d: Draft, out: list[Draft], after: re.Pattern[str]) -> list[Draft]:
    """"X, as quoted by Y, said C" / "X, quoted by Y, said C": a relay phrase inside the source's
    own span (read back from the cue past the commas) ends the source at its comma; Y becomes a
    via and the drafts made of the relay phrase ("quoted" with the source Y) are dropped (stop 24)."""
    assert d.src is not None
    m = after.search(doc.text, d.src[0], d.src[1])
    if m is None or m.start() <= d.src[0]:
        return out
    i = t.at(m.end())
    e = np_forward(t, i, len(t.words), doc.words)
    if e <= i or t.ends[e - 1] > d.src[1]:
        return out
    via = (t.starts[i], t.ends[e - 1])
    if via not in d.via:
        d.via.append(via)
    d.src = (d.src[0], m.start())
    d.src_end = None if d.src_end is None or d.src_end > m.start() else d.src_end
    if d.descriptor is not None and d.descriptor[1] > m.start():
        d.descriptor = None
    return _drop_inside(out, d, m.start(), via[1])


def relay_vias(doc: Doc, t: Toks | None, drafts: list[Draft], relays: Relays) -> list[Draft]:
    """The drafts of one sentence with their relays read (see the module docstring): each relay
    a ``via`` of the speaker's draft, the drafts a relay phrase made of the relay dropped."""
    if t is None or not drafts:
        return drafts
    text = doc.text
    end = doc.sentences[drafts[0].si].end
    n = len(t.words)
    out = list(drafts)
    for d in list(out):
        if d not in out or d.src is None:
            continue
        if relays.after is not None and d.src[1] <= d.cue[0] and text.find(",", d.src[0], d.src[1]) >= 0:
            out = _relay_in_source(doc, t, d, out, relays.after)
        # "C, according to X, cited by Y" / "C, X said, as quoted by Y"
        if relays.after is not None:
            ends = {d.src[1], d.cue[1]}
            if d.frame == "tell" and (e0 := np_forward(t, t.at(d.cue[1]), n, doc.words)) > t.at(d.cue[1]):
                ends.add(t.ends[e0 - 1])  # "C, X told reporters, according to Y": after the addressee
            for pos in sorted(ends):
                m = relays.after.match(text, pos, end)
                if m is None:
                    continue
                i = t.at(m.end())
                e = np_forward(t, i, n, doc.words)
                if e <= i:
                    continue
                via = (t.starts[i], t.ends[e - 1])
                if via not in d.via:
                    d.via.append(via)
                _cut_contents(d, m.start(), via[1], _skip_to_content(text, via[1], end))
                out = _drop_inside(out, d, m.start(), via[1])
                break
        # "Y, citing X, said C" / "Y reported, citing X, that C"
        cue = text[d.cue[0]:d.cue[1]].lower()
        if cue in relays.citing or cue in relays.quoting:
            i = t.at(d.cue[1])
            e = next((k for k in range(i, min(n, i + CITED_MAX + 1)) if t.words[k] == ","), i)  # X runs to its comma
            if e <= i:
                continue
            if t.words[i].lower() in _PREPOSITIONS:  # "quoting from scholars, X argued": X's own argument
                continue
            main = next((x for x in out if x is not d and x.src == d.src and x.cue != d.cue
                         and _same_clause(text, x, d, t.ends[e])), None)
            if main is None:
                continue
            if cue not in relays.quoting and not _is_source(doc, t, i, e):  # "citing security concerns": a reason
                continue
            speaker = (t.starts[i], t.ends[e - 1])
            main.via.append(d.src)
            main.src, main.src_end, main.descriptor, main.resolved, main.anaphor_of, main.kind_hint = (
                speaker, None, None, None, None, None)
            _cut_contents(main, d.cue[0], t.ends[e], _skip_to_content(text, t.ends[e], end))
            out = [x for x in out if x is not d]
            continue
        # "X told Y, which reported that C"
        if relays.relative is not None and d.via and d.content:
            ca, cb = d.content[0]
            m = relays.relative.match(text, ca, cb)
            if m is None or m.end() >= cb:
                continue
            d.content[0] = (m.end(), cb)
            out = _drop_inside(out, d, ca, m.end())
    return out
