"""A final tag whose source carries an apposition between commas ("C, the Bordurian foreign
minister, Anna Kovic, said on Friday."): the source is the noun phrase with its apposition, the
content what precedes the source's comma (src23, a new user's class)."""

from __future__ import annotations

import pytest

CASES = [
    # (sentence, source, content)
    ("Freedonia has supplied combat drones to Ruritania, the Bordurian foreign minister, Anna Kovic, said on Friday.",
     "the Bordurian foreign minister, Anna Kovic", "Freedonia has supplied combat drones to Ruritania"),
    ("Freedonia has supplied combat drones to Ruritania, Anna Kovic, the Bordurian foreign minister, said.",
     "Anna Kovic, the Bordurian foreign minister", "Freedonia has supplied combat drones to Ruritania"),
    ("Ruritania has used drones against Zenda, the Zenda mayor, Olga Berg, said.",
     "the Zenda mayor, Olga Berg", "Ruritania has used drones against Zenda"),
    ("The border crossing at Strelsau was closed overnight, Piet Holm, a Freedonian army spokesman, told reporters.",
     "Piet Holm, a Freedonian army spokesman", "The border crossing at Strelsau was closed overnight"),
    ("Two villages near Tarn were shelled, the governor of Vulgaria, Ivo Marek, said in a statement.",
     "the governor of Vulgaria, Ivo Marek", "Two villages near Tarn were shelled"),
    ("The convoy never reached Zenda, Lena Sorel, spokeswoman for the Ruritanian Red Cross, said.",
     "Lena Sorel, spokeswoman for the Ruritanian Red Cross", "The convoy never reached Zenda"),
    ("Freedonian troops crossed the river, the ministry's spokesman, Karl Brenn, said on Tuesday.",
     "the ministry's spokesman, Karl Brenn", "Freedonian troops crossed the river"),
]


@pytest.mark.parametrize(("text", "source", "content"), CASES)
def test_final_tag_with_apposition(attributions, source_text, text: str, source: str, content: str) -> None:
    atts = attributions(text)
    assert [(source_text(a), a.content.text) for a in atts] == [(source, content)]


@pytest.mark.parametrize("text", [
    # the speech verb is followed by its content: the usual left source, not a final tag
    "On Friday, the Bordurian foreign minister, Anna Kovic, said Freedonia had supplied drones.",
    "Anna Kovic, the Bordurian foreign minister, said Freedonia had supplied drones.",
])
def test_source_before_content_unchanged(attributions, source_text, text: str) -> None:
    (a,) = attributions(text)
    assert "Anna Kovic" in source_text(a) and a.content.text == "Freedonia had supplied drones"
