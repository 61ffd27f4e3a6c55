"""Sources: the fourth rung of :mod:`claimcheck.parse.attributions`.

A source noun phrase is classified by its words (:func:`classify`: named, anonymous or
"sources said"; person, group, organisation, outlet, ...; the actor's display name) and
pronouns and definite anaphors ("he", "the spokesman", "the news site") are resolved to an
earlier source of the article (:func:`resolve_source`).
"""

from __future__ import annotations

import re

from claimcheck.model import Source, Span
from claimcheck.parse.attributions.grammar import (
    ANAPHOR, AUX, DEMONYM, DETS, INTRO, NAME_PARTICLE, NUMBER_WORDS, POSSESSIVES, PRONOUNS,
)
from claimcheck.parse.attributions.phrases import np_forward
from claimcheck.parse.attributions.state import Doc, Draft, Mention
from claimcheck.parse.attributions.tokens import TOKEN, Toks
from claimcheck.parse.patterns import Words
from claimcheck.text.calendar import CARDINALS
from claimcheck.text.tokens import STOP_SUBJECT_END

MEMO_MAX = 50_000


def classify(words_: list[str], w: Words, sentence_text: str = "") -> tuple[str, str, str | None, str]:
    """(kind, type, actor, head) of a source noun phrase given as its words; ``sentence_text``
    (lower-cased) is searched for anonymity markers ("speaking on condition of anonymity").
    Results are memoised on the lexicon object: sources repeat ("he", "officials")."""
    marked = bool(sentence_text) and w.marker_regex.search(sentence_text) is not None
    described = False
    for j in range(1, len(words_) - 1):
        # "a source familiar with the matter": classified by its head; described, so anonymous
        if words_[j].lower() in w.knowing and words_[j + 1].lower() in ("with", "to", "on", "of"):
            words_, marked, described = words_[:j], True, True
            break
    key = (tuple(words_), marked)
    got = w.memo.get(key)
    if got is None:
        if len(w.memo) > MEMO_MAX:
            w.memo.clear()
        got = w.memo[key] = _classify(words_, w, marked)
    if described and got[0] == "sources_said":
        got = ("anonymous",) + got[1:]
    return got


def _classify(words_: list[str], w: Words, marked: bool) -> tuple[str, str, str | None, str]:
    if not words_:
        return "sources_said", "unknown", None, ""
    lws = [x.lower() for x in words_]
    described = False
    # the head comes before a post-modifier: "a statement from the presidency", "spokesman of X"
    cut = next((i for i, x in enumerate(lws) if i > 0 and x in ("from", "of", "by", "at", "for", "on", "in", "with", "to")), len(lws))
    head = lws[cut - 1]
    if len(lws) == 1 and head in PRONOUNS:
        return "named", PRONOUNS[head], None, head
    # proper names: capitalised words that are not determiners, titles, heads or place words
    proper: list[str] = []
    # "an aide to President X", "a spokesman for X", "officials at X": a described person or
    # group of a principal; the principal's name does not name the source
    last = cut if cut < len(lws) and (lws[cut] in ("to", "for", "at", "in", "from", "with") and head in w.anon_kind
                                      or lws[cut] == "of" and head in w.principal_roles) else len(words_)
    for i, x in enumerate(words_[:last]):
        lx = lws[i]
        if not x[0].isupper():
            continue
        if lx in DETS or lx in w.states or lx in w.anon_kind or lx in w.types or lx in PRONOUNS or lx in CARDINALS or \
                lx.split("-")[0] in NUMBER_WORDS or \
                (i == 0 and (lx in AUX or lx in STOP_SUBJECT_END or lx.endswith("ly") or lx in w.ed_adjectives)):
            continue
        if DEMONYM.match(x) and i < len(words_) - 1:
            continue
        if x.isupper() and len(x) > 3 and i == 0 and len(words_) > 1:
            pass
        proper.append(x)
    joined = " ".join(lws)
    typ = "unknown"
    for lx in lws[:cut]:
        t_ = w.types.get(lx)
        if t_:
            typ = t_
    # an outlet word names an outlet unless it only modifies a common noun after it
    # ("independent monitors", "press officers" are no outlets; "the news agency X", "the Zenda Post" are)
    n = len(lws)
    if any(lws[i] in w.outlet_words and not any(words_[y].islower() and lws[y] not in w.outlet_words for y in range(i + 1, n))
           for i in range(max(0, n - 3), n)) and (typ in ("unknown", "organisation") or
                                                  typ == "social_media" and n > 1 and words_[-1][0].isupper()):
        typ = "outlet"
    if w.outlet_regex.search(" ".join(words_)):
        typ = "outlet"
    if joined in w.states or (len(lws) == 2 and lws[0] == "the" and lws[1] in w.states):
        typ = "state"
    kind = "named"
    akind = w.anon_kind.get(head)
    if akind is None and len(lws) >= 2:
        akind = w.anon_kind.get(" ".join(lws[-2:]))
    if marked or w.marker_regex.search(joined) is not None or \
       any(m in lws for m in w.anon_markers if " " not in m):
        akind = akind or "anonymous"
        proper = [] if akind else proper
    if proper and akind and cut == len(lws) and words_[-1].islower() and lws[-1] == head and \
            w.types.get(head) not in ("document", "social_media"):
        # "one GOP source", "a Lindmark Bank spokesman", "White House aides": a described
        # person or group of a named body (its name only modifies the head), not the body;
        # a document is its author's ("the Upland Post's report")
        proper = []
        described = akind == "sources_said"
    if not proper:
        if akind:
            kind = "anonymous" if described else akind
        elif typ in ("document",) and head in ("report", "reports"):
            kind = "sources_said"
        elif typ in ("document", "social_media") and words_[-1].islower():
            kind = "anonymous"  # a common noun ("a statement", "a blog post", "command posts") names nobody
        elif typ == "outlet" and words_[-1].islower():
            kind = "anonymous"  # a medium by its common noun ("the newspaper", "the broadcaster") names nobody
        elif typ == "unknown" and head.endswith("s") and words_[-1].islower():
            kind = "anonymous"
            typ = "group"
        elif typ == "person" and _demonym_principal(words_, lws, head, w) is not None:
            # "the Ruritanian president": one office of a state named by its adjective, as "the
            # president of Ruritania" is; its actor is the principal (src26)
            proper = [_demonym_principal(words_, lws, head, w) or ""]
        elif typ in ("person", "group") and words_[-1].islower() and lws[0] in DETS:
            kind = "anonymous"  # a role without a name: "the harbour master"
        elif typ == "group" and words_[-1].islower():
            kind = "anonymous"  # a described group: "Twelve percent of nurses", "46 percent"
        elif typ == "person":
            kind = "anonymous"  # a role without a name, as a headline writes it: "Ambassador says"
    if kind == "named" and typ == "unknown" and proper:
        typ = "person" if len(proper) >= 2 else "unknown"
    actor = " ".join(_without_possessor(_name_run(words_, w), w)) or None if kind == "named" else None
    if kind == "named" and not actor:
        actor = " ".join(x for x in words_ if x.lower() not in DETS) or None
    if actor is not None and len(actor) > 3 and actor.endswith(("'s", "’s")):
        actor = actor[:-2]  # "Freedonia's foreign ministry": the ministry of Freedonia, never "Freedonia's" (stop 26)
    return kind, typ, actor, head


_GENITIVE = re.compile(r"['’]s?$")


def _without_possessor(run: list[str], w: Words) -> list[str]:
    """A name run without a possessor's "'s": "Ruritania's" (of "Ruritania's president") ->
    "Ruritania", the principal whose office speaks, as "the president of Ruritania" gives it;
    "Ruritania's Karl Brandt" -> "Karl Brandt" (a name after the possessor is the source's own);
    "Ruritania's Defence Ministry" -> "Ruritania" (titles and heads are no name); one name word
    after it is a name of its own with a possessive inside ("People's Daily", "Rifleman's Creed"),
    kept whole.  An actor's name never ends on a possessive (src26)."""
    for i, x in enumerate(run):
        if len(x) > 2 and _GENITIVE.search(x) and x[0].isupper() and (x.endswith(("'s", "’s")) or x[-2] == "s"):
            after = run[i + 1:]
            if len(after) >= 2 and _real_name(after, w):
                return after
            if len(after) == 1 and _real_name(after, w):
                return run  # one name word after it: a name with a possessive inside ("People's Daily")
            return [*run[:i], _GENITIVE.sub("", x)]
    return run


def _demonym_principal(words_: list[str], lws: list[str], head: str, w: Words) -> str | None:
    """The place adjective of "the Ruritanian president" (a definite singular office that no
    ``anonymity.toml`` head makes unnamed, modified by one capitalised demonym before its head),
    else None."""
    if lws[0] != "the" or head.endswith("s") or head in w.anon_kind or not words_[-1].islower():
        return None
    caps = [x for x in words_[1:] if x[0].isupper()]
    return caps[0] if len(caps) == 1 and DEMONYM.match(caps[0]) and caps[0] != words_[-1] else None


def principal_place(doc: Doc, actor: str | None) -> str | None:
    """A source's actor that is only a place adjective ("Freedonian", of "the Freedonian defence
    ministry") as the place it names: the gazetteer's state ("French" -> "France"), else the word
    it extends by a regular demonym ending (``names.toml`` ``demonym_ending``) when the article
    writes it ("Freedonian" -> "Freedonia"), else unchanged (the actor index reads it as its place
    when the place is mentioned elsewhere: ``xref.index``).  Any other actor is returned as it is."""
    if not actor or " " in actor or not DEMONYM.match(actor):
        return actor
    w = doc.words
    state = w.demonyms.get(actor.lower())
    if state:
        return state
    for e in w.demonym_endings:
        base = actor[:-len(e)]
        if actor.lower().endswith(e) and len(base) >= 3 and re.search(rf"(?<![\w-]){re.escape(base)}(?![\w-])", doc.text):
            return base
    return actor


HEAD_PREPS = frozenset(("of", "for", "at", "from", "in", "with", "to", "on", "by"))


def _org_of(words_: list[str], i: int, w: Words) -> bool:
    """Is the "of" at ``words_[i]`` inside one organisation's name: a capitalised organisation
    head before it and a capitalised word after it (after "the") — "Bank of America", "the
    University of Chicago", "Ministry of the Interior" — not a person's affiliation ("Ana Ruiz
    of the Red Cross")?"""
    if i == 0 or i + 1 >= len(words_) or words_[i].lower() != "of":
        return False
    before = words_[i - 1]
    j = i + 1 + (words_[i + 1].lower() == "the" and i + 2 < len(words_))
    return before[:1].isupper() and w.types.get(before.lower()) == "organisation" and words_[j][:1].isupper()


def _org_joiner(words_: list[str], i: int, cur: list[str], w: Words) -> bool:
    """Is the lower-case word at ``words_[i]`` ("to", "for", "on", "and") inside one title-case
    organisation name: the run so far holds an organisation head and a capitalised word follows
    ("Committee to Protect Journalists", "Center on Budget and Policy Priorities")?"""
    return words_[i].lower() in ("to", "for", "on", "and", "&") and i + 1 < len(words_) and \
        words_[i + 1][:1].isupper() and any(w.types.get(c.lower()) == "organisation" for c in cur)


def _name_run(words_: list[str], w: Words) -> list[str]:
    """The actor's display name: the longest run of capitalised words (the later of two as long)
    without leading titles or place words, taken from the head before a post-modifier when the
    head holds one — "Defence Minister Ana Ruiz" -> "Ana Ruiz", "economist Maja Kross of
    Lindmark Bank" -> "Maja Kross" (not the bank), "Lindmark Bank economist Maja Kross" -> "Maja
    Kross"; an organisation's "of" stays in its name ("Bank of America")."""
    runs: list[list[str]] = []
    cut_run = -1  # runs before this index lie in the head
    cur: list[str] = []
    for i, x in enumerate(words_):
        lx = x.lower()
        if (x[0].isupper() and (lx not in DETS or cur and x != words_[0])) or \
                (cur and (lx in ("al", "el", "bin", "de", "van", "von") or NAME_PARTICLE.match(x))):
            cur.append(x)
        elif cur and (_org_of(words_, i, w) or _org_joiner(words_, i, cur, w)):
            cur.append(x)
        elif cur and lx == "the" and i > 0 and words_[i - 1].lower() == "of" and _org_of(words_, i - 1, w):
            cur.append(x)
        else:
            if cur:
                runs.append(cur)
            cur = []
            if cut_run < 0 and i > 0 and lx in HEAD_PREPS:
                cut_run = len(runs)
    if cur:
        runs.append(cur)
    if cut_run > 0 and any(_real_name(r, w) for r in runs[:cut_run]):
        runs = runs[:cut_run]  # (a head of titles only, "Army Chief of Staff Col. X", is no name)
    best: list[str] = []
    for r in runs:
        # a title inside the run ends the titles: "Staff Col. Ivo Marsh" ("Chief of Staff Col.
        # Ivo Marsh") -> "Ivo Marsh"; the name after the last person title is kept
        last = max((i for i, x in enumerate(r[:-1]) if w.types.get(x.lower().rstrip(".")) == "person"), default=-1)
        if last >= 0 and not any(w.types.get(x.lower().rstrip(".")) for x in r[last + 1:]):
            r = r[last + 1:]
        # a place adjective is stripped before a title or another place word ("Velmoran President
        # X"), never before a name: "Brian Fallon", "Julian Ortiz" look like demonyms
        while len(r) > 1 and r[1] not in ("of", "to", "for", "on", "and", "&") and (r[0].lower() in w.types or r[0].lower() in w.states
                                              or DEMONYM.match(r[0]) and _title_or_place(r[1], w)
                                              or r[0].lower().rstrip(".") in w.types):
            r = r[1:]
        if len(r) >= len(best):
            best = r
    return best


def _real_name(r: list[str], w: Words) -> bool:
    """Does the run of capitalised words ``r`` hold a word that is no title, role, organisation
    head or place ("Lindmark Bank" yes, "Army Chief" no)?"""
    return any(not _title_or_place(x, w) and x.lower() not in DETS for x in r)


def _title_or_place(x: str, w: Words) -> bool:
    lx = x.lower().rstrip(".")
    return lx in w.types or lx in w.states or DEMONYM.match(x) is not None


def resolve_source(doc: Doc, d: Draft, span: Span) -> Source:
    """The :class:`Source` of draft ``d`` whose noun phrase is ``span``: classified (the name
    before an apposition decides kind and actor, the apposition the type), a pronoun or
    definite anaphor resolved to an earlier mention; the mention joins ``doc.history``."""
    w = doc.words
    # a party and state in parentheses ("Ana Ruiz (D)", "Sen. Ana Diaz (R-Ga.)") is no part of the name
    toks = [w_ for w_ in TOKEN.findall(PARENS.sub(" ", span.text) if "(" in span.text else span.text)
            if w_[0].isalnum()]
    desc = Span.of(doc.text, *d.descriptor) if d.descriptor and d.descriptor[1] > d.descriptor[0] else None
    if desc is not None:
        # the name part decides kind and actor; the apposition only the type
        head_text = doc.text[span.start:desc.start]
        name_toks = [w_ for w_ in TOKEN.findall(PARENS.sub(" ", head_text) if "(" in head_text else head_text)
                     if w_[0].isalnum()]
        kind, typ, actor, head = classify(name_toks or toks, w, doc.text[span.start:span.end].lower())
        _, dtyp, _, _ = classify([w_ for w_ in TOKEN.findall(desc.text) if w_[0].isalnum()], w)
        if typ == "unknown" and dtyp != "unknown":
            typ = dtyp
        if typ == "unknown":
            typ = "person"
    else:
        kind, typ, actor, head = classify(toks, w, doc.text[doc.sentences[d.si].start:doc.sentences[d.si].end].lower()
                                          if d.kind_hint == "anonymous" else "")
    if d.kind_hint == "anonymous" and kind == "named" and len(toks) > 0 and not _name_run(toks, w):
        kind = "anonymous"
    if kind == "named" and desc is None and _plural_role(doc, d, span, toks):
        kind, typ, actor = "anonymous", "group", None
    if kind == "named" and actor and len(toks) > 1 and actor == next((x for x in toks if x[0].isupper() and x.lower() not in DETS), None):
        actor = principal_place(doc, actor)  # "the Freedonian defence ministry": principal Freedonia
    resolved: Span | None = None
    lw = span.text.lower()
    lw = POSSESSIVES.get(lw, lw)  # "his claim that C": the possessive stands for its pronoun
    if lw != span.text.lower():
        kind, typ, actor = "anonymous", PRONOUNS[lw], None
    antecedent: Mention | None = None
    if lw in ("we", "i", "you"):
        antecedent = None
    elif lw in PRONOUNS or lw in ("him", "her", "them"):
        if d.anaphor_of is not None:
            a_span = Span.of(doc.text, *d.anaphor_of)
            at = [w_ for w_ in TOKEN.findall(a_span.text) if w_[0].isalnum()]
            k2, t2, ac2, h2 = classify(at, w)
            antecedent = Mention(a_span, k2, t2, ac2, h2)
        else:
            antecedent = (_accused_of(doc, lw, d.si, span.start) if d.act == "deny" else None) or \
                _resolve_pronoun(doc, lw, d.si, span.start)
    else:
        m = ANAPHOR.match(span.text)
        if m and not any(x[0].isupper() for x in toks[1:]):
            h = m.group(1).lower().split()[-1]
            antecedent = _resolve_anaphor(doc, h, typ) or _statement_of(doc, h, span.start) or \
                (_named_body(doc, h, span) if typ == "organisation" or w.types.get(h) == "organisation" else None)
            if antecedent is None and kind == "named":
                # "the institute said" with no institute named before: an unnamed body, never a
                # named actor "institute" (src26)
                kind, actor = "anonymous", None
        elif len(toks) == 1 and toks[0][0].isupper() and not toks[0].isupper() and \
                w.types.get(toks[0].lower()) == "organisation" and not doc.text[doc.sentences[d.si].start:span.start].strip():
            # a headline's or sentence-opening "Institute warns …": the body named in the article;
            # none, and the article writes the word in lower case ("the institute"): a common noun,
            # an unnamed body ("Kremlin says" is a name: never written "kremlin")
            antecedent = _named_body(doc, toks[0].lower(), span, anywhere=True)
            if antecedent is None and kind == "named" and \
                    re.search(rf"(?<![\w-]){re.escape(toks[0].lower())}(?![\w-])", doc.text) is not None:
                kind, actor = "anonymous", None
    if antecedent is not None:
        resolved = antecedent.span
        kind, actor = antecedent.kind, antecedent.actor
        if typ in ("unknown", "group", "person") and antecedent.type != "unknown":
            typ = antecedent.type
    elif lw in PRONOUNS or lw in ("him", "her", "them"):
        kind, actor = "anonymous", None  # a pronoun with no antecedent names nobody
    mention = Mention(span if antecedent is None else antecedent.span, kind, typ, actor,
                      head if antecedent is None else antecedent.head,
                      lw if lw in OTHER_GENDER else (antecedent.pronoun if antecedent is not None else ""))
    if lw not in PRONOUNS:
        doc.history.append(mention)
    elif antecedent is not None:
        doc.history.append(mention)
    return Source(span, kind, typ, desc, resolved, actor)  # type: ignore[arg-type]


def _plural_role(doc: Doc, d: Draft, span: Span, toks: list[str]) -> bool:
    """Is the source a plural agent noun capitalised only because it opens its sentence
    ("Engineers said", "Protesters at the gate said", "Independent monitors said")?  Its one
    capitalised word is its first, ends in a ``plural-role-endings`` ending (anonymity.toml) or
    modifies a plural common noun at the end, opens sentence ``d.si`` (after
    any quotation mark), is no outlet name and was not written earlier in the article (a
    surname: "Jo Sanders … Sanders said")."""
    w = doc.words
    first = toks[0] if toks else ""
    # or a plural common noun after it ("Independent monitors said", "Foreign diplomats said")
    plural_head = len(toks) >= 2 and toks[-1].islower() and toks[-1].endswith("s") and not toks[-1].endswith("ss")
    if not first or not (plural_head or w.plural_role_endings and first.lower().endswith(w.plural_role_endings)) or \
            any(x[0].isupper() for x in toks[1:]) or first in w.outlet_names:
        return False
    s = doc.sentences[d.si]
    lead = doc.text[s.start:span.start]
    if lead.strip(" \"'“‘«(") or not doc.text.startswith(first, span.start):
        return False
    return doc.text.find(first, 0, span.start) < 0


def _resolve_pronoun(doc: Doc, pron: str, si: int, at: int) -> Mention | None:
    """The nearest earlier mention a pronoun at character ``at`` of sentence ``si`` can stand
    for: a source of the article, or the subject of its own sentence or of one of the two before
    (though that sentence is not speech: "Mayor X toured the district. He said …")."""
    want = PRONOUNS.get(pron, "person" if pron in ("him", "her") else "group")
    other = OTHER_GENDER.get(pron, "")
    # a person already called "he" is not "she" ("He denied it, she said": two people)
    barred = {m.span for m in doc.history[-8:] if other and m.pronoun == other}
    found = next((m for m in reversed(doc.history[-8:]) if _fits(m, want) and m.span not in barred), None)
    after = found.span.start if found is not None else -1
    for j in range(si, max(-1, si - 3), -1):
        sj = doc.sentences[j]
        if sj.end <= after or sj.boilerplate or sj.paragraph < doc.sentences[si].paragraph - 1:
            break
        m = subject_of(doc, j)
        if m is not None and after < m.span.start and m.span.end < at and _fits(m, want) and \
                m.kind != "sources_said" and m.span not in barred:
            return m
    return found


PARENS = re.compile(r"\([^()]{0,40}\)")
OTHER_GENDER = {"he": "she", "she": "he", "him": "she", "her": "he"}
# "X accused Y of …", "X blamed Y for …", "X charged Y with …": Y is the accused
ACCUSED = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|charg(?:ed|es|ing))\s+"
                     r"((?:the\s+)?(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+(?:of|for|with)\b")


def _accused_of(doc: Doc, pron: str, si: int, at: int) -> Mention | None:
    """The accused party a denier's pronoun stands for: "Lina Vireo accused Tom Strand of
    lying. He denied it" -> Tom Strand, never the accuser (issue 12, item 3).  The accusation
    is in sentence ``si`` before character ``at`` or in the sentence before it; the accused
    must be a capitalised name that fits the pronoun.  None when there is none."""
    want = PRONOUNS.get(pron, "person" if pron in ("him", "her") else "group")
    for j in (si, si - 1):
        if j < 0:
            continue
        sj = doc.sentences[j]
        for m in reversed(list(ACCUSED.finditer(doc.text, sj.start, min(sj.end, at)))):
            span = Span.of(doc.text, m.start(1), m.end(1))
            toks = [x for x in TOKEN.findall(span.text) if x[0].isalnum()]
            kind, typ, actor, head = classify(toks, doc.words)
            if typ == "unknown" and len(toks) >= 2 and kind == "named" and toks[0][0].isupper():
                typ = "person"
            got = Mention(span, kind, typ, actor, head)
            if kind != "sources_said" and toks[-1].lower() not in PRONOUNS and _fits(got, want):
                return got
    return None


def _fits(m: Mention, want: str) -> bool:
    plural = m.type == "group" or m.kind == "sources_said" or (m.head.endswith("s") and m.head not in ("news",) and m.type != "person")
    if want == "person":
        return m.type == "person" and not plural
    if want == "group":
        return plural
    if want == "unknown":
        return m.type in ("organisation", "state", "document", "outlet", "unknown") and not plural
    return False


def subject_of(doc: Doc, si: int) -> Mention | None:
    """The grammatical subject of sentence ``si`` when it opens the sentence (after an opening
    adverbial phrase and its comma) and is a noun phrase with a capitalised or role word:
    "Mayor Idris Kolb toured …" -> Idris Kolb.  None for a pronoun or no such phrase."""
    s = doc.sentences[si]
    w = doc.words
    toks = Toks.of(doc.text, s.start, min(s.end, s.start + 200))
    n = len(toks.words)
    i = 0
    if n and toks.words[0].lower() in INTRO:
        c = next((x for x in range(1, min(n, 10)) if toks.words[x] == ","), -1)
        i = c + 1 if c > 0 else n
    e = np_forward(toks, i, n, w)
    for x in range(i + 1, e):
        lx = toks.words[x]
        if lx.islower() and (lx.endswith("ed") or lx in doc.cues.forms):
            e = x
            break
    if e <= i or toks.words[i].lower() in PRONOUNS:
        return None
    ws = [x for x in toks.words[i:e] if x[0].isalnum()]
    if not ws or not any(x[0].isupper() or x.lower() in w.types for x in ws if x.lower() not in DETS):
        return None
    kind, typ, actor, head = classify(ws, w)
    return Mention(Span.of(doc.text, toks.starts[i], toks.ends[e - 1]), kind, typ, actor, head)


def _resolve_anaphor(doc: Doc, head: str, typ: str) -> Mention | None:
    w = doc.words
    for m in reversed(doc.history[-12:]):
        if m.head == head or (m.head.rstrip("s") == head.rstrip("s") and m.head):
            return m
        if head in w.outlet_words and m.type == "outlet":
            return m
    return None


_WORD_BEFORE = re.compile(r"([\w'’.-]+)\s+$")
_OF_NAME = re.compile(r"\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}")
BODY_REACH = 3000  # characters back to the body a definite common noun repeats


def _named_body(doc: Doc, head: str, span: Span, anywhere: bool = False) -> Mention | None:
    """The organisation a bare definite common noun repeats ("The Kessler Institute opened a lab.
    … The institute said"): the latest phrase before ``span`` (within :data:`BODY_REACH`
    characters; ``anywhere``: in the whole article, the nearest, for a headline's "Institute
    warns") whose head is ``head`` and that names a body — a capitalised word before the head
    ("the Kessler Institute", "the Ruritanian defence ministry") or a capitalised head with an "of"
    name after it ("the Ministry of Defence of Ruritania") — as a named mention (its actor the
    name, or the principal of a place adjective); None when there is none.  Its sentence need
    not be speech."""
    w = doc.words
    rx = re.compile(rf"(?<![\w-]){re.escape(head)}(?![\w'’-])", re.I)
    lo = 0 if anywhere else max(0, span.start - BODY_REACH)
    found = [m for m in rx.finditer(doc.text, lo) if m.end() <= span.start or anywhere and m.start() >= span.end]
    found.sort(key=lambda m: abs(m.start() - span.start))
    for m in found:
        words_: list[str] = [doc.text[m.start():m.end()]]
        start, end = m.start(), m.end()
        while len(words_) < 6:
            b = _WORD_BEFORE.search(doc.text, max(0, start - 40), start)
            if b is None or "\n" in doc.text[b.start():start]:
                break
            x = b.group(1)
            if x.lower() in DETS:
                start = b.start(1)
                words_.insert(0, x)
                break
            if not (x[0].isupper() or x.lower() in w.states or x.lower() in w.types) or x.endswith("."):
                break
            start = b.start(1)
            words_.insert(0, x)
        if words_[-1][0].isupper():
            o = _OF_NAME.match(doc.text, end)
            if o is not None:
                end = o.end()
                words_ += [x for x in TOKEN.findall(o.group(0)) if x[0].isalnum()]
        if not any(x[0].isupper() and x.lower() not in DETS for x in words_) or \
                all(x[0].isupper() for x in words_[:1]) and len(words_) == 1 and start == m.start() and \
                not doc.text[max(0, start - 2):start].strip(" ") == "":
            continue
        kind, typ, actor, h = classify(words_, w)
        if kind != "named" or not actor or actor.lower() == head:
            continue
        return Mention(Span.of(doc.text, start, end), kind, typ, principal_place(doc, actor), h)
    return None


STATEMENT_REACH = 600  # characters back to the source whose statement "the statement" is


def _statement_of(doc: Doc, head: str, at: int) -> Mention | None:
    """"… X said on Facebook that C. ¶“D“, the statement said.": a definite medium noun
    (``phrases.toml`` kind ``medium``: "the statement", "the letter", "the post"; not a report
    noun of ``anonymity.toml``, "the report", which is a document of its own) with no earlier
    mention of its head is the statement of the source named last, when that source is at most
    ``STATEMENT_REACH`` characters before it (stop 24, the seeds' gold: "the statement" is the
    LNA press service's); else None."""
    if head not in doc.frames.media or head in doc.words.anon_kind or not doc.history:
        return None
    last = doc.history[-1]
    if last.span.start < at - STATEMENT_REACH or last.kind not in ("named", "anonymous") or last.span.start >= at:
        return None
    return last
