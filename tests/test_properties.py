"""Property tests: the ingest front-end on arbitrary text never raises anything but
ArticleError, and every span it returns lies in the text and slices to its own string."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.errors import ArticleError
from claimcheck.ingest.pipeline import build
from claimcheck.ingest.readers import RawDocument
from claimcheck.model import Extraction, Span
from claimcheck.parse.claims.spans import violations

WORDS = ["said", "told", "denied", "according", "to", "officials", "Gen.", "Mr.", "U.S.", "the", "Cairo",
         "Haftar", "sources", "It", "was", "reported", "that", "“", "”", '"', "'", "‘", "’", "«", "»",
         "(", ")", ",", ".", "!", "?", "…", ":", ";", "—", "-", "/", "»", "|", "Home", "Check Also",
         "Search and Hit Enter", "By", "Jane", "Doe", "News Desk", "Published:", "28 January 2021",
         "Güncelleme Tarihi: 01 Ekim 2014, 11:20", "2019", "\u00a0", "\t", "é", "Ω", "中文", "🙂", "\u200b",
         "\r\n", "\n", "\n\n", "\r", "\u2028", "\ufeff"]

structured = st.lists(st.sampled_from(WORDS), max_size=120).map(
    lambda ws: "".join(w if w in ("\r\n", "\n", "\n\n", "\r", "\u2028") else w + " " for w in ws))
arbitrary = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
texts = st.one_of(structured, arbitrary, st.text(alphabet=" .\"'“”\r\nAbc?!", max_size=200))

PROP = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_span(text: str, s: Span) -> None:
    assert 0 <= s.start <= s.end <= len(text), s
    assert text[s.start:s.end] == s.text, s


def check_extraction(ex: Extraction) -> None:
    text = ex.text
    prev_end = 0
    for ln in ex.lines:
        assert prev_end <= ln.start < ln.end <= len(text), ln
        assert text[ln.start:ln.end].strip(), ln
        assert ln.role in ("title", "byline", "dateline", "body", "boilerplate")
        prev_end = ln.end
    prev_end = 0
    for s in ex.sentences:
        assert 0 <= s.start < s.end <= len(text), s
        assert s.start >= prev_end, "sentences overlap or are out of order"
        prev_end = s.end
        line = ex.lines[s.paragraph]
        assert line.start <= s.start and s.end <= line.end, "a sentence crosses its line"
        assert text[s.start:s.end].strip()
    for name in ("title", "outlet", "byline", "published", "language", "url"):
        mv = getattr(ex.meta, name)
        if mv is not None and mv.span is not None:
            a, b = mv.span
            assert 0 <= a <= b <= len(text), (name, mv)
            if name in ("title", "outlet", "byline"):
                assert text[a:b].strip() == str(mv.value), (name, mv)
    for a in ex.attributions:
        check_span(text, a.cue)
        check_span(text, a.content)
        for f in a.content_fragments:
            check_span(text, f)
        for v in a.via:
            check_span(text, v)
        if a.source is not None:
            for s in (a.source.span, a.source.descriptor, a.source.resolved):
                if s is not None:
                    check_span(text, s)
        assert 0 <= a.sentence < len(ex.sentences) or a.sentence == -1
    for c in ex.claims:
        check_span(text, c.span)
        if c.predicate is not None:  # the head verb: an exact span, with a lemma (parse.claims.predicate)
            check_span(text, c.predicate)
            assert c.predicate_lemma, c
        if c.place is not None:  # where it happened: an exact span of the article (parse.claims.place)
            check_span(text, c.place)
        assert c.attribution is None or 0 <= c.attribution < len(ex.attributions)
        # every word shown can be checked against the article: each part an exact span inside the
        # claim's span, the text made of the parts' words, all of it inside the passage of sentences
        # shown with it (issue 9 item 1; parse.claims.spans)
        assert violations(text, ex.sentences, c.text, c.span, c.parts, c.sentence, c.passage) == [], c


@PROP
@given(texts)
def test_pipeline_on_arbitrary_text(text: str) -> None:
    try:
        ex = build(RawDocument("doc", text, "file"))
    except ArticleError:
        return
    assert ex.text == text
    check_extraction(ex)


@PROP
@given(st.lists(structured, min_size=1, max_size=6))
def test_pipeline_on_article_shaped_text(paragraphs: list[str]) -> None:
    text = "\r\n\r\n".join(p.strip() for p in paragraphs)
    try:
        ex = build(RawDocument("doc", text, "file"))
    except ArticleError:
        return
    check_extraction(ex)
    # content hash is a function of the text only
    again = build(RawDocument("other", text, "record"))
    assert again.content_hash == ex.content_hash
    assert again.sentences == ex.sentences and again.lines == ex.lines


@PROP
@given(texts, st.sampled_from(["2019-03-04", "4 March 2019", "someday", ""]))
def test_overrides_never_raise_anything_but_article_error(text: str, published: str) -> None:
    try:
        ex = build(RawDocument("doc", text, "file"), {"published": published, "outlet": "Harbour Times"})
    except ArticleError as exc:
        assert "\n" not in str(exc)
        return
    assert ex.meta.value("outlet") == "Harbour Times"
    check_extraction(ex)
