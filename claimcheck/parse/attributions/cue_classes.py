"""Cue classes of stop 21 (issue 12), between the content rung and the frames: which verb cues
need a clause after them, and when an ambiguous form is a tag after a quotation.

* ``complement = "clause"`` (``cues.toml`` ``intent-verbs``): "agreed the plan would fail",
  "decided against raising rates" are what someone wants or thinks; "has backed the mayor",
  "discussed the budget" report acts and make no attribution (:func:`clause_follows`);
  ``complement = "finite"`` (``plan-verbs``, stop 22): "plans", "seeks", "intends" are cues only
  before a finite clause, never before an infinitive ("Ruritania also plans to train X");
* an ambiguous form that ends its sentence right after a closed quotation is the quotation's
  tag ("“Why not?” the senator asks.", :func:`quote_tag`);
* a noun of speech, thought or intention after its possessor (``cues.toml``
  ``possessed-nouns``, frame ``possessed``) is a cue whose source is the possessor: "his
  promise to V", "the senator's plan would V", "her comments on X", "By her own admission, C"
  (:func:`possessed_frame`).
"""

from __future__ import annotations

import re

from claimcheck.parse.attributions.grammar import AUX, CLOSE_Q, CONTENT_CUT, DETS, LEAD, STRAIGHT_Q, passive_participle
from claimcheck.parse.attributions.phrases import np_back, np_forward
from claimcheck.parse.attributions.state import Doc, Draft
from claimcheck.parse.attributions.tokens import Toks, has_words, is_adverb, is_word, trim_end
from claimcheck.parse.patterns import Cue

# what opens the clause a ``complement = "clause"`` cue needs: an infinitive, a that-clause, a
# question word, a quotation or a colon, after adverbs ("plans eventually to", "agreed that")
CLAUSE_AFTER = re.compile(r"(?:\s+(?:not|also|now|still|again|instead|never|[a-z]+ly))*"
                          r"(?:\s*[:\"“‘«]|\s+(?:to\s+(?!(?:the|an?|his|her|their|its|our|this|these|those)\b)"
                          r"|(?:that|whether|if|how|what|why|when|where|he|she|it|they|we|i|you|there|with)\b"
                          r"|(?:against|on|about|for)\s+[a-z]+ing\b))",
                          re.I)
# what opens the finite clause a ``complement = "finite"`` cue needs: a that-clause, a question
# word, a quotation or a colon (no infinitive, no gerund, no party: "plans to train X", "seeks
# to V", "intends on leaving" state an intention, not what anyone says)
FINITE_CLAUSE_AFTER = re.compile(r"(?:\s+(?:not|also|now|still|again|instead|never|[a-z]+ly))*"
                                 r"(?:\s*[:\"“‘«]|\s+(?:that|whether|if|how|what|why|when|where)\b)", re.I)
# a that-less clause: a short subject and its finite verb ("agreed the plan would fail", "all
# agreed Ana won"), no punctuation or relative word between
FINITE_AFTER = re.compile(r"(?:\s+(?!(?:that|which|who|whom|to|of|for|in|on|at|by|with|from|and|but|or)\b)[\w'’-]+){1,5}?"
                          r"\s+(?:would|will|could|should|might|may|must|can|is|are|was|were|won|lost|had|has"
                          r"|have)\b", re.I)
# a share of those polled as the subject: "46 percent support X", "a majority would back Y" state
# a preference, what the poll says they said
POLL_SHARE = re.compile(r"(?:\bpercent|%|\bmajority|\bplurality)(?:\s+(?:of\s+)?[a-z]+){0,2}"
                        r"(?:\s+(?:would|still|now|also|strongly|narrowly))*\s*$", re.I)


def clause_follows(text: str, s_start: int, s_end: int, a: int, b: int, finite: bool = False) -> bool:
    """May a ``complement = "clause"`` cue at characters ``a``-``b`` of the sentence
    ``s_start``-``s_end`` of ``text`` be read?  Yes when a clause opens after it
    (:data:`CLAUSE_AFTER`, :data:`FINITE_AFTER`, not after a relative word: "voters who read the
    leaflet were …"; "with" not after a passive), its subject is a
    share of those polled (:data:`POLL_SHARE`), or it is a tag ending its sentence after a closed
    quotation ("“We stay,” the letter reads.").  A ``finite`` cue (``complement = "finite"``)
    needs a finite clause: :data:`FINITE_CLAUSE_AFTER`, :data:`FINITE_AFTER` or the tag; an
    infinitive is an intention ("Ruritania also plans to train X"), no attribution."""
    if finite:
        return bool(FINITE_CLAUSE_AFTER.match(text, b, s_end)
                    or FINITE_AFTER.match(text, b, s_end) and not _AFTER_REL.search(text, s_start, a)
                    or _TAG_END.match(text, b, s_end) and _QUOTE_BEFORE.search(text, s_start, a))
    m = CLAUSE_AFTER.match(text, b, s_end)
    if m and m.group().split()[-1:] == ["with"] and _AFTER_BE.search(text, s_start, a):
        m = None  # "must be addressed with more police": an instrument, not a party agreed with
    return bool(m or FINITE_AFTER.match(text, b, s_end) and not _AFTER_REL.search(text, s_start, a)
                or POLL_SHARE.search(text, s_start, a)
                or _TAG_END.match(text, b, s_end) and _QUOTE_BEFORE.search(text, s_start, a))


# what makes a request or deliberation verb (``request`` lemmas of ``cues.toml``) an act: an
# object and an infinitive ("asked Sylvania to send fuel", "urged its allies to V"), "for" and a
# noun, after an object or not ("asked Sylvania for fighter jets", "asked for aid"), or a gerund
# ("is considering sending howitzers").  No complementizer, punctuation or quotation lies
# between, so "asked whether C", "asked if C", "urged that C" and tags stay cues.
_OBJ_WORD = r"(?!(?:that|whether|if|how|what|why|when|where|who|whom|which|to|for|and|but|or)\b)[\w'’.-]+"
REQUEST_ACT = re.compile(r"(?:\s+(?:not|also|now|still|again|instead|never|[a-z]+ly))*\s+"
                         rf"(?:(?:{_OBJ_WORD}\s+){{0,5}}?for\s+(?!(?:that|whether|if|[a-z]+ing)\b)[\w'’-]"
                         r"|(?!(?:nothing|something|anything|everything|morning|evening|bring|thing|king|ring|spring|string|wing)\b)[a-z]+ing\b)",
                         re.I)
# an object and an infinitive ("urged Y to V"): an act only when the sentence has a speech tag of
# its own; alone, PolNeAR reads "X urged Y to V" as X's attribution (a request made in words)
REQUEST_INFINITIVE = re.compile(r"(?:\s+(?:not|also|now|still|again|instead|never|[a-z]+ly))*\s+"
                                rf"(?:{_OBJ_WORD}\s+){{1,5}}?to\s+(?!(?:the|an?|his|her|their|its|our|this|these|those)\b)[a-z]",
                                re.I)


def request_act(text: str, s_end: int, b: int, tagged: bool) -> bool:
    """Is the ``request`` cue ending at character ``b`` (sentence ending at ``s_end``) an act,
    not speech: followed by "for" and a noun or a gerund (:data:`REQUEST_ACT`), or by an object
    and an infinitive when the sentence is ``tagged`` by a speech cue of its own
    (:data:`REQUEST_INFINITIVE`)?  "Freedonia asked Sylvania to send fuel, diplomats said" reports
    what Freedonia did, in the diplomats' words: Freedonia is no second source of the sentence
    (case ``action_verbs_are_not_cues``).  "asked whether C", "asked if C", "urged that C" and
    a tag after a quotation stay cues."""
    return bool(REQUEST_ACT.match(text, b, s_end) or tagged and REQUEST_INFINITIVE.match(text, b, s_end))


def speech_tagged(doc: Doc, s_start: int, s_end: int, a: int, b: int) -> bool:
    """Has the sentence ``s_start``-``s_end`` a speech cue other than the one at ``a``-``b``
    (a verb, tell or according cue, no request verb): "…, diplomats said", "according to X"?"""
    for m in doc.cues.regex_i.finditer(doc.text, s_start, s_end):
        if m.start() < b and m.end() > a:
            continue
        c = doc.cues.lookup(m.group())
        if c is not None and not c.request and c.frame in ("verb", "tell", "according") and c.act in ("assert", "confirm"):
            return True
    return False


# a cue ending its sentence after a closed quotation: "“We stay,” the letter reads."
_TAG_END = re.compile(r"\W*$")
_QUOTE_BEFORE = re.compile(r"[,?!][”\"»’']\s+(?:[\w'’.-]+\s+){1,6}$")
_AFTER_REL = re.compile(r"\b(?:who|which|that)\s+(?:[a-z]+ly\s+)?$", re.I)  # "Voters who read X were …"
_AFTER_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.I)


def bare_participle(text: str, cue: tuple[int, int]) -> bool:
    """Is the cue at characters ``cue`` of ``text`` one word in -ing, no auxiliary before it
    ("one saying C", "officials warning C")?  A participle after a noun phrase modifies it; it
    is never a tag whose content lies on the left ("“C,” X said"): a quotation closing before
    the noun phrase is no content of it (stop 22)."""
    w = text[cue[0]:cue[1]]
    return " " not in w and w.lower().endswith("ing")


def passive_cue(cue_text: str) -> bool:
    """Is a cue's text a passive participle after its own auxiliary ("was treated as", "has been
    called", "were rated")?  Its subject is what is judged, so it need not be a noun that
    can speak (an agentless passive has no source, :mod:`.subjects`)."""
    words = cue_text.lower().split()
    return any(passive_participle(words[x - 1], " ".join(words[x:])) for x in range(len(words) - 1, 0, -1))


def aside_before(t: Toks, k: int, tok: str, passive: bool) -> tuple[int, str]:
    """Token ``k``, the ``tok`` right before a cue, closes an aside: a parenthesis after a
    capitalised word ("Sen. Ana Diaz (R-Ga.) said"; after any word before a ``passive`` cue:
    "the statements (54%) were rated as"), or a dash closing an aside opened by the same dash
    ("Ana Ruiz — a surgeon and TV host — has been called").  Returns the index and text of the
    word before the aside, where the subject is read, or ``k`` and ``tok`` unchanged."""
    opener = "(" if tok == ")" else tok
    j = k - 1
    while j > 0 and k - j < (8 if tok == ")" else 20) and t.words[j] != opener:
        j -= 1
    if j > 0 and t.words[j] == opener and j < k - (0 if tok == ")" else 1) and is_word(t.words[j - 1]) and \
            (tok != ")" or t.words[j - 1][0].isupper() or passive):
        return j - 1, t.words[j - 1]
    return k, tok


_PARTICIPLE_ENDS = ("ed", "ing", "en", "wn", "ught", "ound", "old", "elt", "ew")


def noun_after_verb(doc: Doc, t: Toks, ci: int, k: int, word: str, cue: Cue) -> bool:
    """Is the ambiguous one-word cue ``word`` at token ``ci`` a noun because a word before it
    makes it one: a lower-case word in -ed ("released claims", "the leaked reports"), a cue verb
    in -s ("demands answers": its object; "A study by researchers | shows" keeps its verb), or no
    participle after a form of "be" that the cue's leftward reach (to token ``k``, the word
    before its auxiliaries) took in ("Those are figures": "are figures" is no verb)?"""
    if not cue.ambiguous or " " in word:
        return False
    prev = t.words[ci - 1] if ci > 0 else ""
    if prev.islower() and prev not in _AUX_S and (
            prev.endswith("ed") or prev.endswith("s") and doc.cues.lookup(prev) is not None) and \
            not (word in DATA_VERBS and "document" in (doc.words.types.get(prev), doc.words.types.get(prev[:-1]))):
        # "court documents | show", "an analysis of filed reports | shows": the data's verb, no object
        return True  # "released claims", "demands answers"; "A 10-point plan | calls for" keeps its subject
    j = ci - 1
    while j > k and t.words[j].lower().endswith("ly"):
        j -= 1
    return j > k and t.words[j].lower() in _BE and not word.endswith(_PARTICIPLE_ENDS) and \
        word not in ("said", "told", "thought", "known", "seen", "shown", "written", "heard")


def name_compound(t: Toks, ci: int, word: str, cue: Cue) -> bool:
    """Is the ambiguous one-word cue ``word`` at token ``ci`` (no -s, no -ed: "report", "claim",
    "comment") the head of a noun phrase whose modifiers are capitalised words after an article:
    "a New York Times report", "a June report", "In the wake of the Courier report, C"?  After
    "the" and a name in -s it is a noun only before punctuation or a preposition ("the Democrats
    report that C" keeps its verb)."""
    if not cue.ambiguous or " " in word or word.endswith(("s", "ed")):
        return False
    j = ci - 1
    while j >= 0 and ci - j <= 5 and t.words[j].lower() not in _ARTICLES and is_word(t.words[j]) and \
            t.words[j][0].isupper():
        j -= 1
    if j < 0 or j == ci - 1 or t.words[j].lower() not in _ARTICLES:
        return False
    if t.words[j].lower() != "the" or not t.words[ci - 1].lower().endswith("s"):
        return True
    nxt = t.words[ci + 1].lower() if ci + 1 < len(t.words) else "."
    return not is_word(nxt) or nxt in _NOUN_NEXT


_ARTICLES = frozenset(("a", "an", "the"))


def verb_reading(doc: Doc, t: Toks, ci: int, cue: Cue) -> Cue | None:
    """The verb cue of the first word of a noun form with "that" (``say-noun``: "claims that",
    "reports that", "demands that", "fears that") when a word before it can end its subject:
    "The minister claims that C", "Officials fear that C" are verbs; "the claim that C", "his
    claim that C", "following reports that C", "new fears that C" stay nouns (after a
    determiner, a possessive, a preposition or nothing; an adjective is no subject of the verb
    frame).  None when the word is no verb cue of another entry."""
    if cue.frame != "noun" or ci == 0:
        return None
    verb = doc.cues.lookup(t.words[ci].lower())
    if verb is None or verb.frame not in ("verb", "tell", "evaluative") or verb.entry == cue.entry:
        return None
    prev = t.words[ci - 1]
    lp = prev.lower()
    if not is_word(prev) or lp in DETS or lp in _POSS_PRON or lp in _NOT_SUBJECT or \
            prev.endswith(("'s", "’s", "s'", "s’")):
        return None
    return verb


# words before a noun form that end no subject: prepositions and conjunctions ("amid claims that")
_NOT_SUBJECT = frozenset(("of", "in", "on", "at", "by", "for", "with", "from", "about", "over", "amid", "despite",
                          "following", "after", "before", "against", "to", "and", "or", "but", "as", "than",
                          "among", "into", "without", "under", "denied", "deny", "denies", "rejected", "dismissed",
                          "made", "make", "makes", "repeated", "issued", "heard", "received", "raised"))
_NOUN_NEXT = frozenset(("from", "of", "on", "in", "by", "about", "published", "released", "was", "is"))


# auxiliaries and catenatives in -s or -ed
_AUX_S = frozenset(("has", "is", "was", "does", "needed", "used", "seemed", "appeared", "wanted", "decided"))
_BE = frozenset(("is", "are", "was", "were", "be", "been", "being", "am"))


def quote_tag(t: Toks, st: int, cue: Cue) -> bool:
    """Is a cue ending its sentence, with its subject starting at token ``st``, a tag right
    after a closed quotation that ends on a comma, a question or an exclamation mark ("“Why
    not?” the narrator asks.", "“We stay,” the letter notes.")?  Then an ambiguous form is the
    verb: a noun there would have no sentence to be in."""
    return cue.frame == "verb" and cue.act != "hedge" and st > 1 and (t.words[st - 1] in CLOSE_Q or t.words[st - 1] in STRAIGHT_Q) and \
        t.words[st - 2] in (",", "?", "!")


_TAG_SUBJ_MAX = 12  # "a Courier analysis of newly filed campaign-finance reports"
# verbs whose subject is data or a document, as the clause's verb after an ambiguous noun form
# ("C, state figures show.", "court documents show that C": "figures", "documents" are nouns)
DATA_VERBS = frozenset(("show", "shows", "suggest", "suggests", "indicate", "indicates", "reveal", "reveals"))


def document_tag(doc: Doc, t: Toks, st: int, e: int, cue: Cue, d: Draft) -> int:
    """The first token of the subject when an ambiguous verb cue ending its sentence, its
    subject ending at token ``e``, is the tag of a document or of data after a comma ("C,
    records show.", "C, a new poll finds.", "C, an analysis of filed reports shows.":
    ``roles.toml`` ``document-heads``), with ``d.src`` set to the words from the comma to ``e``;
    else -1.  A noun there would have no sentence to be in (stop 22)."""
    if cue.frame != "verb" or cue.act == "hedge":
        return -1
    j = st
    while j > 0 and e - j < _TAG_SUBJ_MAX and is_word(t.words[j - 1]):
        j -= 1
    if j == 0 or t.words[j - 1] != ",":
        return -1
    words = t.words[j:e + 1]
    if not any(doc.words.types.get(w.lower()) == "document" for w in words) and not _named_tag(doc, words):
        return -1
    d.src = (t.starts[j], t.ends[e])
    return j


def _named_tag(doc: Doc, words: list[str]) -> bool:
    """Are ``words`` (between a comma and an ambiguous cue ending the sentence) a named source or an
    outlet: every word capitalised or a determiner, at least one capitalised after the first ("C,
    The Kolno Herald reports.", "C, Kolno Radio reports."), or a determiner and an outlet head
    ("C, the site reports.")?  Stop 23: such a tag was read as no speech, and the sentence shown
    in the outlet's own voice with the tag inside the claim text."""
    if not words or len(words) > 6:
        return False
    low = [w.lower() for w in words]
    if all(w[:1].isupper() or lw in ("the", "a") for w, lw in zip(words, low, strict=True)) \
            and any(w[:1].isupper() for w in words[1:] or words):
        return True
    return len(words) == 2 and low[0] == "the" and doc.words.types.get(low[1]) in ("outlet", "organisation", "document")


# ----------------------------------------------------------------------------- "as reported by X"

_AS_PREPS = frozenset(("by", "in", "on"))
_AS_NP_MAX = 10


def as_passive(doc: Doc, si: int, t: Toks, ci: int, cj: int, cue: Cue) -> Draft | None:
    """"As reported by X, C", "As stated in X's report, C", "C, as first noted by X": a speech
    participle after "as" (adverbs between) and by/in/on X is X's attribution of the main
    clause (the words after the comma, or, for a trailing "as" clause, the clause before it).
    None when "as" or the preposition and its noun phrase (up to a comma or the sentence's end)
    are missing."""
    j = ci - 1
    while j >= 0 and is_adverb(t.words[j]) or j >= 0 and t.words[j].lower() in ("first", "widely", "originally"):
        j -= 1
    n = len(t.words)
    if j < 0 or t.words[j].lower() != "as" or cj != ci + 1 or cj >= n or t.words[cj].lower() not in _AS_PREPS or \
            not t.words[ci].lower().endswith(("ed", "en", "wn")) or cue.frame not in ("verb", "tell"):
        return None
    k = cj + 1
    while k < n and (is_word(t.words[k]) or t.words[k] in ("'", "’")) and k - cj <= _AS_NP_MAX:  # "Davis' commentary"
        k += 1
    if k == cj + 1 or k - cj > _AS_NP_MAX:
        return None
    text, s = doc.text, doc.sentences[si]
    d = Draft(si, (t.starts[j + 1], t.ends[ci]), cue.act, (t.starts[cj + 1], t.ends[k - 1]), [], [])
    if j == 0 and k < n and t.words[k] == ",":
        a = t.ends[k]
        m = LEAD.match(text, a, s.end)
        a = m.end() if m else a
        if has_words(text, a, s.end):
            d.content.append((a, trim_end(text, a, s.end)))
            return d
    elif j > 1 and t.words[j - 1] == "," and (k >= n or not is_word(t.words[k])):
        d.content.append((s.start, trim_end(text, s.start, t.starts[j - 1])))
        return d if has_words(text, s.start, t.starts[j - 1]) else None
    return None


# ----------------------------------------------------------------------------- a possessor's noun

# possessive determiners that name the speaker of a possessed noun ("his claim", "their plan")
_POSS_PRON = frozenset(("his", "her", "their", "its", "our", "my", "your"))
# words between a possessor and its noun ("Ana Ruiz's own admission", "his earlier missive",
# "the agency's latest estimate of"): lower-case modifiers, at most two
_MOD_MAX = 2
_NOT_MOD = frozenset(("and", "or", "but", "to", "of", "in", "on", "for", "with", "by", "is", "was", "has", "had",
                      "would", "will", "that", "which", "who"))
# a content after the noun: an infinitive ("his promise to V"), a topic after a preposition
# ("her comments on X", "the agency's estimate of X").  A modal predicate ("her plan would V")
# was measured and left out: PolNeAR marks it as often as not.
_TOPIC_PREPS = frozenset(("of", "on", "about", "over", "regarding"))
# a frame around the possessor whose content is the main clause after the comma ("By her own
# admission, C", "Under the senator's plan, C", "In the agency's estimate, C")
_FRAME_PREPS = frozenset(("by", "under", "in", "to"))
# what ends a topic noun phrase: punctuation, a finite verb, a relative word
_TOPIC_END = frozenset(("is", "are", "was", "were", "has", "have", "had", "would", "will", "could", "can", "may",
                        "might", "should", "must", "came", "comes", "drew", "draws", "that", "which", "who",
                        "because", "as", "after", "before", "while", "but"))
_SKIP_TIME = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                        "yesterday", "earlier", "last", "this", "week", "month", "year", "night"))


def possessor_at(t: Toks, ci: int) -> int:
    """Index of the possessor token of the noun at token ``ci`` ("Ana Ruiz's", "his"; at most
    two lower-case modifiers between: "her own", "the agency's latest"), or -1."""
    j = ci - 1
    mods = 0
    while j >= 0:
        w = t.words[j]
        lw = w.lower()
        if lw in _POSS_PRON or len(w) > 2 and w.endswith(("'s", "’s")) and is_word(w[:-2]) or \
                w.endswith(("s'", "s’")) and len(w) > 3:
            return j
        if mods >= _MOD_MAX or not is_word(w) or not w.islower() or lw in _NOT_MOD:
            return -1
        mods += 1
        j -= 1
    return -1


def possessed_frame(doc: Doc, si: int, t: Toks, ci: int, cj: int, cue: Cue) -> Draft | None:
    """A noun of speech, thought or intention after its possessor, the source: "his promise to
    V" (content: the infinitive), "her comments on X" (the topic X), "By her own admission, C" /
    "Under the senator's plan, C" (the main clause).  None with no possessor or none of these
    complements ("his plan was leaked", "the senator's plan would cost more")."""
    p = possessor_at(t, ci)
    if p < 0:
        return None
    s = doc.sentences[si]
    text = doc.text
    n = len(t.words)
    d = Draft(si, (t.starts[ci], t.ends[cj - 1]), cue.act, None, [], [], frame="noun")
    w = t.words[p]
    st = p
    if w.lower() in _POSS_PRON:
        if w.lower() == "her" and p > 0 and t.words[p - 1].lower() not in _FRAME_PREPS and is_word(t.words[p - 1]) \
                and t.words[p - 1].lower() not in _NOT_MOD:
            return None  # "told her plan": an object pronoun, not a possessor
        d.src = (t.starts[p], t.ends[p])
    else:
        st = min(np_back(t, p, 0, doc.words), p)
        d.src = (t.starts[st], t.ends[p])
    j = cj
    while j < n and t.words[j].lower() in _SKIP_TIME and j - cj < 2:
        j += 1  # "her comments Tuesday on X"
    nxt = t.words[j].lower() if j < n else ""
    lead = t.words[st - 1].lower() if st > 0 else ""
    if lead in _FRAME_PREPS and (lead != "to" or st > 1 and t.words[st - 2].lower() == "according") and nxt == ",":
        a = t.ends[j]
        m = LEAD.match(text, a, s.end)
        a = m.end() if m else a
        e = s.end
        if (m := CONTENT_CUT.search(text, a, e)) is not None and m.start() > a:
            e = m.start()  # "Under X's plan, C, according to Y": Y's attribution is its own (stop 24)
        if has_words(text, a, e):
            d.content.append((a, trim_end(text, a, e)))
            return d
        return None
    if nxt == "to" and j + 1 < n and _verb_like(t.words[j + 1]):
        return _clause_to_end(doc, si, t, j, d, True)
    if nxt in _TOPIC_PREPS and j + 1 < n:
        k = j + 1
        while k < n and k - j <= 12 and is_word(t.words[k]) and not _ends_topic(t, k):
            k += 1
        if k > j + 1:
            d.cue = (d.cue[0], t.ends[j])
            d.content.append((t.starts[j + 1], t.ends[k - 1]))
            return d
    return None


def _verb_like(w: str) -> bool:
    """Can ``w``, after "to", be an infinitive's verb (lower case, no determiner, no gerund:
    "his message to McAuliffe", "her commitment to improving X" are no infinitives)?"""
    return is_word(w) and w.islower() and w not in DETS and not w.endswith("ing")


def _ends_topic(t: Toks, k: int) -> bool:
    """Does token ``k`` end a noun phrase read forward: a finite or relative word
    (``_TOPIC_END``), or a past form after a noun ("… of growth | held steady")?"""
    lw = t.words[k].lower()
    return lw in _TOPIC_END or lw.endswith("ed") and t.words[k - 1].lower() not in DETS and \
        t.words[k - 1].lower() not in _TOPIC_PREPS


def _clause_to_end(doc: Doc, si: int, t: Toks, j: int, d: Draft, infinitive: bool) -> Draft | None:
    """``d`` with its content from token ``j`` to the clause's end (a comma, a semicolon, a
    dash or the sentence's end; an ``infinitive`` also before the main clause's finite verb:
    "His promise to cut taxes | was forgotten")."""
    s = doc.sentences[si]
    k = j
    while k < len(t.words) and t.words[k] not in (",", ";", ":", "—", "–", "--", "(") and k - j < 40 and \
            not (infinitive and k > j + 1 and t.words[k].lower() in _TOPIC_END):
        k += 1
    if k <= j + 1:
        return None
    e = trim_end(doc.text, t.starts[j], min(t.ends[k - 1], s.end))
    d.content.append((t.starts[j], e))
    return d


# ----------------------------------------------------------------------------- a leading participle

_SUBJ_MAX = 8
# participles that give the setting of the main clause's cue (issue 12 item 1: "Speaking at a
# public meeting, NAME said …"), not a cue of their own
_MEDIUM_PARTICIPLES = frozenset(("speaking", "writing", "talking", "testifying", "appearing"))


def leading_participle(doc: Doc, si: int, t: Toks, ci: int, cj: int, d: Draft) -> Draft | None:
    """A speech participle opening the sentence before a comma and the main clause ("Citing the
    delays, the union called a strike", "Warning that prices would rise, the bank …"): the
    main clause's subject (the words after the comma up to its verb: an auxiliary, a cue form or
    a lower-case word in -ed) is the source, the participle's complement up to the comma the
    content.  None without such a comma and subject."""
    if t.words[ci].lower() in _MEDIUM_PARTICIPLES:
        return None  # "Writing for the panel, X noted …": the medium of X's cue, no cue of its own
    n = len(t.words)
    j = cj
    depth = 0
    while j < n and not (t.words[j] == "," and depth == 0):
        depth += t.words[j] in ("(", "“") and 1 or (t.words[j] in (")", "”") and -1 or 0)
        j += 1
    if j >= n or j == cj or j - cj > 30:
        return None
    st = j + 1
    e = st
    while e < n and e - st < _SUBJ_MAX and is_word(t.words[e]) and not _main_verb(doc, t.words[e]):
        e += 1
    if e == st or e >= n or e - st >= _SUBJ_MAX or not _main_verb(doc, t.words[e]):
        return None
    a = t.starts[cj]
    m = LEAD.match(doc.text, a, t.starts[j])
    a = m.end() if m else a
    if not has_words(doc.text, a, t.starts[j]):
        return None
    d.src = (t.starts[st], t.ends[e - 1])
    d.content.append((a, t.ends[j - 1]))
    return d


def _main_verb(doc: Doc, w: str) -> bool:
    """Can ``w`` be the main clause's verb after its subject (an auxiliary, a cue form, a
    lower-case word in -ed)?"""
    lw = w.lower()
    return w.islower() and (lw in AUX or lw.endswith("ed") or doc.cues.lookup(lw) is not None)


def judging_participle(doc: Doc, t: Toks, k: int, word: str, cue: Cue) -> bool:
    """Is an evaluative cue in -ing after a comma (token ``k``) a participle sharing the main
    clause's subject (", calling for his dismissal", ", lambasting the plan", ", praising the
    crews")?  Not a verb of armed action (", targeting the convoy", ``phrases.toml``) nor one
    that needs a clause (``complement = "clause"``: ", backing the mayor")."""
    return cue.frame == "evaluative" and t.words[k] == "," and not cue.clausal and \
        word not in doc.words.action_verbs


def armed_clause(doc: Doc, t: Toks, k: int, cj: int) -> bool:
    """Is an armed party (``armed_party`` in phrases.toml) the subject (the words up to token
    ``k``, back to the clause's start) or the object (the noun phrase from token ``cj``) of an
    action verb?"""
    armed = doc.words.armed
    i = k
    while i >= 0 and k - i < 6 and is_word(t.words[i]):
        if t.words[i].lower() in armed:
            return True
        i -= 1
    e = np_forward(t, cj, len(t.words), doc.words)
    return any(t.words[x].lower() in armed for x in range(cj, min(len(t.words), max(e, cj + 4))))


def object_then_verb(doc: Doc, t: Toks, a: int) -> bool:
    """Does the content starting at character ``a`` of a cue in a restrictive relative clause
    open with a noun phrase (after a determiner) followed by a verb cue ("Anyone who has read |
    the plan knows C", "Those who have seen | the video say C")?  Then the noun phrase is the
    relative verb's object and the cue after it the main clause's verb: the relative clause is
    no attribution, it is part of the main verb's source (stop 22's finding, stop 24)."""
    i = t.at(a)
    n = len(t.words)
    if i >= n or t.words[i].lower() not in DETS:
        return False
    e = i + 2  # the noun after the determiner is the object's, whatever it is ("the plan")
    while e < n and e - i <= 4 and is_word(t.words[e]) and doc.cues.forms.get(t.words[e].lower()) is None:
        e += 1
    if e >= n or not t.words[e].islower():
        return False
    c = doc.cues.forms.get(t.words[e].lower())
    return c is not None and c.frame in ("verb", "tell", "evaluative")
