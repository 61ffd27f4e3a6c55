"""Cue classes of stop 21 (issue 12), between the content rung and the frames: which verb cues
need a clause after them, and when an ambiguous form is a tag after a quotation.

* ``complement = "clause"`` (``cues.toml`` ``intent-verbs``): "seeks to overturn the ruling",
  "agreed the plan would fail", "decided against raising rates" are what someone wants or
  thinks; "seeks a third term", "has backed the mayor", "discussed the budget" report acts and
  make no attribution (:func:`clause_follows`);
* an ambiguous form that ends its sentence right after a closed quotation is the quotation's
  tag ("“Why not?” the senator asks.", :func:`quote_tag`).
"""

from __future__ import annotations

import re

from claimcheck.parse.attributions.grammar import CLOSE_Q, STRAIGHT_Q
from claimcheck.parse.attributions.tokens import Toks
from claimcheck.parse.patterns import Cue

# what opens the clause a ``complement = "clause"`` cue needs: an infinitive, a that-clause, a
# question word, a quotation or a colon, after adverbs ("plans eventually to", "agreed that")
CLAUSE_AFTER = re.compile(r"(?:\s+(?:not|also|now|still|again|instead|never|[a-z]+ly))*"
                          r"(?:\s*[:\"“‘«]|\s+(?:to\s+(?!(?:the|an?|his|her|their|its|our|this|these|those)\b)"
                          r"|(?:that|whether|if|how|what|why|when|where|he|she|it|they|we|i|you|there|with)\b"
                          r"|(?:against|on|about|for)\s+[a-z]+ing\b))",
                          re.I)
# a that-less clause: a short subject and its finite verb ("agreed the plan would fail", "all
# agreed Ana won"), no punctuation or relative word between
FINITE_AFTER = re.compile(r"(?:\s+(?!(?:that|which|who|whom|to|of|for|in|on|at|by|with|from|and|but|or)\b)[\w'’-]+){1,5}?"
                          r"\s+(?:would|will|could|should|might|may|must|can|is|are|was|were|won|lost|had|has"
                          r"|have)\b", re.I)
# a share of those polled as the subject: "46 percent support X", "a majority would back Y" state
# a preference, what the poll says they said
POLL_SHARE = re.compile(r"(?:\bpercent|%|\bmajority|\bplurality)(?:\s+(?:of\s+)?[a-z]+){0,2}"
                        r"(?:\s+(?:would|still|now|also|strongly|narrowly))*\s*$", re.I)


def clause_follows(text: str, s_start: int, s_end: int, a: int, b: int) -> bool:
    """May a ``complement = "clause"`` cue at characters ``a``-``b`` of the sentence
    ``s_start``-``s_end`` of ``text`` be read?  Yes when a clause opens after it
    (:data:`CLAUSE_AFTER`, :data:`FINITE_AFTER`) or its subject is a share of those polled
    (:data:`POLL_SHARE`)."""
    return bool(CLAUSE_AFTER.match(text, b, s_end) or FINITE_AFTER.match(text, b, s_end)
                or POLL_SHARE.search(text, s_start, a))


def quote_tag(t: Toks, st: int, cue: Cue) -> bool:
    """Is a cue ending its sentence, with its subject starting at token ``st``, a tag right
    after a closed quotation that ends on a comma, a question or an exclamation mark ("“Why
    not?” the narrator asks.", "“We stay,” the letter notes.")?  Then an ambiguous form is the
    verb: a noun there would have no sentence to be in."""
    return cue.frame == "verb" and cue.act != "hedge" and st > 1 and (t.words[st - 1] in CLOSE_Q or t.words[st - 1] in STRAIGHT_Q) and \
        t.words[st - 2] in (",", "?", "!")
