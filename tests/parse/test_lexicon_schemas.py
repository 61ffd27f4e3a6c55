"""A table of bad lexicon entries (spaCy's tests/matcher/test_pattern_validation.py): each is
refused on load with a LexiconError naming the file, the entry and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import LexiconError
from claimcheck.lexicons import HERE, load_entries
from claimcheck.lexicons.schemas import SCHEMAS

HEAD = '[meta]\ndescription = "user"\n'

BAD = [
    # (lexicon, entry body, message)
    ("cues", 'id = "x"\nact = "assert"\nforms = ["yelled"]\ncolour = "red"\n', r"cues\.toml: entry 1 \('x'\): unknown key 'colour'"),
    ("cues", 'act = "assert"\nforms = ["yelled"]\n', r"cues\.toml: entry 1: missing 'id'"),
    ("cues", 'id = "x"\nact = "assert"\nforms = "yelled"\n', r"'forms' should be list, got 'yelled'"),
    ("cues", 'id = "x"\nact = ""\nforms = ["yelled"]\n', r"'act' is empty"),
    ("cues", 'id = "x"\nact = "assert"\nforms = ["yelled"]\nexamples = [""]\n', r"'examples' must be a list of non-empty strings"),
    ("denials", 'id = "x"\nact = 3\n', r"denials\.toml: entry 1 \('x'\): 'act' should be str, got 3"),
    ("actions", 'id = "x"\npattern = ""\n', r"actions\.toml: entry 1 \('x'\): 'pattern' is empty"),
    ("actions", 'id = "x"\npattern = "(unclosed"\n', r"bad regular expression '\(unclosed'"),
    ("actions", 'id = "x"\npattern = "strike"\nwindow_days = "three"\n', r"'window_days' should be int"),
    ("claims", 'id = "x"\npattern = "never"\n', r"claims\.toml: entry 1 \('x'\): missing 'sets'"),
    ("abbreviations", 'id = "x"\ntokens = "Gen."\n', r"abbreviations\.toml: entry 1 \('x'\): 'tokens' should be list"),
    ("anonymity", 'id = "x"\nkind = "anonymous"\nwords = ["official"]\nweight = 2\n', r"unknown key 'weight'"),
    ("roles", 'type = "person"\nwords = ["minister"]\n', r"roles\.toml: entry 1: missing 'id'"),
    ("outlets", 'id = "x"\nnames = "Reuters"\n', r"'names' should be list"),
    ("labels", 'id = "x"\nwords = [1]\nkind = ["a"]\n', r"'kind' should be str"),
    ("boilerplate", 'id = "x"\nkind = "phrases"\n', r"boilerplate\.toml: entry 1 \('x'\): missing 'values'"),
    ("languages", 'id = "xx"\nwords = "the"\n', r"languages\.toml: entry 1 \('xx'\): 'words' should be list"),
    ("xref", 'id = "match"\nsame_action = 1\nno_action = 0.5\nwire_copy = 0.9\nmax_block = 5\nwindow = 3\n',
     r"xref\.toml: entry 1 \('match'\): 'same_action' should be float, got 1"),
    ("names", 'id = "x"\nkind = "translit"\npattern = "[a-"\nreplace = "b"\n', r"names\.toml: entry 1 \('x'\): bad regular expression"),
    ("names", 'id = "x"\nkind = "threshold"\nvalue = "high"\n', r"'value' should be int/float"),
    ("gazetteer", 'kind = "actor"\nname = "Ruritania"\ntype = "state"\n', r"gazetteer\.toml: entry 1 \('Ruritania'\): missing 'source'"),
    ("gazetteer", 'kind = "alias"\nname = "Zenda"\nactor = "Ruritania"\nmetonym = "yes"\nsource = "x"\n', r"'metonym' should be bool"),
    ("stance", 'id = "x"\nkind = "hoax"\nregex = "("\n', r"stance\.toml: entry 1 \('x'\): bad regular expression"),
    ("stance", 'id = "x"\nkind = "hoax"\nterms = ["fake"]\nweight = "heavy"\n', r"'weight' should be int/float"),
]


@pytest.mark.parametrize("name,body,message", BAD, ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(BAD)])
def test_bad_entries_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, body: str,
                                 message: str) -> None:
    (tmp_path / f"{name}.toml").write_text(HEAD + "[[entry]]\n" + body, encoding="utf-8")
    monkeypatch.setenv("CLAIMCHECK_LEXICONS", str(tmp_path))
    with pytest.raises(LexiconError, match=message):
        load_entries(name)


def test_bad_files_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_LEXICONS", str(tmp_path))
    (tmp_path / "cues.toml").write_text(HEAD + "[other]\nx = 1\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"cues\.toml: unknown top-level key 'other'"):
        load_entries("cues")
    (tmp_path / "cues.toml").write_text("entry = 3\n" + HEAD, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"'entry' must be an array of tables"):
        load_entries("cues")
    (tmp_path / "cues.toml").write_text("[[entry]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"not valid TOML"):
        load_entries("cues")
    with pytest.raises(LexiconError, match=r"nosuch\.toml: no schema"):
        load_entries("nosuch")


def test_every_shipped_file_has_a_schema_and_loads() -> None:
    shipped = sorted(p.stem for p in HERE.glob("*.toml"))
    assert shipped == sorted(SCHEMAS)
    for name in shipped:
        assert load_entries(name), name
