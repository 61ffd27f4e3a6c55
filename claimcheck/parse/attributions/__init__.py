"""Attribution parser: who said what, with which cue, through which intermediary.

Rule-based and linear.  One compiled regex (a character trie of every cue form in
``cues.toml`` and ``denials.toml``) runs once over the article; a cheap gate reads the few
tokens before each candidate and drops those the frame logic would reject (nouns after a
determiner, cues inside a quotation, ambiguous cues without a subject), and only sentences with
a remaining candidate are tokenised.  For each candidate the frame of its lexicon entry decides where
source and content lie:

* ``X said (that) C`` / ``X told Y (that) C`` / ``X said: "C"`` — source on the left (with an
  apposition "X, spokesman of Y," or past a relative clause "X, who ..., said"), content on the
  right, running on through a quotation that closes in a later sentence;
* ``"C," X said`` / ``C, said X`` — content on the left (back to the opening quote when the
  quote began in an earlier sentence), later quoted pieces of the same paragraph as fragments;
* ``According to X, C`` / ``C, according to X``; noun cues (``news that C``); impersonal cues
  (``it was reported that C``, ``reportedly``); colons after a short name that opens a paragraph
  (``WALLACE: ...``, ``Poll: ...``);
* intermediaries (``cited by``, ``told``, ``in an interview with``) that are outlets or
  journalists become ``via``, and so do relays named beside the speaker ("according to X, cited
  by Y", "X said, as quoted by Y", "Y, citing X, said", "X told Y, which reported"; :mod:`.relays`); pronouns and definite anaphors ("he", "they", "the sources",
  "the spokesman", "the news site") resolve to an earlier source.

Only the outermost of nested attributions is kept ("X said Y claimed C" is X's), as in PolNeAR.
Every span slices the text exactly; no pattern has nested unbounded quantifiers.

The modules form a ladder; each imports only those above it in this list:

* :mod:`.grammar` — closed-class grammar words and fixed patterns;
* :mod:`.tokens` — tokens and quotation regions;
* :mod:`.state` — the article being read, its mentions and the drafts;
* :mod:`.phrases` — noun phrases;
* :mod:`.subjects` — a source's noun phrase with its modifiers (apposition, relative clause),
  and the subject a participle shares;
* :mod:`.refine` — a drafted source refined: words that are not the source trimmed, a subject
  read short mended, an agentless passive's subject dropped, a late passive agent taken;
* :mod:`.sources` — source classification and anaphora;
* :mod:`.gate` — the cheap gate before a sentence is tokenised;
* :mod:`.content` and :mod:`.frames` — where content and source lie, one function per frame;
  :mod:`.cue_classes` — the cues that need a clause after them, and quotation tags;
* :mod:`.relays` — a relay named beside a speaker made a via of the speaker's draft;
* :mod:`.lang_grammar`, :mod:`.lang_phrases` and :mod:`.lang` — the reader of the other
  languages: their lexicons compiled, noun phrases and vias, frames;
* :mod:`.driver` — :func:`extract_attributions`, which hands an article in another language
  with a lexicon of its own (``lexicons/lang/<code>.toml``) to :mod:`.lang`, a reader whose
  every word comes from that file.
"""

from __future__ import annotations

from claimcheck.parse.attributions.driver import attribution_language, extract_attributions

__all__ = ["attribution_language", "extract_attributions"]
