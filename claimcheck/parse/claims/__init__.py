"""Claims: what is asserted, by whom, about whom, when.

Every attribution with content becomes a claim (its content span); a denial or non-answer whose
content is missing or anaphoric ("denied involvement", "has not responded to the allegations")
is linked to the nearest earlier claim in the article that names the denying actor, and takes
that claim's text with negative polarity.  Body sentences (and the headline) not covered by an
attribution become unattributed claims when they carry substance: an action class from
``actions.toml`` or at least two proper-noun mentions.
"""

from claimcheck.parse.claims.cues import (ClaimRules, actions_of, build_rules, proper_nouns,
                                          rules)
from claimcheck.parse.claims.dates import resolve_date
from claimcheck.parse.claims.extract import MIN_WORDS, extract_claims
from claimcheck.parse.claims.statements import MIN_CONTENT_WORDS, completeness, compose, is_proposition

__all__ = ["MIN_CONTENT_WORDS", "MIN_WORDS", "ClaimRules", "actions_of", "build_rules",
           "completeness", "compose", "extract_claims", "is_proposition", "proper_nouns", "resolve_date", "rules"]
