"""Sources, stop 21 (issue 12): a role held for someone else is the source, not its principal.

"Two aides to Senator X said", "An assistant to Minister X said", "A close ally of Governor X
said": the source span is the whole phrase and the source is the unnamed aide (anonymous, no
actor); the principal's name after "to" / "of" names nobody's statement
(``anonymity.toml`` "principal-roles").  A name before the role still names the source ("Ana
Ruiz, an aide to the mayor"), and a head that is no such role keeps its "of" ("economist Maja
Kross of Lindmark Bank" is Maja Kross).  The two sentences were strict xfails of
``tests/xref/test_cases_end_to_end.py``; the rest are neighbours of our own.

Every sentence is invented.
"""

from __future__ import annotations

import pytest

PRINCIPALS = [
    # the two former xfails
    ("Two aides to Senator Ruth Calder said the senator would vote against the port bill.",
     "Two aides to Senator Ruth Calder", "Ruth Calder"),
    ("An assistant to Sylvanian Foreign Minister Pia Holm said the talks with Borduria had collapsed.",
     "An assistant to Sylvanian Foreign Minister Pia Holm", "Pia Holm"),
    # neighbours: a number, a plural without a determiner, "of", other roles held for someone
    ("Three advisers to Governor Tomas Brenn said the governor would sign the water bill.",
     "Three advisers to Governor Tomas Brenn", "Tomas Brenn"),
    ("Aides to Mayor Lina Ortlieb said the mayor would not run again.",
     "Aides to Mayor Lina Ortlieb", "Lina Ortlieb"),
    ("A close ally of Governor Tomas Brenn said the governor would veto the levy.",
     "A close ally of Governor Tomas Brenn", "Tomas Brenn"),
    ("A deputy to Mayor Piet Holm said the mayor would resign in March.",
     "A deputy to Mayor Piet Holm", "Piet Holm"),
    ("Two assistants to Judge Mara Quist said the judge had recused herself.",
     "Two assistants to Judge Mara Quist", "Mara Quist"),
    ("A longtime confidant of President Ivo Lind said the president would seek a second term.",
     "A longtime confidant of President Ivo Lind", "Ivo Lind"),
]


@pytest.mark.parametrize(("text", "source", "principal"), PRINCIPALS, ids=lambda x: str(x)[:32])
def test_an_aide_is_the_source_and_anonymous(text: str, source: str, principal: str, with_cue) -> None:
    a = with_cue(text, "said")
    assert a.source.span.text == source
    assert a.source.kind == "anonymous"
    assert a.source.actor is None  # the principal is no actor of this statement
    assert principal not in (a.content.text or "")


NAMED = [
    # a name before the role, or a head that is no role held for someone: the name is the source's
    ("Economist Maja Kross of Lindmark Bank said rates would rise in June.",
     "Economist Maja Kross of Lindmark Bank", "Maja Kross"),
    ("Ana Ruiz, an aide to the mayor, said the bridge would close on Friday.",
     "Ana Ruiz, an aide to the mayor", "Ana Ruiz"),
    ("Karl Adler, a close ally of the governor, said the levy was dead.",
     "Karl Adler, a close ally of the governor", "Karl Adler"),
    ("Lindmark Associates said the merger would close in May.", "Lindmark Associates", "Lindmark Associates"),
    ("The Bank of Upland said rates would stay unchanged.", "The Bank of Upland", "Bank of Upland"),
]


@pytest.mark.parametrize(("text", "source", "actor"), NAMED, ids=lambda x: str(x)[:32])
def test_a_named_speaker_keeps_the_name(text: str, source: str, actor: str, with_cue) -> None:
    a = with_cue(text, "said")
    assert a.source.span.text == source
    assert a.source.kind == "named"
    assert a.source.actor == actor
