"""An admission reverses its party's denial when the party is named once by its name and once by an
organ of it named by the demonym ("Freedonia denied … The Freedonian defence ministry later admitted
…"; new user, issue 9 item 3, stop 24, deny24; parse/claims/reversal.same_source).  A demonym is the
name and a demonym ending; another party's admission reverses nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.model import Extraction

LINKED = [
    "Freedonia denied that its troops had crossed into Ruritania. "
    "The Freedonian defence ministry later admitted that a unit had entered Tarn by mistake.",
    "Borduria denied that its jets had struck the dam. "
    "The Bordurian air force later acknowledged that a jet had struck the dam.",
    "Sylvania denied that it had sold rifles to the rebels. "
    "The Sylvanian trade ministry later conceded that rifles had been sold to the rebels.",
    "Tomania denied that its navy had boarded the ferry. "
    "The Tomanian navy later admitted that sailors had boarded the ferry.",
    "Syldavia denied that its police had detained the reporter. "
    "The Syldavian interior ministry later admitted that the reporter had been detained.",
]


@pytest.mark.parametrize("body", LINKED)
def test_an_organ_named_by_the_demonym_takes_back_the_states_denial(extract: Callable[..., Extraction],
                                                                   body: str) -> None:
    ex = extract(body)
    denial = [k for k, c in enumerate(ex.claims) if c.polarity == "negative" and c.attribution is not None
              and ex.attributions[c.attribution].act == "deny"]
    assert len(denial) == 1, [(c.text, c.polarity) for c in ex.claims]
    assert [c.text for c in ex.claims if c.reverses == denial[0]], [(c.text, c.reverses) for c in ex.claims]


UNLINKED = [
    "Freedonia denied that its troops had crossed into Ruritania. "
    "The Ruritanian defence ministry later admitted that a unit had entered Tarn by mistake.",
    "Borduria denied that its jets had struck the dam. "
    "The Bordelaise air club later acknowledged that a jet had struck the dam.",
]


@pytest.mark.parametrize("body", UNLINKED)
def test_another_partys_admission_reverses_nothing(extract: Callable[..., Extraction], body: str) -> None:
    ex = extract(body)
    assert not [c for c in ex.claims if c.reverses is not None], [(c.text, c.reverses) for c in ex.claims]
