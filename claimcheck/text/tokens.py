"""Word tokens, stop words and stemmers: the one place every layer takes them from.

The stop lists and the two stemmers are not interchangeable: each was tuned to the rule that
uses it, and merging them would change what that rule finds.  So they are kept side by side,
each named for its use:

* :data:`STOP_MATCHING` and :func:`stem` — comparing a claim with a sentence (stance, check):
  every function word and word without topic, a stemmer that also reads number words;
* :data:`STOP_CLUSTER` and :func:`light_stem` — the word bags of claims compared for
  clustering: a shorter list, a stemmer that only cuts common suffixes;
* :data:`STOP_SUBJECT_END` — words that end a subject noun phrase when the attribution parser
  scans back from a cue (conjunctions, prepositions, auxiliaries, reporting verbs);
* :data:`STOP_NAME_START` — capitalised function words that open a sentence but never a name.

Tokenisers: :data:`WORD` (words with inner apostrophes, full stops and hyphens: "U.S.-Mexico",
"won't") and :data:`LETTER_OR_DIGIT_RUN` (runs of letters or of digits).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from claimcheck.text.calendar import CARDINALS, LARGE_NUMBERS, MULTIPLES, ORDINALS

# a word: letters and digits, with inner apostrophes, full stops and hyphens
WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)
# a run of letters or a run of digits ("50ft" → "50", "ft")
LETTER_OR_DIGIT_RUN = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)

# Matching a claim with a sentence: function words and words that carry no topic (pronouns,
# auxiliaries, determiners, prepositions, conjunctions, a few light verbs and adverbs).
# Reporting and stance words are not listed here: the stance lexicon handles them, and they
# are dropped separately (``STANCE_NOISE``) so that "says" or "report" never count as topic
# overlap.
STOP_MATCHING = frozenset("""
a an the and or but nor so yet if then than that this these those there here
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
who whom whose which what when where why how whoever whatever
is am are was were be been being do does did doing done have has had having
will would shall should can could may might must ought
of in on at by for with from to into onto over under about above below up down out off
as per via upon within without through during before after since until till against among
between across around along near behind beyond toward towards
not no nor never none nothing
all any both each every few more most other some such own same too very just also only
again ever still even much many lot lots
s t d ll m o re ve y
get gets got getting make makes made making go goes went going gone
one's oneself himself herself itself themselves ourselves yourself myself
because while although though whether unless however thus therefore
now today yesterday tomorrow ago
new news says say said saying told tell tells according
mr mrs ms dr
""".split())

# Clustering claims: the words left out of a claim's bag of stemmed words.
STOP_CLUSTER = frozenset("""a an the of to in on at by for with from and or but that this these those it its
is are was were be been being has have had do does did will would could should may might can
as into about over after before than then there their they them he she his her him we our you
your i me my not no never also only just said says say according which who whom whose what
when where while if so such very more most some any all both each other own same""".split())

# The attribution parser: words that end a subject noun phrase when scanning backwards from the
# cue ("the minister | said", "… and | officials said").
STOP_SUBJECT_END = frozenset("""and but or nor so yet because while although though if unless when whenever
where after before since until as than that which who whom whose what why how whether to by
with from into onto upon on in at for about against over under between among through during
without within across toward towards behind beyond via like near is are was were be been being
has have had will would could can may might should must do does did not also said says say told
tells announced added noted because despite amid here there then now today yesterday however
meanwhile moreover therefore thus instead indeed""".split())

# Claims: capitalised words that open a proper-noun chunk without being part of the name
# ("The Army" → "Army", "Officials in Tripoli" → "Tripoli").
STOP_NAME_START = frozenset(("The", "A", "An", "In", "On", "At", "But", "And", "This", "That", "These",
                             "Those", "It", "He", "She", "They", "We", "I", "His", "Her", "Their", "Its",
                             "Our", "There", "However", "Moreover", "Meanwhile", "Earlier", "Later",
                             "With", "For", "As", "After", "Before", "During", "While", "When", "If",
                             "Many", "Some", "Two", "Three", "According", "Sources", "Last", "Next",
                             "Also", "Yet", "So", "Then", "Since", "Although", "Despite", "No", "Not",
                             "Rebels", "Officials", "Analysts", "Reports"))

# number word → the digits :func:`stem` gives it ("twice" → "2", "dozen" → "12")
NUMBER_WORDS: Mapping[str, str] = MappingProxyType({
    **{w: str(i) for i, w in enumerate(CARDINALS, 1)},
    **{w: str(i) for i, w in enumerate(ORDINALS, 1)},
    **{w: str(i) for i, ws in MULTIPLES for w in ws},
    **{w: str(n) for w, n in LARGE_NUMBERS},
})
# digits with an ordinal or plural suffix ("3rd", "1990s"); group 1 the digits
ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th|s)$")
_LIGHT_SUFFIXES = ("ings", "ing", "ed", "es", "s")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Cut common English inflection of a lower-case ``word``; the same word in other forms gets
    the same key ("arrested", "arrests", "arresting" → "arrest").  Number words become digits
    ("twice" → "2"), ordinals their number ("3rd" → "3").  For matching a claim with a sentence."""
    w = word
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    m = ORDINAL_DIGITS.match(w)
    if m:
        return m.group(1)
    if len(w) <= 3 or w.isdigit():
        return w
    if w.endswith("ness") and len(w) > 7:
        w = w[:-4]
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsaeiou":
        w = w[:-1]  # stopped → stopp → stop
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]  # save / saved / saving → sav
    if w.endswith("y") and len(w) > 3:
        w = w[:-1] + "i"  # bury / buried → buri
    return w


@lru_cache(maxsize=200_000)
def light_stem(word: str) -> str:
    """A light stem of a lower-case ``word``: "training", "trained", "trains" → "train";
    "forces", "force" → "forc".  An actor key (``@key``) is returned as it is.  For the word
    bags of claim clustering."""
    if word.startswith("@"):
        return word
    for suf in _LIGHT_SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            word = word[: -len(suf)]
            if suf in ("ed", "es") and word.endswith("i"):
                word = word[:-1] + "y"  # supplied, supplies → supply
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


@lru_cache(maxsize=65536)
def normalise(surface: str) -> str:
    """A word as written → its matching form: lower-cased, possessive dropped, full stops and
    apostrophes removed ("Obama's" → "obama", "U.S." → "us")."""
    w = surface.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    return w.replace(".", "").replace("'", "")
