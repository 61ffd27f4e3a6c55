"""``check``'s reason codes: what a program reads of the status of a typed claim, where the
reasons in words (``reasons``) are for people.  Computed from the same origins as the status
(:func:`claimcheck.xref.check.assess`); listed in ``check --format json`` as ``reason_codes``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from claimcheck.xref.grade import ADMITTED_BY_PARTY, DENIAL_TAKEN_BACK, DENIED_ONLY_BY_PARTY

if TYPE_CHECKING:
    from claimcheck.xref.check_query import Proposition

# Reason codes of ``check``'s status (JSON ``reason_codes``): what a program reads where the
# reasons in words are for people.  Each is a fact about the evidence, several may hold.
REASON_CODES = {
    "no_evidence": "no sentence in the database addresses the claim",
    "independent_origins_for": "two or more independent origins assert it (corroborated)",
    "named_origin_for": "a named, on-record origin not party to the claim asserts it",
    "single_origin_for": "one attributed origin asserts it",
    "own_voice_only": "only outlets' own voice asserts it, no source given (unattributed)",
    "repeated_not_independent": "one origin repeated in several articles",
    "origins_for_and_against": "origins assert it and origins deny it or report otherwise",
    "all_against": "nothing asserts it; every origin that takes a side is against it",
    "reversal": "a later report reverses an earlier one",
    DENIED_ONLY_BY_PARTY: "every origin against it is a party the claim is about",
    "asserted_only_by_party": "every origin for it is a party the claim is about",
    "non_answers": "an origin declined to comment or did not respond",
    "only_non_answers": "nothing asserts or denies it; only non-answers",
    "negated_claim": "the claim is negative: evidence for its positive form counts against it",
    "other_speakers": "the claim says \"X says C\"; statements of C by others than X were not counted",
    ADMITTED_BY_PARTY: "the party the claim is about admits it (its own word, not an independent origin)",
    DENIAL_TAKEN_BACK: "a party's denial was taken back by its later admission (not counted against it)",
}


def reason_codes(prop: Proposition, status: str, support: Sequence[str], deny: Sequence[str],
                 decline: Sequence[str], interested: Callable[[str], bool], reversed_: bool,
                 n_articles: int, base: Sequence[str] = ()) -> list[str]:
    """The :data:`REASON_CODES` that hold for a status from these origins (keys as in
    :func:`claimcheck.xref.grade.status_from_origins`), ``base`` (that function's codes) first,
    each once, in the order of :data:`REASON_CODES`."""
    sup, den = list(support), list(deny)
    attributed = [o for o in sup if not o.startswith(("outlet:", "article:"))]
    have = set(base)
    if status == "no_evidence":
        have.add("no_evidence")
    if sup and den:
        have.add("origins_for_and_against")
        if all(interested(o) for o in sup):
            have.add("asserted_only_by_party")
    elif den:
        have.add("all_against")
    elif len(sup) >= 2:
        have.add("independent_origins_for")
    elif attributed:
        have.add("single_origin_for")
        if n_articles > 1:
            have.add("repeated_not_independent")
    elif sup:
        have.add("own_voice_only")
    elif decline:
        have.add("only_non_answers")
    if any(o.startswith("named:") and not interested(o) for o in sup):
        have.add("named_origin_for")
    if reversed_:
        have.add("reversal")
    if decline:
        have.add("non_answers")
    if prop.negative and status != "no_evidence":
        have.add("negated_claim")
    return [c for c in REASON_CODES if c in have]
