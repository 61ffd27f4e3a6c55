"""What an answer (a denial or a non-answer) is about, when its own words name it (issue 9, item 3,
"denials join what they deny"; stops 23-24, deny23 / deny24).

* A denial of the denier's own part in a *definite deed* ("Freedonia denied any involvement in
  | the theft", "rejected any responsibility for | the blast") refers back to the deed the
  article reported: the nearest earlier claim whose event is that deed answers it, whether or not
  that claim names the denier (the case ``pro_group_is_not_the_country``: "A pro-Syldavia group was
  behind the attack on the dam … Syldavia has denied any involvement in the attack": the group
  and the state stay two actors, and the denial is Syldavia's, an interested party's, of that
  attack).  The deed is matched by its noun: the action class of ``actions.toml``, the noun's
  stem in the claim ("the raid" / "raided"), or a ``claims.toml`` ``relation:deed`` entry that
  finds both the noun and the claim's words ("the theft" / "stole", "the blast" / "a bomb").  A
  noun that names no deed ("any role in the deal", "the contract", "the auction") answers no
  claim that does not name the denier (the new user's case, deny23).
* A non-answer whose object is the request it leaves unanswered, the medium or the time ("did not
  respond to a request for comment", "did not comment to the website", "had no comment when
  contacted") names nothing of its own: it answers the claim before it.  Its object is a definite
  deed ("would neither confirm nor deny the strike"): matched as a denial's deed is.
* A non-answer reported in a clause ("the club had no update on the matter", "said the palace did
  not have any information about their use") is about what follows the non-answer's phrase:
  "the matter", "their use" refer back (``relation:anaphoric``), "on whether the drones had been
  delivered" names a proposition of its own.
"""

from __future__ import annotations

import re

from claimcheck.lexicons import Lexicons
from claimcheck.model import Claim
from claimcheck.parse.patterns import cue_lexicon

# "in | the attack on the dam", "for | the railway bridge blast": the deed's noun phrase after the
# own part's preposition; the head is the last word before a preposition, a comma or the end
_DEFINITE = re.compile(r"\s*(?:(?:in|for|of|with|behind|over|on|about|regarding|concerning)\s+)?the\s+(?P<np>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,3}?)"
                       r"\s*(?=$|[,.;:!?)]|\s(?:on|of|at|in|near|against|by|that|which|last|this|earlier|and|from|outside)\b)",
                       re.I)
_NOUN_END = re.compile(r"(?:ings?|ments?|s)$")  # "shelling" / "shelled", "raids" / "raided"; never "deal" / "dealers"


def deeds(lex: Lexicons) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``claims.toml`` ``relation:deed`` entries compiled: (id, pattern), each pattern naming one
    deed by its nouns and its verbs."""
    return lex.derive(_build_deeds)


def _build_deeds(lex: Lexicons) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((e["id"], re.compile(e["pattern"], re.I)) for e in lex["claims"] if e["sets"] == "relation:deed")


def definite_deed(about: str) -> str | None:
    """The head noun of a definite deed named after a denier's own part (``about`` is the text
    past ``relation:own_part``: " in the attack on the dam" → "attack"; " for the blast" →
    "blast"); None when ``about`` is no definite noun phrase ("in any attack", "in supplying
    arms")."""
    m = _DEFINITE.match(about)
    return m.group("np").split()[-1].lower() if m is not None else None


def same_deed(noun: str, claim: Claim, actions: tuple[str, ...], lex: Lexicons) -> bool:
    """Does ``claim`` report the deed ``noun`` names: its action class is one of ``actions`` (the
    classes named by the denial's words), a word of its text is the noun's stem inflected ("the
    raid" / "raided", "the shelling" / "shelled"; not "the deal" / "the dealers"), or one
    ``relation:deed`` entry finds both the noun and the claim's text?"""
    text = claim.statement or claim.span.text
    if claim.action is not None and claim.action in actions:
        return True
    stem = _NOUN_END.sub("", noun)
    if len(stem) >= 4 and re.search(rf"\b{re.escape(stem)}(?:s|es|ed|d|ing|ings|ment|ments)?\b", text, re.I):
        return True
    return any(rx.search(noun) and rx.search(text) for _, rx in deeds(lex))


_PREPOSITION = re.compile(r"\s*[”\"’]?\s*[,:]?\s*(?:on|about|regarding|concerning|over|as\s+to|into|of|for)\b\s*", re.I)


# "did not confirm | or deny the strike": the second verb of a split "confirm or deny" opens the content
_SECOND_VERB = re.compile(r"\s*(?:or|nor)\s+(?:deny|denied|confirm|confirmed|comment(?:ed)?)\b\s*", re.I)


def past_second_verb(text: str) -> int:
    """How many characters of a non-answer's content are the second verb of a split "confirm or
    deny" ("did not confirm | or deny the strike" → 8); 0 when none opens it."""
    m = _SECOND_VERB.match(text)
    return m.end() if m is not None else 0


def after_non_answer(text: str, lex: Lexicons) -> str | None:
    """The part of a non-answer's content after the non-answer's own phrase, its preposition left
    out ("the club had no update | on | the matter" → "the matter"; "the ministry had “no update”
    on whether the drones had been delivered" → "whether the drones had been delivered"); None
    when no ``decline`` cue of the lexicon stands in ``text``."""
    cues = cue_lexicon(lex)
    for m in cues.regex.finditer(text.lower()):
        cue = cues.lookup(m.group(0))
        if cue is not None and cue.act == "decline":
            rest = text[m.end():]
            p = _PREPOSITION.match(rest)
            return rest[p.end():] if p is not None else rest
    return None


def question_put(text: str, sentence_start: int, cue_start: int, lex: Lexicons) -> tuple[int, int] | None:
    """The question put to the speaker at the start of the sentence that begins at
    ``sentence_start`` ("Asked whether | the army would withdraw |, he declined to comment"), as
    (start, end) offsets into ``text``, when it ends before the cue at ``cue_start``
    (``claims.toml`` ``relation:question_put``, matched at the sentence start, so no "^" in it); None when the sentence opens with none."""
    m = _question_rx(lex).match(text, sentence_start, cue_start)
    return m.span("q") if m is not None else None


def _question_rx(lex: Lexicons) -> re.Pattern[str]:
    return lex.derive(_build_question)


def _build_question(lex: Lexicons) -> re.Pattern[str]:
    # one entry: its group "q" is the question
    pat = next((e["pattern"] for e in lex["claims"] if e["sets"] == "relation:question_put"), r"(?!x)x(?P<q>)")
    return re.compile(pat, re.I)


def answer_no(text: str, lex: Lexicons) -> bool:
    """Is ``text`` (a whole content) a bare no ('"No, absolutely not."', "Not at all."):
    ``claims.toml`` ``relation:answer_no``, matched on the whole text?"""
    return lex.derive(_build_answer_no).fullmatch(text) is not None


def _build_answer_no(lex: Lexicons) -> re.Pattern[str]:
    pat = next((e["pattern"] for e in lex["claims"] if e["sets"] == "relation:answer_no"), r"(?!x)x")
    return re.compile(pat, re.I)


def withholds_detail(text: str, lex: Lexicons) -> bool:
    """Does the non-answer starting ``text`` (the article from its cue on) withhold a detail, not
    answer a proposition ("did not specify the locations of the attacks", "gave no details of the
    man", "which weren't specified"; ``claims.toml`` ``relation:detail_withheld``, matched at the
    start)?  Then it answers no claim (deny27)."""
    return lex.derive(_build_detail_withheld).match(text) is not None


def _build_detail_withheld(lex: Lexicons) -> re.Pattern[str]:
    return _one(lex, "relation:detail_withheld")


def dismissed_not_denied(cue: str, content: str, lex: Lexicons) -> bool:
    """Is a "dismiss" cue (``cue``) with the object ``content`` a legal or staff act, no denial
    ("has dismissed 849 marijuana cases", "dismissed three senior officers"; ``claims.toml``
    ``relation:dismissed_not_denied``, matched at the content's start)?  Then it gives no claim
    (deny27)."""
    if not re.search(r"\bdismiss(?:ed|es|ing)?\b", cue, re.I):
        return False
    return lex.derive(_build_dismissed).match(content) is not None


def _build_dismissed(lex: Lexicons) -> re.Pattern[str]:
    return _one(lex, "relation:dismissed_not_denied")


def no_proposition(text: str, lex: Lexicons) -> bool:
    """Is a non-answer's content (or what follows its phrase) no proposition at all: the request
    it leaves unanswered, the medium it did not answer, the time it did not ("to a request for
    comment", "messages seeking comment", "to the website", "when contacted by X")?  Then it
    answers the claim before it (``claims.toml`` ``relation:no_proposition``)."""
    return _no_proposition_rx(lex).match(text) is not None


def _no_proposition_rx(lex: Lexicons) -> re.Pattern[str]:
    return lex.derive(_build_no_proposition)


def _build_no_proposition(lex: Lexicons) -> re.Pattern[str]:
    pats = [e["pattern"] for e in lex["claims"] if e["sets"] == "relation:no_proposition"] or [r"(?!x)x"]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I)


def _one(lex: Lexicons, key: str, flags: int = re.I) -> re.Pattern[str]:
    pats = [e["pattern"] for e in lex["claims"] if e["sets"] == key] or [r"(?!x)x"]
    return re.compile("|".join(f"(?:{p})" for p in pats), flags)


def _build_locative(lex: Lexicons) -> re.Pattern[str]:
    return _one(lex, "relation:locative_mention")


def _build_source_locative(lex: Lexicons) -> re.Pattern[str]:
    return _one(lex, "relation:source_locative")


def _build_nobody(lex: Lexicons) -> re.Pattern[str]:
    return _one(lex, "source:nobody")


def nobody_speaks(source: str, lex: Lexicons) -> bool:
    """Is the source text ``source`` a negative quantifier ("No one", "Nobody", "None of the
    ministries", "No Freedonian official": ``claims.toml`` ``source:nobody``)?  Then nobody spoke:
    "No one denied it" is no denial, "No official has confirmed the strike" no confirmation."""
    return lex.derive(_build_nobody).match(source) is not None


def answerer_side(who: str, lex: Lexicons) -> str:
    """The words of an answering source that may name its side, the place it is at cut off
    ("the North Korean embassy | in London" → "the North Korean embassy"; ``claims.toml``
    ``relation:source_locative``); ``who`` itself when it names no such place."""
    m = lex.derive(_build_source_locative).search(who)
    return who[:m.start()] if m is not None and m.start() > 0 else who


def _build_speaker_words(lex: Lexicons) -> re.Pattern[str]:
    return _one(lex, "relation:speaker_word")


_NAME_RUN = re.compile(r"(?<![\w-])[A-Z][\w’'.-]*(?:\s+(?:of\s+|al-\s*)?[A-Z][\w’'.-]*)*")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]{3,}(?![\w-])")


def side_units(side: str, lex: Lexicons) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What names an answerer's side in a claim: (names, words).  ``names``: its runs of
    capitalised words, a leading determiner or speaker word cut ("The North Korean embassy" →
    "North Korean"; "Club secretary Mona Reyes" → "Mona Reyes"), a possessive ending too ("Volkov's
    lawyer" → "Volkov": the principal), matched with their case; ``words``:
    its lower-case words of four letters or more that are no speaker's function or function word
    (``claims.toml`` ``relation:speaker_word``: "spokesman", "officials", …; "the customs service" →
    "customs", "service"), matched in any case."""
    stop = lex.derive(_build_speaker_words)
    names = []
    for m in _NAME_RUN.finditer(side):
        words = [re.sub(r"['’]s?$", "", w) for w in m.group().split()]  # "Volkov's lawyer": "Volkov"
        while words and stop.fullmatch(words[0]):
            words = words[1:]
        if words:
            names.append(" ".join(words))
    low = tuple(w for w in (x.group().lower() for x in _LOWER_WORD.finditer(side)) if not stop.fullmatch(w))
    return tuple(names), low


def names_party(text: str, actors: tuple[str, ...] | list[str], side: str, lex: Lexicons) -> bool:
    """Does a claim (its ``text``, its ``actors``) name the answerer whose words are ``side``
    (:func:`answerer_side`) as a party, not only as a place?  The answerer's name (:func:`side_units`:
    its runs of capitalised words, case-sensitive), a word of its own ("The airline" / "The Tomanian
    airline will stop flights"), or an actor of the claim among its words ("Ruritanian Defence
    Minister Pavel Roth" / "Ruritania") or holding them, mentioned at least once where the words
    before it do not make it a place ("Tourists in | North Korea", "into the | North Korean
    elite's thoughts": ``claims.toml`` ``relation:locative_mention``).  A bare answer ("declined to
    comment", "It's a nonsense") is about its answerer's own side (issue 9 item 3, stop 26)."""
    who = side.lower().strip()
    if not who:
        return False
    names, words = side_units(side, lex)
    actor_units = [x for x in actors if x and (who in x.lower() or x.lower() in who)]
    loc = lex.derive(_build_locative)
    for unit, flags, stored in [(who, re.I, False), *((n, 0, False) for n in names), *((w, re.I, False) for w in words),
                                *((x, re.I, True) for x in actor_units)]:
        found = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(unit)}(?![\w])", text, flags)]
        if any(loc.search(text, 0, at) is None for at in found) or (stored and not found):
            return True  # an actor the text does not spell as stored is taken as named
    return False
