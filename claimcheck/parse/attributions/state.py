"""What the parser keeps while it reads an article: the document with its paragraphs'
quotation regions, the source mentions seen so far (for anaphora), and the attribution being
built for one cue (:class:`Draft`).  Mutable, and private to one call of
:func:`~claimcheck.parse.attributions.extract_attributions`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimcheck.model import Sentence, Span
from claimcheck.parse.attributions.tokens import QUOTE_MARK, quote_regions
from claimcheck.parse.patterns import CueLexicon, Words


@dataclass(slots=True)
class Mention:
    """A source seen earlier in the article, with its classification, for pronouns and
    definite anaphors ("he", "the spokesman") to resolve to."""

    span: Span
    kind: str
    type: str
    actor: str | None
    head: str
    pronoun: str = ""  # "he" / "she" when the mention was reached through that pronoun


@dataclass(frozen=True, slots=True)
class SourceFrames:
    """The word classes of ``source_frames.toml``, lower-cased: participles whose subject holds
    the attitude (``experiencer``) and verbs of appearance (``appearance``)."""

    experiencer: frozenset[str] = frozenset()
    appearance: frozenset[str] = frozenset()
    media: frozenset[str] = frozenset()  # phrases.toml "medium" words ("statement", "interview")


@dataclass(slots=True)
class Doc:
    """One article: its text and sentences, the lexicon's word sets and cue forms, the mentions seen so far,
    and each paragraph's bounds and quotation regions (computed on first use)."""

    text: str
    sentences: Sequence[Sentence]
    words: Words
    cues: CueLexicon
    skip: re.Pattern[str]  # the adverbials between a cue and its content
    history: list[Mention] = field(default_factory=list)
    para_quotes: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    para_bounds: dict[int, tuple[int, int]] = field(default_factory=dict)
    frames: SourceFrames = SourceFrames()  # source_frames.toml (empty: no refinement)
    verdict: re.Pattern[str] | None = None  # a content that calls a report false (grammar.denial_verdict)
    denial_object: re.Pattern[str] | None = None  # a walk-back's object that is a denial (grammar.denial_object)

    def quotes(self, si: int) -> list[tuple[int, int]]:
        """The quotation regions of sentence ``si``'s paragraph, as :func:`quote_regions`."""
        return self.para_quote_regions(self.sentences[si].paragraph)

    def para_quote_regions(self, p: int) -> list[tuple[int, int]]:
        """The quotation regions of paragraph ``p`` (a key of ``para_bounds``), as :func:`quote_regions`."""
        q = self.para_quotes.get(p)
        if q is None:
            s, e = self.para_bounds[p]
            q = quote_regions(self.text, s, e) if QUOTE_MARK.search(self.text, s, e) else []
            self.para_quotes[p] = q
        return q


@dataclass(slots=True)
class Draft:
    """A mutable attribution while the sentence is being resolved."""

    si: int
    cue: tuple[int, int]
    act: str
    src: tuple[int, int] | None
    content: list[tuple[int, int]]
    via: list[tuple[int, int]]
    kind_hint: str | None = None
    descriptor: tuple[int, int] | None = None
    resolved: Mention | None = None
    participle: bool = False
    frame: str = "verb"
    anaphor_of: tuple[int, int] | None = None  # relative pronoun antecedent
    src_end: int | None = None  # the source ends here, before "cited by Y"
    own_clause: bool = False  # a participle's subject read from the sentence ("…, I laughed and said")
