"""Sentence splitting with quotes of every style (issue 12 item 7): German „…“ and »…«, French
« … », and "?"/"!" inside a quotation followed by a speech tag."""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons()


def _split(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text, lexicons=LEX)]


@pytest.mark.parametrize("text, want", [
    # the shared case (german_low_high_quotes): two sentences, „…?“ closes inside the second
    ("Nach kurzem Zögern trat die Ministerin vor die Kameras. „Wer soll das alles bezahlen?“, fragte Greta Lindholm.",
     ["Nach kurzem Zögern trat die Ministerin vor die Kameras.",
      "„Wer soll das alles bezahlen?“, fragte Greta Lindholm."]),
    ("„Wer zahlt?“ fragte sie. Dann ging sie.", ["„Wer zahlt?“ fragte sie.", "Dann ging sie."]),
    ("Er ging. »Wer zahlt?« fragte sie.", ["Er ging.", "»Wer zahlt?« fragte sie."]),
    ("« Qui va payer ? », a demandé Greta Lindholm. Elle est partie.",
     ["« Qui va payer ? », a demandé Greta Lindholm.", "Elle est partie."]),
    ("Le ministre a dit « Nous allons gagner ! » hier. Il est parti.",
     ["Le ministre a dit « Nous allons gagner ! » hier.", "Il est parti."]),
    ('"Is it safe?" Anna Berg asked. "Nobody knows!" the mayor shouted.',
     ['"Is it safe?" Anna Berg asked.', '"Nobody knows!" the mayor shouted.']),
    ("“Can we win?” The coach said nothing.", ["“Can we win?”", "The coach said nothing."]),
    ("“Why now?” Vera Holt asked. It was late.", ["“Why now?” Vera Holt asked.", "It was late."]),
    ('"Is it safe?" It was not.', ['"Is it safe?"', "It was not."]),
    ('He left. "Is it over?" The crowd waited.', ["He left.", '"Is it over?"', "The crowd waited."]),
])
def test_quote_styles_and_speech_tags(text: str, want: list[str]) -> None:
    assert _split(text) == want
