"""Words the article reports but does not say: a correction's wrong value
("An earlier version said 2006"), and in a fact check a claim it quotes to
refute ("A viral post claims that Rahul Gandhi was Finance Minister in
2010", a forward that reads: "On Monday, 8 November 2016 ..."). Knowledge
checks read no claim there: the article itself says the opposite, or nothing."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from .text import Sentence

CORRECTION = regex.compile(r"(?i)\b(?:an?\s+earlier\s+version|previous\s+version|misstated|misreported|"
                           r"incorrectly|wrongly|erroneously|mistakenly)\b|पिछले\s+संस्करण|पहले\s+संस्करण|"
                           r"गलती\s+से|ग़लती\s+से|भूलवश|त्रुटिवश")
# Words that frame what follows, or what is quoted, as a claim the article examines.
CLAIM_FRAME = regex.compile(
    r"(?i)\b(?:claims?\s+that|claimed|claiming|purport(?:s|ed|edly)?|falsely|false\s+claim|fake|hoax"
    r"|viral|forward(?:ed|s)?|doctored|morphed|misattributed|misleading|fact(?:\s+|-)check(?:ed|ing)?|\bfactcheck\b(?!-)"
    r"|screenshot|ticker|caption(?:ed)?\s+(?:reads|reading|says)|post\s+(?:reads|says)|reads:"
    r"|social\s+media|whatsapp|posts?\s+(?:paying|shared|claiming|saying|on)"
    r"|describ(?:e|es|ed|ing)\s+(?:him|her|them|it)\s+as)"
    r"|दावा|दावे|झूठ|झूठा|झूठी|फर्जी|फ़र्जी|भ्रामक|वायरल|कथित|स्क्रीनशॉट|फैक्ट\s*चेक|एडिटेड|मैसेज|पोस्ट")
# An article that examines claims, a fact check or a debunk, says one of these (in lower
# case, its spaces single). Only there are claims framed so read as reported: news quotes
# what people say, and that is checked. Literal words, not a pattern: the scan runs over
# every article a claim is read in.
EXAMINES_CLAIMS = (
    "fact check", "fact-check", "debunk", "hoax", "false claim", "claim is false", "claim is wrong",
    "claim is misleading", "verdict: false", "verdict: misleading", "verdict: fake", "viral claim",
    "viral post", "viral message", "viral forward", "फैक्ट चेक", "फैक्टचेक", "पड़ताल", "पड़ताल",
    "फर्जी दाव", "फ़र्जी दाव", "भ्रामक दाव", "झूठा दाव", "झूठे दाव", "गलत दाव", "ग़लत दाव", "वायरल दाव",
    "दावा गलत", "दावा ग़लत", "दावा झूठा", "दावा फर्जी", "दावा फ़र्जी", "दावा भ्रामक")
SPACES = regex.compile(r"\s+")


def examines_claims(text: str) -> bool:
    """Does the article examine claims (a fact check, a debunk)?"""
    lower = text.lower()
    if any(map(lower.__contains__, EXAMINES_CLAIMS)):
        return True
    if "  " in lower or "\n" in lower or "\t" in lower:  # "fact\ncheck": the words across a break
        lower = SPACES.sub(" ", lower)
        return any(map(lower.__contains__, EXAMINES_CLAIMS))
    return False


QUOTE = regex.compile(r"“[^”\n]{1,800}”|\"[^\"\n]{1,800}\"|«[^»\n]{1,800}»|‘[^’\n]{1,800}’")
FRAME_REACH = 240  # characters before an opening quote a framing word may stand ("It reads: ...")


def corrects(text: str, sentence: Sentence) -> bool:
    """Is the sentence a correction, which names the wrong value it corrects?"""
    return CORRECTION.search(text, sentence.start, sentence.end) is not None


def reported_spans(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """The spans a fact check reports as claims it examines, in order: a
    quotation with a framing word in its sentence or just before it, and a
    sentence with a framing word and no quotation. An article that examines
    no claims (no "fact check", "falsely", "फर्जी", ...) reports none: news
    quotes what people say, and what they say is checked."""
    if not examines_claims(text) or CLAIM_FRAME.search(text) is None:
        return []
    spans: list[tuple[int, int]] = []
    quoted: list[tuple[int, int]] = []
    for quote in QUOTE.finditer(text):
        start, end = quote.span()
        if CLAIM_FRAME.search(text, max(0, start - FRAME_REACH), end) is not None:
            quoted.append((start, end))
    starts = [q[0] for q in quoted]
    for sentence in sentences:
        if CLAIM_FRAME.search(text, sentence.start, sentence.end) is None:
            continue
        inside = bisect.bisect_left(starts, sentence.start)
        if inside < len(starts) and starts[inside] < sentence.end:
            continue  # its quotation is what it reports
        spans.append((sentence.start, sentence.end))
    return sorted(spans + quoted)


def within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does one of the spans hold [start, end)? (An article has few.)"""
    return any(span_start <= start and end <= span_end for span_start, span_end in spans)
