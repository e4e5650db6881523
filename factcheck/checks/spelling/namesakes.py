"""spelling: a name near a known one that the text introduces as a person of
its own ("Narendra Mody, a 52-year-old grocer", "चाय की दुकान चलाने वाले नरेंद्र
मोडी", "ऑटो चालक नीतेश कुमार"): another person as likely as a slip."""

from __future__ import annotations

import regex

from ...text import WORD, fold

# After the name: an apposition with an indefinite article, its age before it perhaps
# ("X, a grocer", "X, 52, a mathematics teacher"): the apposition's words up to its end.
APPOSITION = regex.compile(r",[ \t]+(?:\d{1,3},[ \t]+)?(?i:a|an)[ \t]+([^,.;:()\n]{1,40})")
APPOSITION_WORDS = 5  # words of an apposition searched for the noun that says what the person is
# "X नाम के एक दुकानदार", "X नामक व्यक्ति"
NAMED_AFTER = regex.compile(r"[ \t]+(?:नाम[ \t]+(?:के|की|का)|नामक)(?![\p{L}\p{M}])")
# Before it: "a grocer named X", "a man called X".
NAMED_BEFORE = regex.compile(r"\b(?i:named|called)[ \t]+\Z")
BEFORE_REACH = 30  # characters before a name searched for what introduces it


def introduced_as_another(text: str, start: int, end: int, person_nouns: frozenset[str]) -> bool:
    """Does the text introduce the name at text[start:end] as an ordinary person's:
    "X, a 52-year-old grocer", "a grocer named X", "X नाम के", "टैक्सी चालक X"?"""
    apposition = APPOSITION.match(text, end)
    if apposition is not None and any(
            fold(word) in person_nouns for word in WORD.findall(apposition.group(1))[:APPOSITION_WORDS]):
        return True
    if NAMED_AFTER.match(text, end) or NAMED_BEFORE.search(text, max(0, start - BEFORE_REACH), start):
        return True
    before = WORD.findall(text, max(0, start - BEFORE_REACH), start)
    return bool(before) and not before[-1].isascii() and fold(before[-1]) in person_nouns
