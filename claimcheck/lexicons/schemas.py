"""The schema of every lexicon file, in one place.

A schema maps a field name to ``(type or tuple of types, required)``.  Every entry may also
carry the common fields ``examples``, ``counterexamples`` (lists of sentences the entry must /
must not fire on) and ``note``.  :func:`claimcheck.lexicons.load_entries` checks each entry of
``<name>.toml`` against ``SCHEMAS[name]``: an unknown key, a missing field, a value of the wrong
type, an empty string or a bad regular expression raises
:class:`claimcheck.errors.LexiconError` naming the file and the entry.  What a field *means*
(an ``act`` among the known acts, a ``kind`` among the known kinds) is checked where the
lexicon is compiled, with the same error.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

Schema = Mapping[str, tuple[Any, bool]]

COMMON: Schema = MappingProxyType({
    "examples": (list, False),
    "counterexamples": (list, False),
    "note": (str, False),
})

# attribution cues (cues.toml, denials.toml): lemmas are inflected, forms taken as written
CUES: Schema = MappingProxyType({
    "id": (str, True),
    "act": (str, True),
    "frame": (str, False),
    "lemmas": (list, False),
    "forms": (list, False),
    "ambiguous": (list, False),
    "complement": (str, False),  # "clause": a cue only before a clause (to V, that, wh-, a quotation);
    # "finite": only before a finite clause (that, wh-, a quotation, a that-less clause; no "to V")
    "request": (list, False),  # lemmas of the entry read as acts before "Y to V", "for" + noun, a gerund
    "shared": (list, False),  # frame "possessed": other entries' forms also read after a possessor
    "negated": (str, False),  # the act of the cue negated ("did not deny": decline); default: a hedge for a denial
})
# word lists of the source lexicons (anonymity, roles, outlets, labels, phrases)
WORDS: Schema = MappingProxyType({
    "id": (str, True),
    "kind": (str, False),
    "type": (str, False),
    "words": (list, False),
    "names": (list, False),
})
ABBREVIATIONS: Schema = MappingProxyType({"id": (str, True), "tokens": (list, True)})
ACTIONS: Schema = MappingProxyType({"id": (str, True), "pattern": (str, True), "window_days": (int, False),
                                    "compatible": (list, False), "objects_part": (bool, False)})
# kinds of a claim's object (objects.toml, claimcheck.xref.objects): jets, howitzers, troops, money
OBJECTS: Schema = MappingProxyType({"id": (str, True), "pattern": (str, True), "generic": (bool, False),
                                    "agent_like": (bool, False), "target": (bool, False)})
CLAIM_CUES: Schema = MappingProxyType({"id": (str, True), "sets": (str, True), "pattern": (str, True),
                                       "forms": (list, False)})  # forms: inflection:past ("gerund>past")
# predicates.toml (parse.claims.predicate, xref.cluster.predicates_meet): word lists by kind, a frame pattern,
# irregular forms ("base>form|form")
PREDICATES: Schema = MappingProxyType({"id": (str, True), "kind": (str, True), "words": (list, False),
                                       "pattern": (str, False), "forms": (list, False)})
PLACES: Schema = MappingProxyType({"id": (str, True), "kind": (str, True), "words": (list, True)})  # places.toml
TIMES: Schema = MappingProxyType({"id": (str, True), "kind": (str, True), "words": (list, True)})  # times.toml
BOILERPLATE: Schema = MappingProxyType({"id": (str, True), "kind": (str, True), "values": (list, True)})
LANGUAGES: Schema = MappingProxyType({"id": (str, True), "words": (list, True), "script": (str, False)})
PAGES: Schema = MappingProxyType({"id": (str, True), "kind": (str, True), "phrases": (list, True)})
FURNITURE: Schema = MappingProxyType({"id": (str, True), "pattern": (str, True), "requires": (list, False)})
XREF: Schema = MappingProxyType({"id": (str, True), "same_action": (float, True), "no_action": (float, True),
                                 "wire_copy": (float, True), "max_block": (int, True), "window": (int, True),
                                 "deny": (float, False), "candidates": (int, False), "deny_noise": (list, False),
                                 "content": (float, False), "deny_verbs": (list, False), "evidence": (float, False),
                                 "content_evidence": (float, False), "predicate_free": (float, False),
                                 "predicate_free_plain": (float, False)})
NAMES: Schema = MappingProxyType({
    "id": (str, True),
    "kind": (str, True),
    "words": (list, False),
    "pattern": (str, False),
    "replace": (str, False),
    "value": ((int, float), False),
    "letters": (dict, False),
    "script": (str, False),
    "vowelled": (bool, False),
})
GAZETTEER: Schema = MappingProxyType({
    "kind": (str, True),
    "name": (str, True),
    "type": (str, False),
    "aliases": (list, False),
    "acronyms": (list, False),
    "demonyms": (list, False),
    "actor": (str, False),
    "metonym": (bool, False),
    "source": (str, True),
})
STANCE: Schema = MappingProxyType({
    "id": (str, True),
    "kind": (str, True),
    "terms": (list, False),
    "regex": (str, False),
    "opposite": (list, False),
    "weight": ((int, float), False),
    "scope": (str, False),  # "cancels-negation": read by the claim extractor too (parse.claims.cues)
    "modality": (str, False),  # "possible": the claim's modality where the entry matches (parse.claims.cues)
})
# what check reads of a proposition (check.toml, claimcheck.xref.check_mode): modes and questions
CHECK: Schema = MappingProxyType({
    "id": (str, True),
    "kind": (str, True),
    "pattern": (str, True),
    "mode": (str, False),
    "case_sensitive": (bool, False),
})

# origin tracing (origins.toml): wires, credit patterns, intermediary suffixes, document nouns,
# words that are never a source, the writer's pronouns, names that never speak, evidence nouns
ORIGINS: Schema = MappingProxyType({
    "id": (str, True),
    "kind": (str, True),
    "names": (list, False),
    "pattern": (str, False),
    "where": (str, False),
    "wire": (str, False),
    "words": (list, False),
})

# per-language attribution lexicons (lang/<ISO 639-1 code>.toml): one file per language, every entry
# of one ``kind`` of LANG_KINDS.  Cue kinds carry ``act`` and ``forms`` (and ``frame``); the word
# kinds carry ``words``; ``anonymity`` entries say which ``source_kind`` their words make.
LANG: Schema = MappingProxyType({
    "id": (str, True),
    "kind": (str, True),
    "act": (str, False),
    "frame": (str, False),
    "forms": (list, False),
    "words": (list, False),
    "source_kind": (str, False),
    "action": (str, False),   # kind "action": the id of an actions.toml class this pattern names
    "pattern": (str, False),  # kinds "action", "negation": a regular expression (case-insensitive)
    "state": (str, False),    # kind "demonym": the canonical name of the state its words name
})
LANG_CUE_KINDS: tuple[str, ...] = ("cue",)
LANG_FRAMES: tuple[str, ...] = ("verb", "participle", "according", "according_after", "impersonal")
LANG_WORD_KINDS: tuple[str, ...] = (
    "anonymity",       # words that make a source unnamed (source_kind anonymous | sources_said)
    "intermediary",    # "cité par", "citado por": the noun phrase after it is a via
    "addressee",       # "à", "a", "gegenüber": after a cue, an outlet after it is a via
    "outlet_word",     # "agence", "diario", "Zeitung": a noun phrase holding one is an outlet
    "pronoun",         # subject pronouns: a source that resolves to an earlier one
    "inversion",       # clitic subjects joined by a hyphen ("a-t-il", "déclare-t-elle")
    "complementizer",  # "que", "dass": opens the content after a cue
    "determiner",      # articles: where a noun phrase may start
    "boundary",        # conjunctions and relatives: a subject never runs back past one
    "auxiliary",       # auxiliaries and adverbs taken into the cue on its left ("a", "hat", "también")
    "adverbial",       # words that open a fronted adverbial: the subject then follows the verb
    "subordinator",    # "wie", "comme", "como": a tag clause after the content ("…, wie er sagte")
    "quote",           # a pair of quotation marks, opening then closing ("«", "»")
    "particle",        # name particles inside a name ("al", "de", "von")
    "np_link",         # words that join two nouns in one noun phrase ("des", "von"): no new phrase
    "role",            # nouns of people and bodies that speak ("ministre", "portavoz"): a source
    "title",           # a person's titles ("ministre", "portavoz", "Sprecher"): a title with no name is a role source
    "portfolio",       # the domain of a title ("Défense", "Asuntos Exteriores"): cut off the name after it
    "role_head",       # heads of compound titles ("minister" in "Verteidigungsminister"): cut off the name
    "option",          # switches of the reader: "nouns_capitalised" (German), "verb_first" (Arabic VSO)
)
LANG_OPTIONS: tuple[str, ...] = ("nouns_capitalised", "verb_first")
# claims in the language (read by claimcheck.parse.claims.lang): ``action`` entries name an
# actions.toml class (same ids), ``negation`` entries negate the claim they govern, ``agent_marker``
# words put the actor after them first ("par", "por", "durch"): a passive's agent; ``name_prefix``
# words are clitics written onto a name (Arabic و, ب, ل), read by xref.cross_language
# ``demonym`` entries give a state's demonym adjectives (base forms) in the language, ``demonym_ending``
# entries their inflections ("ien>ienne|iens|iennes"): "l'armée zarnovienne" names the state
# ``role_passive`` / ``role_converse`` / ``role_clause_break`` patterns read a claim's roles in clustering
# (xref.roles: a passive auxiliary before the action word; a receiving verb whose giver follows "de" / "a";
# a clause break before a later agent marker)
LANG_CLAIM_KINDS: tuple[str, ...] = ("action", "negation", "agent_marker", "name_prefix", "demonym", "demonym_ending",
                                     "role_passive", "role_converse", "role_clause_break")
LANG_KINDS: tuple[str, ...] = LANG_CUE_KINDS + LANG_WORD_KINDS + LANG_CLAIM_KINDS
LANG_PREFIX = "lang/"  # lexicon names of the per-language files: "lang/fr", "lang/es", ...

SCHEMAS: Mapping[str, Schema] = MappingProxyType({
    "abbreviations": ABBREVIATIONS,
    "actions": ACTIONS,
    "anonymity": WORDS,
    "boilerplate": BOILERPLATE,
    "check": CHECK,
    "claims": CLAIM_CUES,
    "cues": CUES,
    "denials": CUES,
    "furniture": FURNITURE,
    "gazetteer": GAZETTEER,
    "labels": WORDS,
    "languages": LANGUAGES,
    "names": NAMES,
    "objects": OBJECTS,
    "origins": ORIGINS,
    "outlets": WORDS,
    "pages": PAGES,
    "phrases": WORDS,
    "places": PLACES,
    "predicates": PREDICATES,
    "roles": WORDS,
    "source_frames": WORDS,
    "stance": STANCE,
    "times": TIMES,
    "xref": XREF,
})
"""Every shipped lexicon file (by stem) and its schema; a file without a schema here is refused.
The per-language files ``lang/<code>.toml`` (any code, shipped or in a user folder) all have the
schema :data:`LANG` (:func:`schema_of`)."""


def schema_of(name: str) -> Schema | None:
    """The schema of lexicon ``name`` (a file stem, or ``lang/<code>``), None when it has none."""
    if name.startswith(LANG_PREFIX):
        return LANG
    return SCHEMAS.get(name)
