"""The bundled packs, compiled once and kept in a cache: a cold, a warm and
no cache give the same reports; an entry is used only while every pack file
it was built from has the same bytes; a damaged entry or a folder that
cannot be written is passed over, never an error."""

from __future__ import annotations

import gc
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck
import factcheck.packs
import factcheck.rules
from factcheck.checks import KINDS
from factcheck.packcache import Shared, _Pickler, _Unpickler
from factcheck.packs import default_pack_path
from factcheck.titles import Reading, Term

from .conftest import ENGLISH_SEED, HINDI_SEED


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    return folder


@pytest.fixture
def pack_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the packs were read from YAML (a cache miss)."""
    reads: list[int] = []
    real = factcheck.packs.read_packs

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(factcheck.packs, "read_packs", counted)
    return reads


@pytest.fixture
def bundled_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled packs, loaded as the bundled packs are."""
    folder = tmp_path / "bundled"
    shutil.copytree(default_pack_path().parent, folder, ignore=shutil.ignore_patterns("sources"))
    default = folder / "default.yaml"
    monkeypatch.setattr(factcheck.packs, "default_pack_path", lambda: default)
    monkeypatch.setattr(factcheck.rules, "default_pack_path", lambda: default)
    monkeypatch.setattr(factcheck.rules, "lexicon_pack_path", lambda: folder / "lexicon.yaml")
    return folder


def seed_report(rules: factcheck.Rules) -> str:
    return factcheck.check([str(ENGLISH_SEED), str(HINDI_SEED)], rules=rules).model_dump_json()


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("packs-*.pickle")) if folder.exists() else []


def test_a_warm_cache_gives_the_reports_a_cold_one_and_none_give(cache, pack_reads, monkeypatch):
    cold = factcheck.load_rules()
    assert len(entries(cache)) == 1 and len(pack_reads) == 1
    warm = factcheck.load_rules()
    assert len(pack_reads) == 1, "the second load came from the cache"
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    uncached = factcheck.load_rules()
    assert len(pack_reads) == 2
    assert seed_report(warm) == seed_report(cold) == seed_report(uncached)
    assert warm.files == cold.files
    assert [c.id for c in warm.checks] == [c.id for c in cold.checks]


def test_a_check_from_the_cache_leaves_the_packs_as_read_unread_until_asked_for(cache, pack_reads):
    cold = factcheck.load_rules()
    warm = factcheck.load_rules()
    assert len(pack_reads) == 1
    assert seed_report(warm) == seed_report(cold)
    assert warm._read._read is not None, "checking read no pack source"  # noqa: SLF001
    assert [c.description for c in warm.checks] == [c.spec.description for c in warm.checks]
    assert warm._read._read is None  # noqa: SLF001  (asked for: read)
    assert [(c.spec, c.source.file, c.source.positions) for c in warm.checks] == \
        [(c.spec, c.source.file, c.source.positions) for c in cold.checks]
    assert warm.packs.files == cold.packs.files
    assert [p.spec for p in warm.packs.packs] == [p.spec for p in cold.packs.packs]


def test_rules_from_the_cache_can_be_configured_like_loaded_ones(cache, pack_reads):
    factcheck.load_rules()
    warm = factcheck.load_rules()
    assert len(pack_reads) == 1
    only = warm.configured(select=["spelling"], home_country="india")
    assert {c.kind.name for c in only.checks} == {"spelling"}
    assert all(c.kind is KINDS[c.kind.name] for c in warm.checks), "the kinds are the registered ones"


def test_changing_an_included_pack_file_invalidates_the_entry(cache, pack_reads, bundled_copy):
    before = factcheck.load_rules()
    assert len(pack_reads) == 1 and entries(cache)
    included = bundled_copy / "india-vietnam.yaml"
    text = included.read_text(encoding="utf-8")
    assert "Phan Van Giang" in text
    included.write_text(text.replace("Phan Van Giang", "Phan Van Giangg"), encoding="utf-8")
    after = factcheck.load_rules()
    assert len(pack_reads) == 2, "a changed pack file is read again"
    assert before.knowledge.name("phan-van-giang") == "Phan Van Giang"
    assert after.knowledge.name("phan-van-giang") == "Phan Van Giangg"
    factcheck.load_rules()
    assert len(pack_reads) == 2, "the entry rebuilt for the new content is used"


def test_a_pack_broken_after_caching_is_reported_with_file_line_and_field(cache, bundled_copy):
    factcheck.load_rules()
    included = bundled_copy / "india-vietnam.yaml"
    lines = included.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if line.strip().startswith("type: person"))
    lines[number] = lines[number].replace("type: person", "type: persn")
    included.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(factcheck.PackError) as caught:
        factcheck.load_rules()
    assert any(p.startswith(f"{included}:{number + 1}:") and ".type:" in p for p in caught.value.problems)


def test_a_pack_that_does_not_load_is_not_cached(cache, bundled_copy):
    (bundled_copy / "party-splits.yaml").write_text("pack: [\n", encoding="utf-8")
    with pytest.raises(factcheck.PackError):
        factcheck.load_rules()
    assert entries(cache) == []


def test_a_corrupt_entry_is_rebuilt(cache, pack_reads):
    factcheck.load_rules()
    [entry] = entries(cache)
    good = seed_report(factcheck.load_rules())
    for damage in (b"", b"not a pickle at all", entry.read_bytes()[: entry.stat().st_size // 2]):
        entry.write_bytes(damage)
        reads = len(pack_reads)
        assert seed_report(factcheck.load_rules()) == good
        assert len(pack_reads) == reads + 1
        assert entry.stat().st_size > len(damage), "the entry was written again"


def test_an_entry_of_another_shape_is_rebuilt(cache, pack_reads):
    import pickle

    factcheck.load_rules()
    [entry] = entries(cache)
    entry.write_bytes(pickle.dumps([(str(default_pack_path()), "0" * 64)]) + pickle.dumps("rules"))
    assert factcheck.load_rules().checks
    assert len(pack_reads) == 2


def test_a_cache_folder_that_cannot_be_written_is_skipped(tmp_path, monkeypatch, pack_reads):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    first = factcheck.load_rules()
    second = factcheck.load_rules()
    assert len(pack_reads) == 2
    assert seed_report(first) == seed_report(second)


@pytest.mark.parametrize("value", ["1", "true", "yes"])
def test_factcheck_no_cache_reads_and_writes_no_entry(cache, pack_reads, monkeypatch, value):
    monkeypatch.setenv("FACTCHECK_NO_CACHE", value)
    factcheck.load_rules()
    factcheck.load_rules()
    assert len(pack_reads) == 2
    assert entries(cache) == []


def test_the_cache_lies_in_xdg_cache_home_or_home(tmp_path, monkeypatch):
    from factcheck.packcache import cache_dir

    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "factcheck"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "factcheck"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "given"))
    assert cache_dir() == tmp_path / "given"
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    assert cache_dir() is None


def test_user_packs_are_loaded_without_the_cache(cache, pack_reads, tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text("pack: tiny\nchecks:\n  - {id: repetition, kind: repetition}\n", encoding="utf-8")
    factcheck.load_rules([pack])
    factcheck.load_rules([pack])
    assert len(pack_reads) == 2
    assert entries(cache) == []


def test_the_command_gives_the_same_report_cold_and_warm(cache):
    command = [sys.executable, "-m", "factcheck.cli", "check", str(ENGLISH_SEED), str(HINDI_SEED),
               "--format", "json"]
    cold = subprocess.run(command, capture_output=True, text=True, check=False)
    assert entries(cache), "the command stored the compiled packs"
    warm = subprocess.run(command, capture_output=True, text=True, check=False)
    assert (warm.returncode, warm.stdout, warm.stderr) == (cold.returncode, cold.stdout, cold.stderr)
    assert '"findings"' in cold.stdout


def test_a_change_to_factcheck_code_invalidates_the_entry(cache, pack_reads, monkeypatch):
    import factcheck.packcache as packcache

    factcheck.load_rules()
    stamp = packcache._code_stamp()
    changed = [(name, size + 1, time) for name, size, time in stamp]
    monkeypatch.setattr(packcache, "_code_stamp", lambda: changed)
    factcheck.load_rules()
    assert len(pack_reads) == 2


def test_an_entry_others_may_write_is_not_read(cache, pack_reads):
    factcheck.load_rules()
    [entry] = entries(cache)
    entry.chmod(0o666)
    factcheck.load_rules()
    assert len(pack_reads) == 2, "an entry anyone may write is not trusted"
    assert entry.stat().st_mode & 0o777 == 0o600, "the entry written again is the user's alone"
    factcheck.load_rules()
    assert len(pack_reads) == 2


def test_rules_from_the_cache_share_their_date_tables_with_rules_loaded_before(cache, pack_reads):
    first = factcheck.load_rules()
    second = factcheck.load_rules()
    assert len(pack_reads) == 1
    assert second.knowledge.date_words is first.knowledge.date_words


def test_check_help_names_the_cache_and_how_to_turn_it_off(capsys):
    from factcheck.cli import main

    with pytest.raises(SystemExit):
        main(["check", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "FACTCHECK_CACHE_DIR" in shown and "FACTCHECK_NO_CACHE=1" in shown


def _holds_a_dict_object(obj: object) -> bool:
    """Whether the object's attributes sit in a dict of their own (CPython:
    one made for __dict__ reads) rather than laid out as by its class."""
    return any(type(r) is dict and r == vars(obj) for r in gc.get_referents(obj))


@pytest.mark.skipif(sys.implementation.name != "cpython" or sys.version_info < (3, 11),
                    reason="instance layout is CPython's (inline values from 3.11)")
def test_objects_from_the_cache_are_laid_out_as_freshly_made_ones(cache, pack_reads):
    fresh = Reading(Term({"en": ["minister"]}), "of India")
    assert not _holds_a_dict_object(fresh)
    buffer = io.BytesIO()
    shared = Shared({}, {})
    _Pickler(buffer, shared).dump([fresh, {"a": fresh}])
    buffer.seek(0)
    back, mapping = _Unpickler(buffer, shared).load()
    assert back == fresh and mapping["a"] is back
    assert not _holds_a_dict_object(back), "attribute reads of a cached object are as fast as of a fresh one"

    factcheck.load_rules()
    warm = factcheck.load_rules()
    assert len(pack_reads) == 1
    assert not any(_holds_a_dict_object(check) for check in warm.checks)


def _objects_of(root: object) -> list[object]:
    """Every object a check reaches from `root`, not the packs as read (a Later part)."""
    from types import BuiltinFunctionType, FunctionType, ModuleType

    from factcheck.packcache import Later

    skipped = (type, Later, FunctionType, ModuleType, BuiltinFunctionType)
    seen: set[int] = set()
    found, stack = [], [root]
    while stack:
        item = stack.pop()
        if id(item) in seen or isinstance(item, skipped):
            continue
        seen.add(id(item))
        found.append(item)
        stack.extend(gc.get_referents(item))
    return found


def test_what_a_check_loads_from_the_cache_holds_no_pydantic_model(cache):
    from pydantic import BaseModel

    factcheck.load_rules()
    loaded = factcheck.load_rules()  # from the cache
    models = {type(item).__name__ for item in _objects_of(loaded) if isinstance(item, BaseModel)}
    assert models == set()
    assert loaded.knowledge.entities and loaded.knowledge.offices and loaded.knowledge.facts


def test_the_knowledge_records_keep_every_field_of_their_pack_specs():
    from dataclasses import fields

    from factcheck.packs import EntitySpec, FactSpec, OfficeSpec
    from factcheck.records import Entity, Fact, Office

    for record, spec in ((Entity, EntitySpec), (Office, OfficeSpec), (Fact, FactSpec)):
        assert [f.name for f in fields(record)] == list(spec.model_fields)
