"""The gazetteer: actors known by name (states, outlets, international bodies), loaded from data.

``lexicons/gazetteer.toml`` (plus user files named by ``CLAIMCHECK_LEXICONS``) lists each
actor with its type, aliases, acronyms and demonyms, and extra aliases, some of them metonyms
("Downing Street" for the United Kingdom) that name the actor only as the subject of a verb.
This module validates that data into a frozen :class:`Gazetteer` and looks names up in it:
by comparison key (:mod:`claimcheck.xref.names`), by exact dotless acronym ("U.S.", "US"), by
metonym, by demonym ("Italian" -> "Italy").  It holds no actor names.

The comparison key of a name depends on the gazetteer (a demonym or state name before a title
is dropped: "Italian President Rossi" -> "rossi"), so the name-key functions bound to the
shipped gazetteer and name rules live here too: :func:`normalise`, :func:`display_form`,
:func:`translit_key`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Entry, Lexicons, schemas
from claimcheck.model import SOURCE_TYPES
from claimcheck.xref.names import (NameRules, fold, key_and_display, name_key, name_rules, script_of, skeleton_key,
                                   split_words, translit_words)

GAZETTEER_SCHEMA = schemas.GAZETTEER
MIN_SKELETON = 3  # consonants a skeleton needs before it may name a gazetteer actor ("rn" may be anything)


@dataclass(frozen=True, slots=True)
class KnownActor:
    """A gazetteer actor."""

    name: str
    type: str
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The validated gazetteer and its lookup tables (all keys are comparison keys, except
    ``by_acronym``, which holds the exact dotless acronym)."""

    actors: Mapping[str, KnownActor]  # canonical name -> actor
    by_key: Mapping[str, str]  # normalised alias -> canonical name (not metonyms)
    by_acronym: Mapping[str, str]  # dotless exact acronym -> canonical name
    metonym_by_key: Mapping[str, str]  # normalised metonym -> canonical name
    demonym_by_key: Mapping[str, str]  # normalised demonym -> canonical state name
    entries: tuple[Entry, ...]
    rules: NameRules  # the name rules its keys were made with
    by_translit: Mapping[str, str] = field(default_factory=dict)  # transliteration key -> name (unambiguous only)
    by_skeleton: Mapping[str, str] = field(default_factory=dict)  # consonant skeleton -> name (unambiguous only)

    def lookup(self, text: str, is_subject: bool = False, key: str | None = None) -> KnownActor | None:
        """The gazetteer actor ``text`` names (metonyms only when ``is_subject``); ``key`` is
        ``normalise(text)`` when the caller has it already."""
        acr = _acronym_form(text)
        if acr and acr in self.by_acronym:
            return self.actors[self.by_acronym[acr]]
        if key is None:
            key = name_key(text, self.rules, self)
        name = self.by_key.get(key)
        if name is None and not key.isascii():
            name = self.across_scripts(key)
        if name is None and is_subject:
            name = self.metonym_by_key.get(key)
        return None if name is None else self.actors[name]

    def across_scripts(self, key: str) -> str | None:
        """The actor a name written in another script names (``key`` its comparison key): a
        script that writes its vowels (Cyrillic) by transliteration key ("Интерфакс" ->
        Interfax), one that does not (Arabic) by consonant skeleton ("الجزيرة" -> Al Jazeera),
        when exactly one gazetteer name has that key and the skeleton has at least
        ``MIN_SKELETON`` consonants; else None."""
        script = next((sc for w in key.split() if (sc := script_of(w, self.rules)) is not None), None)
        if script is None:
            return None
        if script.vowelled:
            return self.by_translit.get(translit_words(key, self.rules))
        skel = skeleton_key(key, self.rules)
        return self.by_skeleton.get(skel) if len(skel.replace(" ", "")) >= MIN_SKELETON else None

    def metonym_of(self, text: str) -> str | None:
        """The actor a metonym ("Paris", "Downing Street") stands for, whatever its role."""
        return self.metonym_by_key.get(name_key(text, self.rules, self))

    def demonym_to_state(self, word: str) -> str | None:
        """The state a demonym (singular or plural) or a state's acronym names, else None."""
        acr = _acronym_form(word)
        if acr and acr in self.by_acronym:
            name = self.by_acronym[acr]
            return name if self.actors[name].type == "state" else None
        key = " ".join(fold(t) for t in split_words(word))
        for k in (key, key[:-1] if key.endswith("s") else None):
            if k and k in self.demonym_by_key:
                return self.demonym_by_key[k]
        return None


def _acronym_form(text: str) -> str | None:
    s = text.strip()
    s = re.sub(r"^(?:the|The)\s+", "", s)
    s = re.sub(r"['’]s?$", "", s)
    s = s.replace(".", "")
    return s if s.isalpha() and s.isupper() and len(s) <= 8 else None


def _plain_key(text: str, rules: NameRules) -> str:
    """Normalisation without gazetteer-dependent steps (used while building the gazetteer)."""
    return name_key(text, rules, None)


def _read_entries(entries: tuple[Entry, ...]) -> tuple[dict[str, dict[str, Any]], dict[str, list[tuple[str, bool, str]]]]:
    """The ``actor`` entries by name and the ``alias`` entries by the actor they name, checked."""
    actors: dict[str, dict[str, Any]] = {}
    aliases_of: dict[str, list[tuple[str, bool, str]]] = defaultdict(list)
    for e in entries:
        kind = e["kind"]
        if kind == "actor":
            typ = e.get("type")
            if typ not in SOURCE_TYPES:
                raise LexiconError(f"{e.label}: 'type' must be one of {', '.join(SOURCE_TYPES)}, got {typ!r}")
            for bad in ("actor", "metonym"):
                if e.get(bad) is not None:
                    raise LexiconError(f"{e.label}: {bad!r} is only for kind 'alias'")
            if e["name"] in actors:
                raise LexiconError(f"{e.label}: actor {e['name']!r} defined twice")
            actors[e["name"]] = dict(type=typ, aliases=list(e.get("aliases", ())),
                                     acronyms=list(e.get("acronyms", ())),
                                     demonyms=list(e.get("demonyms", ())), source=e["source"])
        elif kind == "alias":
            if not e.get("actor"):
                raise LexiconError(f"{e.label}: kind 'alias' needs 'actor'")
            for bad in ("type", "aliases", "acronyms", "demonyms"):
                if e.get(bad) is not None:
                    raise LexiconError(f"{e.label}: {bad!r} is only for kind 'actor'")
            aliases_of[e["actor"]].append((e["name"], bool(e.get("metonym", False)), e.label))
        else:
            raise LexiconError(f"{e.label}: unknown kind {kind!r} (actor, alias)")
    for target, items in aliases_of.items():
        if target not in actors:
            raise LexiconError(f"{items[0][2]}: alias of unknown actor {target!r}")
    return actors, aliases_of


def build_gazetteer(entries: Iterable[Entry], rules: NameRules) -> Gazetteer:
    """A :class:`Gazetteer` from ``gazetteer`` lexicon entries, keyed with name ``rules``.

    Raises :class:`LexiconError` on an unknown kind or type, a field of the other kind, an
    actor defined twice, an alias of an unknown actor, an acronym not in capitals, a name empty
    after normalisation, or one key naming two actors (as alias, acronym, demonym or metonym)."""
    entries = tuple(entries)
    actors, aliases_of = _read_entries(entries)
    by_key: dict[str, str] = {}
    by_acronym: dict[str, str] = {}
    metonym_by_key: dict[str, str] = {}
    demonym_by_key: dict[str, str] = {}

    def put(table: dict[str, str], key: str, name: str, what: str) -> None:
        if not key:
            raise LexiconError(f"gazetteer: {what} of {name!r} is empty after normalisation")
        if table.get(key, name) != name:
            raise LexiconError(f"gazetteer: {what} {key!r} names both {table[key]!r} and {name!r}")
        table[key] = name

    known: dict[str, KnownActor] = {}
    for name, a in actors.items():
        for alias in [name, *a["aliases"]]:
            put(by_key, _plain_key(alias, rules), name, "alias")
        for acr in a["acronyms"]:
            form = _acronym_form(acr)
            if form is None:
                raise LexiconError(f"gazetteer: acronym {acr!r} of {name!r} must be capital letters")
            put(by_acronym, form, name, "acronym")
        for dem in a["demonyms"]:
            put(demonym_by_key, " ".join(fold(t) for t in split_words(dem)), name, "demonym")
        metonyms = []
        for alias, metonym, _label in aliases_of.get(name, ()):
            if metonym:
                put(metonym_by_key, _plain_key(alias, rules), name, "metonym")
                metonyms.append(alias)
            else:
                put(by_key, _plain_key(alias, rules), name, "alias")
                a["aliases"].append(alias)
        known[name] = KnownActor(name, a["type"], tuple(a["aliases"]), tuple(a["acronyms"]),
                                 tuple(a["demonyms"]), tuple(metonyms), a["source"])
    for key, name in metonym_by_key.items():
        if key in by_key and by_key[key] != name:
            raise LexiconError(f"gazetteer: {key!r} is an alias of {by_key[key]!r} and a metonym of {name!r}")
    return Gazetteer(known, by_key, by_acronym, metonym_by_key, demonym_by_key, entries, rules,
                     *_cross_script_tables(by_key, rules))


def _cross_script_tables(by_key: Mapping[str, str], rules: NameRules) -> tuple[Mapping[str, str], Mapping[str, str]]:
    """Transliteration-key and skeleton tables over the Latin aliases; a key two actors share is left out."""
    tables: tuple[dict[str, str | None], dict[str, str | None]] = ({}, {})
    for key, name in by_key.items():
        if not key.isascii():
            continue
        for table, k in zip(tables, (translit_words(key, rules), skeleton_key(key, rules))):
            table[k] = name if table.get(k, name) == name else None
    return tuple(MappingProxyType({k: v for k, v in t.items() if v is not None}) for t in tables)  # type: ignore[return-value]


def gazetteer(lexicons: Lexicons) -> Gazetteer:
    """The gazetteer of ``lexicons`` (shipped plus user files), built once per object."""
    return lexicons.derive(_build)


def _build(lexicons: Lexicons) -> Gazetteer:
    return build_gazetteer(lexicons["gazetteer"], name_rules(lexicons))


# --------------------------------------------------------------------------- with a Lexicons object


def normalise(name: str, lexicons: Lexicons) -> str:
    """The comparison key of a name under the name rules and gazetteer of ``lexicons`` (see
    :mod:`claimcheck.xref.names`): "Gen.Maro's" -> "maro".  Never empty for a non-blank name: a
    name that is only a title ("the President") keeps its words; a blank name gives ""."""
    return name_key(name, name_rules(lexicons), gazetteer(lexicons))


def display_form(name: str, lexicons: Lexicons) -> str:
    """The name as written, without leading "the", titles and a trailing possessive."""
    return key_and_display(name, name_rules(lexicons), gazetteer(lexicons))[1]


def translit_key(name: str, lexicons: Lexicons) -> str:
    """The transliteration key of a name: :func:`normalise`, then the ``names.toml`` rewrites."""
    return translit_words(normalise(name, lexicons), name_rules(lexicons))


def demonym_to_state(word: str, lexicons: Lexicons) -> str | None:
    """The state a demonym or state acronym names: "Italian" -> "Italy", "U.S." -> "United States"."""
    return gazetteer(lexicons).demonym_to_state(word)


def metonym_of(text: str, lexicons: Lexicons) -> str | None:
    """The state or actor a metonym stands for ("Downing Street" -> "United Kingdom"), else None."""
    return gazetteer(lexicons).metonym_of(text)


# --------------------------------------------------------------------------- places


@dataclass(frozen=True, slots=True)
class Place:
    """Where a claim happened, as clustering compares it (:func:`places_differ`)."""

    key: str  # the name folded: lower case, no diacritics, no "al-"/"el-"/"the", letters and spaces
    skeleton: str  # its consonants without h, w, y and doubled letters ("kobani", "kobane": "kbn"); "" when under two
    level: str  # "country", "region" (an area whose bounds are not known: a continent, a state's state) or "town"
    state: str | None  # the country it is, or the state a metonym places it in (a capital); None: unknown


@dataclass(frozen=True, slots=True)
class PlaceTable:
    """``places.toml``'s ``country`` and ``region`` entries: folded name → country, and region names."""

    countries: Mapping[str, str]
    regions: frozenset[str]


def place_table(lexicons: Lexicons) -> PlaceTable:
    """The countries and regions of ``places.toml`` (once per lexicon set): each ``country`` word is
    "Name|alias|…", the first name standing for all."""
    return lexicons.derive(_build_places)


def _build_places(lexicons: Lexicons) -> PlaceTable:
    countries: dict[str, str] = {}
    regions: set[str] = set()
    for e in lexicons["places"]:
        for w in e.get("words") or ():
            names = [x.strip() for x in w.split("|") if x.strip()]
            if e["kind"] == "country":
                countries.update({_fold_place(x): names[0] for x in names})
            elif e["kind"] == "region":
                regions.update(_fold_place(x) for x in names)
    return PlaceTable(MappingProxyType(countries), frozenset(regions))


_PARTICLE = re.compile(r"^(?:the|al|el)\s+|(?<=\s)(?:al|el)\s+")


def _fold_place(name: str) -> str:
    folded = " ".join(fold(t) for t in split_words(name.replace("-", " ")))
    return _PARTICLE.sub("", folded).strip()


def place_of(name: str | None, gaz: Gazetteer, table: PlaceTable) -> Place | None:
    """The :class:`Place` a place name (``Claim.place`` as written) stands for: a country (a gazetteer
    state, a ``country`` of ``places.toml``), a ``region``, or a town (a metonym's city placed in its
    state: "Kolno" for the state whose seat it is; else unplaced); None for no name, or a name the
    gazetteer gives an actor that is no state (an outlet, a body: "in Congress" names no place)."""
    if not name:
        return None
    actor = gaz.lookup(name)
    if actor is not None and actor.type != "state":
        return None
    if actor is None and gaz.demonym_to_state(name) is not None:
        return None  # "in Syrian hands": a demonym, no place
    key = _fold_place(name)
    letters = re.sub(r"[^a-z]", "", key)
    skel = re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouhwy]", "", letters))
    skel = skel if len(skel) >= 2 else ""
    if actor is not None:
        return Place(key, skel, "country", actor.name)
    if key in table.countries:
        return Place(key, skel, "country", table.countries[key])
    if key in table.regions:
        return Place(key, skel, "region", None)
    if _demonym_like(key, table):
        return None  # "the Iraqi town", "Syrian hands": a country's adjective, no place (errs to none: "Malibu")
    return Place(key, skel, "town", gaz.metonym_of(name))


DEMONYM_LETTERS = 3  # letters a demonym may add to (or drop from) its country's folded name ("iraq" / "iraqi", "somalia" / "somali")


def _demonym_like(key: str, table: PlaceTable) -> bool:
    """Is folded ``key`` a country's name plus or minus at most :data:`DEMONYM_LETTERS` letters
    ("iraqi", "syrian", "ruritanian", "somali"), one word of five letters or more?"""
    if " " in key or len(key) < 5:
        return False
    return any(c[:4] == key[:4] and " " not in c and 0 < abs(len(c) - len(key)) <= DEMONYM_LETTERS
               and (key.startswith(c) or c.startswith(key)) for c in table.countries)


def places_differ(a: Place | None, b: Place | None) -> bool:
    """Are two places different, neither within the other: two countries; a country and a town a
    metonym places in another country; two towns of different names.  One name (or spelling: one
    consonant skeleton, "Kobani" / "Kobane") is one place; a country holds any town not placed
    elsewhere; a region (bounds unknown) differs from nothing; unknown (None) never differs.  Only
    towns a metonym names are placed: the gazetteer lists states, not their towns."""
    if a is None or b is None or a.key == b.key or (a.skeleton and a.skeleton == b.skeleton):
        return False
    if a.level == "region" or b.level == "region":
        return False
    if a.level == "country" and b.level == "country":
        return a.state != b.state
    if a.level == "country" or b.level == "country":
        country, town = (a, b) if a.level == "country" else (b, a)
        return town.state is not None and town.state != country.state
    return True
