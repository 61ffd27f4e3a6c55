"""Stories split by what the claims are about (issue 9, new-user test: one story held 212
clusters about one group): two clusters naming the same actors are one story only when their
claims share a content word besides the actor names.  Invented neighbours, and counter-cases
that stay one story."""

from __future__ import annotations

import pytest

from claimcheck.xref.story import StoryItem, about_the_same, stories, story_words

ACTORS = ("Islamic State", "Kolno")


def item(cluster: str, claim: str, actors: tuple[str, ...] = ACTORS, action: str | None = "attack") -> StoryItem:
    return StoryItem(cluster, actors, action, 1, 1, story_words(claim, actors))


@pytest.mark.parametrize("a, b", [
    ("Islamic State fighters beheaded a reporter in Kolno", "Islamic State used chlorine gas in Kolno"),
    ("Islamic State seized the oil fields near Kolno", "Islamic State recruited teenagers in Kolno schools"),
    ("Islamic State militants shot down a helicopter over Kolno", "Islamic State sold antiquities looted in Kolno"),
    ("Islamic State destroyed the museum of Kolno", "Islamic State levied taxes on farmers in Kolno"),
    ("Islamic State kidnapped nurses from the Kolno hospital", "Islamic State flooded villages by opening the Kolno dam"),
])
def test_the_same_actors_in_other_events_are_other_stories(a: str, b: str) -> None:
    assert not about_the_same(item("k2", b), item("k1", a))
    assert len(set(stories([item("k1", a), item("k2", b)]).values())) == 2


@pytest.mark.parametrize("a, b", [
    ("Islamic State beheaded a reporter in Kolno", "The reporter beheaded by Islamic State in Kolno was named"),
    ("Islamic State used chlorine gas in Kolno", "Chlorine attacks by Islamic State in Kolno were confirmed"),
    ("Islamic State seized the oil fields near Kolno", "Islamic State sells oil from Kolno fields"),
])
def test_claims_about_one_event_stay_one_story(a: str, b: str) -> None:
    assert about_the_same(item("k2", b), item("k1", a))


def test_story_words_leave_out_actor_names_and_short_words() -> None:
    assert story_words("Islamic State beheaded a reporter in Kolno", ACTORS) == story_words("the reporter beheaded", ())
    assert "kolno" not in story_words("Islamic State beheaded a reporter in Kolno", ACTORS)


def test_a_claim_without_words_is_grouped_by_actors_as_before() -> None:
    a, b = StoryItem("k1", ACTORS, "attack"), StoryItem("k2", ACTORS, "attack")
    assert about_the_same(b, a)
