"""Issue 12 item 4 and the new user's finding (stop 22): a quotation over several sentences or
paragraphs belongs, all of it, to the speaker named before or after it, and no sentence of it
is a claim in the outlet's own voice.  Each class: the user's example (in our own words) and
neighbours of our own, with counter-cases."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _pieces(a: object) -> list[str]:
    return [f.text for f in a.content_fragments] or [a.content.text]  # type: ignore[attr-defined]


def _holder(atts: tuple, words: str) -> object:
    """The one attribution whose content holds ``words``."""
    got = [a for a in atts if words in a.content.text]
    assert len(got) == 1, [(a.cue.text, _pieces(a)) for a in atts]
    return got[0]


# 1. a quotation goes on, sentence after sentence, to its closing mark: every sentence of it is the
# speaker's, however many there are (was: at most three sentences after the attributed one)
LONG = [
    ('Omar Reyes said the port was shut. "The ships wait. The depots are empty. The crews are tired. '
     'Nobody knows when the cranes will move."', "Omar Reyes", "Nobody knows when the cranes"),
    ('"The port is shut," Ana Ruiz said. "The owners refused to talk. The ministry did nothing. The crews '
     'left. We are ready."', "Ana Ruiz", "We are ready"),
    ('“The dam is safe,” said Tom Pryce. “It was checked in May. It was checked in June. It was checked '
     'again in July. Nobody has found a crack.”', "Tom Pryce", "Nobody has found a crack"),
    ('Lina Ortlieb said: "We voted. We counted. We counted again. We published every figure. Nothing was '
     'hidden."', "Lina Ortlieb", "Nothing was hidden"),
    ('The harbour master, Ivo Brandt, said the backlog was growing. "We have forty ships at anchor. The fuel '
     'is low. Two captains left. Three more will leave. The owners are silent."', "Ivo Brandt",
     "The owners are silent"),
    ("''It is over,'' Mira Kell said. ''The talks failed. The envoy left. The border is shut. Nobody will "
     "cross it.''", "Mira Kell", "Nobody will cross it"),
]


@pytest.mark.parametrize("text, actor, last", LONG, ids=lambda x: str(x)[:24])
def test_every_sentence_of_a_long_quotation_is_the_speakers(text: str, actor: str, last: str,
                                                            attributions: Callable[[str], tuple]) -> None:
    atts = attributions(text)
    a = _holder(atts, last)
    assert a.source is not None and a.source.actor == actor
    assert len(atts) == 1


# 2. a quotation that closes before a speech tag of its own is that speaker's, never the speaker
# before it (the user's article: a paragraph of Paul Amsel's quotation filed under "she said")
LATER_TAG = [
    ('"They ignored every warning," she said. "They did nothing."\n\n'
     '"This strike ends when wages are paid. Not before," the union leader, Paul Amsel, told reporters.',
     "Paul Amsel", "This strike ends"),
    ('Ana Ruiz said the plan was dead.\n\n"Nobody wants it. Nobody will pay for it," a critic, Tom Pryce, said.',
     "Tom Pryce", "Nobody wants it"),
    ('"We are ready," said Lina Ortlieb.\n\n"The port is shut. The ships wait?" asked Omar Reyes.',
     "Omar Reyes", "The port is shut"),
    ('Mira Kell said the vote was fair. "We counted twice. We published it all," Ivo Brandt added.',
     "Ivo Brandt", "We counted twice"),
    ('“The dam is safe,” said Tom Pryce.\n\n“The dam is cracked. It will fail,” Vera Holt, an engineer, warned.',
     "Vera Holt", "The dam is cracked"),
    ('Paul Amsel said talks would resume.\n\n"Not this week. Not this month," said Ana Ruiz, the mayor.',
     "Ana Ruiz", "Not this week"),
]


@pytest.mark.parametrize("text, actor, first", LATER_TAG, ids=lambda x: str(x)[:24])
def test_a_quotation_before_its_own_tag_is_not_the_speaker_befores(text: str, actor: str, first: str,
                                                                    attributions: Callable[[str], tuple]) -> None:
    a = _holder(attributions(text), first)
    assert a.source is not None and a.source.actor == actor


# 3. a quotation run on over paragraphs ("“A.¶“B.¶“C,” X said": each paragraph opens with a mark,
# only the last closes it) is one quotation, the speaker's, whether the speaker comes first or last
RUN_ON = [
    ('"The port is shut.\n\n"Sylvania supplied the cranes.\n\n"Nobody will work until March," said Omar Reyes.',
     "Omar Reyes", "The port is shut", "Nobody will work"),
    ('Omar Reyes said: "The port is shut.\n\n"Sylvania supplied the cranes.\n\n"Nobody will work until March."',
     "Omar Reyes", "The port is shut", "Nobody will work"),
    ('“We counted every vote.\n\n“We counted them again in May,” Lina Ortlieb said.',
     "Lina Ortlieb", "We counted every vote", "again in May"),
    ('Ana Ruiz, the mayor, told the council: “The budget is balanced.\n\n“The debt is falling.\n\n'
     '“Nobody will pay more tax.”', "Ana Ruiz", "The budget is balanced", "Nobody will pay"),
    ("''The talks failed.\n\n''The envoy left the city on Monday,'' said Mira Kell.",
     "Mira Kell", "The talks failed", "The envoy left"),
    ('Tom Pryce wrote: "The dam is safe.\n\n"It was checked in May and in June.\n\n"No crack was found."',
     "Tom Pryce", "The dam is safe", "No crack was found"),
]


@pytest.mark.parametrize("text, actor, first, last", RUN_ON, ids=lambda x: str(x)[:24])
def test_a_quotation_run_on_over_paragraphs_is_one(text: str, actor: str, first: str, last: str,
                                                    attributions: Callable[[str], tuple]) -> None:
    atts = attributions(text)
    a = _holder(atts, first)
    assert last in a.content.text
    assert a.source is not None and a.source.actor == actor
    assert a.direct_quote


@pytest.mark.parametrize("text, outside", [
    # a paragraph opening with another mark is no part of it (a quoted excerpt before a quotation)
    ('"The port is shut and the ships wait.\n\n“We will not pay,” said Omar Reyes.', "The port is shut"),
    # a paragraph whose quotation closes is no run-on
    ('"The port is shut."\n\n"Nobody will work until March," said Omar Reyes.', "The port is shut"),
    # a quotation opened after another speaker's tag stays that speaker's
    ('"We are ready," Ana Ruiz said. "The port is shut.\n\n"Nobody will work until March," said Omar Reyes.',
     "The port is shut"),
])
def test_what_is_no_run_on_quotation(text: str, outside: str, attributions: Callable[[str], tuple]) -> None:
    (a,) = [x for x in attributions(text) if x.source is not None and x.source.actor == "Omar Reyes"]
    assert outside not in a.content.text


# 4. a paragraph of quotation right after the attributed sentence is the same speaker's (a
# floating quote), also after reported speech
FLOATING = [
    ('Omar Reyes said the owners had lied.\n\n"The port is shut. Sylvania supplied the cranes."',
     "Omar Reyes", "Sylvania supplied the cranes"),
    ('Ana Ruiz, the mayor, said the budget was balanced.\n\n“The debt is falling. Nobody will pay more.”',
     "Ana Ruiz", "Nobody will pay more"),
    ('Tom Pryce told reporters the dam was safe.\n\n"It was checked in May."', "Tom Pryce", "checked in May"),
    ('Lina Ortlieb argued that the count was fair.\n\n"We counted twice. We published it all."',
     "Lina Ortlieb", "We published it all"),
    ('Ivo Brandt warned that the talks would fail.\n\n«The envoy has left. The border is shut.»',
     "Ivo Brandt", "The border is shut"),
]


@pytest.mark.parametrize("text, actor, words", FLOATING, ids=lambda x: str(x)[:24])
def test_a_quotation_paragraph_after_reported_speech_floats(text: str, actor: str, words: str,
                                                           attributions: Callable[[str], tuple]) -> None:
    a = _holder(attributions(text), words)
    assert a.source is not None and a.source.actor == actor


@pytest.mark.parametrize("text", [
    # narration between: the quotation no longer follows the attributed sentence
    'Omar Reyes said the owners had lied.\n\nThe strike began in May.\n\n"The port is shut. The cranes stand."',
    # a sentence that is not all quotation
    'Omar Reyes said the owners had lied.\n\n"The port is shut," the ministry replied on its website on Monday.',
])
def test_what_does_not_float(text: str, attributions: Callable[[str], tuple]) -> None:
    first = [a for a in attributions(text) if a.source is not None and a.source.actor == "Omar Reyes"]
    assert first and all("The port is shut" not in a.content.text for a in first)


# 5. an adverbial the skip pattern leaves before a colon and a quotation ("said on Monday in
# Velmora: “…”") is no part of the content: the content is the quotation
COLON = [
    ('Omar Reyes said on Monday in Velmora: "The port is shut. Sylvania supplied the cranes."', '"The port is shut'),
    ('Ana Ruiz told the council at its meeting in March: “The budget is balanced.”', "“The budget is balanced"),
    ('Tom Pryce said at the rally outside the town hall: "We will win."', '"We will win'),
    ('Lina Ortlieb wrote from Velmora: "We counted twice."', '"We counted twice'),
    ('Ivo Brandt added during the hearing: «The border is shut.»', "«The border is shut"),
]


@pytest.mark.parametrize("text, start", COLON, ids=lambda x: str(x)[:24])
def test_an_adverbial_before_a_colon_is_no_content(text: str, start: str, attributions: Callable[[str], tuple]) -> None:
    (a,) = attributions(text)
    assert a.content.text.startswith(start)
    assert a.direct_quote


def test_a_colon_without_a_quotation_keeps_its_content(attributions: Callable[[str], tuple]) -> None:
    (a,) = attributions("Omar Reyes said in Velmora: the port is shut.")
    assert "the port is shut" in a.content.text


# 6. the claims: every sentence of a speaker's quotation is the speaker's, never a claim in the
# outlet's own voice, also when one of them is no claim of its own (the user's finding: the
# middle sentence of "“A,” X said. “B. C.”" was filed as the outlet's)
MIDDLE = [
    '"They ignored every warning," Ana Ruiz said. "Sylvania supplied drones to Ruritania. They did nothing."',
    '"They ignored every warning," Ana Ruiz said. "Sylvania supplied drones to Ruritania. Borduria did nothing."',
    'Ana Ruiz was angry. "They ignored every warning," she said. "Sylvania supplied drones to Ruritania. They did nothing."',
    'Omar Reyes said on Monday in Velmora: "The port is shut. Sylvania supplied drones to Ruritania. Nobody will work."',
    'Omar Reyes said the owners had lied.\n\n"The port is shut. Sylvania supplied drones to Ruritania. Nobody will work."',
    '"The port is shut.\n\n"Sylvania supplied drones to Ruritania.\n\n"Nobody will work until March," said Omar Reyes.',
    '"It is over," Mira Kell said. "Freedonia shelled the border town. It did so twice. Nobody was warned."',
]


@pytest.mark.parametrize("body", MIDDLE, ids=lambda x: str(x)[:24])
def test_no_sentence_of_a_quotation_is_the_outlets_own(body: str, extract: Callable[..., object]) -> None:
    ex = extract(body)
    own = [c.text for c in ex.claims if c.attribution is None]  # type: ignore[attr-defined]
    assert own == []
    said = [c for c in ex.claims if c.attribution is not None]  # type: ignore[attr-defined]
    assert any("drones" in c.text or "shelled" in c.text for c in said)


def test_a_sentence_outside_the_quotation_stays_the_outlets(extract: Callable[..., object]) -> None:
    ex = extract('"It is over," Mira Kell said. "Nobody was warned." Freedonia shelled the border town on Monday.')
    own = [c.text for c in ex.claims if c.attribution is None]  # type: ignore[attr-defined]
    assert any("shelled" in t for t in own)


# 7. a relative clause with a cue of its own inside a content before the source ("Ana's relatives,
# who asked whether the police had the video, watched it, lawyers said") leaves that content
# whole (was: cut at the relative's comma, "Ana's relatives"); the relative keeps its attribution
RELATIVE = [
    # "who asked the police to show them the video" is an act in a tagged sentence
    # (test_attr_request_acts.py): the relative's cue here asks a question
    ("Ana Ruiz's relatives, who asked whether the police had the video, watched it on Thursday, lawyers for "
     "the family said.", "lawyers for the family", "watched it on Thursday"),
    ("The miners, who demanded a meeting with the owners, left the pit on Monday, the union said.",
     "the union", "left the pit"),
    ("The envoy, who told reporters the talks were over, flew home, officials said.", "officials", "flew home"),
    ("Tom Pryce, who argued for the levy, lost his seat, the council said.", "the council", "lost his seat"),
    ("The inspectors, who warned of cracks in May, closed the dam, Vera Holt said.", "Vera Holt",
     "closed the dam"),
]


@pytest.mark.parametrize("text, source, tail", RELATIVE, ids=lambda x: str(x)[:24])
def test_a_relative_clause_with_a_cue_leaves_the_content_whole(text: str, source: str, tail: str,
                                                                attributions: Callable[[str], tuple]) -> None:
    atts = attributions(text)
    (outer,) = [a for a in atts if a.source is not None and a.source.span is not None and a.source.span.text == source]
    assert tail in outer.content.text and ", who " in outer.content.text
    assert len(atts) == 2  # the relative's own attribution stays


def test_a_relative_clause_after_the_cue_is_not_the_outer_speakers(attributions: Callable[[str], tuple]) -> None:
    # after its cue, the outer content ends before the relative clause (its speaker's own)
    text = ("Many analysts believe that the report by Ana Ruiz, which stated that Freedonia armed the rebels, "
            "will hurt Freedonia.")
    outer = [a for a in attributions(text) if a.cue.text == "believe"]
    assert outer and all("armed the rebels" not in a.content.text for a in outer)


# 8. a new paragraph that opens with a quoted title, not a quotation, floats to nobody
TITLE = [
    '"The port is shut," Omar Reyes said.\n\n"Lost Roads" was written by Ana Ruiz in 1990 after the flood.',
    '“We are ready,” said Lina Ortlieb.\n\n“The Velmora Papers” were published by the council on Monday.',
    '"It is over," Mira Kell said.\n\n"Border Song" became the anthem of the strikers in May.',
    '"The dam is safe," Tom Pryce said.\n\n"Dam Watch," a local newsletter, first reported the cracks.',
    '“We counted twice,” Ivo Brandt said.\n\n“Count Again” is the name of the campaign he founded in 2019.',
]


@pytest.mark.parametrize("text", TITLE, ids=lambda x: str(x)[:24])
def test_a_paragraph_opening_with_a_quoted_title_does_not_float(text: str, attributions: Callable[[str], tuple]) -> None:
    first = attributions(text)[0]
    assert "\n" not in first.content.text
