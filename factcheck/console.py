"""The `factcheck` command's entry point: the process set up for a run, then
the command line read (cli.command).

Importing factcheck makes about 100,000 objects (modules, classes, functions,
compiled patterns) that live as long as the process. The garbage collector
would walk them again and again while they are made, for nothing: they are
made with it off, then moved out of its sight (gc.freeze), as the packs are
once loaded."""

from __future__ import annotations

import gc


def command() -> int:
    collecting = gc.isenabled()
    gc.disable()
    try:
        from .cli import command as run
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    return run()
