"""Closed-class grammar words and the fixed patterns of the attribution parser.

The bottom rung of :mod:`claimcheck.parse.attributions`: determiners, auxiliaries, pronouns,
relative words, name particles, time words, and the regular expressions built from them
(adverbials between a cue and its content, intermediaries, dash bylines, colon heads).  Plain
data; the words that end a subject noun phrase are :data:`claimcheck.text.tokens.STOP_SUBJECT_END`
and months and weekdays come from :mod:`claimcheck.text.calendar`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from claimcheck.lexicons import Lexicons
from claimcheck.parse.patterns import words
from claimcheck.text.calendar import MONTH_WORDS, WEEKDAYS, alternation

# titles and initials keep their period ("Mr. Van Voorhis", "John D. Podesta", "Rep. Ana Diaz")
TITLE_ABBR = ("Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|Jr|Sr|Prof|Rev|"
              "Hon|Atty|Gens|Messrs|Mmes|Pres|Supt|Insp|Det|Amb|Brig|Cpl|Pvt")
OPEN_Q = frozenset("“«„‹")
CLOSE_Q = frozenset("”»›")
STRAIGHT_Q = frozenset(['"', "''"])
QUOTES = OPEN_Q | CLOSE_Q | STRAIGHT_Q
DETS = frozenset("the a an this that these those his her its their our my your some many most "
                 "several few other another any each every all both no such".split())
POSS = frozenset("his her its their our my your".split())
AUX = frozenset("has have had is are was were will would could can may might should must shall "
                "also not never did does do been be being just then still already once "
                "repeatedly now again further first later previously since only even "
                "n't reportedly allegedly apparently recently initially originally "
                "ultimately finally often usually sometimes always frequently routinely rarely seldom "
                "long almost nearly".split())
LY_NOUNS = frozenset("family ally rally supply assembly belly bully reply italy anomaly "
                     "homily monopoly only july".split())
# pronoun → the source type it refers to
PRONOUNS: Mapping[str, str] = MappingProxyType({
    "he": "person", "she": "person", "they": "group", "it": "unknown", "we": "group", "i": "person",
    "who": "person", "which": "unknown", "you": "person"})
# a possessive determiner before a noun cue stands for its pronoun ("his claim that C" = he claims C)
POSSESSIVES: Mapping[str, str] = MappingProxyType({"his": "he", "their": "they", "its": "it", "our": "we",
                                                   "my": "i", "your": "you"})
REL = frozenset(["who", "which", "that"])
# prepositions before a gerund cue that shares the clause's subject ("began by saying C",
# "criticised for claiming C"; read by frames.verb_frame, let through by the gate)
GERUND_PREPS = frozenset(("by", "for", "from", "after", "before", "while", "without", "upon"))
# number words above twelve (text.calendar.CARDINALS has one to twelve): "Forty percent of
# voters said" names nobody called "Forty"
NUMBER_WORDS = frozenset("""thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty
fifty sixty seventy eighty ninety hundred hundreds thousand thousands dozen dozens million millions""".split())
# participles that hand a source on: "a report seen by the agency", "a statement cited by X"
VIA_PARTICIPLES = frozenset(("cited", "quoted", "carried", "published", "seen", "obtained", "reviewed", "relayed"))
# finite auxiliaries: a word sequence holding one is a clause, not a noun phrase
CLAUSE_AUX = frozenset("will would could can may might should must shall is are was were has have had "
                       "does did".split())
INTRO = frozenset("""in on at during after before speaking asked writing interviewed following
when while since as according earlier later""".split())
NP_INNER = frozenset(["of", "for", "at", "and", "&", "de", "al", "el", "bin", "van", "von", "der",
                      "la", "le", "du", "da", "di"])
# adverbials between a cue and its content: time, medium, addressee ("to reporters"); the open
# word classes (media, addressees, intermediaries, manner adverbs) come from phrases.toml
_SKIP = r"""\s*,?\s*(?:
      (?:(?:early|late)\s+on\s+|on\s+|last\s+|this\s+|early\s+|late\s+|next\s+)?(?:{weekdays})(?:\s+(?:morning|afternoon|evening|night))?
    | (?:last|this|earlier\s+this|later\s+that|earlier\s+that|that)\s+(?:week|month|year|night|morning|afternoon|evening|weekend|spring|summer|fall|autumn|winter)
    | (?:on|in)\s+(?:{months})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?
    | yesterday|today|tonight|earlier|later|recently|previously|afterwards|then|again|also|too
    | (?:in|on|at|during|via|through|over|from)\s+(?:a|an|the|his|her|its|their|an?\s+\w+|the\s+\w+)?\s*
        (?:[\w'’-]+\s+){{0,2}}(?:{medium})
        (?:\s+(?:with|to|on)\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,5}}?[\w'’.-]+(?=\s*[,:.;]|\s+that\b))?
        (?:\s+(?:carried|published|aired|broadcast|relayed|cited|quoted)\s+by\s+(?:[\w'’.-]+\s+){{0,4}}?[\w'’.-]+(?=\s*[,:.;]|\s+that\b))?
    | to\s+(?:{addressee})
    | (?:through|via)\s+(?:a|an|the|his|her|its|their)\s+(?:{intermediary})
    | {manner}
    )(?=\W|$)"""


def skip_regex(lex: Lexicons) -> re.Pattern[str]:
    """The adverbials skipped between a cue and its content, with the word classes of
    ``phrases.toml`` in ``lex``; compiled once per :class:`~claimcheck.lexicons.Lexicons`."""
    return lex.derive(_build_skip)


def _build_skip(lex: Lexicons) -> re.Pattern[str]:
    def alt(ws: tuple[str, ...]) -> str:
        return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in ws) or r"(?!x)x"

    classes = dict(words(lex).adverbial_words)
    return re.compile(_SKIP.format(weekdays=alternation(WEEKDAYS), months=alternation(MONTH_WORDS),
                                   **{k: alt(v) for k, v in classes.items()}), re.I | re.X)


def denial_verdict(lex: Lexicons) -> re.Pattern[str]:
    """A content that calls what was reported false ("the reports were “pure fabrication”",
    "That is a lie", "the claim has no basis in fact"): the patterns of ``claims.toml`` that set
    ``relation:called_false``, joined (matched against a content's text from its start); an
    attribution asserting it is a denial (issue 9, stop 23).  Compiled once per
    :class:`~claimcheck.lexicons.Lexicons`."""
    return lex.derive(_build_denial_verdict)


def denial_object(lex: Lexicons) -> re.Pattern[str]:
    """The object of a walk-back that is the speaker's own denial ("walked back | its denial"):
    ``claims.toml`` ``relation:denial_object``, matched against a content from its start."""
    return lex.derive(_build_denial_object)


def _build_denial_object(lex: Lexicons) -> re.Pattern[str]:
    pats = [e["pattern"] for e in lex["claims"] if e["sets"] == "relation:denial_object"]
    return re.compile("|".join(f"(?:{p})" for p in pats) or r"(?!x)x", re.I)


def _build_denial_verdict(lex: Lexicons) -> re.Pattern[str]:
    pats = [e["pattern"] for e in lex["claims"] if e["sets"] == "relation:called_false"]
    return re.compile("|".join(f"(?:{p})" for p in pats) or r"(?!x)x", re.I)


LEAD = re.compile(r"\s*(?:,|:|—|–|--|-|;)?\s*(?:that\b)?\s*(?:,|:|—|–|--)?\s*", re.I)
VIA_RX = re.compile(
    r"\b(?:(?P<cited>cited|quoted|reported|carried|published|seen|obtained|reviewed|relayed)\s+by|(?P<told>told|telling|tells|tell)|"
    r"(?P<interview>in\s+an?\s+(?:[\w-]+\s+){0,2}interview\s+with|speaking\s+to|talking\s+to|"
    r"in\s+comments\s+to|in\s+remarks\s+to|in\s+a\s+statement\s+to|said\s+to|according\s+to|"
    r"writing\s+(?:in|for)|wrote\s+(?:in|for)|in\s+a\s+(?:\w+\s+)?(?:post|column|op-ed|article)\s+(?:on|in|for)))\s+",
    re.I,
)
INTERVIEW_RX = re.compile(
    r"\b(?:in\s+an?\s+(?:[\w-]+\s+){0,2}interview\s+with|speaking\s+to|talking\s+to|in\s+comments\s+to|"
    r"in\s+remarks\s+to|in\s+a\s+statement\s+to|in\s+a\s+(?:phone\s+)?call\s+with|writing\s+in|wrote\s+in)\s+", re.I)
# a word that every INTERVIEW_RX match contains: a cheap test before the regex runs
INTERVIEW_WORDS = ("interview", "speaking", "talking", "comments", "remarks", "statement", "call",
                   "writing", "wrote")
DASH_BYLINE = re.compile(r"[”\"»][\s\u00a0]*([―—–]|--)[\s\u00a0]*((?:[A-Z][\w.'’-]*[ \u00a0]?){1,6})")
COLON_HEAD = re.compile(r"[\"“'‘]?((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*:\s+(?=\S)")
ANAPHOR = re.compile(r"^(?:the|these|those|this|that)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)$", re.I)
NAME_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|bin|ibn|abu|abd|de|da|di|van|von|le|la)[-‐]\w", re.I)
COORD = re.compile(r"(?:[,;]\s*(?:but|and|while|whereas|although|though|yet|however|as)?|\s(?:but|while|whereas|although|though|however))\s*$", re.I)
COORD_AND = re.compile(r"\s(?:and|but)\s*$", re.I)
DECLINE_END = re.compile(r"[,;]|\s(?:and|but|while|although|though|which|as)\s|\s[-–—]\s")
# an indirect content stops before a contrasting clause: "X said C, but D" (PolNeAR's convention)
# a contrasting clause, a semicolon, a trailing "according to"; a comma inside a closing
# quotation mark counts ("ruled that C is “true,” but …"; group 1: the mark, kept in the content)
CONTENT_CUT = re.compile(r",([”’\"']{1,2})?\s+but\b|;\s|,\s+according\s+to\b", re.I)
DECLINE_GAP = re.compile(r"[,;:—–]")
DECLINE_NEW_CLAUSE = re.compile(r"(?:but|and|while|although|though|however|as|which|yet|so)\b", re.I)
DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|an|i|ic)$")

# time phrases between a subject and its verb ("a poll released in late August | found")
TIME_UNITS = frozenset(list(MONTH_WORDS) + list(WEEKDAYS) + ["week", "month", "year", "weekend", "morning",
                                                                  "afternoon", "evening", "night", "spring",
                                                                  "summer", "fall", "autumn", "winter"])
TIME_MODS = frozenset(("this", "last", "next", "early", "late", "earlier", "later", "that", "each", "every"))
TIME_PREPS = frozenset(("in", "on", "during", "since", "by"))
# "At | the time X said", "At | the same time X said": the time noun phrase after a preposition is the
# adverbial's, not part of the source (phrases.np_back; text27)
TIME_NOUN_PREPS = frozenset(("at", "by", "for", "in", "on", "during", "since", "until", "after", "before"))
TIME_HEADS = frozenset(("time", "moment", "outset", "start", "end", "weekend"))

# a verb cue is no cue after these ("the state", "her report"); an ambiguous one also not after AMBIG_BLOCK
DET_BLOCK = DETS - {"that", "all", "both"}
AMBIG_BLOCK = frozenset(("of", "for", "with", "by", "in", "on", "new", "no",
                         # a number word before an ambiguous form makes it a noun ("One Tweet Sums Up …",
                         # "two reports said")
                         "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
# a quantifier standing alone as the subject ("Some say C", "many believe C", "most agree that C")
QUANT_SUBJECTS = frozenset(("some", "many", "most", "several", "few"))
# what may open the clause after a cue whose subject is a bare quantifier: a complementizer, a
# quotation, a determiner or pronoun opening a subject ("Many believe the plan …"); after an
# ambiguous form ("some note", "many claim") only a complementizer or a quotation
_CLAUSE_OPEN = frozenset(("that", "whether", "how", "what", "why", "when", "if", ",", ":", '"', "“", "''", "to"))
_SUBJECT_OPEN = frozenset(("the", "a", "an", "this", "these", "those", "it", "he", "she", "they", "we", "i",
                           "you", "there", "his", "her", "their", "its", "our", "no", "nobody", "nothing"))
# what may stand before a quantifier subject: the clause's start ("" = the sentence's)
_BEFORE_QUANT = frozenset(("", ",", ";", ":", "(", "—", "–", "--", '"', "“", "''", "and", "but", "yet", "while",
                           "although", "though", "because", "since", "that", "whereas", "as", "so", "still",
                           "now", "today", "meanwhile", "however", "also"))


_PASSIVE_AUX = frozenset(("is", "are", "was", "were", "be", "been", "being"))


def passive_participle(before: str, cue_word: str) -> bool:
    """Is the cue word ``cue_word`` (lower case) a passive participle after ``before`` ("was |
    treated as", "were | rated", "has been | called")?  Then its subject is what is judged, not
    a source, and need not be a noun that can speak."""
    return before.lower() in _PASSIVE_AUX and cue_word.split()[0].endswith(("ed", "en", "wn", "ld", "ght"))


def quantifier_subject(before: str, quant: str, nxt: str, ambiguous: bool, cue_word: str) -> bool:
    """Is ``quant`` (the word right before a cue) a quantifier standing alone as its subject
    ("Some say C", "But many note that C"), not a determiner of the cue read as a noun ("some
    reports", "many promises")?  ``before`` is the word before it, which must open a clause
    (``_BEFORE_QUANT``: "" at the sentence start, a comma, a conjunction; not "there is some
    hope", "of many", "the few"), ``nxt`` the
    first token after the cue ("" at the end), which must open a clause (``_CLAUSE_OPEN``, or
    a subject's first word, ``_SUBJECT_OPEN``, or a capital, unless the cue ``cue_word``, lower
    case, is an ambiguous form ending in -s: "many reports the …" is a noun)."""
    if quant.lower() not in QUANT_SUBJECTS or before.lower() not in _BEFORE_QUANT:
        return False
    low = nxt.lower()
    if low in _CLAUSE_OPEN:
        return True
    return (not ambiguous or not cue_word.endswith("s")) and bool(nxt) and (low in _SUBJECT_OPEN or nxt[0].isupper())
IRREGULAR_PAST = frozenset(("said", "told", "wrote", "thought", "felt", "knew", "saw", "sought", "found"))
# sentence adverbs before the main clause (", adding ..." takes the main clause's subject)
LEAD_ADVERBS = frozenset(("however", "meanwhile", "moreover", "instead", "still", "yet", "also",
                          "then", "now", "so", "indeed", "separately", "later", "earlier", "worse",
                          "nonetheless", "nevertheless", "furthermore", "likewise"))

# a passive participle with its agent ("C was echoed by X"); the via participles hand a source on
BE_FORMS = frozenset(("is", "are", "was", "were", "be", "been", "being"))
# degree words: a participle after one is an adjective ("more detailed", "well argued")
DEGREE = frozenset(("more", "most", "less", "least", "very", "too", "highly", "fairly", "quite", "rather", "well"))
# subjects of a relative clause without "who" ("everyone I interviewed said")
CONTACT_PRONOUNS = frozenset(("i", "we", "he", "she", "they", "you"))
BY_VIAS = VIA_PARTICIPLES | {"reported", "written"}


def by_participle(word: str) -> bool:
    """Can a cue form before "by" be a passive participle with its agent ("echoed by X",
    "endorsed by X"), not a participle that hands a source on ("cited by", "reported by")?"""
    lw = word.lower()
    return lw not in BY_VIAS and (lw.endswith("ed") or lw in IRREGULAR_PAST or lw.endswith(("wn", "en")))
# verbs whose object is the subject of a bare infinitive ("help people understand", "lets voters
# decide"): never part of that subject's noun phrase
CAUSATIVES = frozenset(("help", "helps", "helped", "helping", "let", "lets", "letting", "make", "makes",
                        "made", "making"))
# quantifiers that head a source with a place after them ("Some in the party", "Many at the rally")
QUANT_HEADS = frozenset(("some", "many", "most", "others", "few", "several", "those", "all", "none", "one"))


# a prepositional phrase after an inverted tag's cue, up to a comma or the sentence's end
_TAG_PLACE = re.compile(r"(?:\s+(?:in|at|on|from|during|after|before|near|outside|inside|while|by)\s+"
                        r"[^,;:“”\"()]{1,60}?)+(?=\s*,|\s*[.!?]?\s*[”\"]?\s*$)")
# what makes such a phrase a clause: a complementiser or a verb-like word
_TAG_PLACE_STOP = re.compile(r"\b(?:that|which|who|whether|is|are|was|were|has|have|had|will|would)\b", re.I)
# a word opening what follows "C, X said, …" that makes it no second piece of C: a new clause or a
# subordinate one ("…, X said, where the army is ready" is no "C where …"; stop 23 added the subordinators)
NOT_INTERPOSED = frozenset(("and", "but", "while", "as", "although", "though", "which", "who", "because", "so",
                            "yet", "or", "where", "when", "whereas", "after", "before", "since", "until", "amid",
                            "despite", "if", "unless"))


def after_tag_place(text: str, pos: int, end: int) -> int:
    """Where the content after an inverted tag's cue at ``pos`` starts once a place or time phrase
    that runs to a comma or the sentence's ``end`` is passed over ("C, X told reporters | in Kolno
    on Monday, adding …"); ``pos`` when there is none or it holds a clause.  Stop 23: that phrase
    was the content, and C was lost."""
    m = _TAG_PLACE.match(text, pos, end)
    return m.end() if m is not None and not _TAG_PLACE_STOP.search(m.group(0)) else pos
