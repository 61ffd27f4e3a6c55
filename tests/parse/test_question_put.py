"""The question put to a speaker ("Asked whether the army would withdraw, Kovic said C") is no
one's assertion: ``extract`` gives no attribution for it, and the answer C stays the speaker's
(src23, a new user's class)."""

from __future__ import annotations

import pytest

CASES = [
    ("Asked whether the army would withdraw, Kovic said the troops would stay in Zenda.",
     "Kovic", "the troops would stay in Zenda"),
    ("Asked about the drones, Anna Kovic said Freedonia had supplied none.", "Anna Kovic",
     "Freedonia had supplied none"),
    ("Asked if Ruritania had shelled Tarn, the Bordurian envoy said the army had left Tarn.", "the Bordurian envoy",
     "the army had left Tarn"),
    ("Pressed on whether Freedonia had sent advisers, Olga Berg said no advisers were in Zenda.", "Olga Berg",
     "no advisers were in Zenda"),
    ("Questioned about the convoy, the Ruritanian spokesman said it carried food.", "the Ruritanian spokesman",
     "it carried food"),
    ("Asked why the border was closed, the Freedonian minister told reporters that smugglers had used it.",
     "the Freedonian minister", "smugglers had used it"),
]


@pytest.mark.parametrize(("body", "source", "content"), CASES)
def test_question_is_no_attribution(extract, body: str, source: str, content: str) -> None:
    ex = extract(body)
    got = [(a.source.span.text if a.source and a.source.span else None, a.act, a.content.text) for a in ex.attributions]
    assert got == [(source, "assert", content)]
