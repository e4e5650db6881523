"""trailing-text: text pasted after the end of an article.

Two kinds are reported, and only when they are certainly not the article's
own words: a link list ("ALSO READ: <headline>", "इसे भी पढ़ें... <headline>")
that runs to the end of the article, and other stories' headlines run on
after the article's last sentence without a label (the end of the Hindi
seed). The article's own last sentence is never part of the span, even when
the next text is glued to its full stop ("...said.ALSO READ:")."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..analysis import Analysis
from ..markup import OBJECT
from ..text import ABBREVIATIONS, TIMELINE_ENTRY, WORD, Sentence, Token, fold
from .base import CheckContext, Hit, Options, RuleKind
from .options import option

TIMELINE_LINE = regex.compile(TIMELINE_ENTRY)
TERMINATORS = (".", "।", "॥", "!", "?", ")")
CLOSERS = " \t\r\n\"'”’»/*"
SIGN_OFF_WORDS = 4  # closing lines with fewer words are sign-offs (NB/AKJ/OA, *****)
SUBJECT_KINDS = frozenset({"person", "country", "organisation", "place", "event", "term",
                           "office", "fact"})
# What an unlabelled ending must name that the article does not: an office
# ("PM") is said of many stories, a name of one.
NAMED_KINDS = SUBJECT_KINDS - {"office"}
DEFAULT_STOPWORDS = {
    "en": ["the", "and", "for", "with", "that", "this", "from", "was", "were", "has", "have",
           "had", "are", "its", "their", "his", "her", "also", "which", "who", "will", "been",
           "said", "not", "but", "into", "between", "both", "two"],
    "hi": ["के", "की", "का", "को", "में", "से", "ने", "और", "है", "हैं", "था", "थी", "थे", "पर",
           "लिए", "कि", "यह", "ये", "वह", "भी", "एक", "बाद", "साथ", "बीच", "तक", "कर", "किया",
           "गया", "गई", "दिया", "करने", "करेंगे", "सकते", "वाली", "वाले", "बात", "कही", "रूप"],
}

# Words no sentence or headline ends on: a closing passage ending on one is a
# sentence of the article's own, cut short ("... reply to the debate on").
CUT_SHORT_ENDINGS = frozenset({
    "the", "a", "an", "of", "on", "in", "to", "at", "by", "for", "with", "from", "into", "about",
    "than", "and", "or", "but", "as", "is", "are", "was", "were", "will", "would", "be", "that",
    "which", "who", "whose", "his", "her", "their", "its", "our", "my", "your",
    "के", "की", "का", "ने", "और", "कि", "तथा", "एवं", "या", "व", "जो"})  # not में, से, को: a Hindi
# headline may end on them ("... कतार में")

ONE_LETTER_WORDS = frozenset({"a", "i", "व", "न", "ओ"})
VIRAMA = "\u094d"


def _other_script(body: str, tail: str) -> bool:
    """Is the closing passage in the other script than most of the article
    (Latin after Devanagari, or the reverse)?"""
    def devanagari_share(piece: str) -> float:
        letters = [ch for ch in piece if ch.isalpha()]
        return sum("\u0900" <= ch <= "\u097f" for ch in letters) / len(letters) if letters else 0.0
    return abs(devanagari_share(body) - devanagari_share(tail)) > 0.5


def _cut_short(last: str) -> bool:
    """Is this last word one no sentence ends on, or a word cut off ("औ" of
    "और", a lone "ड", "मीनाक्" after its virama)?"""
    if last in CUT_SHORT_ENDINGS or (len(last) == 1 and last.isalpha() and last not in ONE_LETTER_WORDS) \
            or last.endswith(VIRAMA):
        return True
    return any(word.startswith(last) for word in CUT_SHORT_ENDINGS if len(word) > len(last))


# Words that open a sentence going on from the one before, never a headline: a
# pronoun or a link ("Both leaders further called...", "इसके साथ ही ...").
CONTINUING_STARTS = frozenset({
    "he", "she", "they", "his", "her", "their", "both", "meanwhile", "however", "moreover",
    "furthermore", "besides", "additionally", "earlier", "उन्होंने", "उन्हें", "उनके", "उनकी", "उनका",
    "वे", "दोनों", "इसके", "इसी", "वहीं", "हालांकि", "गौरतलब", "देखना"})
# "Now" before them: "अब देखना होगा कि ..."
NOW = frozenset({"now", "अब"})
# "इस दौरान", "इस घटना के बाद": during or after what was just told
SAME_TIME = frozenset({"दौरान", "मौके", "बीच", "बैठक", "अवसर", "घटना", "हादसे", "हादसा", "समारोह", "कार्यक्रम"})
CUT_WORD_MIN = 4  # a text's last word this long may be a continuing word cut off ("Meanwhi")


def _continues(keys: list[str], at_the_end: bool) -> bool:
    """Do these words open a sentence going on from the one before (or, at
    the text's end, the cut-off start of one: "Meanwhi")?"""
    if not keys:
        return False
    if keys[0] in NOW and len(keys) > 1:
        keys = keys[1:]
    first = keys[0]
    if first in CONTINUING_STARTS or (first == "इस" and len(keys) > 1 and keys[1] in SAME_TIME):
        return True
    return at_the_end and len(keys) == 1 and len(first) >= CUT_WORD_MIN and any(
        word.startswith(first) for word in CONTINUING_STARTS)


# Words no headline ends on either: a text whose last word is one stops mid-sentence.
NO_HEADLINE_ENDS = frozenset({"the", "a", "an", "and", "or", "of", "के", "की", "का", "ने", "और"})


def _cut_mid_sentence(last: str) -> bool:
    """Does the text's last word show it cut off mid-sentence: a lone letter
    ("... gave a brief s"), a Devanagari word cut after a virama, or a word no
    headline ends on?"""
    return last in NO_HEADLINE_ENDS or (len(last) == 1 and last.isalpha() and last not in ONE_LETTER_WORDS) \
        or last.endswith(VIRAMA)  # "ऑस्ट्": no Hindi word ends on a virama


# The label that opens a link list. Capitals may be glued to what precedes
# them ("...said.ALSO READ:", "...READUnfortunate that..."); a label in
# ordinary case needs its separator ("Also read:", "Read more |"), so that
# "Read the report" in a sentence is no label. "WATCH:" and "SEE PIC:" are
# not labels: they caption a video or picture that may be the story's own.
_SEP = r"[ \t\u00a0?]*(?:\|\||[:|\-–—]+|\.{2,}|…)"
# Each alternative starts with its literal and looks behind after it, so the
# scan skips ahead to candidates.
LABEL = regex.compile(
    rf"ALSO[ \t\u00a0?]*(?:READS?|WATCH)(?:{_SEP})?"
    rf"|READ(?<!\p{{Lu}}READ)(?:[ \t\u00a0?]*MORE)?(?:{_SEP}|(?=\p{{Lu}}\p{{Ll}}))"
    rf"|(?:Also[ \t\u00a0]*(?:[Rr]ead|[Ww]atch)"
    rf"|Read(?<![\p{{Lu}}\p{{M}}]Read)(?:[ \t\u00a0?]*[Mm]ore)?){_SEP}"
    rf"|(?:इसे|यह|ये)(?<![\p{{L}}\p{{M}}](?:इसे|यह|ये))[ \t\u00a0]+भी[ \t\u00a0]+"
    rf"(?:प(?:ढ़|ढ़)(?:ें|े)|देखें)(?:{_SEP}|[ \t\u00a0]*\n)"
)
# Every label holds one of these: a text without any has none (a scan of a text for a
# word is many times faster than LABEL's). पढ़ twice: with ढ़ as one letter, and as ढ and a nukta.
LABEL_WORDS = ("ALSO", "READ", "Also", "Read", "\u092a\u095d", "\u092a\u0922\u093c", "देखें")
# Where one headline of a list ends and the next begins: a new line, or a
# capital glued to the end of the one before ("...from itPM Modi knows...").
HEADLINE_BREAK = regex.compile(r"\n|(?<=[\p{Ll}\p{Nd}'’\"?!.)])(?=\p{Lu})|(?=#)")
MAX_HEADLINE_WORDS = 30  # a longer run without a break is a paragraph, not a headline
URL = regex.compile(rf"https?://|www\.|pic\.twitter\.com|\.com/|{OBJECT}", regex.I)  # OBJECT: a Markdown link
# The article's own reporting: headlines say "says", a story "said" ("...,
# Modi had said", "उन्होंने कहा").
REPORTED_SPEECH = regex.compile(
    r"(?<![\p{L}\p{M}])(?:said|added|told|stated|noted|asked|replied|कहा|बताया)(?![\p{L}\p{M}])",
    regex.I)
# A sentence end inside what the sentence splitter keeps as one sentence:
# glued to the next sentence ("...second largest party.WATCH: ...").
GLUED_END = regex.compile(r"[.!?]+[\"'”’)\]]*(?=\p{Lu})|[।॥][\"'”’)\]]*")


class TrailingTextOptions(Options):
    lede_sentences: int = option(2, ge=1, description="how many opening sentences define the "
                                                      "article's subject")
    min_words: int = option(8, ge=1, description="a shorter unlabelled ending is not judged")
    max_shared: float = option(0.25, ge=0, le=1, description="an unlabelled closing passage "
                                                             "sharing more than this share of "
                                                             "its words with the article is "
                                                             "related")
    stopwords: dict[str, list[str]] = option(
        default_factory=lambda: DEFAULT_STOPWORDS,
        description="words that say nothing about the subject, per language",
    )


def _ends_a_sentence(text: str) -> bool:
    end = text.rstrip(CLOSERS)
    return end.endswith((".", "।", "॥")) and not end.endswith(("..", "…"))


def _headlines(text: str) -> bool:
    """Is this text (after a label) nothing but headlines? Each is short and
    none is closed by a full stop as the article's own sentences are (a
    Hindi headline has no danda at all); an address belongs to an embedded
    post, no headline."""
    if URL.search(text) or "।" in text or "॥" in text:
        return False
    return not any(len(WORD.findall(piece)) > MAX_HEADLINE_WORDS or _ends_a_sentence(piece)
                   for piece in HEADLINE_BREAK.split(text))


def _link_list(analysis: Analysis) -> tuple[int, int] | None:
    """The link list that ends the article: from its first label to the end."""
    text, body = analysis.article.text, analysis.article.body_start
    if not any(map(text.__contains__, LABEL_WORDS)):
        return None
    end = len(text.rstrip())
    tokens = analysis.tokens
    if len(tokens) and tokens.ends[-1] == end and _cut_mid_sentence(tokens.keys[-1]):
        return None  # the text stops mid-sentence ("Tillerson gave a brief s"): an excerpt's cut,
        # and what follows a label is the article's own text, not headlines pasted after it
    last_line = text.rfind("\n", body, end) + 1
    if last_line > body and _continues(analysis.keys_in(last_line, end), at_the_end=True):
        return None  # the article goes on after a promotion in its body ("Also read | ...\nMeanwhile")
    labels = list(LABEL.finditer(text, body, end))
    listed: list[tuple[int, int]] = []  # each label's start, and where its headlines end
    until = end
    for label in reversed(labels):
        if not _headlines(text[label.end():until]):
            break
        listed.append((label.start(), until))
        until = label.start()
    if not listed:
        return None
    start = listed[-1][0]
    if not any(WORD.search(text, LABEL.match(text, at).end(), stop) for at, stop in listed):
        return None  # labels with nothing after them: what they linked is not in the text
    if not text[body:start].strip(CLOSERS) or not analysis.sentences:
        return None  # the article has no words of its own before the list
    return start, end


def _subject(analysis: Analysis, start: int, end: int, kinds: frozenset[str] = SUBJECT_KINDS
             ) -> set[str]:
    return {
        t.ref for m in analysis.mentions if start <= m.start < end
        for t in m.targets if t.kind in kinds
    }


EVENT_PREPOSITIONS = frozenset({"at", "in", "during", "after", "before"})


def _at_the_event_told(opening: list[Token], body_keys: set[str], event_nouns: frozenset[str]) -> bool:
    """Does the passage open at an event the article has named ("बैठक में",
    "समारोह के दौरान", "At the meeting")?"""
    keys = [t.key for t in opening]
    if keys and keys[0] in EVENT_PREPOSITIONS:
        keys = keys[1:]
        if keys and keys[0] == "the":
            keys = keys[1:]
    return bool(keys) and keys[0] in event_nouns and keys[0] in body_keys


def _name_words(analysis: Analysis, start: int, end: int) -> set[str]:
    """The words of the people's names mentioned in [start, end) (Hindi has no
    capitals to tell a name by)."""
    keys = analysis.tokens.keys
    return {keys[i] for m in analysis.mentions if start <= m.start < end and m.refs("person")
            for i in range(m.first, m.last) if len(keys[i]) >= NAME_WORD_MIN}


def _common_names(ctx: CheckContext) -> frozenset[str]:
    """The lexicon's common given and family names (Singh, सिंह): shared by many
    people, they tie no passage to the article's."""
    lists = ctx.knowledge.word_lists
    return frozenset(fold(w) for group in ("given_names", "family_names") for words in lists[group].values()
                     for w in words)


NAME_WORD_MIN = 3  # shorter words of a name (initials, "के") say nothing of whom a passage is about


def _is_word(key: str) -> bool:
    """A word of running text, not a sign-off code, number or URL part."""
    return len(key) > 1 and not key.isdigit() and (
        not key.isascii() or (key.isalpha() and len(key) > 3))


def _without_sign_off(analysis: Analysis, last: Sentence) -> Sentence | None:
    """The last sentence without the short lines that close press releases."""
    text, end = analysis.article.text, last.end
    while end > last.start:
        line_start = max(text.rfind("\n", last.start, end) + 1, last.start)
        words = analysis.keys_in(line_start, end)
        line = text[line_start:end].strip()
        if len(words) >= SIGN_OFF_WORDS and any(ch.isspace() for ch in line):
            break  # a line of running text, not initials run together (NB/AKJ/OA)
        end = max(line_start - 1, last.start)
    return Sentence(last.start, end) if end > last.start else None


def _after_glued_end(text: str, sentence: Sentence) -> int:
    """Where the text after the sentence's last glued sentence end begins
    ("...between the two sides.WORLD BANK..."): the start, if there is none.
    A full stop after an abbreviation or an initial ends nothing."""
    begin = sentence.start
    for end in GLUED_END.finditer(text, sentence.start, sentence.end):
        words = WORD.findall(text, max(sentence.start, end.start() - 12), end.start())
        if text[end.start()] == "." and words and (
                words[-1].lower() in ABBREVIATIONS or len(words[-1]) == 1):
            continue
        begin = end.end()
    while begin < sentence.end and text[begin].isspace():
        begin += 1
    return begin


def _running_on(analysis: Analysis, options: TrailingTextOptions, ctx: CheckContext | None = None
                ) -> tuple[int, int, float] | None:
    """Headlines run on after the last sentence with no label: the text after
    the article's last complete sentence, when it is certainly not the
    article's: it names something the packs know that nothing before it
    names, shares no name and few words with the article, and is no heading,
    quotation, hashtag line or continuation."""
    text, sentences = analysis.article.text, analysis.sentences
    lede = options.lede_sentences
    if len(sentences) <= lede:
        return None
    last = _without_sign_off(analysis, sentences[-1])
    if last is None or text[last.start:last.end].rstrip(CLOSERS).endswith(TERMINATORS):
        return None  # the article ends with a complete sentence of its own
    start, end = _after_glued_end(text, last), last.end
    if len(sentences) - (start == last.start) <= lede:
        return None  # no sentence of the article's own after its opening
    tail = text[start:end]
    letters = [ch for ch in tail if ch.isalpha()]
    if (not letters or tail.upper() == tail and any(ch.isascii() for ch in letters)
            or letters[0].islower() or any(ch in tail for ch in "\"“”#@\n")
            or REPORTED_SPEECH.search(tail) or tail.rstrip(CLOSERS).endswith(":")
            or TIMELINE_LINE.match(tail)):
        return None  # a heading, a continuation, speech, a post's tags, a table, its lead-in or a
        # timeline's last line ("2019 – Home Minister X moved the resolution")
    subject = set().union(*(_subject(analysis, s.start, s.end) for s in sentences[:lede]))
    named = _subject(analysis, start, end, NAMED_KINDS)
    if not subject or not named or named & _subject(analysis, analysis.article.body_start, start):
        return None  # nothing known of the subject or the tail, or the article names it too
    stop = {w for words in options.stopwords.values() for w in words}
    own = analysis.tokens_in(start, end)
    if own and _cut_short(own[-1].key) and end - own[-1].end <= 1:
        return None  # a sentence cut short, not a headline
    if _continues([t.key for t in own[:3]], at_the_end=False):
        return None  # "Both leaders further called ...": a sentence going on from the article's
    if _other_script(text[analysis.article.body_start : start], tail):
        return None  # an English summary after a Hindi story: words shared across scripts are not counted
    body_keys = set(analysis.keys_in(analysis.article.body_start, start))
    if ctx is not None and _at_the_event_told(own[:3], body_keys, ctx.knowledge.event_noun_keys):
        return None  # "बैठक में भाजपा अध्यक्ष ...", "At the meeting, ...": the event the article tells
    if any(t.text[0].isupper() and t.key in body_keys and t.key not in stop for t in own):
        return None  # a name the article uses: its own words
    named = _name_words(analysis, analysis.article.body_start, start)
    if not {t.key for t in own}.isdisjoint(named - (_common_names(ctx) if ctx else frozenset())):
        return None  # a word of a person's name the article gives ("... जेटली ..." after "अरुण जेटली")
    words = {t.key for t in own if t.key not in stop and _is_word(t.key)}
    if len(words) < options.min_words:
        return None
    shared = len(words & {k for k in body_keys if _is_word(k)}) / len(words)
    if shared > options.max_shared:
        return None
    return start, end, shared


def check(analysis: Analysis, ctx: CheckContext) -> Iterator[Hit]:
    options: TrailingTextOptions = ctx.options
    listed = _link_list(analysis)
    if listed is not None:
        yield Hit(*listed,
                  "the article ends with a link list pasted after it (a label such as "
                  "'ALSO READ' and other stories' headlines): remove it before publishing")
        return
    running = _running_on(analysis, options, ctx)
    if running is not None:
        start, end, shared = running
        yield Hit(start, end,
                  "the article ends with text unrelated to its subject: it follows the last "
                  "complete sentence, names what nothing before it names, and shares "
                  f"{shared:.0%} of its words with the article; was something pasted after it?")


KIND = RuleKind(
    name="trailing-text",
    summary="Text pasted after the end of an article: a link list or other stories' headlines.",
    explanation=(
        "Reports a link list that ends the article: a label ('ALSO READ:', 'Also read |', "
        "'Read more:', 'WATCH:', 'इसे भी पढ़ें...', 'यह भी पढ़ें-') with the headlines after it, "
        "up to the end. Reports headlines run on after the article's last complete sentence "
        "without a label (the end of the Hindi seed) when they are certainly not the "
        "article's: they name something the packs know that nothing before them names, share "
        "no name and few words with the article, and are no heading, quotation, hashtag line "
        "or continuation. The article's own last sentence is never reported, even when the "
        "pasted text is glued to its full stop."
    ),
    default_severity="warning",
    options=TrailingTextOptions,
    check_article=check,
)
