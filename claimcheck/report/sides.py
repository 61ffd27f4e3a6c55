"""Who takes a side, in words: the one wording of a source for every screen.

The digest, the table's legend, ``show``, the review card, ``check``'s table, the provenance
graph and the HTML report all name a source through :func:`side_label` (or its parts
:func:`side_name` and :func:`kind_word`), so a source reads the same everywhere:

======================  =====================================  =================================
source kind             with a source phrase                    without one ("It was reported")
======================  =====================================  =================================
``named``               ``Norland (named)``                     ``a source not named``
``anonymous``           ``U.S. officials (unnamed)``            ``an unnamed source``
``sources_said``        ``later reports (vague)``               ``an unsourced report``
``unattributed``        ``the outlet's own voice``              ``the outlet's own voice``
======================  =====================================  =================================

"unnamed" is the word the origin labels use (``U.S. officials (unnamed, in World Bulletin)``);
"vague" is the brief's gloss of "sources said" (a vague reference: "sources", "reports", "it
was reported"). The stored data keep the kinds as they are (``anonymous``, ``sources_said``):
this is wording only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from claimcheck.text.tokens import STOP_NAME_START

KIND_WORD = {"named": "named", "anonymous": "unnamed", "sources_said": "vague", "unattributed": "own voice"}
OWN_VOICE = "the outlet's own voice"
# a source without a source phrase, by kind (the analysis stores such a side as "(no source)")
NO_NAME = {"named": "a source not named", "anonymous": "an unnamed source", "sources_said": "an unsourced report"}
NO_NAME_MARKS = frozenset({"", "?", "(no source)", "(no source given)", "(none given)"})
# what a side does to the claim, as the head of a phrase ("asserted by X"), in the order shown
STANCE_PHRASE = (("support", "asserted by"), ("corroborate", "asserted by"), ("deny", "denied by"),
                 ("contradict", "denied by"), ("decline", "no answer from"), ("observe", "reported by"),
                 ("admission", "admitted by"), ("withdrawn", "denial taken back by"),
                 ("unverified", "not verified by"))
# ``admission``: the party the claim is about admits it (its own word, not an independent origin);
# ``withdrawn``: a denial that party took back by a later admission (xref.grade.party_turns);
# ``unverified``: a news medium says it could not verify the claim (xref.grade.stance_of)
KIND_LEGEND = "N named, A unnamed, S vague (“sources said”), U the outlet's own voice"


def kind_word(kind: str | None) -> str:
    """The word for a source kind in parentheses after a name: ``named``, ``unnamed``,
    ``vague``, ``own voice`` (an unknown kind as given, ``_`` read as a space)."""
    k = kind or "sources_said"
    return KIND_WORD.get(k, k.replace("_", " "))


def has_name(name: str | None) -> bool:
    """False for a side without a source phrase (None, empty, the analysis's ``(no source)``)."""
    return (name or "").strip() not in NO_NAME_MARKS


def side_name(name: str | None, kind: str | None) -> str:
    """The name shown for a source: the source phrase as written, or for a side without one the
    words of :data:`NO_NAME` (``an unsourced report`` for "It was reported that …"), or
    :data:`OWN_VOICE` for an unattributed statement."""
    if kind == "unattributed":
        return OWN_VOICE
    if has_name(name):
        words = str(name).split()
        if kind in ("anonymous", "sources_said") and words[0] in STOP_NAME_START and words[0] != "I":
            words[0] = words[0].lower()  # a description, not a name: "no answer from the government spokesman"
        return " ".join(words)
    return NO_NAME.get(kind or "sources_said", NO_NAME["sources_said"])


def side_parts(name: str | None, kind: str | None) -> tuple[str, str]:
    """A source in words as ``(name, suffix)``, for screens that style the two apart:
    ``("Norland", " (named)")``, ``("an unsourced report", "")``, ``("the outlet's own voice", "")``
    (the kind follows a source phrase only: the other forms say it themselves)."""
    if kind == "unattributed" or not has_name(name):
        return side_name(name, kind), ""
    return side_name(name, kind), f" ({kind_word(kind)})"


def side_label(name: str | None, kind: str | None) -> str:
    """A source in words: ``Norland (named)``, ``U.S. officials (unnamed)``, ``later reports
    (vague)``, ``an unsourced report``, ``the outlet's own voice`` (:func:`side_parts` joined)."""
    return "".join(side_parts(name, kind))


def mention_source(m: Mapping[str, Any]) -> tuple[str | None, str]:
    """``(source phrase or None, kind)`` of one mention in the shapes of ``show --format json``
    (``mentions_detail``) and of the exports (``mentions``): ``(None, "unattributed")`` for the
    outlet's own voice, ``(None, "sources_said")`` for an attribution without a source phrase;
    the resolved name is preferred where the shape has one (``name``)."""
    att = m.get("attribution") or {}
    if not att:
        return None, "unattributed"
    src = att.get("source")
    if not src:
        return None, "sources_said"
    return (src.get("name") or src.get("text") or None), str(src.get("kind") or "sources_said")


def sides_line(sources: Iterable[tuple[str, str, str]]) -> str:
    """``(name, kind, stance)`` triples grouped by what they do to the claim, the groups in
    :data:`STANCE_PHRASE` order, each source once and in alphabetical order within its group
    (never in the order of the ids, which change with the extractor version): ``asserted by
    U.S. officials (unnamed) · denied by Norland (named) · no answer from Southia (named)``; ``no
    source given`` when empty.
    An unknown stance is shown as ``<stance>: X``."""
    phrase = dict(STANCE_PHRASE)
    order = list(dict.fromkeys(p for _, p in STANCE_PHRASE))
    groups: dict[str, list[str]] = {}
    for name, kind, stance in sources:
        head = phrase.get(stance, f"{stance}:")
        label = side_label(name, kind)
        if label not in groups.setdefault(head, []):
            groups[head].append(label)
    heads = sorted(groups, key=lambda h: order.index(h) if h in order else len(order))
    return " · ".join(f"{h} {_and(sorted(groups[h], key=str.casefold))}" for h in heads) or "no source given"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
