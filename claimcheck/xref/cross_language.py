"""The cross-language content test of clustering: claims in two languages that state one thing.

Two claims in different languages share almost no words, so the content similarity that joins
claims of one language (:func:`claimcheck.xref.cluster.matches`) cannot join them.  They state
the same proposition when (:func:`cross_match`):

- they name the same **action class** (the per-language ``action`` entries of ``lang/<code>.toml``
  map to the ids of ``actions.toml``: "frappes aériennes", "bombardeos", "air strikes");
- their **propositions have one polarity**: a claim's own polarity, turned over for a denial
  (a denial of "Kavar sent troops" is about the positive proposition; it joins the allegation
  and the cluster is contradicted, as within a language);
- they name the **same actors**, in the **same roles**: of the actors named in more than one
  language in the corpus, the claim naming fewer has all its actors among the other's (a word
  taken for a name in one language only does not count: German capitalises its common nouns,
  "Truppen"; a sentence opens with "Instructors"; an actor that only one language names does not
  count either, the price of that),
  and an actor that is the agent of one (named first, or after a passive's agent marker: "par",
  "by") is the agent of the other (a denial's roles are not known: "denied sending" and
  "denied receiving" both have the denier first);
- they **do not conflict on numbers, dates or places** where both state them: numbers are
  digits in any language (both give numbers and share none: different claims); the dates they
  refer to (else their articles') lie within the action class's window (event classes; an event
  whose date is not known at all joins no dated one across languages: it could be any meeting
  of its actors); for every class, when both state a date, the periods they name overlap
  ("2026-03" and "2026-03-12"; "2026-W11", a week, and "2026-03-12"; as within a language, :func:`claimcheck.xref.cluster.dates_differ`); places are actors, resolved through the
  gazetteer and the transliteration keys, so a place one names and the other does not is the
  actor test's to refuse.

Claims of one language, of an article whose language was not determined ("und"), or of a
language without claim rules are never compared by this test: clustering within a language is
unchanged.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimcheck.lexicons import Lexicons
from claimcheck.model import ClaimRecord
from claimcheck.parse.claims.dates import dates_conflict

if TYPE_CHECKING:
    from claimcheck.xref.cluster import Features, Thresholds

_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Cross:
    """What the cross-language test compares of one claim."""

    lang: str
    mentions: tuple[frozenset[str], ...]  # per actor mention, its keys (all of them; filtered later)
    agent: frozenset[str]  # the agent's keys (empty: none known)
    negative: bool  # the proposition's polarity (a denial's turned over)
    numbers: frozenset[str]
    refers_to: str | None  # as stated in the claim (not the article's date)


def cross_features(claims: Sequence[ClaimRecord], feats: Sequence[Features],
                   actor_keys: Callable[[str], Sequence[str]], lexicons: Lexicons) -> list[Features]:
    """``feats`` with :attr:`Features.cross` set for every claim whose article is in English or
    a language with claim rules (``lang/<code>.toml`` action entries), when the claims are in
    more than one of them (else ``feats`` unchanged; "und", undetermined, is none).  An actor key
    counts only when claims of two languages or more name it."""
    from claimcheck.parse.claims.lang import agent_of, claim_rules, demonym_forms, passive_agent_words

    known = {"en", *claim_rules(lexicons)}  # languages whose claims get action classes of their own
    langs = {c.language for c in claims if c.language in known}
    if len(langs) < 2:
        return list(feats)
    seen: dict[str, set[str]] = defaultdict(set)
    per: list[tuple[tuple[str, ...], tuple[frozenset[str], ...]] | None] = []
    for c in claims:
        if c.language not in known:
            per.append(None)
            continue
        names = list(c.actors)
        if c.act == "deny" and c.source_name and c.source_name not in names:
            names.append(c.source_name)
        ks = tuple(frozenset(actor_keys(m)) for m in names)
        for k in ks:
            for key in k:
                seen[key].add(c.language)
        per.append((tuple(names), ks))
    _script_names(claims, per, seen, actor_keys, lexicons)
    shared = {k for k, v in seen.items() if len(v) > 1}
    out = list(feats)
    markers: dict[str, frozenset[str]] = {}
    demonyms: dict[str, dict[str, str]] = {}
    for i, c in enumerate(claims):
        got = per[i]
        if got is None or c.language is None:
            continue
        names, ks = got
        keep = [(n, k & shared) for n, k in zip(names, ks, strict=True) if k & shared]
        if c.act == "deny":  # the denier may be the agent ("denied sending") or not ("denied receiving")
            agent = frozenset()
        else:
            if c.language not in markers:
                markers[c.language] = passive_agent_words(lexicons, c.language)
                demonyms[c.language] = demonym_forms(lexicons, c.language)
            a = agent_of(c.text, list(names), markers[c.language], demonyms[c.language])  # over every actor named
            agent = ks[a] & set().union(*(k for _, k in keep)) if a is not None and keep else frozenset()
        negative = (c.polarity == "negative") != (c.act == "deny")
        cross = Cross(c.language, tuple(k for _, k in keep), agent, negative, frozenset(_DIGITS.findall(c.text)),
                      c.refers_to)
        if not feats[i].keys and ks:  # names found by their skeleton only (Arabic): the claim's blocks
            out[i] = replace(feats[i], keys=tuple(sorted(set().union(*ks))), cross=cross)
        else:
            out[i] = replace(feats[i], cross=cross)
    return out


def cross_match(f: Features, r: Features, th: Thresholds, windows: dict[str, int]) -> float:
    """``th.same_action`` when claim ``f`` and representative ``r``, in different languages,
    state one proposition (the module docstring's rule), else 0.0."""
    a, b = f.cross, r.cross
    if a is None or b is None or not f.group or f.group != r.group or a.negative != b.negative:
        return 0.0
    if not a.mentions or not b.mentions:
        return 0.0
    small, large = (a, b) if len(a.mentions) <= len(b.mentions) else (b, a)
    keys = set().union(*large.mentions)
    if not all(m & keys for m in small.mentions):
        return 0.0
    both = set().union(*a.mentions) & set().union(*b.mentions)
    if a.agent and b.agent and any((k in a.agent) != (k in b.agent) for k in both):
        return 0.0  # "Kavar bombed Sarné" is not "Sarné bombed Kavar"
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return 0.0
    w = windows.get(f.group)
    if w is not None and (f.day is None) != (r.day is None):
        return 0.0  # an event of unknown date may be any of those of its actors: not across languages
    if w is not None:
        from claimcheck.xref.cluster import days_apart

        gap = days_apart(f, r)
        if gap is not None and gap > w:
            return 0.0
    if dates_conflict(a.refers_to, b.refers_to):
        return 0.0  # two stated dates that differ: two events (or states), whatever the window
    return th.same_action


MIN_SKELETON = 3  # consonants a name's skeleton needs before a word of a script without capitals meets it
_LETTERS = re.compile(r"[^\W\d_]+")


def _script_names(claims: Sequence[ClaimRecord], per: list, seen: dict[str, set[str]],
                  actor_keys: Callable[[str], Sequence[str]], lexicons: Lexicons) -> None:
    """Actors of claims written in a script without capital letters (Arabic), where no proper
    noun can be seen: a run of one to three words whose consonant skeleton (``names.toml``,
    :func:`claimcheck.xref.names.skeleton_key`) is that of exactly one actor named in a claim of
    another script ("كافار" / "Kavar": "kfr"), a clitic of ``name_prefix`` written onto its first
    word or not ("لكافار").  Adds them to ``per`` (names, keys) and ``seen`` in place."""
    from claimcheck.parse.claims.lang import name_prefixes
    from claimcheck.xref.gazetteer import normalise
    from claimcheck.xref.names import name_rules, skeleton_key, unvowelled

    rules = name_rules(lexicons)
    todo = [i for i, c in enumerate(claims) if per[i] is not None and unvowelled(c.text, rules)]
    if not todo:
        return
    skel: dict[str, set[frozenset[str]]] = defaultdict(set)
    skeleton_of: dict[str, str] = {}  # per distinct name (names recur across claims: 40 % of this step)
    todo_set = set(todo)
    for i, c in enumerate(claims):
        if per[i] is None or i in todo_set:
            continue
        for name, ks in zip(*per[i], strict=True):
            sk = skeleton_of.get(name)
            if sk is None:
                sk = skeleton_of[name] = skeleton_key(normalise(name, lexicons), rules)
            if ks and len(sk.replace(" ", "")) >= MIN_SKELETON:
                skel[sk].add(ks)
    for i in todo:
        c = claims[i]
        prefixes = name_prefixes(lexicons, c.language)
        words = _LETTERS.findall(c.text)
        names, ks = list(per[i][0]), list(per[i][1])
        k = 0
        while k < len(words):
            for n in (3, 2, 1):
                if k + n > len(words):
                    continue
                first = words[k]
                found = None
                for w in [first] + [first[len(p):] for p in prefixes if first.startswith(p) and len(first) > len(p) + 2]:
                    got = skel.get(skeleton_key(normalise(" ".join([w, *words[k + 1:k + n]]), lexicons), rules))
                    if got is not None and len(got) == 1:
                        found = next(iter(got))
                        break
                if found is not None:
                    names.append(" ".join(words[k:k + n]))
                    ks.append(found)
                    for key in found:
                        seen[key].add(c.language or "")
                    k += n - 1
                    break
            k += 1
        per[i] = (tuple(names), tuple(ks))
