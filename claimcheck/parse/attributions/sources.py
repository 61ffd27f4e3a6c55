"""Sources: the fourth rung of :mod:`claimcheck.parse.attributions`.

A source noun phrase is classified by its words (:func:`classify`: named, anonymous or
"sources said"; person, group, organisation, outlet, ...; the actor's display name) and
pronouns and definite anaphors ("he", "the spokesman", "the news site") are resolved to an
earlier source of the article (:func:`resolve_source`).
"""

from __future__ import annotations

from claimcheck.model import Source, Span
from claimcheck.parse.attributions.grammar import ANAPHOR, AUX, DEMONYM, DETS, NAME_PARTICLE, PRONOUNS
from claimcheck.parse.attributions.state import Doc, Draft, Mention
from claimcheck.parse.attributions.tokens import TOKEN
from claimcheck.parse.patterns import Words
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
    # the head comes before a post-modifier: "a statement from the presidency", "spokesman of X"
    cut = next((i for i, x in enumerate(lws) if i > 0 and x in ("from", "of", "by", "at", "for", "on", "in", "with")), len(lws))
    head = lws[cut - 1]
    if len(lws) == 1 and head in PRONOUNS:
        return "named", PRONOUNS[head], None, head
    # proper names: capitalised words that are not determiners, titles, heads or place words
    proper: list[str] = []
    for i, x in enumerate(words_):
        lx = lws[i]
        if not x[0].isupper():
            continue
        if lx in DETS or lx in w.states or lx in w.anon_kind or lx in w.types or lx in PRONOUNS or \
                (i == 0 and (lx in AUX or lx in STOP_SUBJECT_END or lx.endswith("ly"))):
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
    if any(lx in w.outlet_words for lx in lws[-3:]) and typ in ("unknown", "organisation"):
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
    if not proper:
        if akind:
            kind = akind
        elif typ in ("document",) and head in ("report", "reports"):
            kind = "sources_said"
        elif typ == "unknown" and head.endswith("s") and words_[-1].islower():
            kind = "anonymous"
            typ = "group"
        elif typ in ("person", "group") and words_[-1].islower() and lws[0] in DETS:
            kind = "anonymous"  # a role without a name: "the harbour master"
    if kind == "named" and typ == "unknown" and proper:
        typ = "person" if len(proper) >= 2 else "unknown"
    actor = " ".join(_name_run(words_, w)) or None if kind == "named" else None
    if kind == "named" and not actor:
        actor = " ".join(x for x in words_ if x.lower() not in DETS) or None
    return kind, typ, actor, head


def _name_run(words_: list[str], w: Words) -> list[str]:
    """The longest run of capitalised words without leading titles or place words (the actor's
    display name): "Defence Minister Ana Ruiz" -> "Ana Ruiz"."""
    runs: list[list[str]] = []
    cur: list[str] = []
    for x in words_:
        lx = x.lower()
        if (x[0].isupper() and lx not in DETS) or (cur and (lx in ("al", "el", "bin", "de", "van", "von") or NAME_PARTICLE.match(x))):
            cur.append(x)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    best: list[str] = []
    for r in runs:
        while len(r) > 1 and (r[0].lower() in w.types or r[0].lower() in w.states or DEMONYM.match(r[0])
                              or r[0].lower().rstrip(".") in w.types):
            r = r[1:]
        if len(r) >= len(best):
            best = r
    return best


def resolve_source(doc: Doc, d: Draft, span: Span) -> Source:
    """The :class:`Source` of draft ``d`` whose noun phrase is ``span``: classified (the name
    before an apposition decides kind and actor, the apposition the type), a pronoun or
    definite anaphor resolved to an earlier mention; the mention joins ``doc.history``."""
    w = doc.words
    toks = [w_ for w_ in TOKEN.findall(span.text) if w_[0].isalnum()]
    desc = Span.of(doc.text, *d.descriptor) if d.descriptor and d.descriptor[1] > d.descriptor[0] else None
    if desc is not None:
        # the name part decides kind and actor; the apposition only the type
        name_toks = [w_ for w_ in TOKEN.findall(doc.text, span.start, desc.start) if w_[0].isalnum()]
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
    resolved: Span | None = None
    lw = span.text.lower()
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
            antecedent = _resolve_pronoun(doc, lw)
    else:
        m = ANAPHOR.match(span.text)
        if m and not any(x[0].isupper() for x in toks[1:]):
            antecedent = _resolve_anaphor(doc, m.group(1).lower().split()[-1], typ)
    if antecedent is not None:
        resolved = antecedent.span
        kind, actor = antecedent.kind, antecedent.actor
        if typ in ("unknown", "group", "person") and antecedent.type != "unknown":
            typ = antecedent.type
    mention = Mention(span if antecedent is None else antecedent.span, kind, typ, actor,
                      head if antecedent is None else antecedent.head)
    if lw not in PRONOUNS:
        doc.history.append(mention)
    elif antecedent is not None:
        doc.history.append(mention)
    return Source(span, kind, typ, desc, resolved, actor)  # type: ignore[arg-type]


def _resolve_pronoun(doc: Doc, pron: str) -> Mention | None:
    want = PRONOUNS.get(pron, "person" if pron in ("him", "her") else "group")
    for m in reversed(doc.history[-8:]):
        plural = m.type == "group" or m.kind == "sources_said" or (m.head.endswith("s") and m.head not in ("news",) and m.type != "person")
        if want == "person" and m.type == "person" and not plural:
            return m
        if want == "group" and plural:
            return m
        if want == "unknown" and m.type in ("organisation", "state", "document", "outlet", "unknown") and not plural:
            return m
    return None


def _resolve_anaphor(doc: Doc, head: str, typ: str) -> Mention | None:
    w = doc.words
    for m in reversed(doc.history[-12:]):
        if m.head == head or (m.head.rstrip("s") == head.rstrip("s") and m.head):
            return m
        if head in w.outlet_words and m.type == "outlet":
            return m
    return None
