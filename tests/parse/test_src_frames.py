"""Sources, stop 20 (issue 12): whose mouth a source noun phrase names.

- the subject of an agentless passive cue is what was said, or whom it was said to, never who
  said it ("A curfew was announced", "The minister was told that C"): no source span, an
  unnamed ``sources_said`` source; an agent after "by" stays the source;
- a participle of attitude keeps its subject ("Republicans were incensed that C");
- "seem" / "appear" without a speech verb after them is the writer's impression: no source;
- the actor is the name in the head, before a post-modifier ("economist Maja Kross of Lindmark
  Bank" is Maja Kross), an organisation's "of" stays in its name ("Bank of America");
- a named body before an unnamed head describes it ("one GOP source", "a Lindmark Bank
  spokesman": anonymous);
- a first name that looks like a demonym ("Brian", "Julian") is no place adjective.

Every sentence is invented; the classes come from the tuning half of PolNeAR dev.
"""

from __future__ import annotations

import pytest




# 1. an agentless passive: no source span, an unnamed "sources said" source
AGENTLESS = [
    ("A curfew was announced for the whole district.", "announced"),
    ("The council's figures were rated as mostly false.", "rated"),
    ("The minister was told that the harbour had flooded.", "told"),
    ("Offshore profits are rarely reported in full.", "reported"),
    ("Ana Ruiz has been mentioned as a possible finance minister.", "mentioned"),
    ("The mayor was once asked how the strike would end.", "asked"),
    ("The new levy was first declared by decree in 1970 and was later described as a mistake.", "described"),
]


@pytest.mark.parametrize(("text", "cue"), AGENTLESS, ids=lambda x: x[:30])
def test_the_subject_of_an_agentless_passive_is_no_source(text: str, cue: str, with_cue) -> None:
    a = with_cue(text, cue)
    assert a.source is None or a.source.span is None
    if a.source is not None:
        assert a.source.kind == "sources_said"


# ... but an agent after "by" is the source, and the active voice keeps its subject
AGENT = [
    ("His views were echoed by Lina Ortlieb, the union's economist.", "echoed", "Lina Ortlieb, the union's economist"),
    ("The plan was criticized by the harbour master.", "criticized", "the harbour master"),
    ("The council announced a curfew for the whole district.", "announced", "The council"),
    ("Ana Ruiz told the minister that the harbour had flooded.", "told", "Ana Ruiz"),
    ("The mayor asked how the strike would end.", "asked", "The mayor"),
]


@pytest.mark.parametrize(("text", "cue", "source"), AGENT, ids=lambda x: x[:30])
def test_an_agent_or_an_active_subject_stays_the_source(text: str, cue: str, source: str, with_cue) -> None:
    a = with_cue(text, cue)
    assert a.source is not None and a.source.span is not None
    assert a.source.span.text == source


# 2. a participle of attitude: its subject holds the attitude
EXPERIENCER = [
    ("Republicans were also incensed that the immunity deals went ahead.", "incensed", "Republicans"),
    ("We are convinced that the bridge will hold.", "convinced", "We"),
    ("The villagers were worried that the dam would break.", "worried", "The villagers"),
    ("The engineers were satisfied that the repairs had worked.", "satisfied", "The engineers"),
    ("Most council members are opposed to the new levy.", "opposed", "Most council members"),
]


@pytest.mark.parametrize(("text", "cue", "source"), EXPERIENCER, ids=lambda x: x[:30])
def test_a_participle_of_attitude_keeps_its_subject(text: str, cue: str, source: str, with_cue) -> None:
    a = with_cue(text, cue)
    assert a.source is not None and a.source.span is not None and a.source.span.text == source


# 3. "seem" / "appear" with no speech verb after it: no source
APPEARANCE = [
    ("Melania seems to have vanished from the campaign trail.", "seems"),
    ("The senator appears to have changed her mind.", "appears"),
    ("Voters seemed unconvinced by the offer.", "seemed"),
    ("Ana Ruiz seems to have left the party.", "seems"),
    ("The two ministers appeared to be at odds over the budget.", "appeared"),
]


@pytest.mark.parametrize(("text", "cue"), APPEARANCE, ids=lambda x: x[:30])
def test_what_seems_so_is_no_source(text: str, cue: str, with_cue) -> None:
    a = with_cue(text, cue)
    assert a.source is None or a.source.span is None


@pytest.mark.parametrize("text", ["Ana Ruiz appeared to suggest that the plan had failed.",
                                  "The mayor seemed to say that the bridge would close."], ids=lambda x: x[:30])
def test_seem_before_a_speech_verb_keeps_its_speaker(text: str, attributions) -> None:
    a = [x for x in attributions(text) if x.source is not None and x.source.span is not None]
    assert a and a[0].source.span.start == 0


# 4. the actor is the name in the head, not the body of a post-modifier
ACTOR_HEAD = [
    ("Rates will rise to 5 percent, economist Maja Kross of Lindmark Bank said.", "Maja Kross"),
    ("Inflation will reach 5 percent, said economist Maja Kross of Lindmark Bank.", "Maja Kross"),
    ("Ana Ruiz of the Red Cross said the camp was full.", "Ana Ruiz"),
    ("Lindmark Bank economist Maja Kross said rates would rise.", "Maja Kross"),
    ("Dr. Ivo Marsh of the Velmora Institute said the water was safe.", "Ivo Marsh"),
    ("Tomas Reyk at the Harbour Authority said the port would reopen.", "Tomas Reyk"),
    # a head of titles only is no name: the name after them
    ("Army Chief of Staff Col. Ivo Marsh said the shelling stopped.", "Ivo Marsh"),
    ("Minister of Defence General Ana Ruiz said troops would stay.", "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "actor"), ACTOR_HEAD, ids=lambda x: x[:30])
def test_the_actor_is_the_name_in_the_head(text: str, actor: str, with_cue) -> None:
    a = with_cue(text, "said")
    assert a.source.kind == "named"
    assert a.source.actor == actor


ORG_OF = [
    ("Bank of America said profits rose.", "Bank of America"),
    ("The University of Chicago said the study was flawed.", "University of Chicago"),
    ("The Ministry of the Interior said the border was closed.", "Ministry of the Interior"),
    ("The Department of Justice said the case was closed.", "Department of Justice"),
    ("The Council of Velmora said the vote would be held in May.", "Council of Velmora"),
]


@pytest.mark.parametrize(("text", "actor"), ORG_OF, ids=lambda x: x[:30])
def test_an_organisations_of_stays_in_its_name(text: str, actor: str, with_cue) -> None:
    a = with_cue(text, "said")
    assert a.source.actor == actor


# 5. a named body before an unnamed head describes the head
DESCRIBED = [
    "One GOP source said the vote would fail.",
    "A Lindmark Bank spokesman said the rate would rise.",
    "A senior GOP aide said the bill would pass.",
    "White House aides said the meeting was cancelled.",
    "Two Velmora Council officials said the bridge would close.",
]


@pytest.mark.parametrize("text", DESCRIBED, ids=lambda x: x[:30])
def test_a_named_body_before_an_unnamed_head_is_a_description(text: str, with_cue) -> None:
    a = with_cue(text, "said")
    assert a.source.kind == "anonymous"
    assert a.source.actor is None


@pytest.mark.parametrize(("text", "actor"), [
    ("Clinton campaign spokesman Brian Fallon said the ad would run.", "Brian Fallon"),
    ("Velmora Council spokesman Julian Ortiz said the bridge would close.", "Julian Ortiz"),
    ("Party chairman Adrian Moss said the vote was fair.", "Adrian Moss"),
    ("Harbour master Vivian Kolb said the port was closed.", "Vivian Kolb"),
    ("Union leader Christian Brandt said the strike would go on.", "Christian Brandt"),
    ("Egyptian President Ana Ruiz said the border was safe.", "Ana Ruiz"),
], ids=lambda x: x[:30])
def test_a_name_after_a_role_is_the_actor_whole(text: str, actor: str, with_cue) -> None:
    a = with_cue(text, "said")
    assert a.source.kind == "named"
    assert a.source.actor == actor
