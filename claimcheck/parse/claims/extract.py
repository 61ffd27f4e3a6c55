"""The claims of one article: one per attribution with content (denials and non-answers linked
to their antecedent), and the substantive unattributed sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.lexicons import Lexicons
from claimcheck.model import ArticleMeta, Attribution, Claim, Sentence, Span
from claimcheck.parse.claims.cues import ClaimRules, _folded, _Hits, _modality, _source_nouns, rules
from claimcheck.parse.claims.dates import _date_of

MIN_WORDS = 5
_INFINITIVE = re.compile(r"\s*to\s+[a-z]")


def extract_claims(text: str, sentences: Sequence[Sentence], attributions: Sequence[Attribution],
                   meta: ArticleMeta, lexicons: Lexicons,
                   title_span: tuple[int, int] | None = None) -> tuple[Claim, ...]:
    """The claims of one article: one per attribution with content (denials and non-answers
    linked to their antecedent), and the substantive unattributed sentences."""
    r = rules(lexicons)
    hits = _Hits(text, lexicons)
    published = meta.published_date()
    out: list[Claim] = []
    covered: set[int] = set()
    for i, a in enumerate(attributions):
        covered.add(a.sentence)
        content = a.content
        if a.act == "decline" or (a.act == "deny" and (not content.text.strip() or r.anaphoric.search(content.text))):
            target = _antecedent(out, a, text)
            span = target.span if target is not None else (content if content.text.strip() else a.cue)
            sent = sentences[a.sentence] if 0 <= a.sentence < len(sentences) else None
            actors = target.actors if target is not None else tuple(
                hits.nouns_in(sent.start, sent.end) if sent else ())
            action = target.action if target is not None else (hits.actions(content.start, content.end) or (None,))[0]
            out.append(Claim(span=span, attribution=i, sentence=a.sentence, actors=actors, action=action,
                             polarity="negative" if a.act == "deny" else (target.polarity if target else "positive"),
                             modality="asserted",
                             refers_to=target.refers_to if target else None,
                             refers_to_raw=target.refers_to_raw if target else None))
            continue
        if not content.text.strip():
            continue
        reported = a.source is None or a.source.kind == "sources_said" or a.act == "hedge"
        polarity = "negative" if a.act == "deny" or hits.negated(text, content.start, content.end) else "positive"
        sent = sentences[a.sentence] if 0 <= a.sentence < len(sentences) else None
        # "air strikes … that X said were staged by Y": the sentence names the action
        acts = hits.actions(content.start, content.end) or (hits.actions(sent.start, sent.end) if sent else ())
        # the folded article sliced is the folded content: only ASCII letters change (_folded)
        clow = hits.folded[content.start:content.end] if hits.folded is not None else _folded(content.text)
        refers, raw = _date_of(content.text, published, clow)
        actors = hits.nouns_in(content.start, content.end)
        if (a.act == "deny" or _INFINITIVE.match(content.text)) and a.source is not None and a.source.span is not None:
            # "X denied doing C", "X plans to do C": the source is the one who acts
            actors = [c for _, _, c in _source_nouns((a.source.resolved or a.source.span).text, lexicons)][-1:] + actors
        out.append(Claim(span=content, attribution=i, sentence=a.sentence,
                         actors=tuple(dict.fromkeys(actors)),
                         action=acts[0] if acts else None, polarity=polarity,
                         modality=_modality(content.text, reported, lexicons, clow), refers_to=refers, refers_to_raw=raw))
    for k, s in enumerate(sentences):
        if s.boilerplate or k in covered:
            continue
        stext = text[s.start:s.end]
        if len(stext.split()) < MIN_WORDS or stext.rstrip().endswith("?"):
            continue
        names = tuple(dict.fromkeys(hits.nouns_in(s.start, s.end)))
        acts = hits.actions(s.start, s.end)
        if not acts and len(names) < 2:
            continue
        slow = hits.folded[s.start:s.end] if hits.folded is not None else _folded(stext)
        refers, raw = _date_of(stext, published, slow)
        out.append(Claim(span=Span(s.start, s.end, stext), attribution=None, sentence=k, actors=names,
                         action=acts[0] if acts else None,
                         polarity="negative" if hits.negated(text, s.start, s.end) else "positive",
                         modality=_modality(stext, False, lexicons, slow), refers_to=refers, refers_to_raw=raw))
    out.sort(key=lambda c: (c.span.start, c.attribution if c.attribution is not None else -1))
    return tuple(_link_reversals(out, text, sentences, attributions, r))


def _link_reversals(claims: list[Claim], text: str, sentences: Sequence[Sentence],
                    attributions: Sequence[Attribution], r: ClaimRules) -> list[Claim]:
    """In one sentence, a claim after a contrast marker ("however later reports revealed")
    with the opposite polarity of an earlier claim reverses it and inherits its action.
    Denials and non-answers are linked to their antecedent already and take no part."""
    out = list(claims)

    def own(c: Claim) -> bool:
        if c.attribution is not None and attributions[c.attribution].act in ("deny", "decline"):
            return False
        s = sentences[c.sentence] if 0 <= c.sentence < len(sentences) else None
        return s is not None and s.start <= c.span.start and c.span.end <= s.end

    for j in range(1, len(out)):
        b = out[j]
        if not own(b):
            continue
        for i in range(j - 1, -1, -1):
            a = out[i]
            if a.sentence != b.sentence or a.span.end > b.span.start or not own(a):
                continue
            if a.polarity != b.polarity and r.reversal.search(text, a.span.end, b.span.start):
                from dataclasses import replace

                out[j] = replace(b, reverses=i, action=a.action or b.action,
                                 actors=tuple(dict.fromkeys(a.actors + b.actors)))
                break
    return out


def _antecedent(claims: list[Claim], a: Attribution, text: str) -> Claim | None:
    """The nearest earlier positive claim that names the denying source (else the nearest)."""
    who = ""
    if a.source is not None and a.source.span is not None:
        who = (a.source.resolved or a.source.span).text.lower()
    best = None
    for c in reversed(claims):
        if c.span.start >= a.cue.start or c.polarity != "positive":
            continue
        if best is None:
            best = c
        if who and (who in c.span.text.lower() or any(who in x.lower() or x.lower() in who for x in c.actors)):
            return c
    return best
