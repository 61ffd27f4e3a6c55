"""A denial whose content only names a deed ("denied the attack", "denied sending troops into
X", the headline "General denies shelling") answers the article's claim of that deed (its
action class, or one ``compatible`` with it in actions.toml) when no claim names the denier
(FINDINGS26, new problem 2: my4/d06, d03, d04 lost these denials; issue 9)."""

from __future__ import annotations

import pytest

# (title, body, the denier, words of the claim it must answer): the cases and neighbours of our own
JOINED = [
    ("Kessel shelled", "Kessel was shelled on Sunday, residents said. Borduria denied the attack.",
     "Borduria", "Kessel was shelled"),
    ("Strelsau denies incursion", "Strelsau denied sending troops into Borduria. "
     "Bordurian officials said Ruritanian troops entered Borduria on Friday.", "Strelsau", "troops entered"),
    ("General denies shelling", "Syldavian officials said Bordurian artillery shelled Vorna on Sunday.",
     "General", "shelled Vorna"),
    ("Brill bombed", "Witnesses said Brill was bombed overnight. Freedonia denied the bombing.",
     "Freedonia", "Brill was bombed"),
    ("Tessel attacked", "Residents said the village of Tessel was attacked on Monday. Sylvania denied the assault.",
     "Sylvania", "Tessel was attacked"),
    ("Vorna shelled", "Monitors said Vorna was shelled on Sunday. Ruritania denied the shelling.",
     "Ruritania", "Vorna was shelled"),
    ("Kolno troops", "Freedonia denied deploying soldiers to Kolno. "
     "Officials in Kolno said Freedonian soldiers had entered Kolno.", "Freedonia", "soldiers had entered"),
]
# a deed of another class, or a claim whose own words carry no deed: nothing to answer
NOT_JOINED = [
    ("Kessel shelled", "Kessel was shelled on Sunday, residents said. Borduria denied the talks.", "Borduria", "Kessel"),
    ("General denies shelling", '"Our forces were in their barracks," said a Bordurian officer.', "General", "barracks"),
    ("Brill", "Witnesses said Freedonian tanks reached Brill. Sylvania denied the bombing.", "Sylvania", "tanks"),
    ("Vorna", "Monitors said the mayor of Vorna met the envoy. Ruritania denied the shelling.", "Ruritania", "met the envoy"),
    ("Kolno", "Officials said Kolno had paid the debt. Freedonia denied the attack.", "Freedonia", "paid the debt"),
]


def _answer(extract, title: str, body: str, denier: str):  # noqa: ANN001, ANN202
    ex = extract(body, title=title)
    for c in ex.claims:
        a = ex.attributions[c.attribution] if c.attribution is not None else None
        if a is not None and a.act == "deny" and a.source is not None and a.source.span is not None \
                and denier in a.source.span.text:
            return c, ex.claims[c.denies] if c.denies is not None else None
    return None, None


@pytest.mark.parametrize(("title", "body", "denier", "words"), JOINED)
def test_deed_noun_denial_answers_the_deed(extract, title: str, body: str, denier: str, words: str) -> None:  # noqa: ANN001
    c, target = _answer(extract, title, body, denier)
    assert c is not None and c.polarity == "negative" and target is not None, (c, target)
    assert words in target.span.text


@pytest.mark.parametrize(("title", "body", "denier", "words"), NOT_JOINED)
def test_deed_noun_denial_answers_no_other_deed(extract, title: str, body: str, denier: str, words: str) -> None:  # noqa: ANN001
    c, target = _answer(extract, title, body, denier)
    assert target is None or words not in target.span.text, target


@pytest.mark.parametrize("body", [
    "Freedonia denied the tank deliveries. Ruritanian officials said Borduria had delivered drones to the rebels.",
    "Sylvania denied the drone sales. Officials said Kolno had bought drones from Ruritania.",
])
def test_a_relationship_noun_needs_its_object(extract, body: str) -> None:  # noqa: ANN001
    ex = extract(body)
    assert not [c for c in ex.claims if c.denies is not None], [(c.text, c.denies) for c in ex.claims]
