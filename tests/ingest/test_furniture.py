"""Page furniture and repeated spans are never mined (issue 12 item 9, issue 9's new-user findings).

Classes, each with the example a new user found and neighbours of our own (invented text):
copyright and rights notices, "X contributed to this report", staff credits ("Reporting by X;
Editing by Y"), photo credits, correction notes, newsletter prompts, "read more" lines, related
headline blocks and reader comments (the shared cases), and a statement repeated inside a page
(a summary above the body, a pull quote, a lead paragraph printed twice).  A sentence of the
report that only mentions the same words is kept.  The text and every offset stay as read.
"""

from __future__ import annotations

import pytest

from claimcheck.ingest.furniture import flag_sentences, furniture_of
from claimcheck.ingest.pipeline import build
from claimcheck.ingest.readers import RawDocument, read_documents
from claimcheck.lexicons import load_lexicons
from claimcheck.model import Extraction

LEX = load_lexicons([])

HEAD = "Six new bus lanes for Velmora\nJune 3, 2025\n\n"
BODY = ("The council approved six new bus lanes on Tuesday, a spokeswoman said.\n\n"
        "Transport officials said the lanes would cut journey times by a fifth.\n\n")
BODY_CONTENTS = {"The council approved six new bus lanes on Tuesday", "the lanes would cut journey times by a fifth"}


def _build(text: str) -> Extraction:
    return build(RawDocument(id="t.txt", text=text, origin="file"), lexicons=LEX)


def _mined_texts(ex: Extraction) -> list[str]:
    return [a.content.text for a in ex.attributions] + [c.text for c in ex.claims]


def _spans_intact(ex: Extraction) -> None:
    for a in ex.attributions:
        for sp in (a.cue, a.content, *(x for x in (a.source.span if a.source else None,) if x)):
            assert ex.text[sp.start:sp.end] == sp.text
    for c in ex.claims:
        assert ex.text[c.span.start:c.span.end] == c.span.text


FURNITURE = {
    "copyright": ["Copyright 2026 The Associated Press. All rights reserved.",
                  "© 2024 Harbour Times. All Rights Reserved.",
                  "—Copyright the Northern Wire Service",
                  "Copyright © 2023 Velmora Media Group Ltd.",
                  "© Harbour Times 2019",
                  "Copyright 2014 Belor Press. All rights reserved. This material may not be published, "
                  "broadcast, rewritten or redistributed."],
    "contributed": ["— Jane Roe and John Doe contributed to this report.",
                    "Harbour Times reporter Ian Coyle contributed to this report.",
                    "Associated Press writers Mara Lind in Velmora and Paul Osei in Tarnov contributed to this report.",
                    "Staff writer Lena Okafor contributed to this story from Belor.",
                    "— Wire services contributed to the report.",
                    "Kell reported from Belor. Anna Kell and Tom Brun contributed to this report."],
    "staff_credit": ["Reporting by Anna Kell; Editing by Tom Bright",
                     "(Reporting by Anna Kell in Velmora; Editing by Tom Bright)",
                     "Additional reporting by Lisa Marr in Velmora",
                     "Additional reporting by agencies",
                     "(Writing by Jim Lake; Editing by Peter Dunn and Sara Holt)",
                     "Editing by Josh Harwood"],
    "photo_credit": ["Photo: Karl Mensch/AFP", "Image: Harbour Times", "(Picture: Facebook)",
                     "[Photo by: Ida Brun/Getty Images]", "Sam Holt/Getty Images", "KARL MENSCH / AFP"],
    "correction": ["Correction: An earlier version of this story misstated the month of the exports.",
                   "An earlier version of this article gave the wrong name for the port.",
                   "This story has been corrected to show that the vote was on Tuesday.",
                   "Editor's note: The headline of this article was changed.",
                   "Clarification (May 3): An earlier version of this story gave the wrong town.",
                   "Correction: August 19, 2014"],
    "newsletter": ["Sign up for our daily newsletter to get the latest news.",
                   "Subscribe to our newsletter for the latest updates.",
                   "Follow us on Twitter and Facebook.",
                   "Keep in touch! Check out Harbour Weddings on Facebook and sign up for our newsletter here.",
                   "Have something to add to this story? Share it in the comments.",
                   "Get the latest headlines delivered to your inbox every morning."],
    "read_more": ["Read more: Transport chief rejects claims of underinvestment",
                  "Read more on the floods.",
                  "RELATED: Airline says strike will cost millions",
                  "Recommended: Police say suspect fled across border",
                  "This article originally appeared at Harbour Times.",
                  "WATCH: Engineers inspect the buckled rails"],
}


@pytest.mark.parametrize("line", [pytest.param(x, id=f"{k}:{x[:30]}") for k, xs in FURNITURE.items() for x in xs])
def test_furniture_lines_are_never_mined(line: str) -> None:
    text = HEAD + BODY + line + "\n"
    ex = _build(text)
    assert ex.text == text
    mined = _mined_texts(ex)
    assert not [m for m in mined if m and (m in line or line.strip(" .—") in m)], mined
    assert BODY_CONTENTS <= {a.content.text for a in ex.attributions}
    fl = [ln for ln in ex.lines if ex.text[ln.start:ln.end] == line]
    assert fl and fl[0].role in ("boilerplate", "byline", "dateline"), fl  # never body
    _spans_intact(ex)


@pytest.mark.parametrize("credit", ["Jane Roe and John Doe contributed to this report.",
                                    "Photo: Karl Mensch/AFP",
                                    "Copyright 2026 The Associated Press.",
                                    "Reporting by Anna Kell; Editing by Tom Bright.",
                                    "Read more on the floods.",
                                    "Sign up for our daily newsletter."])
def test_furniture_inside_a_paragraph_is_cut_and_the_rest_kept(credit: str) -> None:
    text = HEAD + "The council approved six new bus lanes on Tuesday, a spokeswoman said. " + credit + "\n"
    ex = _build(text)
    assert [a.content.text for a in ex.attributions] == ["The council approved six new bus lanes on Tuesday"]
    assert not [c for c in ex.claims if credit.rstrip(".") in c.text]
    flagged = [s for s in ex.sentences if s.boilerplate and ex.text[s.start:s.end].startswith(credit[:10])]
    assert flagged, [ex.text[s.start:s.end] for s in ex.sentences]
    body = [ln for ln in ex.lines if ln.start <= text.index("The council") < ln.end]
    assert body[0].role == "body"  # the line still holds a mined sentence
    _spans_intact(ex)


KEPT = ["Copyright law protects the photo, the lawyer said.",
        "The court said the photo broke copyright law.",
        "Researchers from three universities contributed to the report, the ministry said.",
        "Reporting by local media suggested the bridge had collapsed, police said.",
        "Photographers said the photo was real.",
        "Correction officers said the inmate escaped on Tuesday.",
        "Subscribers said the service had been cut for three days.",
        "More than 40 buses were cancelled, the operator said."]


@pytest.mark.parametrize("sentence", KEPT)
def test_a_sentence_mentioning_furniture_words_is_kept(sentence: str) -> None:
    assert furniture_of(sentence, LEX) is None
    ex = _build(HEAD + BODY + sentence + "\n")
    assert any(s.boilerplate is False and ex.text[s.start:s.end] == sentence for s in ex.sentences)
    assert ex.attributions and any(a.sentence == len(ex.sentences) - 1 for a in ex.attributions) or \
        any(sentence.rstrip(".") in c.text or c.text in sentence for c in ex.claims[2:])


# ---------------------------------------------------------------- the shared cases (issue 12 item 9)

# the shared cases recommended_headlines_block and byline_date_line_and_comments: copied into
# tests/ingest/fixtures/cases/, read by the case_text fixture (tests/ingest/conftest.py)


def test_recommended_headlines_case_end_to_end(case_text) -> None:
    ex = _build(case_text("recommended_headlines_block"))
    assert sorted(a.content.text for a in ex.attributions) == [
        "The operator cancelled 40 trains on Tuesday because of track temperatures",
        "the rails could buckle above 45 degrees"]
    for c in ex.claims:
        assert not any(h in c.text for h in ("Minister denies", "Airline says", "Police say", "Transport chief"))


def test_byline_date_and_comments_case_end_to_end(case_text) -> None:
    ex = _build(case_text("byline_date_line_and_comments"))
    assert ex.meta.value("published").isoformat() == "2018-08-27"
    assert ex.meta.value("byline") == "Jolene Varga"
    assert [a.content.text for a in ex.attributions] == ["The company released another test build on Monday"]
    assert not [c for c in ex.claims if "ship it" in c.text]


@pytest.mark.parametrize("block, items", [
    ("More from Harbour Times", ["Mayor denies plan to close the port", "Ferry fares to rise in June"]),
    ("Trending Now", ["Police say the driver fled", "Union says strike will go on"]),
    ("Recommended Reading", ["Minister rejects claims of cuts", "Airline says delays will end"]),
    ("Related Coverage", ["Court says the tender was lawful", "Residents say the bridge shakes"]),
    ("What to read next", ["Council says the lanes will open in May", "Drivers say the fines are unfair"]),
])
def test_headline_blocks_in_the_body_are_not_mined_end_to_end(block: str, items: list[str]) -> None:
    text = HEAD + BODY.split("\n\n")[0] + "\n\n" + block + "\n" + "\n".join(items) + "\n\n" + BODY.split("\n\n")[1] + "\n"
    ex = _build(text)
    assert {a.content.text for a in ex.attributions} == BODY_CONTENTS
    assert not [c for c in ex.claims if any(i in c.text for i in items)]


# ---------------------------------------------------------------- one span extracted twice (HTML)

S1 = ("Dock workers in Velmora returned to work on Friday after the port authority agreed to raise "
      "night-shift pay, union leader Tomas Brenn said.")
S2 = "Tomas Brenn said the deal was fair and that the night shift would resume on Monday."
S3 = "The authority said the agreement would cost about 2 million euros a year."

PAGES = {
    "summary above the body": f"<h2>{S1}</h2><p>{S1} {S2}</p><p>{S3}</p>",
    "pull quote inside a paragraph": f"<p>{S1}</p><p>{S2} {S1}</p><p>{S3}</p>",
    "lead repeated after line breaks": f"<div>{S1}<br><br>{S2}<br>{S1}</div><p>{S3}</p>",
    "lead printed twice": f"<p>{S1}</p><p>{S1}</p><p>{S2}</p><p>{S3}</p>",
    "standfirst then body": f"<p><em>{S2}</em></p><p>{S1} {S2} {S3}</p>",
    "closing recap": f"<p>{S1}</p><p>{S2}</p><p>{S3} {S2}</p>",
}


@pytest.mark.parametrize("shape", sorted(PAGES))
def test_one_span_is_never_two_attributions(tmp_path, html_page, shape: str) -> None:
    f = tmp_path / "page.html"
    f.write_text(html_page(f"<article><h1>Port strike ends</h1>{PAGES[shape]}</article>",
                           head=f'<meta name="description" content="{S1}">'), encoding="utf-8")
    (doc,) = list(read_documents([str(f)], lexicons=LEX))
    ex = build(doc, lexicons=LEX)
    contents = [a.content.text for a in ex.attributions]
    assert len(contents) == len(set(contents)), contents
    claims = [c.text for c in ex.claims]
    assert len(claims) == len(set(claims)), claims
    assert {"the deal was fair and that the night shift would resume on Monday",
            "the agreement would cost about 2 million euros a year"} <= set(contents)
    assert any(c.startswith("Dock workers in Velmora returned") for c in contents)
    _spans_intact(ex)


def test_a_short_sentence_said_twice_is_kept_twice() -> None:
    text = HEAD + "The mayor declined to comment. The port reopened on Monday.\nThe mayor declined to comment.\n"
    ex = _build(text)
    assert not any(s.boilerplate for s in ex.sentences if "declined" in ex.text[s.start:s.end])


def test_flag_sentences_keeps_offsets_and_lines() -> None:
    from claimcheck.ingest.structure import analyse
    from claimcheck.parse.sentences import split_sentences

    text = HEAD + BODY + "Copyright 2026 Belor Press.\n"
    st = analyse(text, LEX)
    sents = split_sentences(text, st.lines, lexicons=LEX)
    lines, flagged = flag_sentences(text, st.lines, sents, LEX)
    assert [(s.start, s.end, s.paragraph) for s in flagged] == [(s.start, s.end, s.paragraph) for s in sents]
    assert [(ln.start, ln.end) for ln in lines] == [(ln.start, ln.end) for ln in st.lines]
    assert lines[-1].role == "boilerplate" and lines[-1].reason == "furniture: copyright"
