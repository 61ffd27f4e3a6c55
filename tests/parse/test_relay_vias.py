"""Relays named beside a speaker are the speaker's via, never a source of their own (issue 9,
origins, stop 23): "according to X, cited by Y" gave an empty via chain; "X said, as quoted by Y"
a second attribution with Y as its source; "Y, citing X, said C" made Y the source and
"X, said C" the content; "X told Y, which reported that C" kept "which reported that" in the
content.  ``parse/attributions/relays.py`` with the ``relay``, ``citing`` and
``relay_relative`` words of ``phrases.toml``."""

from __future__ import annotations

import pytest

C = "Ruritanian jets struck three Freedonian border posts"

# (sentence, source, via, content)
RELAYED = [
    # the case
    (f"{C}, according to the Freedonian defence ministry, cited by the Zenda Gazette.",
     "the Freedonian defence ministry", "the Zenda Gazette", C),
    (f"{C}, the Freedonian defence ministry said, as quoted by the Zenda Gazette.",
     "the Freedonian defence ministry", "the Zenda Gazette", C),
    (f"The Zenda Gazette, citing the Freedonian defence ministry, said {C}.",
     "the Freedonian defence ministry", "The Zenda Gazette", C),
    (f"The Freedonian defence ministry told the Zenda Gazette, which reported that {C}.",
     "The Freedonian defence ministry", "the Zenda Gazette", C),
    # neighbours
    (f"The Zenda Gazette reported, citing a Freedonian official, that {C}.",
     "a Freedonian official", "The Zenda Gazette", C),
    ("Radio Lutha, quoting unnamed officials, said the port would reopen on Monday.",
     "unnamed officials", "Radio Lutha", "the port would reopen on Monday"),
    ("The port will reopen on Monday, the harbour master said, as reported by the Lutha Courier.",
     "the harbour master", "the Lutha Courier", "The port will reopen on Monday"),
    ("A Freedonian official told Radio Lutha, which first reported that the port would reopen on Monday.",
     "A Freedonian official", "Radio Lutha", "the port would reopen on Monday"),
    ("The Lutha Courier said, quoting the harbour master, that the port would reopen on Monday.",
     "the harbour master", "The Lutha Courier", "the port would reopen on Monday"),
    (f"{C}, according to a Freedonian official, carried by the Zenda Gazette.",
     "a Freedonian official", "the Zenda Gazette", C),
]


@pytest.mark.parametrize("text, source, via, content", RELAYED, ids=[r[0][:48] for r in RELAYED])
def test_the_relay_is_a_via(attributions, text: str, source: str, via: str, content: str) -> None:  # noqa: ANN001
    atts = attributions(text)
    assert len(atts) == 1, [(a.source and a.source.span and a.source.span.text, a.cue.text) for a in atts]
    a = atts[0]
    assert a.source is not None and a.source.span is not None and a.source.span.text == source
    assert [v.text for v in a.via] == [via]
    assert a.content.text.rstrip(".") == content


def test_citing_belongs_to_the_verb_of_its_clause(attributions) -> None:  # noqa: ANN001
    """A speech verb of an earlier clause, past a quotation, takes no relay from a later "citing"."""
    text = ("Lena Sorel asked about the report. “The port is closed,” the harbour master said during an interview "
            "on Radio Lutha, citing Anna Weller of the customs office.")
    asked = [a for a in attributions(text) if a.cue.text == "asked"]
    assert asked and asked[0].source.span.text == "Lena Sorel" and asked[0].via == ()


@pytest.mark.parametrize("text, source, content", [
    # a reason, not a speaker: read as before
    ("Citing the delays, the union called a strike.", "the union", "the delays"),
    # quoting *from* a text: the speaker's own argument
    ("Quoting from old sermons, the preacher argued that snowmen were sinful.", "the preacher", "snowmen were sinful"),
    # no relay named: no via
    (f"The Freedonian defence ministry said {C}.", "The Freedonian defence ministry", C),
    (f"{C}, according to the Freedonian defence ministry.", "the Freedonian defence ministry", C),
])
def test_no_relay_no_via(attributions, text: str, source: str, content: str) -> None:  # noqa: ANN001
    atts = attributions(text)
    hit = [a for a in atts if a.source is not None and a.source.span is not None and a.source.span.text == source
           and content in a.content.text]
    assert hit, [(a.source and a.source.span and a.source.span.text, a.cue.text) for a in atts]
    assert all(a.via == () for a in atts)
