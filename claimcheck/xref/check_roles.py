"""Who does the action in a unit of evidence, for ``check``: the direction of a claim.

"Freedonia sent drones to Ruritania" is not evidence that Ruritania sent drones to Freedonia, nor
is "Ruritania received drones from Freedonia", nor a headline "Drones for Ruritania": in each the
query's agent receives what the query says it gave.  And "Freedonian pilots were trained in
Ruritania" does tell that Ruritania trained them, though "Freedonian" is named first.  The rules
are data (``check.toml`` kinds ``doer`` and ``recipient``) and the roles reader of clustering
(:func:`claimcheck.xref.roles.read_roles`: "by", a converse verb's "from"); used by
:mod:`claimcheck.xref.check`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from claimcheck.lexicons import Lexicons
from claimcheck.xref.check_mode import rules

DOER_REACH = 60  # characters before a name a ``doer`` or ``recipient`` pattern is read in


def doer_before(text: str, at: int, lexicons: Lexicons) -> bool:
    """Does a ``doer`` entry of ``check.toml`` end right before ``at`` in ``text`` ("Freedonian
    pilots were trained in | Ruritania"): the name at ``at`` did the action?"""
    return any(rx.search(text, max(0, at - DOER_REACH), at) for _id, rx in rules(lexicons).doers)


def recipient_before(text: str, at: int, lexicons: Lexicons) -> bool:
    """Does a ``recipient`` entry of ``check.toml`` end right before ``at`` ("Drones for |
    Freedonia", "sent troops to | Freedonia"): the name at ``at`` is the one the action is done to
    or for?"""
    return any(rx.search(text, max(0, at - DOER_REACH), at) for _id, rx in rules(lexicons).recipients)


def taken_back_before(text: str, at: int, lexicons: Lexicons) -> bool:
    """Does a ``taken_back`` entry of ``check.toml`` end right before ``at`` ("…, reversing an
    earlier | denial"): the denial word at ``at`` names a denial its source takes back?"""
    return any(rx.search(text, max(0, at - DOER_REACH), at) for _id, rx in rules(lexicons).taken_back)


def only_received(text: str, starts: Sequence[int], lexicons: Lexicons) -> bool:
    """Is every mention of the query's agent in a unit (``starts``: where the words naming it
    begin in ``text``; only those written with a capital count, as a name is) one the action is
    done to or for (:func:`recipient_before`)?  False when the agent is not named in ``text``
    ("written off for dead" does not name an agent "Dead")."""
    named = [s for s in starts if text[s:s + 1].isupper()]
    return bool(named) and all(recipient_before(text, s, lexicons) for s in named)


def roles_turned(agent: Callable[[str], bool], patient: Callable[[str], bool], text: str,
                 actors: Sequence[str], action_at: int | None, keys: Callable[[str], Iterable[str]],
                 lexicons: Lexicons) -> bool:
    """Does a unit (``text``, its ``actors``, its action word at ``action_at``) give the query's
    roles the other way round: an actor it makes the doer names the query's patient (``patient``
    tells of a word key whether it names it), and none names the query's agent (``agent``)?
    ("Ruritania received drones from Freedonia" for "Ruritania sent drones to Freedonia": the
    converse verb's "from" makes Freedonia the doer.)  ``keys`` gives an actor name's word keys.
    False when the unit's doers are not known."""
    from claimcheck.xref.roles import read_roles, roles

    if action_at is None or not actors:
        return False
    reading = read_roles(text, actors, action_at, roles(lexicons))
    doers = [k for a in reading.agents for k in keys(a)]
    return bool(doers) and any(patient(k) for k in doers) and not any(agent(k) for k in doers)


def query_patients(content: str, names: Sequence[str], action_at: int | None, lexicons: Lexicons) -> tuple[str, ...]:
    """The actors a query's action is done to or for: those :func:`claimcheck.xref.roles.read_roles`
    reads as patients of its action word at ``action_at`` among ``names`` ("Ruritania sent drones
    to | Freedonia"); () when not known."""
    from claimcheck.xref.roles import read_roles, roles

    if action_at is None:
        return ()
    names = [n for n in dict.fromkeys(names) if n and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", content)]
    return read_roles(content, names, action_at, roles(lexicons)).patients
