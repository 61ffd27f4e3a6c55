"""What a he/she/his/her may stand for: agreement and distance (issue 9 item 1, text27).

A pronoun's subject is recovered only from a grammatically licensed antecedent nearby
(``extract._person_before``): a person, never an outlet or a place that modifies a group noun,
at most two paragraphs before and no heading between, and only when no other noun of the pronoun's gender
stands between the antecedent and the pronoun.  The words are data (``claims.toml``, sets
``antecedent:*``, each with examples):

* ``antecedent:female`` / ``antecedent:male``: singular nouns of persons of one gender ("the
  nun", "his wife", "the gunman"): a rival antecedent for she/her or he/his/him;
* ``antecedent:name_modifier``: a lower-case noun right after a name that makes the name its
  modifier ("Kessel police", "Vorna officials"): the name is no person;
* ``antecedent:plural_person``: a plural without -s ("fishermen"): no he/she stands for it;
* ``antecedent:outlet_before_name``: the word before a name that makes it an outlet's
  ("newspaper Il Corriere Kessel"), whatever type the source parser gave it.

Found by the corpus reader (READER26) and the new user (FINDINGS26): "He is on paid leave" read
as the police chief quoted two sentences before, while the sentence between opens on the
officer it is about; "his friend Johnson" read as the town of "Ferguson police"; "she was
already pregnant" read as the newspaper cited two paragraphs before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.lexicons import Lexicons
from claimcheck.model import Sentence

MAX_PARAGRAPHS_BACK = 2  # an antecedent lies in the pronoun's paragraph or the two before it (news
# paragraphs are often one sentence: "Afton Burton, who … . Star, 27, strung … . She had already tried …")
HEADING_WORDS = 10  # a heading: a paragraph of one sentence of at most this many words, no closing punctuation

FEMALE_PRONOUNS = frozenset(("she", "her", "hers", "herself"))
MALE_PRONOUNS = frozenset(("he", "his", "him", "himself"))


@dataclass(frozen=True, slots=True)
class AntecedentRules:
    female: re.Pattern[str]
    male: re.Pattern[str]
    name_modifier: re.Pattern[str]
    outlet_before_name: re.Pattern[str]
    plural_person: re.Pattern[str]


def _build(lex: Lexicons) -> AntecedentRules:
    pats: dict[str, list[str]] = {}
    for e in lex["claims"]:
        if e["sets"].startswith("antecedent:"):
            pats.setdefault(e["sets"], []).append(e["pattern"])

    def alt(key: str, flags: int = re.I) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in pats.get(key) or [r"(?!x)x"]), flags)

    return AntecedentRules(alt("antecedent:female"), alt("antecedent:male"),
                           alt("antecedent:name_modifier", 0), alt("antecedent:outlet_before_name", 0),
                           alt("antecedent:plural_person", 0))


def antecedent_rules(lex: Lexicons) -> AntecedentRules:
    """The ``antecedent:*`` sets of ``claims.toml`` compiled (once per lexicon object)."""
    return lex.derive(_build)


def gender_nouns(lex: Lexicons, pronoun: str | None) -> list[re.Pattern[str]]:
    """The patterns of nouns that agree with ``pronoun`` (lower-case; None: either gender)."""
    r = antecedent_rules(lex)
    if pronoun in FEMALE_PRONOUNS:
        return [r.female]
    if pronoun in MALE_PRONOUNS:
        return [r.male]
    return [r.female, r.male]


def names_an_outlet(mention: str, lex: Lexicons) -> bool:
    """Is ``mention`` (a source's words, "Freedonian newspaper Il Corriere Kessel") an outlet's
    name by the word before its name, so that no he/she can stand for it?  "Agency spokesman
    Tom Brown" is a person: the last word before the name is the spokesman."""
    return antecedent_rules(lex).outlet_before_name.search(mention) is not None


def modifies_a_noun(text: str, end: int, lex: Lexicons) -> bool:
    """Is the name ending at ``end`` of ``text`` the modifier of a group noun right after it
    ("Kessel | police said …", "Vorna | officials")?  Then it is no person a pronoun stands for."""
    return antecedent_rules(lex).name_modifier.match(text, end) is not None


def no_person_for(mention: str, lex: Lexicons) -> bool:
    """Can no he/she stand for the source ``mention``: an outlet's name
    (:func:`names_an_outlet`) or a plural without -s ("fishermen", "local people")?"""
    r = antecedent_rules(lex)
    return r.outlet_before_name.search(mention) is not None or r.plural_person.search(mention) is not None


def is_heading(text: str, sentences: Sequence[Sentence], i: int) -> bool:
    """Is sentence ``i`` a heading inside the body: alone in its paragraph, at most
    ``HEADING_WORDS`` words, and no closing punctuation ("Key witness speaks out")?"""
    s = sentences[i]
    alone = all(t.paragraph != s.paragraph for t in (sentences[i - 1] if i > 0 else None,
                                                      sentences[i + 1] if i + 1 < len(sentences) else None)
                if t is not None)
    words = text[s.start:s.end].split()
    return alone and 0 < len(words) <= HEADING_WORDS and words[-1][-1:] not in ".!?:;\"”’')…"
