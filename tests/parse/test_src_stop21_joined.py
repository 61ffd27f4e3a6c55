"""Sources, stop 21 (issue 12): subjects read short.

- joined subjects whose first part has adjectives ("The former first lady and U.S. senator",
  "Local farmers and civic leaders") or is a possessed plural of people ("my siblings and I")
  are one source, whole; an object before "and" is never joined ("He met the former minister
  and the mayor said");
- a name with an age and a place between commas before a relative clause ("Ana Ruiz, 59, of
  Ashton, Md., who watched the vote, said C") is the source, the name its actor; the clause
  after "said" stays the content (the source was read inverted, from the content's words).

"A and B said" stays one source with one actor: ``Source`` holds one ``actor`` (a model and
schema change, not made here).  Every sentence is invented; the classes come from the tuning
half of PolNeAR dev.
"""

from __future__ import annotations

import pytest

JOINED = [
    ("The former first lady and U.S. senator said it was a mistake to sell the port.",
     "said", "The former first lady and U.S. senator"),
    ("Likely, my siblings and I understood this because we were victims.", "understood", "my siblings and I"),
    ("The new mayor and the old governor said the bridge would close.", "said",
     "The new mayor and the old governor"),
    ("The retired general and former envoy warned that the truce would fail.", "warned",
     "The retired general and former envoy"),
    ("Local farmers and civic leaders have demanded that the dam be opened.", "demanded",
     "Local farmers and civic leaders"),
    ("His younger brother and I agreed that the house should be sold.", "agreed", "His younger brother and I"),
]

NOT_JOINED = [
    ("He met the former minister and the mayor said no.", "said", "the mayor"),
    ("The report on the floods and the mayor said it.", "said", "the mayor"),
    ("She visited the old harbour and the mayor said it would close.", "said", "the mayor"),
    ("They waited for hours and the senior officials said nothing.", "said", "the senior officials"),
    ("It rained all day and the local farmers said the crop was lost.", "said", "the local farmers"),
]


@pytest.mark.parametrize(("text", "cue", "source"), JOINED + NOT_JOINED, ids=lambda x: str(x)[:30])
def test_a_joined_subject_is_whole_and_an_object_is_not_joined(text: str, cue: str, source: str, with_last_cue,
                                                               source_text) -> None:
    assert source_text(with_last_cue(text, cue)) == source


CHAINS = [
    ("Ana Ruiz, 59, of Ashton, who watched the vote, said the result was fair.",
     "Ana Ruiz, 59, of Ashton, who watched the vote", "Ana Ruiz", "the result was fair"),
    ("Karl Adler, 71, of Velmora, Md., who lost his farm, said the levy was unjust.",
     "Karl Adler, 71, of Velmora, Md., who lost his farm", "Karl Adler", "the levy was unjust"),
    ("Lina Ortlieb, from Dorset, who runs a bakery, said prices had doubled.",
     "Lina Ortlieb, from Dorset, who runs a bakery", "Lina Ortlieb", "prices had doubled"),
    ("Piet Holm, 45, who chairs the board, said the merger was off.",
     "Piet Holm, 45, who chairs the board", "Piet Holm", "the merger was off"),
    ("Mara Quist, 38, of Lindby, who watched the ceremony on a screen, said the event brought back memories "
     "of her father.", "Mara Quist, 38, of Lindby, who watched the ceremony on a screen", "Mara Quist",
     "the event brought back memories of her father"),
]


@pytest.mark.parametrize(("text", "source", "actor", "content"), CHAINS, ids=lambda x: str(x)[:30])
def test_a_name_with_age_place_and_relative_clause_is_the_source(text: str, source: str, actor: str, content: str,
                                                                 with_last_cue, source_text) -> None:
    a = with_last_cue(text, "said")
    assert source_text(a) == source
    assert a.source.actor == actor
    assert a.content.text == content


CLAUSE_CHAINS = [
    # commas of clauses, not of an age or a place: no source is read from them
    ("After the vote in Ashton, the crowd, which had waited for hours, said nothing.", "said", "the crowd"),
    ("Ana Ruiz, who chairs the board, said the merger was off.", "said", "Ana Ruiz, who chairs the board"),
    ("Karl Adler, 71, of Velmora, Md., said the levy was unjust.", "said", "Karl Adler, 71, of Velmora, Md."),
]


@pytest.mark.parametrize(("text", "cue", "source"), CLAUSE_CHAINS, ids=lambda x: str(x)[:30])
def test_other_comma_subjects_are_unchanged(text: str, cue: str, source: str, with_last_cue, source_text) -> None:
    assert source_text(with_last_cue(text, cue)) == source


LEAKED = [
    # an -ed adjective of a document ("leaked", "classified", "unreleased") stays in the source
    ("But leaked documents from his tax return show he took a loss.", "show",
     "leaked documents from his tax return", None),
    ("Leaked files from the ministry show the plan changed.", "show", "Leaked files from the ministry", None),
    ("But classified cables from the embassy show the talks failed.", "show",
     "classified cables from the embassy", None),
    ("Two unreleased reports from the agency show the river is polluted.", "show",
     "Two unreleased reports from the agency", None),
    ("The redacted memo from the council shows the bridge was unsafe.", "shows",
     "The redacted memo from the council", None),
    ("Retired General Ana Ruiz said the army was ready.", "said", "Retired General Ana Ruiz", "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "cue", "source", "actor"), LEAKED, ids=lambda x: str(x)[:30])
def test_a_documents_adjective_stays_and_names_nobody(text: str, cue: str, source: str, actor: str | None,
                                                      with_last_cue, source_text) -> None:
    a = with_last_cue(text, cue)
    assert source_text(a) == source
    assert a.source.actor == actor
