"""A random search for patterns the exponential-time reading lets through
that are slow all the same.

    python fuzz/slow_patterns.py [SEED] [COUNT]

Generates COUNT (default 6,000) random patterns over a, b, classes,
alternations, empty groups and repetitions (bounded repetitions left out:
their work grows polynomially, which the time limit handles), and times
each pattern the reading accepts on pumped texts ('a' * 28 + '!', ...).
Prints every accepted pattern that takes more than 0.3 s on one of them;
the last result is in docs/reliability.md.
"""

from __future__ import annotations

import contextlib
import random
import sys
import time

import regex

from factcheck.checks.regex_safety import TooComplex, exponential_risk

ATOMS = ["a", "b", "a", "[ab]", ".", "\\w", "a?", "(?:)"]
QUANTIFIERS = ["*", "+", "?", "{2,}", "*?", "++"]
TEXTS = ["a" * 28 + "!", "ab" * 14 + "!", "b" * 28 + "!", "aab" * 9 + "!"]


def pattern(rng: random.Random, depth: int) -> str:
    roll = rng.random()
    if depth == 0 or roll < 0.25:
        return rng.choice(ATOMS)
    if roll < 0.5:
        return pattern(rng, depth - 1) + pattern(rng, depth - 1)
    if roll < 0.7:
        return f"(?:{pattern(rng, depth - 1)}|{pattern(rng, depth - 1)})"
    return f"(?:{pattern(rng, depth - 1)}){rng.choice(QUANTIFIERS)}"


def main(seed: int, count: int) -> int:
    rng = random.Random(seed)
    accepted = slow = 0
    for _ in range(count):
        text = pattern(rng, 4) + "$"
        try:
            compiled = regex.compile(text)
            if exponential_risk(text) is not None:
                continue
        except (regex.error, TooComplex):
            continue
        accepted += 1
        for sample in TEXTS:
            started = time.perf_counter()
            with contextlib.suppress(TimeoutError):
                compiled.search(sample, timeout=1)
            if time.perf_counter() - started > 0.3:
                print(f"slow, yet accepted: {text!r} on {sample[:8]!r}...")
                slow += 1
                break
    print(f"{count} patterns, {accepted} accepted, {slow} of them slow")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1,
                  int(sys.argv[2]) if len(sys.argv) > 2 else 6000))
