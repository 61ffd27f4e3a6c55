"""The predicate of a claim (issue 9, stop 23): the head verb of its main clause as an exact span of
the article and a lemma (``claimcheck.parse.claims.predicate``), found past auxiliaries, modals,
adverbs, a verb of planning or seeming, a speech frame and the clauses of the subject.  Table tests
on invented sentences; a property: every stored predicate slices to its own text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.lexicons import Lexicons
from claimcheck.model import Extraction, Span
from claimcheck.parse.claims.predicate import find_predicate, lemma, lemma_key, predicate_rules

# (claim text, the predicate as written, its lemma); None: no verb
TABLE = [
    # a plain verb, irregular and regular
    ("Ruritania stole eleven jetliners from Kolno airport", "stole", "steal"),
    ("The Marsh Front shelled the port of Dovra", "shelled", "shell"),
    ("Freedonia supplied drones to Sylvania", "supplied", "supply"),
    ("The council staged the vote in Kolno", "staged", "stage"),
    ("The army stopped the convoy at the border", "stopped", "stop"),
    # auxiliaries, modals, adverbs, negation
    ("The envoy has reportedly already left Kolno", "left", "leave"),
    ("Ruritania could strike the dam within days", "strike", "strike"),
    ("The hostages were not released on Monday", "released", "release"),
    ("The Marsh Front did not claim the attack", "claim", "claim"),
    ("Jan Novak has become the most wanted man in Kolno", "become", "become"),
    ("Marta Lind was “fighting fiercely” in Dovra", "fighting", "fight"),
    # a copula
    ("The minister is responsible for the attack on Dovra", "is", "be"),
    ("It’s a hoax, the Kolno Herald found", "It’s", "be"),
    # catenatives and reporting verbs
    ("Freedonia is preparing to supply drones to Sylvania", "supply", "supply"),
    ("The militant is believed to be responsible for the murders", "be", "be"),
    ("Jan Novak was also reported wounded in the raid", "wounded", "wound"),
    ("The talks are expected to resume in Kolno next week", "resume", "resume"),
    # the subject's clauses
    ("The man who shot the soldier was arrested in Kolno", "arrested", "arrest"),
    ("Jan Novak, the Velmora envoy who met the rebels, has been injured in an air strike", "injured", "injure"),
    ("“Jan the Knife”, named after a Velmora singer, is believed to be responsible for the murders", "be", "be"),
    ("A strike believed to have been carried out by Ruritania has killed nine fighters", "killed", "kill"),
    ("The talks taking place in Kolno this week will address the release of the crew", "address", "address"),
    ("After the talks broke down, the army shelled Dovra", "shelled", "shell"),
    # speech frames
    ("The general said “We will not withdraw from Dovra”", "withdraw", "withdraw"),
    ("The spokesman told reporters that the army had left Dovra", "left", "leave"),
    ("Adler told a Kolno news conference “We have not seen the jets”", "seen", "see"),
    ("A spokesman said Marta Lind had sprained her ankle", "sprained", "sprain"),
    ("The army said on Monday", "said", "say"),
    # phrasal verbs, light verbs, nouns that look like verbs
    ("The explosion took place near Kolno airport", "took", "take place"),
    ("The rebels launched an attack on Kolno airport", "launched", "launch"),
    ("The reported attacks killed two guards in Dovra", "killed", "kill"),
    ("Word about stolen jetliners was circulated within the ministry", "circulated", "circulate"),
    # a planning verb in the present tense after a plural or collective subject (issue 9, stop 24)
    ("Though the bank will not let him move, Jan Novak and his team plan on starting a fund in Kolno", "starting", "start"),
    ("The rebels plan to attack Dovra at dawn", "attack", "attack"),
    ("The two brothers aim to sell the Kolno mill", "sell", "sell"),
    ("The families vow to fight the Velmora ruling in court", "fight", "fight"),
    ("Both firms seek to raise more money this year", "raise", "raise"),
    ("Marta Lind and her partners start on rebuilding the Kolno mill", "rebuilding", "rebuild"),
    ("Kolno’s plan to attack Dovra failed", "failed", "fail"),
    ("The plan to attack Dovra failed in June", "failed", "fail"),
    # no verb: no predicate
    ("Any involvement in the attack on Dovra", None, None),
    ("The Velmora envoy in Kolno", None, None),
    # an action word in -s before "against", "on", "near" … or a verb is a noun (stop 26, FNC-1's
    # "U.S. air strikes against the militant group"; predicates.toml noun_before)
    ("Ruritanian air strikes against the Marsh Front", None, None),
    ("The Freedonian airstrikes on Monday against the Marsh Front succeeded in killing its leader", "killing", "kill"),
    ("Ruritanian air strikes killed the Marsh Front leader", "killed", "kill"),
    ("Bordurian attacks on the Kessel garrison have stopped", "stopped", "stop"),
    ("Sylvanian air raids near Brill hit a crowded market", "hit", "hit"),
    ("Ruritanian bombings in Kessel were condemned by the council", "condemned", "condemn"),
    ("Coalition air strikes earlier this week destroyed the Brill bridge", "destroyed", "destroy"),
    ("Ruritania strikes the Kessel dam", "strikes", "strike"),
    ("Freedonia’s aid helps farmers in Brill", "helps", "help"),
]


@pytest.fixture(scope="module")
def rules(lex: Lexicons):  # noqa: ANN201
    return predicate_rules(lex)


@pytest.mark.parametrize(("text", "verb", "lem"), TABLE)
def test_predicate_of_a_claim(rules, text: str, verb: str | None, lem: str | None) -> None:  # noqa: ANN001
    got = find_predicate([Span(10, 10 + len(text), text)], rules)
    if verb is None:
        assert got is None
        return
    assert got is not None, text
    span, lemma_ = got
    assert (span.text, lemma_) == (verb, lem)
    assert text[span.start - 10:span.end - 10] == verb  # offsets into the article, not the claim


def test_predicate_of_a_composed_claim_maps_to_its_part(rules) -> None:  # noqa: ANN001
    # "X accused Y of ordering the arrests" is shown "Y ordered the arrests": the gerund's span
    article = "Kolno accused Jan Novak of ordering the arrests in Dovra."
    y = Span(14, 23, article[14:23])
    rest = Span(27, 56, article[27:56])
    span, lem = find_predicate([y, rest], rules, gerund_finite=True)
    assert (span.text, lem) == ("ordering", "order") and article[span.start:span.end] == "ordering"
    # a speaker shown before a quotation: the parts are the speaker, the cue and the quotation
    article = "“We will not withdraw from Dovra,” the general said."
    parts = [Span(35, 46, "the general"), Span(47, 51, "said"), Span(0, 33, article[0:33])]
    span, lem = find_predicate(parts, rules)
    assert (article[span.start:span.end], lem) == ("withdraw", "withdraw")


@pytest.mark.parametrize(("forms", "key"), [
    (("create", "created", "creating", "creates"), "creat"),
    (("authorise", "authorised", "authorize", "authorized"), "authoriz"),
    (("use", "used", "using", "uses"), "use"),
    (("plan", "planned", "planning", "plans"), "plan"),
    (("make", "made", "making", "makes"), "mak"),
])
def test_forms_of_one_verb_have_one_key(rules, forms: tuple[str, ...], key: str) -> None:  # noqa: ANN001
    assert {lemma_key(lemma(f, rules)) for f in forms} == {key}


SENTENCES = ["Ruritania stole eleven jetliners.", "The army said that the envoy had left Kolno.",
             "“We will not withdraw,” the general said.", "Jan Novak, who met the rebels, was injured.",
             "Kolno accused Marta Lind of ordering the arrests.", "The talks will address the release of the crew.",
             "According to the ministry, the hostages were freed on Monday.", "It’s a hoax, Adler said."]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6), st.sampled_from([" ", "\n\n", "  "]))
def test_stored_predicates_slice_to_their_text(extract: Callable[..., Extraction], picked: list[str],
                                               sep: str) -> None:
    ex = extract(sep.join(picked))
    for c in ex.claims:
        if c.predicate is not None:
            assert ex.text[c.predicate.start:c.predicate.end] == c.predicate.text
            assert c.predicate_lemma
            assert c.span.start <= c.predicate.start or any(p.start <= c.predicate.start < p.end for p in c.parts)


def test_claims_of_an_article_carry_their_predicates(extract: Callable[..., Extraction]) -> None:
    ex = extract("The Marsh Front shelled the port of Dovra on Monday. "
                 "Officials in Kolno said the rebels had stolen eleven jetliners from the airport.")
    got = {c.predicate_lemma for c in ex.claims}
    assert {"shell", "steal"} <= got
