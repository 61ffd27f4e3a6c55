"""Rule 5 of actor resolution, acronyms: "RNA" may be the "Ruritanian National Army" of the same
store, and a surname written another way must keep its consonants (rule 3's guard).

Pure functions over the working graph of :mod:`claimcheck.xref.actor_graph`; no actor names.

An acronym is one word as written of 2-6 letters, beginning with a capital and holding at least
two ("RNA", "R.N.A.", "HoR", "RNA's"), that the gazetteer does not know (a known acronym is
settled by rule 0).  Its expansion is a name of two or more words written with capitals whose
initials spell it, with the function words or without them ("House of Representatives" is "HoR"
and "HR").  An acronym is *proposed*, never merged, with each actor of the store whose name
expands it (score 1/k for k such actors): an acronym can stand for several names, and the
brief leaves such merges to a human.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from rapidfuzz.distance import Indel

from claimcheck.xref.actor_graph import MentionGraph
from claimcheck.xref.names import skeleton_words

if TYPE_CHECKING:
    from claimcheck.xref.actors import ActorResolver

_ACRONYM = re.compile(r"^((?:[A-Z]\.?)(?:[A-Za-z]\.?){1,5})(?:['’]s?)?[-.]*$")
_FUNCTION = frozenset(("of", "and", "for", "on", "in", "the", "de", "la", "le", "el", "al", "du", "des", "y", "to"))
_SPLIT = re.compile(r"[\s\-]+")
_POSSESSIVE = re.compile(r"['’]s?$")


def acronym_letters(text: str) -> str | None:
    """The folded letters of an acronym as written ("R.N.A." → "rna", "HoR" → "hor", "RNA's"
    → "rna"), or None for a text that is no acronym (one capital: "Ruritania"; two words)."""
    m = _ACRONYM.match(text.strip())
    if m is None:
        return None
    letters = m.group(1).replace(".", "")
    if sum(ch.isupper() for ch in letters) < 2 or not 2 <= len(letters) <= 6:
        return None
    return letters.lower()


def expansions(text: str) -> tuple[str, ...]:
    """The acronyms a name written in full may have: the initials of all its words and of its
    words that are no function word ("House of Representatives" → ("hor", "hr")); none for a
    name of one word, or with a lower-case word that is no function word ("the army chief")."""
    words = [_POSSESSIVE.sub("", w) for w in _SPLIT.split(text.strip()) if w]
    words = [w for w in words if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not all(w[0].isupper() or w.lower() in _FUNCTION for w in words):
        return ()
    content = [w for w in words if w.lower() not in _FUNCTION]
    if len(content) < 2:
        return ()
    return tuple(dict.fromkeys(("".join(w[0] for w in words).lower(), "".join(w[0] for w in content).lower())))


def propose_acronyms(g: MentionGraph, r: ActorResolver) -> None:
    """Rule 5: propose an acronym with each actor whose name expands it (score 1/k for k of
    them; reason "acronym"), unless they are one actor already, may not be one by type, or a
    human split them."""
    expanded: dict[str, list[tuple[str, str]]] = defaultdict(list)  # letters → (node, text)
    acronyms: list[tuple[str, str, str]] = []  # (node, text, letters)
    for node in sorted(g.texts):
        for text in sorted(g.texts[node]):
            letters = acronym_letters(text)
            if letters is not None:
                if not node.startswith("g:"):
                    acronyms.append((node, text, letters))
                continue
            for x in expansions(text):
                expanded[x].append((node, text))
    for node, text, letters in acronyms:
        roots: dict[str, str] = {}
        for other, full in expanded.get(letters, ()):
            if g.uf.find(other) != g.uf.find(node) and g.compatible(node, other):
                roots.setdefault(g.uf.find(other), full)
        for root, full in sorted(roots.items(), key=lambda x: x[1]):
            g.proposals.append((node, root, text, full, round(1 / len(roots), 3), "acronym"))


def consonants_agree(a: str, b: str, r: ActorResolver) -> bool:
    """Rule 3's guard for a surname alone against another name's surname: the two words (as
    transliteration keys) keep one consonant skeleton (``names.toml``'s ``skeleton`` rewrites:
    vowels, doubled letters, g/q/k and h-digraphs are what transliteration varies), or two
    skeletons of at least four consonants nearly (``token_floor``).  "Kadhafi" / "Qaddafi"
    agree; "Qaeda" / "Qaddafi" do not: a similarity score alone over-rates short names."""
    sa, sb = skeleton_words(a, r.rules), skeleton_words(b, r.rules)
    if sa == sb:
        return True
    return min(len(sa), len(sb)) >= 4 and Indel.normalized_similarity(sa, sb) >= r.th.token_floor
