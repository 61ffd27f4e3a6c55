"""Member stances read a claim's own negation (issue 9 items 2 and 3, neg26; READER26's
"Main findings").

1. A negation read as a denial: "The creature was big, looking like a bear, but not a bear"
   counted as a denial of "The creature was big, looking like a bear"; "Rosenberg was not near
   Kobani" as a denial of "Rosenberg was nowhere near Kobani" (one statement); a speaker's own
   quote as a denial of himself.  A member contradicts a cluster only when it negates the
   cluster's proposition (``xref.grade.member_stances``).
2. "The suggestion/assertion that C is (categorically) false" read as SUPPORT of C: a member
   whose claim text is C, negative, with no negation in its own words is C called false: a
   denial of C (``member_kind`` ``dismissed``); the parser reads a quoted verdict too
   (``claims.toml`` ``dismissal_copula_quoted``).

The READER26 cases (words changed to invented names) plus invented neighbours, as table tests on
claim records (the parser's side of the second class: ``tests/parse/test_neg26_called_false.py``)."""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ClaimRecord
from claimcheck.xref.grade import member_kind, member_stances, negation_words

WORDS = negation_words(load_lexicons([]))


def _m(text: str, polarity: str = "positive", act: str | None = "assert", source: str | None = "a reporter",
       language: str = "en") -> ClaimRecord:
    fields = {f: None for f in ClaimRecord.__dataclass_fields__}
    fields.update(text=text, sentence_text=text, polarity=polarity, act=act, source_name=source if act else None,
                  claim_uid=f"c{len(text):04d}{act}{source}",
                  actors=(), language=language)
    return ClaimRecord(**fields)  # type: ignore[arg-type]


# class 1: (members as (text, polarity, act, source), expected stances)
NOT_A_DENIAL = [
    # READER26 k4bae7f: a contrastive "but not Y" adds a proposition, it negates none
    ([("The creature was big, looking like a bear, but not a bear", "negative", "assert", "Anna Kovač"),
      ("The creature was big, looking like a bear", "positive", "assert", "Anna Kovač"),
      ("The creature was big, looking like a bear, but not a bear.", "negative", None, None)],
     ["support", "support", "support"]),
    # READER26 k7ada85: "not near" and "nowhere near" are one statement
    ([("Petrov was nowhere near Velmora", "positive", "assert", "who"),
      ("Petrov was not near Velmora", "negative", "assert", "Ruritanian sources")],
     ["support", "support"]),
    # READER26 k5222ef: the same post, its negation read in one copy only
    ([("Gill is safe and she is not active on the forum cause she has no internet access", "negative", None, None),
      ("To those who are concerned: Gill is safe and she is not active on the forum cause she has no access",
       "positive", "assert", "her profile")],
     ["support", "support"]),
    # READER26 k81fac9: a negation in a subordinate clause of one copy, the main clause of the other
    ([("The president’s car did not appear to have left Freedonia City in recent weeks", "negative", "assert", "a daily"),
      ("visits rose after the president’s car did not appear to have left Freedonia City", "positive", "assert", "a daily")],
     ["support", "support"]),
    # READER26 kb502ca: the minister's own quote inside a denial of someone else's claim
    ([("“We have no credible, specific intelligence to that effect,” Ostrow said", "positive", "assert", "Ostrow"),
      ("Hunter's claims: “We have no credible, specific intelligence to that effect”", "negative", "deny", "Ostrow")],
     ["support", "support"]),
    # READER26 k47900a / k1de808: the same speaker repeating himself does not contradict himself
    ([("Dr Halvorsen said “We have to be more direct in the schools”", "positive", "assert", "Dr Halvorsen"),
      ("Dr Halvorsen says it is not something schools can ignore", "negative", "assert", "Dr Halvorsen")],
     ["support", "support"]),
    # READER26 k37a862: one speaker named twice ("Pal Shin Tan, 21" / "Shin Tan, 21")
    ([("Mira Dal said “I was completely unaware that the fireworks had set the grass on fire”", "negative", "assert",
       "Pal Mira Dal, 21"),
      ("Mira Dal was “completely unaware” the fireworks had set fire to the grass", "positive", "assert", "Mira Dal, 21")],
     ["support", "support"]),
    # READER26 kf8cf31: the negation is in a sentence added after the proposition
    ([("When the show has updates from the field they will cut to the sideline reporter, Lena Varga.",
       "positive", None, None),
      ("When the show has updates from the field — they will cut to the sideline reporter, Lena Varga. "
       "These people are not allowed at the table.", "negative", "assert", "Collins")],
     ["support", "support"]),
    # two negative statements agree (and a contrastive tail leaves its first proposition)
    ([("The envoy did not visit Ruritania", "negative", "assert", "the ministry"),
      ("The envoy never visited Ruritania", "negative", "assert", "Freedonian officials")],
     ["support", "support"]),
    ([("The envoy visited Ruritania but not Freedonia", "negative", "assert", "the ministry"),
      ("The envoy visited Ruritania on Monday", "positive", "assert", "a diplomat")],
     ["support", "support"]),
]

# a negation of the cluster's proposition by another voice still denies it
STILL_A_DENIAL = [
    # a negation inside the supporter's own words is no added sentence
    ([("The army shelled the market in Velmora on Tuesday", "positive", "assert", "witnesses"),
      ("The army did not shell the market in Velmora on Tuesday. The inquiry goes on.", "negative", "assert",
       "the army spokesman")],
     ["support", "deny"]),

    ([("The army shelled the market in Velmora", "positive", "assert", "witnesses"),
      ("The army did not shell the market in Velmora", "negative", "assert", "the army spokesman")],
     ["support", "deny"]),
    ([("The mayor resigned on Monday", "positive", "assert", "a councillor"),
      ("The mayor has not resigned", "negative", "assert", "the mayor's office")],
     ["support", "deny"]),
    ([("Ruritania sent troops to the border", "positive", None, None),
      ("Ruritania sent troops to the border", "negative", "deny", "the Ruritanian ministry")],
     ["support", "deny"]),
]


def _records(rows: list[tuple]) -> list[ClaimRecord]:
    return [_m(t, p, a, s) for t, p, a, s in rows]


@pytest.mark.parametrize(("rows", "want"), NOT_A_DENIAL + STILL_A_DENIAL)
def test_member_stances(rows: list[tuple], want: list[str]) -> None:
    assert member_stances(_records(rows), WORDS) == want


# class 2: a claim text C with negative polarity and no negation of its own is C called false
DISMISSED = [
    "individuals who have ties to the Ruritanian Front have been apprehended at the northern border",  # READER26 kc70fc9
    "Freedonian agents were arrested while crossing the border",  # READER26 k7a3c59
    "The small town of Velmora has been quarantined after a family tested positive",  # READER26 kc12597
    "the governor had secretly sold the harbour",
    "Kolno Mining paid the judge",
    "the Sylvanian navy sank the ferry",
]


@pytest.mark.parametrize("text", DISMISSED)
def test_a_claim_called_false_denies_it(text: str) -> None:
    called = _m(text, "negative", "assert", "a spokeswoman")
    assert member_kind(called, WORDS) == "dismissed"
    assert member_stances([called], WORDS) == ["deny"]  # before: a "negative proposition", support
    assert member_stances([_m(text), called], WORDS) == ["support", "deny"]


def test_other_languages_keep_the_parsers_polarity() -> None:
    neg = _m("Ruritania hat keine Truppen geschickt", "negative", language="de")
    assert member_kind(neg, WORDS) == "negative" and member_stances([neg], WORDS) == ["support"]



CANONICAL = [
    # (whole sentence calling C false, C as a member reads it)
    ("A spokeswoman, Jane Roe, emailed: “The suggestion that individuals who have ties to the Ruritanian Front have "
     "been apprehended at the northern border is categorically false, and not supported by any intelligence.”",
     "individuals who have ties to the Ruritanian Front have been apprehended at the northern border"),
    ("The ministry wrote: “The assertion that Freedonian agents were arrested at the border is not true.”",
     "Freedonian agents were arrested at the border"),
    ("“The report that the harbour of Velmora was sold to a Sylvanian firm is entirely false and not based on fact,” "
     "the governor said.",
     "the harbour of Velmora was sold to a Sylvanian firm"),
    ("The claim that Kolno Mining paid the judge in Dovra is untrue and no evidence has been offered, the firm said.",
     "Kolno Mining paid the judge in Dovra"),
    ("The palace said that rumours that the king of Ruritania had abdicated were not true at all.",
     "the king of Ruritania had abdicated"),
]


@pytest.mark.parametrize(("sentence", "claim"), CANONICAL)
def test_a_cluster_with_no_assertion_shows_the_claim_denied(sentence: str, claim: str) -> None:
    """No member asserts it: the cluster shows C as its denials word it, not the whole sentence that
    calls it false (READER26 kc70fc9's canonical was DHS's whole e-mailed sentence)."""
    from claimcheck.xref.analyse import _canonical
    from claimcheck.xref.grade import ClusterResult

    cs = [_m(sentence, "negative", None), _m(claim, "negative", "assert", "a spokeswoman"),
          _m(claim, "negative", "assert", "a spokesman")]
    stances = member_stances(cs, WORDS)
    assert stances == ["deny", "deny", "deny"]
    assert _canonical(cs, ClusterResult([0, 1, 2], stances, ["", "", ""]), load_lexicons([])) == claim
