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
                                    "compatible": (list, False)})
CLAIM_CUES: Schema = MappingProxyType({"id": (str, True), "sets": (str, True), "pattern": (str, True)})
BOILERPLATE: Schema = MappingProxyType({"id": (str, True), "kind": (str, True), "values": (list, True)})
LANGUAGES: Schema = MappingProxyType({"id": (str, True), "words": (list, True)})
XREF: Schema = MappingProxyType({"id": (str, True), "same_action": (float, True), "no_action": (float, True),
                                 "wire_copy": (float, True), "max_block": (int, True), "window": (int, True),
                                 "deny": (float, False), "candidates": (int, False), "deny_noise": (list, False),
                                 "content": (float, False), "deny_verbs": (list, False)})
NAMES: Schema = MappingProxyType({
    "id": (str, True),
    "kind": (str, True),
    "words": (list, False),
    "pattern": (str, False),
    "replace": (str, False),
    "value": ((int, float), False),
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
})

# origin tracing (origins.toml): wires, credit patterns, intermediary suffixes, document nouns,
# words that are never a source
ORIGINS: Schema = MappingProxyType({
    "id": (str, True),
    "kind": (str, True),
    "names": (list, False),
    "pattern": (str, False),
    "where": (str, False),
    "wire": (str, False),
    "words": (list, False),
})

SCHEMAS: Mapping[str, Schema] = MappingProxyType({
    "abbreviations": ABBREVIATIONS,
    "actions": ACTIONS,
    "anonymity": WORDS,
    "boilerplate": BOILERPLATE,
    "claims": CLAIM_CUES,
    "cues": CUES,
    "denials": CUES,
    "gazetteer": GAZETTEER,
    "labels": WORDS,
    "languages": LANGUAGES,
    "names": NAMES,
    "origins": ORIGINS,
    "outlets": WORDS,
    "phrases": WORDS,
    "roles": WORDS,
    "stance": STANCE,
    "xref": XREF,
})
"""Every shipped lexicon file (by stem) and its schema; a file without a schema here is refused."""
