"""Declared classes (factcheck.declared): plain objects at run time, read,
dumped and documented through a model made from the declaration."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pydantic import ValidationError

from factcheck.config import Config, PerFile

from .conftest import ENGLISH_SEED


def test_settings_read_from_a_table_are_plain_objects_with_nested_ones():
    config = Config.model_validate({"fail-on": "warning", "per-file": {"*.md": {"fail-on": "info"}}})
    assert type(config) is Config and config.fail_on == "warning"
    assert type(config.per_file["*.md"]) is PerFile and config.per_file["*.md"].fail_on == "info"
    assert config.exclude == Config.defaults().exclude  # the defaults of fields not given


def test_settings_dump_by_their_written_names_and_read_back_the_same():
    config = Config.model_validate({"max-article-size": 10, "per-file": {"*.md": {"language": "hi"}}})
    dumped = config.model_dump(by_alias=True, exclude={"path", "matched"})
    assert dumped["max-article-size"] == 10 and dumped["per-file"]["*.md"]["language"] == "hi"
    assert Config.model_validate(dumped) == config


def test_a_copy_with_changes_leaves_the_original_as_it_was():
    config = Config.defaults()
    changed = config.model_copy(update={"select": ["spelling"]})
    assert changed.select == ["spelling"] and config.select == []
    assert changed.exclude == config.exclude


@pytest.mark.parametrize("table", [{"language": "english"}, {"per-file": {"*.md": {"max-article-size": 0}}},
                                   {"colour": "red"}, {"per-file": {"*.md": {"colour": "red"}}}])
def test_a_wrong_setting_is_refused_wherever_it_stands(table):
    with pytest.raises(ValidationError):
        Config.model_validate(table)


def test_each_default_object_owns_its_lists():
    first, second = Config.defaults(), Config.defaults()
    first.exclude.append("extra/")
    assert "extra/" not in second.exclude


def test_a_check_without_a_configuration_file_makes_no_settings_model(tmp_path):
    probe = f"""
import sys
from factcheck.cli import main
from factcheck.config import Config, PerFile
main(["check", {str(ENGLISH_SEED)!r}, "--fail-on", "never"])
print("_model" in vars(Config), "_model" in vars(PerFile), file=sys.stderr)
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                          cwd=tmp_path)
    assert done.stderr.split()[-2:] == ["False", "False"]
