"""Noun phrases: the third rung of :mod:`claimcheck.parse.attributions`.

Where a source's noun phrase starts when read back from a cue (:func:`np_back`), where one
ends when read forward (:func:`np_forward`, :func:`right_np`), a time phrase between a subject
and its verb (:func:`time_back`), and whether a word can end a source's noun phrase.  All work
on a sentence's :class:`~claimcheck.parse.attributions.tokens.Toks` by token index.
"""

from __future__ import annotations

from claimcheck.parse.attributions.grammar import (
    AUX, CAUSATIVES, CLAUSE_AUX, DETS, INTRO, POSS, LEAD_ADVERBS, NP_INNER, PRONOUNS, QUANT_HEADS, QUOTES, REL, TIME_HEADS, TIME_MODS, TIME_NOUN_PREPS, TIME_PREPS, TIME_UNITS,
)
from claimcheck.parse.attributions.state import Doc
from claimcheck.parse.attributions.tokens import Toks, is_adverb, is_word
from claimcheck.parse.patterns import Words
from claimcheck.text.tokens import STOP_SUBJECT_END

MARKER_REACH = 60  # characters before a cue searched for an anonymity marker (and after a source)


def np_back(t: Toks, k: int, lo: int, wl: Words) -> int:
    """Start index of the noun phrase that ends at token ``k`` (scanning back, not past ``lo``);
    ``k + 1`` when there is none.  ``wl``: the source word lists."""
    i = k
    n = 0
    while i >= lo and n < 14:
        w = t.words[i]
        lw = w.lower()
        if not is_word(w):
            if w in ("-", "&", "'", "’", "/") and i > lo:
                i -= 1
                continue
            if w == "@" and i < k and t.ends[i] == t.starts[i + 1]:
                i -= 1  # a social-media handle: "one Twitter user @ana_ruiz"
                n += 1
                continue
            if w == ")" :
                j = i
                while j >= lo and t.words[j] != "(":
                    j -= 1
                if j >= lo and i - j < 8:
                    i = j - 1
                    continue
            if w == "." and i > lo and t.words[i - 1][0].isupper():  # "Jr." style
                i -= 1
                continue
            break
        if lw in NP_INNER and w[0].isupper() and i == lo and i < k:
            i -= 1  # a capitalised name particle opening the sentence: "De Blasio"
            n += 1
            continue
        if lw in NP_INNER:
            # inner word only between two parts of the phrase ("and" only between names)
            if i - 1 < lo or not is_word(t.words[i - 1]) or t.words[i - 1].lower() in STOP_SUBJECT_END:
                break
            if lw in ("and", "&") and not (t.words[i - 1][0].isupper() and t.words[i + 1][0].isupper()) and \
                    not (_plural(t.words[i - 1]) and _plural(t.words[i + 1])):  # "Companies and individuals"
                break
            i -= 1
            n += 1
            continue
        if lw in ("with", "to", "on", "of") and i - 2 >= lo and t.words[i - 1].lower() in wl.knowing:
            # "a source familiar with the matter", "officials close to the talks", "people briefed on"
            i -= 2
            n += 2
            continue
        if lw in ("from", "by", "on", "in") and i - 1 >= lo and \
                wl.types.get(t.words[i - 1].lower()) in ("document", "social_media"):
            i -= 1
            n += 1
            continue
        if lw in ("to", "from", "at") and i - 1 >= lo and is_word(t.words[i - 1]) and _pp_head(lw, t.words[i - 1], wl):
            # "a senior aide to President Ana Ruiz", "The senator from Ohio": the aide, the senator
            i -= 1
            n += 1
            continue
        skip = _examples_of(t, i, lo)
        if skip:
            i -= skip  # "Experts like Ana Ruiz", "groups such as the Tax Fund": the examples belong to the plural
            n += 1
            continue
        if lw in ("on", "in") and i - 1 >= lo and t.words[i + 1][0].isupper() and _np_head(t.words[i - 1], wl):
            # "the Commission on Presidential Debates", "Republicans on the House committee"
            i -= 1
            n += 1
            continue
        if lw in STOP_SUBJECT_END and not (w[0].isupper() and i != lo and (
                lw not in AUX or t.words[i - 1][0].isupper())):  # "Theresa May"
            break
        if lw in DETS:
            i -= 1
            if i - 2 >= lo and t.words[i].lower() in ("with", "to", "on", "of") and t.words[i - 1].lower() in wl.knowing:
                i -= 2  # "a source familiar with | the matter"
                n += 2
                continue
            if i - 1 >= lo and is_word(t.words[i - 1]) and (t.words[i].lower() in ("of", "for", "at") or _examples_of(t, i, lo) or (
                    t.words[i].lower() in ("from", "by", "on", "in") and
                    wl.types.get(t.words[i - 1].lower()) in ("document", "social_media"))):
                continue
            if i - 1 >= lo and is_word(t.words[i - 1]) and t.words[i].lower() in ("on", "in") and \
                    t.words[i + 2][0].isupper() and _np_head(t.words[i - 1], wl):
                i -= 1  # "Republicans on | the House committee", "Democrats in | the Senate"
                n += 1
                continue
            if i - 1 >= lo and is_word(t.words[i - 1]) and _pp_head(t.words[i].lower(), t.words[i - 1], wl):
                i -= 1  # past the preposition to its head noun
                n += 1
                continue
            break
        if lw in REL or lw in CAUSATIVES and i < k and w.islower():
            break  # "help | people understand": the verb is not the subject's
        if w.islower() and lw.endswith("ed") and lw not in wl.ed_adjectives and \
                not (i - 1 >= lo and t.words[i - 1].lower() in DETS):
            break
        i -= 1
        n += 1
    start = i + 1
    # never begin on an inner word
    while start <= k and t.words[start].lower() in NP_INNER and \
            not (t.words[start][0].isupper() and start < k and t.words[start + 1][0].isupper()):
        start += 1
    # "At | the time civil defence services said": a time noun after a preposition with no comma
    # is the adverbial's, not the speaker's (text27, READER26 "The time civil defense services had …")
    if start - 1 >= lo and t.words[start - 1].lower() in TIME_NOUN_PREPS \
            and t.words[start].lower() in ("the", "that", "this"):
        skip = 3 if start + 2 <= k and t.words[start + 1].lower() == "same" else 2
        if start + skip <= k and t.words[start + skip - 1].lower() in TIME_HEADS:
            start += skip
    return start


def _examples_of(t: Toks, i: int, lo: int) -> int:
    """How many words ("like": 1, "such as": 2) at token ``i`` join examples to the plural noun
    before them ("Experts like Ana Ruiz", "groups such as the Tax Fund"); 0 when none, or when
    the word before is a verb after a pronoun ("It looks like …")."""
    lw = t.words[i].lower()
    h = i - 1 if lw == "like" else i - 2 if lw == "as" and i >= 1 and t.words[i - 1].lower() == "such" else -1
    if h < lo or not _plural(t.words[h]) or h > 0 and t.words[h - 1].lower() in PRONOUNS:
        return 0
    return i - h


def joined_subject(t: Toks, st: int, head: int, wl: Words) -> int:
    """Start of a subject whose noun phrase at token ``st`` is the last of a joined series:
    "the mayor and the governor", "Both the mayor and the governor", "The family, protesters
    and civic leaders", "The former first lady and U.S. senator".  The part before "and" must
    end in a head that can speak (a role, a name, a plural) and open the clause (at the
    sentence start, after punctuation or "both"), so an object is never joined: "He met the
    ministers and the mayor said" keeps "the mayor".  ``st`` itself when nothing is joined;
    ``head`` is the last token of the phrase at ``st``."""
    if st < 2:
        return st
    if t.words[st - 1].lower() in ("and", "&"):
        left = _joined_part(t, st - 2, wl, comma=False)
        if left < 0:
            return st
    elif t.words[st - 1] == "," and any(x.lower() in ("and", "&") for x in t.words[st:head]):
        left = st  # "Protesters, | engineers and residents": the last two are joined already
    else:
        return st
    while left >= 2 and t.words[left - 1] == ",":
        more = _joined_part(t, left - 2, wl, comma=True)
        if more < 0:
            break
        left = more
    if left > 0 and t.words[left - 1].lower() == "both":
        left -= 1
    if left > 0 and is_word(t.words[left - 1]) and t.words[left - 1].lower() not in ("and", "but", "while", "as"):
        return st
    return left


def _joined_part(t: Toks, j: int, wl: Words, comma: bool) -> int:
    """Start of the joined part that ends at token ``j``, or -1 when it is no speaker."""
    w_ = t.words[j]
    lw = w_.lower()
    if not is_word(w_) or lw in PRONOUNS or lw in DETS:
        return -1
    # a plural in -ings is a gerund ("meetings"), but "my siblings", "his underlings" are people
    role = lw in wl.types or lw in wl.anon_kind or (_plural(w_) and w_.islower() and (
        not lw.endswith("ings") or lw.endswith("lings") and j > 0 and t.words[j - 1].lower() in POSS))
    if not role and (comma or not w_[0].isupper()):
        return -1
    st = np_back(t, j, 0, wl)
    if st > j or j - st > 5:
        return -1
    det = t.words[st].lower() in DETS  # adjectives only after a determiner: "the former first lady"
    for x in t.words[st:j]:  # a noun phrase of determiners, names, role words and adjectives only
        lx = x.lower()
        if not (lx in DETS or x[0].isupper() or x[0].isdigit() or lx in wl.types or lx in wl.anon_kind
                or x in ("-", "&", ".", "'", "’") or det and _adjective(x, wl)):
            return -1
    return st


def _adjective(w_: str, wl: Words) -> bool:
    """Can the lower-case word ``w_`` modify a speaker's head inside a joined subject ("the
    former first lady", "civic leaders")?  No function word, participle or verb form."""
    lw = w_.lower()
    return w_.isalpha() and w_.islower() and lw not in STOP_SUBJECT_END and lw not in REL and \
        not lw.endswith("ing") and (not lw.endswith("ed") or lw in wl.ed_adjectives)


def _plural(w_: str) -> bool:
    """A plural common noun ("companies", "Individuals"): ends in -s, not -ss, not a name in capitals."""
    lw = w_.lower()
    return is_word(w_) and len(lw) > 3 and lw.endswith("s") and not lw.endswith("ss") and w_[1:].islower()


def _pp_head(prep: str, head: str, wl: Words) -> bool:
    """Does a prepositional phrase "PREP the …" belong to the noun ``head`` before it, so the
    source is the whole phrase: "Drivers in the capital", "Two doctors at the hospital",
    "Officials with the agency", "The senator from Ohio" (a person's role), "An
    aide to the President" (a role ``to`` its principal), "The union's letter to the board" (a
    document ``to`` its addressee)?"""
    lw = head.lower()
    if prep in ("in", "at", "within", "among") and lw in QUANT_HEADS:
        return True  # "Some in the party", "Many at the rally"
    if prep in ("in", "at", "from", "with") and lw.endswith("s") and not lw.endswith("ss") and len(lw) > 3:
        return head.islower() or head[1:].islower() and lw not in TIME_UNITS
    if prep in ("from", "at") and head.islower() and wl.types.get(lw) == "person":
        return True  # "The senator from Ohio", "a spokesman at the embassy"
    return prep == "to" and (lw in wl.principal_roles or lw in wl.anon_kind and wl.types.get(lw) == "person" or
                             wl.types.get(lw) == "document")  # "The party's complaint to the board says"


def _np_head(w_: str, wl: Words) -> bool:
    """Can ``w_`` be the head noun before a post-modifier "on/in <Name>"? (a capitalised word
    that is no month or day, or a plural or role noun)"""
    lw = w_.lower()
    if not is_word(w_) or lw in STOP_SUBJECT_END or lw in DETS:
        return False
    if w_[0].isupper():
        return lw not in TIME_UNITS
    return lw in wl.anon_kind or wl.types.get(lw) in ("person", "group", "organisation")


def np_forward(t: Toks, i: int, hi: int, w: Words, outlets_only: bool = False) -> int:
    """End index (exclusive) of a noun phrase starting at token ``i`` (names, titles, outlet
    words, determiners); ``i`` when there is none."""
    j = i
    seen_word = False
    while j < hi and j - i < 10:
        tok = t.words[j]
        lw = tok.lower()
        if not is_word(tok):
            if tok in ("-", "&", "'", "’") and seen_word and j + 1 < hi and is_word(t.words[j + 1]):
                j += 1
                continue
            break
        if lw in DETS and not seen_word:
            j += 1
            continue
        if tok[0].isupper() or tok[0].isdigit():
            seen_word = True
            j += 1
            continue
        if lw in w.outlet_words or lw in w.journalist_words or lw in w.types or lw in w.states:
            seen_word = True
            j += 1
            continue
        if lw in NP_INNER and seen_word and j + 1 < hi and t.words[j + 1][0].isupper():
            j += 1
            continue
        if not outlets_only and not seen_word and lw not in STOP_SUBJECT_END and lw not in AUX:
            # lower-case modifiers before the head ("the Russian news agency", "senior officials")
            j += 1
            continue
        break
    while j > i and (t.words[j - 1].lower() in DETS or t.words[j - 1].lower() in NP_INNER):
        j -= 1
    return j


def time_back(ws: list[str], k: int, wl: Words) -> int:
    """Index of the token before a time phrase that ends at ``k`` and stands between a subject
    and its verb ("a poll released in late August | found", "the bank just this month |
    announced"); ``k`` when there is none."""
    i = k
    while i >= 0 and (ws[i].isdigit() or ws[i] == ","):
        i -= 1
    if i < k and not (k >= 0 and ws[k].isdigit() and len(ws[k]) == 4) and \
            not (i == k - 1 and len(ws[k]) <= 2 and ws[i].lower() in TIME_UNITS):
        i = k  # only a year or a day after its month ("released August 2"), not any number
    if i >= 0 and ws[i].lower() in TIME_UNITS and (i == k or ws[i + 1].isdigit()):
        i -= 1
        if i >= 0 and ws[i].lower() in TIME_MODS:
            i -= 1
    elif i == k:
        return k
    if i >= 0 and ws[i].lower() in TIME_PREPS:
        i -= 1
    elif i < k and ws[i + 1].lower() not in TIME_MODS and not (i >= 1 and ws[i].lower() in wl.reduced_relatives):
        return k  # "Monday" alone, "August 2001" without a preposition: a name, not a time phrase
        # (but "a poll released Monday | found": a time phrase after a participle)
    while i >= 0 and is_word(ws[i]) and is_adverb(ws[i]):
        i -= 1
    if i >= 1 and ws[i].lower() in wl.reduced_relatives:
        i -= 1
    if i < 0 or not is_word(ws[i]) or ws[i].lower() in STOP_SUBJECT_END and ws[i].lower() not in PRONOUNS:
        return k
    return i


def lead_time(t: Toks, st: int, k: int) -> int:
    """Start of a subject noun phrase ``st``..``k`` once a time phrase glued before it without a
    comma is left out ("Late on Tuesday | Anna Berg said", "On Sunday | the ministry said");
    ``st`` when it opens with none."""
    i = st
    seen_unit = -1
    while i < k:
        lw = t.words[i].lower()
        if lw in TIME_UNITS or lw in ("yesterday", "today", "tonight"):
            seen_unit = i
        elif not (lw in TIME_MODS or lw in TIME_PREPS or lw in ("at", "on", "the", "of") or t.words[i].isdigit()):
            break
        i += 1
    if seen_unit < 0 or i > k or not all(t.words[x].isdigit() for x in range(seen_unit + 1, i)):
        return st
    return i


def lead_phrase(t: Toks, comma: int) -> bool:
    """Do tokens before the comma at ``comma`` form an opening adverbial or participle phrase
    ("Speaking at a public meeting,", "After the vote on Thursday,", "Asked about the delay,"),
    with no quotation or other comma in it?"""
    if comma < 1 or not is_word(t.words[0]):
        return False
    w0 = t.words[0]
    lw = w0.lower()
    opener = lw in INTRO or lw in LEAD_ADVERBS or (w0[0].isupper() and lw.endswith(("ing", "ed")) and len(lw) > 4)
    return opener and not any(x in QUOTES or x == "," for x in t.words[:comma])


def source_like(w_: str, w: Words) -> bool:
    """Can this word end the noun phrase of a source? (names, pronouns, people, bodies)"""
    lw = w_.lower()
    if w_[0].isupper() or w_[0].isdigit():
        return True
    return lw in PRONOUNS or lw in w.anon_kind or lw in w.types or lw in w.outlet_words or \
        lw in w.states or (lw.endswith("s") and len(lw) > 3 and not lw.endswith("ss"))


HEAD_PREPS = frozenset(("of", "from", "in", "at", "on"))


def head_source_like(ws: list[str], st: int, k: int, w: Words, any_prep: bool = False) -> bool:
    """Can the noun phrase of words ``st``..``k`` of ``ws`` be a source by its head, the word
    before its first preposition ("Video of the incident", "leaked documents from his tax
    return", "an analysis of campaign reports")?  The last word decides otherwise
    (:func:`source_like`).  ``any_prep``: any preposition of the window will do (the cue gate,
    which does not know where the noun phrase starts)."""
    if source_like(ws[k], w):
        return True
    for x in range(max(st, 0) + 1, k):
        if ws[x].lower() in HEAD_PREPS:
            h = ws[x - 1]
            lh = h.lower()
            ok = is_word(h) and (h[0].isupper() or lh in w.types or lh in w.anon_kind or lh in w.outlet_words or
                                 x - 1 > st and _plural(h) and not lh.endswith("ings") and
                                 ws[x - 2].lower() not in ("this", "that", "it", "he", "she"))
            if ok or not any_prep:
                return ok
    return False


def title_case(t: Toks) -> bool:
    """Is the sentence written in Title Case (most words over three letters capitalised)?"""
    ws = [x for x in t.words if is_word(x) and len(x) > 3]
    return bool(ws) and sum(1 for x in ws if x[0].isupper()) >= 0.7 * len(ws)


def right_np(doc: Doc, t: Toks, i: int) -> int:
    """End of the source after an inverted cue: "said Ana Ruiz, the mayor of X." up to the
    sentence end, a participle clause, a quotation or a preposition of time/place."""
    j = i
    n = len(t.words)
    while j < n and j - i < 30:
        w_ = t.words[j]
        lw = w_.lower()
        if w_ == "(" and j > i and _acronym_after(t, j):
            j += 3  # "according to the Alliance to Reclaim Our Schools (AROS)": the name's acronym
            continue
        if w_ in QUOTES or w_ in (".", "!", "?", ";", ":", "(") :
            break
        if j > i and (lw.endswith("ing") or lw == "on") and \
                doc.words.marker_regex.match(doc.text[t.starts[j]:t.starts[j] + MARKER_REACH].lower()):
            break  # "said an official | speaking on condition of anonymity": the marker is no part of the source
        if j > i and lw in ("who", "whose"):
            if lw == "who" and _speaking_relative(doc, t, j):
                break  # "said Ana Ruiz, who emphasized that C": the clause is an attribution of its own
            # "said Ana Ruiz, who chairs X" / "said Ana Ruiz, an economist who served as …":
            # PolNeAR keeps the relative clause in the source, up to the sentence's end
            return _relative_end(t, j)
        if w_ == "," and j + 1 < n and (t.words[j + 1].lower().endswith("ing") or t.words[j + 1] in QUOTES
                                         or t.words[j + 1].lower() in ("and", "but", "adding", "as", "in", "on")):
            break
        if j > i and lw == "to" and _name_joiner(t, j):
            j += 1  # "the Alliance to Reclaim Our Schools": one title-case name across "to"
            continue
        if j > i and lw in ("on", "in", "at") and _anon_pp(doc, t, j):
            j += 2  # "said one source on the panel", "said an official at the ministry"
            continue
        if j > i and lw in ("in", "on", "during", "after", "before", "at", "to", "when", "while", "as", "of", "about") and \
                not (lw == "of" and j + 1 < n and t.words[j + 1][0].isupper()) and \
                not (lw not in ("when", "while", "as", "during", "after", "before") and _appositive_so_far(t, i, j)):
            break
        if j == i and (lw in STOP_SUBJECT_END and lw not in DETS):
            return i
        j += 1
    while j > i and not is_word(t.words[j - 1]) and not (j - 3 > i and t.words[j - 1] == ")" and _acronym_after(t, j - 3)):
        j -= 1
    return j


def _speaking_relative(doc: Doc, t: Toks, j: int) -> bool:
    """Is the verb of the relative clause opening with "who" at token ``j`` (past auxiliaries
    and adverbs) an unambiguous verb cue ("who emphasized that", "who has long argued")?  Such a
    clause is the relative pronoun's own attribution, so PolNeAR leaves it out of the source of
    the cue before it."""
    x = j + 1
    while x < len(t.words) and x - j < 4 and is_word(t.words[x]) and is_adverb(t.words[x]):
        x += 1
    c = doc.cues.forms.get(t.words[x].lower()) if x < len(t.words) else None
    return c is not None and not c.ambiguous and c.frame in ("verb", "tell")


def _name_joiner(t: Toks, j: int) -> bool:
    """Does the lower-case "to" at token ``j`` join two parts of one title-case name ("the
    Alliance to Reclaim Our Schools", "Coalition to Stop Gun Violence"): a capitalised word on
    each side, neither a month nor a day, and the word after it followed by another capitalised
    word (so "said Ana Ruiz to Congress" stays a name and a recipient)?"""
    n = len(t.words)
    if j < 1 or j + 2 >= n or t.words[j] != "to":
        return False
    before, after, then = t.words[j - 1], t.words[j + 1], t.words[j + 2]
    return is_word(before) and before[0].isupper() and is_word(after) and after[0].isupper() and \
        is_word(then) and then[0].isupper() and after.lower() not in TIME_UNITS and then.lower() not in TIME_UNITS


def _acronym_after(t: Toks, j: int) -> bool:
    """Is the parenthesis opening at token ``j`` a name's acronym ("(AROS)", "(NAACP)") right
    after a capitalised word?"""
    n = len(t.words)
    return j + 2 < n and t.words[j + 2] == ")" and is_word(t.words[j - 1]) and t.words[j - 1][0].isupper() and \
        t.words[j + 1].isalpha() and t.words[j + 1].isupper() and len(t.words[j + 1]) >= 2


def _relative_end(t: Toks, j: int) -> int:
    """End (exclusive) of a relative clause opening at token ``j``: before a quotation, a colon,
    a semicolon, a parenthesis, a participle or quotation after a comma, or the sentence's end."""
    n = len(t.words)
    e = j
    while e < n:
        w_ = t.words[e]
        if w_ in QUOTES or w_ in (";", ":", "(", "!", "?") or w_ == "." and e == n - 1:
            break
        nx = t.words[e + 1].lower() if e + 1 < n else ""
        if w_ == "," and nx and (t.words[e + 1] in QUOTES or nx in CLAUSE_AUX or
                                 nx.endswith("ing") and nx not in ("during", "including")):
            break
        e += 1
    while e > j and not is_word(t.words[e - 1]):
        e -= 1
    return e


def _anon_pp(doc: Doc, t: Toks, j: int) -> bool:
    """Does the preposition at token ``j`` open a place modifier of an unnamed source before it
    ("one source on the panel", "an official at the ministry", "residents in the town"), not a
    medium or a time ("an official in a statement", "a source on Tuesday")?"""
    w = doc.words
    if j + 2 >= len(t.words) or t.words[j - 1].lower() not in w.anon_kind:
        return False
    if t.words[j + 1].lower() not in ("the", "a", "an", "that", "this"):
        return False
    noun = t.words[j + 2].lower()
    media = next((ws for k, ws in w.adverbial_words if k == "medium"), ())
    return is_word(noun) and noun not in TIME_UNITS and noun not in media and not noun.endswith("ing") and \
        noun not in ("time", "moment", "outset", "start", "end", "beginning", "height", "request", "behest")


def _appositive_so_far(t: Toks, i: int, j: int) -> bool:
    return "," in t.words[i:j]


def is_outlet(t: Toks, i: int, e: int, w: Words) -> bool:
    """Do tokens ``i`` to ``e`` (exclusive) name an outlet or a journalist?  A phrase whose last
    word is a lower-case medium noun ("a Facebook post", "his blog", "a press release";
    ``phrases.toml`` kind ``medium``) is what someone spoke in, no outlet (stop 24)."""
    last = t.words[e - 1] if e > i else ""
    if last.islower() and any(last == x for k, ws in w.adverbial_words if k == "medium" for x in ws):
        return False
    ws = [x.lower() for x in t.words[i:e]]
    if any(x in w.outlet_words or x in w.journalist_words for x in ws):
        return True
    return bool(w.outlet_regex.search(" ".join(t.words[i:e])))


def place_apposition(t: Toks, p: int, k: int) -> int:
    """"Ana Ruiz, of Ashton, Md., said": when the words between the commas at ``p`` and ``k``
    are a capitalised place after an apposition that opens with "of"/"from", the apposition
    starts at the comma before it; else ``p``."""
    if not all(is_word(x) and x[0].isupper() or x == "." for x in t.words[p + 1:k]) or k - p > 4:
        return p
    q = p - 1
    while q > 0 and p - q < 6 and t.words[q] != ",":
        q -= 1
    if q > 0 and t.words[q] == "," and t.words[q + 1].lower() in ("of", "from") and q + 2 < p:
        return q
    return p


def catenative_at(ws: list[str], i: int, wl: Words) -> int:
    """Index of the catenative word (``phrases.toml`` kind ``catenative``: "needs", "able",
    "quick") that governs an infinitive whose verb is token ``i`` of ``ws`` — "needs to | tell",
    "was able to consistently | tout", "were quick to | point out" — so its subject speaks; -1
    when the token before ``i`` (past a split infinitive's adverb in -ly) is no "to" after one.
    ``i`` may be ``len(ws)`` (the cue gate reads only the words before the cue)."""
    j = i - 1
    while j > 0 and ws[j].islower() and len(ws[j]) > 4 and ws[j].endswith("ly"):
        j -= 1  # "to consistently | tout"
    if j < 1 or ws[j].lower() != "to":
        return -1
    return j - 1 if ws[j - 1].lower() in wl.catenatives else -1


PP_OPENERS = frozenset(("in", "at", "on", "for", "with", "without", "after", "before", "during", "among", "under"))


def pp_before_participle(t: Toks, k: int) -> int:
    """Index of the comma before a short prepositional phrase that ends at token ``k``, right
    before a participle (", in many cases reporting C", ", for years denying C"): the
    participle then shares the main clause's subject, never the phrase's noun; -1 when there is
    none.  At most four lower-case words, the first a preposition, none a participle."""
    x = k
    while x > 0 and k - x < 4 and is_word(t.words[x]) and t.words[x].islower() and \
            not t.words[x].endswith(("ing", "ed")):
        if t.words[x] in PP_OPENERS:
            return x - 1 if t.words[x - 1] == "," and x < k else -1
        x -= 1
    return -1


def marker_ends(w: Words) -> frozenset[str]:
    """The last words of the multi-word anonymity markers, kept in ``w.memo``."""
    ends = w.memo.get(_ENDS_KEY)
    if ends is None:
        ends = w.memo[_ENDS_KEY] = frozenset(m.split()[-1] for m in w.anon_markers if " " in m)
    return ends


_ENDS_KEY = ("\x00marker-ends",)


def marker_before(doc: Doc, lo: int, a: int) -> int:
    """Where a multi-word anonymity marker (``anonymity.toml`` ``anonymity-markers``: "speaking on
    condition of anonymity", "who asked not to be named") that ends right before character ``a``
    starts (only spaces between it and ``a``; none before ``lo``, the sentence's start); -1 when
    there is none.  "An official speaking on condition of anonymity said C": the marker
    modifies the source before it and is never the source (stop 24: the source was "condition
    of anonymity")."""
    text = doc.text
    e = a
    while e > lo and text[e - 1].isspace():
        e -= 1
    p = text.rfind(" ", max(lo, e - 16), e) + 1
    if p <= 0 or text[p:e].lower() not in marker_ends(doc.words):
        return -1
    start = max(lo, a - MARKER_REACH)
    part = text[start:e]
    low = part.lower()
    if len(low) != len(part):
        return -1
    for m in doc.words.marker_regex.finditer(low):
        if m.end() == len(low) and (m.start() == 0 and start == lo or not low[m.start() - 1].isalnum()):
            return start + m.start()
    return -1
