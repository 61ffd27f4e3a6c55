"""Claim texts are complete, readable propositions composed of exact source spans (issue 9, items
1 and 3): the subject of a relative clause or an infinitive recovered, anaphoric contents ("said
the same", "denied any involvement") resolved to what they repeat or deny, fragments not claims.
Includes the cases ``denial_of_a_reported_allegation`` and ``action_verbs_are_not_cues`` of
``../shared/cases/xref`` (copied here: they are ours) and five neighbours of each class."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import Claim, Extraction
from claimcheck.parse.claims import completeness, is_proposition

LEX = load_lexicons([])


def texts(ex: Extraction) -> list[str]:
    return [c.text for c in ex.claims]


def act(ex: Extraction, c: Claim) -> str | None:
    return ex.attributions[c.attribution].act if c.attribution is not None else None


# --------------------------------------------------------------------------- item 1: complete propositions

@pytest.mark.parametrize("body, expected", [
    ("Rebels were hit by air strikes last month that Western officials said were staged by Ruritania and Borduria.",
     "Air strikes last month were staged by Ruritania and Borduria"),
    # an intention before an infinitive is the outlet's own claim, the whole sentence (stop 22)
    ("Borduria's northern neighbour Sylvania also plans to train Bordurian police officers.",
     "Borduria's northern neighbour Sylvania also plans to train Bordurian police officers."),
    ("The drone factory opened in 2019. The general manager said he expects to double production by next spring.",
     "The general manager expects to double production by next spring"),
])
def test_the_missing_subject_is_recovered(body: str, expected: str, extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert expected in texts(ex), texts(ex)


@pytest.mark.parametrize("body, fragment", [
    ("It was not clear to the reporters at the scene whether the convoy had crossed the border.", "whether"),
    ("The ministry spokesman said military support from Ruritania.", "military support from Ruritania"),
    ("Asked about the convoy, the minister said the same.", "the same"),
])
def test_a_fragment_is_not_a_claim(body: str, fragment: str, extract: Callable[..., Extraction]) -> None:
    ex = extract(body)
    for t in texts(ex):
        assert not t.lower().startswith(fragment.lower()), t
        assert is_proposition(t, LEX), t


def test_completeness_ranks_a_full_statement_over_a_fragment() -> None:
    assert completeness("were staged by Egypt and the Emirates", LEX) == 0.0
    assert completeness("any involvement", LEX) == 0.0
    full = completeness("Air strikes last month were staged by Ruritania and Borduria", LEX)
    short = completeness("The army withdrew its troops from Kolno", LEX)
    assert full > short > 0.0


# --------------------------------------------------------------------------- case: denial_of_a_reported_allegation

DAM = ("The presidential palace on Wednesday dismissed a blog post by a Ruritanian journalist alleging Ruritania "
       "was behind the explosion of the Borduria dam as “utterly false and complete fiction.” The newswire has not "
       "corroborated the report, published by journalist Jan Novak, which said the attack was carried out at the "
       "direction of President Karl Adler. Spokespeople for the intelligence service and the foreign ministry said "
       "the same.")


def test_case_denial_of_a_reported_allegation_texts(extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(DAM, title="Palace says blog post on dam explosion utterly false")
    check_parts(ex)
    ts = texts(ex)
    assert not any(t.strip(" .").lower() == "the same" for t in ts), ts
    assert any(t.startswith("Ruritania was behind the explosion of the Borduria dam") for t in ts), ts
    assert not any("utterly false" in t or "fiction" in t for t in ts if "Ruritania was behind" in t), ts
    # "said the same" repeats an earlier claim of the article: same text, never its own words
    same = [c for c in ex.claims if c.attribution is not None and "same" in ex.attributions[c.attribution].content.text]
    assert all(c.text in ts and c.denies is not None for c in same)


@pytest.mark.parametrize("body, allegation", [
    ("The ministry rejected claims that Borduria had shelled the border town of Kolno.",
     "Borduria had shelled the border town of Kolno"),
    ("The army dismissed a report that its soldiers had looted the warehouse in Zenda as baseless.",
     "The army’s soldiers had looted the warehouse in Zenda"),  # "its": the source
    ("Sylvanian officials said Ruritanian drones struck the power station near Kolno on Monday. "
     "Ruritania denied the allegations, and the Bordurian government said the same.",
     "Ruritanian drones struck the power station near Kolno on Monday"),
    ("Reporters said the convoy carried artillery shells into the disputed province of Ostland. "
     "The defence ministry denied it.",
     "The convoy carried artillery shells into the disputed province of Ostland"),
    ("A local newspaper reported that the mayor of Zenda had taken bribes from the builder. "
     "The mayor called the reports a fabrication.",
     "The mayor of Zenda had taken bribes from the builder"),
])
def test_denial_neighbours_resolve_to_the_proposition(body: str, allegation: str, extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    ts = texts(ex)
    assert any(t.startswith(allegation) for t in ts), ts
    for t in ts:
        assert not any(w in t for w in ("baseless", "fabrication")), t
        assert t.strip(" .").lower() not in ("the same", "it", "the allegations", "the reports")


# --------------------------------------------------------------------------- case: action_verbs_are_not_cues

BORDURIA = ("Bordurian troops attacked soldiers inside Syldavia and aided the rebel group, according to a report by "
            "independent experts for the UN seen by the agency on Thursday. Borduria has repeatedly denied any "
            "involvement.")


def test_case_action_verbs_no_claim_any_involvement(extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(BORDURIA, title="Borduria attacked Syldavian troops, backed rebels: UN experts")
    check_parts(ex)
    ts = texts(ex)
    assert "any involvement" not in [t.lower() for t in ts], ts
    denials = [c for c in ex.claims if act(ex, c) == "deny"]
    assert denials, ts
    for d in denials:
        assert d.polarity == "negative" and d.denies is not None
        assert ex.claims[d.denies].text == d.text and "attacked soldiers inside Syldavia" in d.text


@pytest.mark.parametrize("body, denial", [
    ("Sylvanian officials said Ruritanian gunboats sank two fishing trawlers off the coast. "
     "Ruritania denied any role.", "any role"),
    ("Monitors said militias shelled the refugee camp outside Kolno for three days. "
     "The militia leaders rejected any responsibility.", "any responsibility"),
    ("Western officials said the warplanes that bombed the market in Zenda were flown by Bordurian pilots. "
     "Borduria publicly denied involvement in the bombings.", "involvement in the bombings"),
    ("Local reporters said Ruritanian soldiers burned three villages near the border. "
     "Ruritania denied the allegations.", "the allegations"),
    ("Witnesses said Sylvanian special forces seized the airport in Ostland on Sunday. "
     "Sylvania dismissed the reports.", "the reports"),
])
def test_anaphoric_denials_are_never_claims_of_their_own(body: str, denial: str, extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    for c in ex.claims:
        assert c.text.lower() != denial and is_proposition(c.text, LEX), c.text
        if act(ex, c) == "deny":
            assert c.polarity == "negative" and c.denies is not None and ex.claims[c.denies].text == c.text


# --------------------------------------------------------------------------- item 3: accusers and "called … a fake"

def test_an_accuser_is_never_a_denier(extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract("Sylvanian officials said Ruritania had supplied hundreds of attack drones to Borduria in August. "
                 "The Sylvanian foreign minister accused Ruritania of lying when it said it had not sent any drones "
                 "to Borduria.")
    check_parts(ex)
    accuser = [c for c in ex.claims if c.attribution is not None
               and "accused" in ex.attributions[c.attribution].cue.text]
    for c in accuser:
        assert c.polarity == "positive" and "supplied hundreds of attack drones" in c.text


def test_calling_the_reports_a_fake_denies_what_they_report(extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract("Local reporters said Ruritanian soldiers burned three villages near the border. "
                 "The Ruritanian embassy called the reports a fake.")
    check_parts(ex)
    called = [c for c in ex.claims if c.attribution is not None
              and ex.attributions[c.attribution].cue.text.startswith("called")]
    assert all(c.polarity == "negative" and "burned three villages" in c.text for c in called)
    assert not any("a fake" in c.text for c in ex.claims)
