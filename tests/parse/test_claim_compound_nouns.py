"""A word of a hyphenated noun is no verb (issue 9 item 1: "no claim whose text has no predicate").

"As sergeant-at-arms, it his job to uphold the security of the House of Commons" (a typo: "it his
job") has no verb, but its "arms" was read as one, so it was a claim and joined "Before his
appointment, Vickers was director of security operations" on "security" (the corpus, stop 24).  A word
joined by a hyphen to a preposition or article before it ("-at-arms", "-in-arms", "-of-arms",
"in-the-works") is now read as the last word of a noun (``statements.in_compound``).  Invented texts;
each row without a verb is shown to read as a proposition when the compound test is off."""

from __future__ import annotations

import pytest

from claimcheck.parse.claims import statements
from claimcheck.parse.claims.statements import in_compound, is_proposition

NO_VERB = [
    "As sergeant-at-arms, it his job to uphold the security of the House of Commons",
    "As brothers-in-arms, it their duty to protect the villages along the Brill river",
    "Comrades-in-arms from the Freedonian border brigade, all of them veterans of the long siege",
    "The call-to-arms of the Ruritanian opposition leader in the main square of Tessel",
    "The old coat-of-arms of Velmora above the gate of the harbour master's office",
    "A company of men-at-arms from Dovra at the gates of the Bordurian fortress",
]
WITH_VERB = [
    "As sergeant-at-arms, it is his job to uphold the security of the House of Commons",
    "The sergeant-at-arms shot the gunman inside the parliament building",
    "Brothers-in-arms Karl Adler and Ivan Petrov signed the treaty in Brill",
    "The editor-in-chief resigned after the report on the dam was published",
    "Freedonia re-opened the border crossing near Brill on Monday",
    "The Ruritanian army arms the militias along the border with Borduria",
]


@pytest.mark.parametrize("text", NO_VERB)
def test_a_text_whose_only_verb_is_in_a_compound_is_no_proposition(lex, text: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert not is_proposition(text, lex)
    monkeypatch.setattr(statements, "in_compound", lambda _t, _s: False)
    assert is_proposition(text, lex), "the row does not depend on the compound test"


@pytest.mark.parametrize("text", WITH_VERB)
def test_a_verb_beside_a_compound_still_counts(lex, text: str) -> None:
    assert is_proposition(text, lex)


@pytest.mark.parametrize(("text", "word", "inside"), [
    ("sergeant-at-arms", "arms", True), ("editor-in-chief", "chief", True), ("a coat-of-arms", "arms", True),
    ("plans in-the-works", "works", True), ("Freedonia re-opened", "opened", False),
    ("the army arms militias", "arms", False), ("a well-known figure", "known", False),
])
def test_in_compound(text: str, word: str, inside: bool) -> None:
    assert in_compound(text, text.rindex(word)) is inside


def test_the_sergeants_typo_makes_no_claim(extract) -> None:  # noqa: ANN001
    typo = extract("Vickers, 58, is pictured in a file photo wearing his ceremonial garb. As sergeant-at-arms, it his "
                   "job to uphold the security of the House of Commons.")
    assert not any("his job" in c.text for c in typo.claims), [c.text for c in typo.claims]
    right = extract("Vickers, 58, is pictured in a file photo wearing his ceremonial garb. As sergeant-at-arms, it is "
                    "his job to uphold the security of the House of Commons.")
    assert any("his job" in c.text for c in right.claims), [c.text for c in right.claims]
