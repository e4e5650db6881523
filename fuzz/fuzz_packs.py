"""Coverage-guided fuzzing of the pack loader (atheris).

    pip install atheris
    mkdir -p /tmp/fuzz-packs
    python fuzz/fuzz_packs.py -max_total_time=600 -timeout=20 -rss_limit_mb=4096 \
        -artifact_prefix=/tmp/fuzz-packs/ /tmp/fuzz-packs fuzz/corpus/packs

Each input is loaded as a pack beside the bundled lexicon. It must load, or
fail with PackError (file, line and field); any other exception, a crash or
a hang is a finding. Findings of the last run are in docs/reliability.md.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from factcheck.packs import lexicon_pack_path, read_packs
    from factcheck.rules import Rules
    from factcheck.yamlsource import PackError

FOLDER = Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))
PACK = FOLDER / "pack.yaml"


def test_one_input(data: bytes) -> None:
    PACK.write_bytes(data)
    try:
        Rules(read_packs([lexicon_pack_path(), PACK]))
    except PackError as exc:
        assert exc.problems and all(p.count(":") >= 3 for p in exc.problems), exc.problems


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
