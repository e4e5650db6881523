"""The time a claim is about.

Every date expression is resolved once, before claims (dates.py, against
the dateline or the article's first full date). Here each claim takes the
date that governs its clause:

1. a date in the claim's own clause ("X signed the treaty on 8 April 2010");
2. a date that opens the sentence ("On 8 April 2010, ...", "In 2016, ..."), not
   past a semicolon ("In 2012, the deal was signed; Minister X said ...");
3. another date of the sentence that belongs to no other clause's noun;
4. a specific event named in the claim's clause (its known date);
5. the time of the previous sentence of the paragraph, when this sentence
   continues the same event (they share an event or an event noun);
6. a generic event name ("virtual summit") in the sentence, when the
   article's own time fits it;
7. the dateline, or the article's first full date; else unknown.

A date does not date a claim when it belongs to something else: a relative
clause the claim is not in ("X, who joined the army in 1978, ..."), a noun
it modifies ("recalled the 1971 war", "2019 के चुनाव", "Partnership (2016)",
"the Statement of 2015-20"), or "since 2014".
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from dataclasses import dataclass

import regex

from .clauses import BEFORE_ANY, CLAUSE_WORDS, WHEN_WORDS, Clauses
from .dates import DateExpr, is_dateline
from .knowledge import Knowledge
from .mentions import Mention
from .text import Sentence, Tokens
from .timevalue import TimeValue
from .yearless import LONG_AGO, years_counted

NARRATED_REACH = 1  # sentences before an undated one whose last date may be its time
# Words opening a sentence that goes on with the one before: "On July 25, Kovind took oath. He was
# sworn in by Chief Justice X.", "उन्हें मुख्य न्यायाधीश X ने शपथ दिलाई।"
GOES_ON = frozenset({"he", "she", "they", "his", "her", "their", "him", "them", "उन्होंने", "उन्हें", "उनके",
                     "उनकी", "उनका", "उनको", "उसने", "उसे", "उसके", "उसकी", "इन्होंने", "इन्हें"})
GONE_BY_DAYS = dt.timedelta(days=31)  # a day told before that a sentence going on with it is of
TIME_REACH = 20  # tokens between a claim and a date of another clause
OPENING_REACH = 8  # tokens from a sentence's start to a date in its opening phrase
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that", "our", "whose"})
# "since 2014", "2014 से"; "by 2024", "until 2022", "towards 2030", "2024 तक": not the claim's time.
SINCE_BEFORE = frozenset({"since", "by", "until", "till", "through", "upto", "towards", "toward"})
SINCE_AFTER = frozenset({"से", "तक"})
OF_AFTER = frozenset({"के", "की", "का"})
# What follows "के"/"की" after a year when the phrase is a time within it.
YEAR_PARTS = frozenset({"दौरान", "मध्य", "बीच", "शुरुआत", "शुरू", "आरंभ", "प्रारंभ", "अंत", "आखिर", "आखिरी",
                        "गर्मियों", "सर्दियों", "पहले", "दूसरे", "तीसरे", "चौथे", "अंतिम", "उत्तरार्ध",
                        "पूर्वार्ध", "दिन", "रोज", "रोज़", "सुबह", "शाम", "रात", "दोपहर", "देर"})
# Hindi nouns a year may name: "मिशन 2025", "विजन 2047", "बजट 2021-22".
# Laws are cited with their year: "the Disaster Management Act, 2005".
STATUTE_WORDS = frozenset({"act", "bill", "ordinance", "code", "rules", "regulations", "amendment",
                           "अधिनियम", "विधेयक", "अध्यादेश", "संहिता", "नियमावली", "कानून", "क़ानून"})
# A year of another era, not of the Gregorian calendar: "विक्रम संवत 2076", "शक संवत 1943", "Saka 1943"
ERA_WORDS = frozenset({"संवत", "संवत्", "सम्वत", "सम्वत्", "शक", "शाका", "हिजरी", "बंगाब्द", "samvat", "saka",
                       "shaka", "hijri", "vikram"})
NAMING_WORDS = frozenset({"मिशन", "विजन", "विज़न", "बजट", "एजेंडा", "लक्ष्य", "विधेयक", "अधिनियम"})
# A year before these names a cohort, not a time: "a 1984-batch IAS officer", "2016 बैच के अधिकारी"
COHORT_WORDS = frozenset({"batch", "cadre", "बैच", "कैडर"})
# A year joined by a hyphen to a word is that word's attribute ("a 2008-built ship", "the 2016-batch
# officers"), unless the word is a part of the year: "by 2019-end", "2020-onwards".
YEAR_PART_WORDS = frozenset({"end", "ending", "start", "beginning", "onwards", "onward", "middle", "mid",
                             "early", "late", "first", "second", "half"})
# Past participles not ending in -ed, which may open a clause of their own after a noun: "a train
# built in 2016"
PARTICIPLES = frozenset({"built", "made", "held", "won", "given", "written", "born", "set", "begun", "shot",
                         "taken", "sold", "bought", "found", "known", "seen", "shown", "sworn", "laid", "hit",
                         "brought", "struck", "drawn", "run", "dug", "spent", "lost", "paid", "cast", "led"})
# Words before such a participle that make it the claim's own verb or a tense of it
NOT_A_NOUN = frozenset({"and", "or", "but", "then", "also", "was", "were", "is", "are", "be", "been",
                        "being", "has", "have", "had", "not", "never", "who", "which", "that", "he", "she",
                        "they", "it", "we", "i", "you", "jointly", "first", "later", "once", "just",
                        "recently", "finally", "again", "earlier", "himself", "herself", "themselves",
                        "itself", "get", "got"})
# Hindi participles that make a clause qualify the noun after them ("2013 में हुए दंगों"), within
# PARTICIPLE_REACH words after the date's "में"; unless a word of a finite verb follows.
HINDI_PARTICIPLES = frozenset({"हुए", "हुई", "हुआ", "हुये", "गए", "गई", "गया", "गये", "गयी", "जन्मे", "जन्मी",
                               "बने", "बनी", "बना", "बनाए", "बनाई", "बनाया", "आए", "आई", "आया", "आये", "आयी",
                               "किए", "किये", "स्थापित", "पारित", "निर्मित", "गठित", "घोषित", "प्रकाशित", "जारी",
                               "नियुक्त", "निर्वाचित", "चुने", "चुनी", "खुले", "खुली", "लिखी", "लिखे", "दर्ज"})
# Words after such a participle that carry on its verb ("स्थापित किए गए", "बनाया गया")
HINDI_VERB_GOES_ON = frozenset({"किए", "किये", "किया", "की", "गए", "गई", "गया", "गये", "गयी", "हुए", "हुई", "हुआ",
                                "हुये", "कर", "करके", "जा", "जाने"})
HINDI_FINITE_AFTER = frozenset({"थे", "थी", "था", "थीं", "है", "हैं", "हो", "और", "तो", "तथा", "एवं", "व", "लेकिन",
                                "पर", "जब", "जहां", "जहाँ", "क्योंकि", "ताकि", "होंगे", "होगा", "होगी"})
PARTICIPLE_REACH = 6
# Words that open a second finite clause after a comma ("..., just as Finance Minister B had ...")
CLAUSE_JOINS = frozenset({"just", "as", "while", "whereas", "whilst", "although", "though", "but", "and",
                          "even", "जबकि", "वहीं", "लेकिन", "परंतु", "किंतु", "और", "तो"})
# A phrase opening the sentence that counts a span from its date: "A year after GST came into force
# on July 1, 2017, Finance Minister X said ...", "दो साल बाद": the date is the span's start, not the claim's.
SPAN_FROM_OPENING = regex.compile(
    r"\s*(?:(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|some|many|\d+)"
    r"\s+)?(?i:years?|months?|weeks?|days?|decades?|hours?)\s+(?i:after|before|since|on\s+from)\b")
# A phrase opening the sentence that compares the claim with someone else's act: "Unlike Manmohan
# Singh in 2013, Prime Minister Modi faces ...", "2013 में मनमोहन सिंह के उलट, ...": its date is theirs.
COMPARING = regex.compile(
    r"\s*(?i:unlike|like|just\s+like|much\s+like|as\s+with|compared\s+(?:with|to)|in\s+contrast\s+(?:with|to)"
    r"|contrary\s+to|similar\s+to)\b"
    r"|[^,।]*?\s(?:के\s+(?:उलट|विपरीत|समान)|की\s+(?:तरह|भांति|भाँति))\s*,")
# Words that may open a sentence before its year as its time, not as a name: "Around 2015, ..."
YEAR_OPENERS = frozenset({"around", "circa", "between", "through", "throughout", "early", "mid", "back",
                          "till", "until", "towards", "toward", "upto", "post", "pre", "year", "years"})
# Hindi words that may follow a year that dates its clause; another word right after a year is a
# noun it modifies: "2013 मुजफ्फरनगर दंगों", "2011 विश्व कप विजेता टीम" (not "2013 में", "2013 के दौरान")
HINDI_AFTER_TIME_YEAR = frozenset({"में", "के", "की", "का", "से", "तक", "को", "ई", "ईस्वी", "और", "या", "व",
                                   "एवं", "तथा", "ही", "भी", "वाले", "वाली", "वाला", "था", "थी", "थे", "है",
                                   "हैं", "सन", "साल", "वर्ष", "पर", "बाद", "पहले", "पूर्व"})
OPENING_PREPOSITIONS = frozenset({"on", "in", "at", "during", "by", "last", "this", "earlier", "later",
                                  "ten", "two", "three", "four", "five", "years", "after", "before"})
WORDS_AFTER_YEAR = frozenset({"and", "or", "to", "when", "after", "before", "as", "with", "in", "on",
                              "at", "for", "from", "by", "the", "a", "an", "he", "she", "it", "they",
                              "we", "but", "till", "until", "of", "that", "was", "were", "is", "are"})


# A sentence in the present: "is", "has", "says", "now", "है", "हैं"
# Words that put a clause at the time of writing: "मगर आज B हैं", "और अब", "इन दिनों", "currently"
NOW = (r"(?<![\p{L}\p{M}])(?:आज|अब|इन\s+दिनों|इस\s+बार|वर्तमान|मौजूदा|फिलहाल|इस\s+समय)(?![\p{L}\p{M}])"
       r"|\b(?i:now|currently|presently|at\s+present|these\s+days|incumbent)\b")
NOW_WORDS = regex.compile(NOW)
PRESENT = regex.compile(r"\b(?i:is|are|has|have|says|say|will|today)\b"
                        r"|(?<![\p{L}\p{M}])(?:है|हैं|रहेगा|रहेगी|रहेंगे)(?![\p{L}\p{M}])|" + NOW)
NEAR_SENTENCES = 3  # sentences before one dated by "the next day" where the day it counts from is told
# A day the text told before: "the next day", "that Sunday", "a day later", "उसी दिन", "अगले दिन"
THAT_DAY = regex.compile(
    r"\b(?i:(?:that|the\s+same|the\s+next|the\s+following|the\s+previous)\s+(?:day|morning|evening|night"
    r"|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|a\s+day\s+(?:later|earlier|after))\b"
    r"|(?<![\p{L}\p{M}])(?:उसी|उस|अगले|दूसरे)\s+(?:दिन|रात|सुबह|शाम)(?![\p{L}\p{M}])")
# Before a name with a year, words that make it a time: "in Budget 2018", "at Rio 2016"
# A law report's citation: "(2019) 1 SCC 1", "(2017) 10 एससीसी 1", "AIR 1973 SC 1461", "2018 SCC OnLine
# SC 1234". Its year is the volume's: the judgment it reports is of that year or before, a time gone by
# even in the article's own year.
LAW_REPORT_AFTER = regex.compile(r"\)\s*\d+\s+(?:\p{Lu}[\p{Lu}.]{1,}|एससीसी|एआईआर|एससीआर)(?![\p{L}\p{M}])"
                                 r"|\s+(?:SCC|SCR|SCALE|Cri\s*LJ)\b|\s+(?:SC|HC)\s+\d")
REPORT_BEFORE = frozenset({"air", "एआईआर"})
THINGS_TIME_PREPOSITIONS = frozenset({"in", "at", "during", "since", "before", "after", "till", "until"})
# Words before a year that make it a time ("in 2016 Modi ..."), or join it to another year
TIME_BEFORE_YEAR = (THINGS_TIME_PREPOSITIONS | OPENING_PREPOSITIONS | SINCE_BEFORE | YEAR_OPENERS
                    | {"and", "or", "to"})
# Words of remembering: what is recalled is of another time than the remembering.
RECALLING = regex.compile(r"\b(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|reminisc(?:es|ed|ing)"
                          r"|fondly)\b|याद\s+(?:किया|करते|करती|करके|कर|किए|की)")
# A time this far after the article's is a plan, a target or a forecast, not a tenure or a membership:
# the writer names whoever holds the office when writing ("Ahead of the 2017 Assembly elections,
# Chief Minister X said", in June 2016). A few weeks ahead ("will host a banquet on Tuesday") is checked.
PLAN_HORIZON = dt.timedelta(days=31)
# An embedded post's signature: "— ANI (@ANI) May 10, 2021" after the post's text.
POST_SIGNATURE = regex.compile(r"\(@\w{1,30}\)[ \t]*")
POST_REACH = 320  # characters from a line's start to its post's signature: a post's text and link


@dataclass(frozen=True, slots=True)
class ClaimTime:
    """The time a claim is about, and how it was found."""

    value: TimeValue | None
    # "date" (its own clause, or opening the sentence), "relative", "nearby" (another clause
    # of the sentence), "event" (a specific event of its clause), "carried" (the previous
    # sentence's), "generic-event", "yearless" (a day whose year is a guess: yearless.py),
    # "dateline", "anchor" or "unknown"
    source: str
    expr: DateExpr | None = None
    event: str | None = None
    # "at": the claim is about that time; "before": about some time up to it (a past
    # construction with no date of its own: "appointed by President X", "under X")
    scope: str = "at"

    @classmethod
    def written(cls, expr: DateExpr) -> ClaimTime:
        """The time a date expression of the text gives."""
        assert expr.value is not None
        if expr.year_doubtful or expr.year_contested:
            return cls(expr.value, "yearless", expr)
        return cls(expr.value, "relative" if expr.kind in {"relative", "weekday"} else "date", expr)

    @classmethod
    def nearby(cls, expr: DateExpr) -> ClaimTime:
        """The time of a date of another clause of the sentence: a guess."""
        assert expr.value is not None
        return cls(expr.value, "nearby", expr)

    @property
    def from_text(self) -> bool:
        """Did the text itself date the claim (not the dateline)?"""
        return self.source in {"date", "relative", "event", "carried", "nearby", "generic-event", "yearless"}

    @property
    def certain(self) -> bool:
        """Is the time the claim's own, not taken across a clause or sentence
        boundary, nor from an event a generic noun may name?"""
        return self.source in {"date", "relative", "event", "dateline"}

    def describe(self) -> str:
        """The time in words, with where it came from: "on 2021-07-01, the article's date"."""
        assert self.value is not None
        label = self.value.label()
        when = f"on {label}" if self.value.precision == "day" else f"in {label}"
        if self.expr is not None and self.source in {"relative", "carried", "yearless"}:
            return f"{when}, read from '{self.expr.text}'"
        return when + {
            "event": ", the date of the event named in the same sentence",
            "carried": ", the date of the event the paragraph tells",
            "dateline": ", the article's date",
            "anchor": ", the first date the article gives (a guess: not known to be its own)",
        }.get(self.source, "")

    def before(self) -> ClaimTime:
        """The same time as the end of an interval the claim falls in."""
        return dataclasses.replace(self, scope="before")


@dataclass(frozen=True, slots=True)
class _Dated:
    expr: DateExpr
    token: int  # index of its first token
    last: int  # index after its last token
    clause: int  # its clause (where the clause begins: see Clauses)
    blocked: bool  # belongs to a noun, a relative clause or "since"


class Timeline:
    def __init__(self, text: str, tokens: Tokens, sentences: list[Sentence],
                 mentions: list[Mention], dates: list[DateExpr], knowledge: Knowledge,
                 dateline: dt.date | None, anchor: TimeValue | None, body_start: int = 0) -> None:
        self.text = text
        self.tokens = tokens
        self.keys, self.token_starts, self.token_ends = tokens.keys, tokens.starts, tokens.ends
        self.sentences = sentences
        self.mentions = mentions
        self.knowledge = knowledge
        self.dateline = dateline
        self.anchor = anchor
        self.dates = dates
        self.article_time = TimeValue.day(dateline) if dateline else anchor
        self.body_start = body_start
        self.event_nouns = knowledge.event_noun_keys
        self.place_keys = knowledge.place_keys
        self._sentence_times: dict[int, ClaimTime | None] = {}
        self._has_posts = "(@" in text
        self._ready = False

    def _prepare(self) -> None:
        """What claims' times are worked out from, set up at the first claim
        (most articles have none); a sentence's clauses and its dates' roles
        are worked out when a claim of the sentence asks."""
        self.clauses = Clauses(self.text, self.tokens, self.sentences, self.dates)
        self.sentence_starts = self.clauses.sentence_starts
        self.mention_starts = [m.start for m in self.mentions]
        self.dated_exprs = [d for d in self.dates if d.value is not None and d.kind != "range"]
        self.dated_starts = [d.start for d in self.dated_exprs]
        self.date_starts = [d.start for d in self.dates]
        # each date's role, worked out when a claim of its sentence first asks
        self._dated_roles: list[_Dated | None] = [None] * len(self.dated_exprs)
        self._sentences_dated: set[Sentence] = set()  # those sentences
        self.unresolved_starts = [d.start for d in self.dates if d.value is None and d.kind == "date"]
        self._ready = True

    # --- clauses ------------------------------------------------------------

    def clause_of(self, offset: int) -> int:
        return self.clauses.of(offset)

    def clause_around(self, offset: int, sentence: Sentence) -> tuple[int, int]:
        """The start and end of the clause the offset stands in, within its sentence."""
        clause = self.clauses.of(offset)
        following = self.clauses.end(clause)
        end = sentence.end if following is None else min(following, sentence.end)
        return max(clause, sentence.start), end

    def _clause_is_relative(self, clause: int) -> bool:
        return self.clauses.is_relative(clause)

    def _token_at(self, offset: int) -> int:
        return bisect.bisect_left(self.token_starts, offset)

    def _dated(self, expr: DateExpr) -> _Dated:
        first = self._token_at(expr.start)
        last = self._token_at(expr.end)
        keys, starts, ends = self.keys, self.token_starts, self.token_ends
        own = self.sentence_of(expr.start)
        # a word of the sentence before governs no date: "Oath by\nMonday 26 May 2014 ..." (a table)
        opens = first == 0 or (own is not None and ends[first - 1] <= own.start)
        before = keys[first - 1] if not opens else ""
        after = keys[last] if last < len(keys) else ""
        gap_before = self.text[ends[first - 1] : expr.start] if not opens else ""
        gap_after = self.text[expr.end : starts[last]] if last < len(keys) else ""
        if before in ERA_WORDS:
            return _Dated(expr, first, last, self.clause_of(expr.start), True)  # "शक संवत 1943"
        if self.dateline is not None and expr.value is not None and expr.value.first == self.dateline and \
                expr.value.precision == "day" and is_dateline(self.text, self.body_start, expr):
            # "New Delhi, 5 March 2020: Defence Minister X said": the article's own date,
            # heading it; its claims are of the article's day, not of a clause near a date
            return _Dated(expr, first, last, self.clause_of(expr.start), True)
        names_a_thing = expr.kind in {"year", "range"} and self._names_a_thing(first, gap_before)
        if self._opening_phrase(first, last) and before not in SINCE_BEFORE and not names_a_thing:
            return _Dated(expr, first, last, self.clause_of(expr.start), False)
        blocked = (
            before in SINCE_BEFORE
            or (after in SINCE_AFTER and expr.kind in {"year", "date"})
            or ("(" in gap_before and ")" in gap_after)
            or (before == "of" and gap_before.strip() == "" and expr.kind in {"year", "date", "range"})
            or (after in OF_AFTER and expr.kind in {"year", "date"} and not self._part_of_the_year(last))
            or (expr.kind == "year" and before in DETERMINERS and gap_after == " "
                and after not in WORDS_AFTER_YEAR and not self._opens_clause(first))
            or names_a_thing
            or (expr.kind == "year" and (after in COHORT_WORDS or (
                gap_after == "-" and after.isalpha() and after not in YEAR_PART_WORDS)))
            or (expr.kind == "year" and gap_after == " " and self._modifies_a_name(first, last, before))
            or (gap_before == " " and before in {"in", "on"} and self._of_a_participle(first - 1))
            # a credit, a path or a file name: "Photo: Rajya Sabha TV/2013", "Report_2015-16.pdf"
            or (expr.kind in {"year", "range"} and gap_before in {"/", "_"} and before.isalpha())
            or (expr.kind in {"year", "range"} and before == "s" and first > 1  # "X's 2016 campaign"
                and self.text[ends[first - 2] : starts[first - 1]] in {"'", "’"})
        )
        return _Dated(expr, first, last, self.clause_of(expr.start), blocked)

    def _part_of_the_year(self, last: int) -> bool:
        """Does "के"/"की" after a year begin a part of it or a span within it
        ("2015 के दौरान", "2017 की गर्मियों में", "2016 के मध्य में"), which
        dates a clause as "in 2015" does, not a noun ("2015 का चुनाव")?"""
        return last + 1 < len(self.keys) and self.keys[last + 1] in YEAR_PARTS

    def _names_a_thing(self, first: int, gap_before: str) -> bool:
        """A year that is part of a name: "Mission 2025", "Budget 2021-22",
        "the Finance Bill 2019", "Agenda 2063", "विजन 2047", "the Act, 2005"."""
        if first == 0:
            return False
        word = self.tokens[first - 1]
        if word.key in STATUTE_WORDS and gap_before.strip() in {"", ","}:
            return True  # "the Disaster Management Act, 2005", "आपदा प्रबंधन अधिनियम, 2005"
        if gap_before not in {" ", "-"}:
            return False
        if word.key.isdigit() or (word.key,) in self.knowledge.not_qualifiers:
            return False  # "In 2012", "May 2019", "and 2015"
        if word.text.isascii():
            sentence = self.sentence_of(word.start)
            return word.text[:1].isupper() and word.text.isalpha() and (
                sentence is None or sentence.start != word.start or word.key not in YEAR_OPENERS)
        return word.key in self.knowledge.event_noun_keys or word.key in NAMING_WORDS

    def _of_a_participle(self, preposition: int) -> bool:
        """Does the preposition before a date follow a past participle that
        follows a common noun, a clause of its own ("rode a train **built in
        2016**", "a law passed in 2013"), not the claim's verb after the name
        ("Minister X **launched in 2016**", "and signed in 2016")?"""
        if preposition < 2:
            return False
        verb, noun = self.tokens[preposition - 1], self.tokens[preposition - 2]
        if not (verb.key in PARTICIPLES or (verb.key.endswith("ed") and verb.key.isalpha())):
            return False
        gap = self.text[noun.end : verb.start]
        return (gap == " " and noun.text.isalpha() and noun.text.islower() and not noun.key.endswith("ly")
                and noun.key not in NOT_A_NOUN and (noun.key,) not in self.knowledge.not_qualifiers)

    def _modifies_a_name(self, first: int, last: int, before: str) -> bool:
        """Is a year written before a name or noun it qualifies, as no time is:
        "met 2016 Ujjwala scheme beneficiaries", "released 2015 data", "2013
        मुजफ्फरनगर दंगों", "2011 विश्व कप विजेता टीम"? Not after a word that makes
        it a time ("in 2016 Modi ...")."""
        if last >= len(self.keys) or before in TIME_BEFORE_YEAR:
            return False
        word, months = self.tokens[last], self.knowledge.date_words.months
        if "\u0900" <= word.key[:1] <= "\u097f":
            return word.key not in HINDI_AFTER_TIME_YEAR and word.key not in months \
                and word.key not in ERA_WORDS and word.key not in OF_AFTER
        return word.text.isalpha() and word.key not in months and (
            word.text[:1].isupper() or (word.key not in WORDS_AFTER_YEAR and before.isalpha()
                                        and (before,) not in self.knowledge.not_qualifiers))

    def _opens_clause(self, first: int) -> bool:
        """Is the token within the first few words of its clause, after a
        preposition ("At the 2016 summit, ...")?"""
        clause = self.clause_of(self.token_starts[first])
        start = clause if clause != BEFORE_ANY else 0
        sentence = self.sentence_of(self.token_starts[first])
        if sentence is not None:
            start = max(start, sentence.start)
        opening = self._token_at(start)
        return first - opening <= 3 and self.keys[opening] in OPENING_PREPOSITIONS

    def _opening_phrase(self, first: int, last: int) -> bool:
        """Does the date stand in a phrase that opens its sentence and ends
        with a comma, whatever word opens it ("Despite the 2012 talks, ...",
        "On the morning of 3 March 2019, ...", "2016 में, ...")?"""
        sentence = self.sentence_of(self.token_starts[first])
        if sentence is None or self._token_at(sentence.start) < first - OPENING_REACH:
            return False
        if self.clause_of(self.token_starts[first]) != self.clause_of(sentence.start):
            return False
        following = self.clauses.end(self.clause_of(sentence.start))
        if following is None or following >= sentence.end:
            return False
        if self._token_at(following) - self._token_at(sentence.start) > OPENING_REACH + 2:
            return False
        if self._names_someone(self.clause_of(sentence.start), sentence):
            return False  # the claim's own clause, not a phrase before it
        mark = self.text[self.token_ends[last - 1] if last > 0 else 0 : following]
        return mark.rstrip().endswith(",")

    # --- queries ------------------------------------------------------------

    def sentence_of(self, offset: int) -> Sentence | None:
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def _in_sentence(self, sentence: Sentence) -> list[_Dated]:
        low = bisect.bisect_left(self.dated_starts, sentence.start)
        high = bisect.bisect_left(self.dated_starts, sentence.end)
        roles = self._dated_roles
        if sentence not in self._sentences_dated:
            self._sentences_dated.add(sentence)
            for index in range(low, high):
                if roles[index] is None:
                    roles[index] = self._dated(self.dated_exprs[index])
        return roles[low:high]  # type: ignore[return-value]

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        low = bisect.bisect_left(self.mention_starts, start)
        high = bisect.bisect_left(self.mention_starts, end)
        return self.mentions[low:high]

    def _events(self, start: int, end: int, specific: bool,
                outside_relative: int | None = None) -> ClaimTime | None:
        """The date of an event named between the offsets; with outside_relative,
        not one named in a relative clause other than that clause."""
        for mention in self._mentions_in(start, end):
            if outside_relative is not None:
                clause = self.clause_of(mention.start)
                if clause != outside_relative and self._clause_is_relative(clause):
                    continue
            for target in mention.targets:
                if target.kind != "event":
                    continue
                date = self.knowledge.event_date(target.ref)
                if date is None or self._specific(mention) != specific:
                    continue
                if not specific and self.article_time and date.first > self.article_time.last:
                    continue  # the article's own time does not fit the event
                return ClaimTime(date, "event" if specific else "generic-event", event=target.ref)
        return None

    def _specific(self, mention: Mention) -> bool:
        """An event name with a proper element (a place, a number, an
        acronym) names one event; "virtual summit" may name many."""
        words = mention.text.replace("-", " ").split()
        return any(any(c.isdigit() for c in w) or (w.isupper() and len(w) > 1) or w.lower() in self.place_keys
                   for w in words)

    def _unread_date_in(self, clause: int, sentence: Sentence) -> bool:
        """Does the clause hold a date whose value could not be read (a day
        without its year in an undated article)?"""
        low = bisect.bisect_left(self.unresolved_starts, sentence.start)
        while low < len(self.unresolved_starts) and self.unresolved_starts[low] < sentence.end:
            if self.clause_of(self.unresolved_starts[low]) == clause:
                return True
            low += 1
        return False

    def _governing(self, first: int, last: int, focus: int, sentence: Sentence) -> ClaimTime | None:
        """Steps 1 to 4 for a claim spanning tokens first..last whose clause
        is the one of token focus (the name the claim is about)."""
        clause = self.clause_of(self.token_starts[focus])
        in_sentence = self._in_sentence(sentence)
        antecedent = self._when_antecedent(clause, in_sentence)
        if antecedent is not None:
            return ClaimTime.written(antecedent.expr)
        usable = [d for d in in_sentence if not d.blocked
                  and (d.clause == clause or not self._clause_is_relative(d.clause))]
        # A date of a Hindi participle qualifying a noun the claim is not in is only a guess
        qualifying = [d for d in usable if self._qualifies_another(d, first)]
        if qualifying:
            usable = [d for d in usable if d not in qualifying]
        speech = self._reported_from(sentence, first)
        if speech is not None:
            # Inside reported speech or a relative clause, which runs to the sentence's
            # end: a date of the clause it hangs on dates the saying, not the claim.
            inside = [d for d in usable if d.token >= speech]
            outside = [d for d in usable if d.token < speech]
            same = [d for d in inside if d.clause == clause]
            if same:
                return ClaimTime.written(min(same, key=lambda d: abs(d.token - first)).expr)
            near = inside or outside
            if near:
                return ClaimTime.nearby(min(near, key=lambda d: abs(d.token - first)).expr)
            return None

        def distance(d: _Dated) -> int:
            return d.token - last if d.token >= last else first - d.last

        same = [d for d in usable if d.clause == clause]
        if same:
            return ClaimTime.written(min(same, key=distance).expr)
        if self._unread_date_in(clause, sentence):
            # "Amit Shah will visit Srinagar on October 22" after a line opening "2016:": the
            # clause gives its own day, which could not be read; another clause's year is not it
            return ClaimTime(None, "unknown")
        sentence_first = self._token_at(sentence.start)
        first_clause = self.clause_of(sentence.start)
        opening = [d for d in usable if d.clause == first_clause
                   and d.token - sentence_first <= 10 and not self._semicolon_between(d.last, first)]
        joined = self._token_at(clause) if clause != BEFORE_ANY else len(self.keys)
        if opening and joined < len(self.keys) and self.keys[joined] in CLAUSE_JOINS and \
                self._names_someone(first_clause, sentence):
            # a clause of its own about another titled person, not a phrase opening the sentence:
            # "Finance Minister A presented the 2018 Budget on Thursday, just as Finance Minister B
            # had presented the interim Budget of 2014"
            opening = []
        if opening and SPAN_FROM_OPENING.match(self.text, sentence.start, sentence.end):
            opening = []  # "A year after GST came into force on July 1, 2017, Finance Minister X ..."
        if opening and COMPARING.match(self.text, sentence.start, sentence.end) and \
                self._names_someone(first_clause, sentence):
            opening = []  # "Unlike Manmohan Singh in 2013, Prime Minister Modi ...": the year is another's
        if opening:
            return ClaimTime.written(opening[0].expr)
        near = [d for d in usable + qualifying if distance(d) <= TIME_REACH]
        if near:
            return ClaimTime.nearby(min(near, key=distance).expr)
        bounds_start = clause if clause != BEFORE_ANY else sentence.start
        following = self.clauses.end(clause)
        bounds_end = following if following is not None else sentence.end
        # A specific named event of its clause, else of its sentence however far it
        # stands ("the India-Vietnam Virtual Summit" names one event, one date).
        return (self._events(max(bounds_start, sentence.start), min(bounds_end, sentence.end), True)
                or self._events(sentence.start, sentence.end, True, outside_relative=clause))

    def _qualifies_another(self, dated: _Dated, first: int) -> bool:
        """Does a Hindi date stand in a participle that qualifies the noun after
        it ("2013 में हुए मुजफ्फरनगर दंगों", "दिसंबर 2016 में सेना प्रमुख नियुक्त किए गए
        बिपिन रावत") while the claim, at token `first`, stands outside it (before
        the date, or beyond that noun)? Not a verb of the sentence: "2013 में दंगे
        हुए थे", "2016 में वे मंत्री बने और ...", nor across "ने" or a mark."""
        keys, text = self.keys, self.text
        at = dated.last
        if at >= len(keys) or keys[at] not in {"में", "को"}:
            return False
        for index in range(at + 1, min(len(keys) - 1, at + 1 + PARTICIPLE_REACH)):
            if keys[index] == "ने" or text[self.token_ends[index - 1] : self.token_starts[index]] != " ":
                return False
            if keys[index] in HINDI_PARTICIPLES:
                after = keys[index + 1]
                if text[self.token_ends[index] : self.token_starts[index + 1]] != " " \
                        or not "\u0900" <= after[:1] <= "\u097f":
                    return False
                if after in HINDI_VERB_GOES_ON:
                    continue
                if after in HINDI_FINITE_AFTER:
                    return False
                return first < dated.token or first > index + 1
        return False

    def _names_someone(self, clause: int, sentence: Sentence) -> bool:
        """Does the clause name a person or an office (a claim of its own)?"""
        start = clause if clause != BEFORE_ANY else sentence.start
        following = self.clauses.end(clause)
        end = min(following if following is not None else sentence.end, sentence.end)
        return any(t.kind in {"person", "office"} for m in self._mentions_in(start, end) for t in m.targets)

    def _semicolon_between(self, after: int, before: int) -> bool:
        """Does a semicolon stand between token `after - 1` and token `before`?
        It joins two sentences in one: a date opening the first ("In 2012,
        ...; Defence Minister X said on Monday") does not open the second."""
        if after <= 0 or after > before:
            return False
        return self.text.find(";", self.token_ends[after - 1], self.token_starts[before]) >= 0

    def _when_antecedent(self, clause: int, in_sentence: list[_Dated]) -> _Dated | None:
        """The date a "when"/"जब" clause hangs on: "in 2014, when X ..."."""
        if clause == BEFORE_ANY:
            return None
        opener = self._token_at(clause)
        if opener >= len(self.tokens) or self.keys[opener] not in WHEN_WORDS:
            return None
        before = [d for d in in_sentence if d.last <= opener and opener - d.last <= 1 and not d.blocked]
        return before[-1] if before else None

    def _reported_from(self, sentence: Sentence, first: int) -> int | None:
        """The token opening reported speech or a relative clause before the
        claim ("said that ...", "who ...", "कि ..."), if the claim is inside one."""
        start = self._token_at(sentence.start)
        for index in range(first - 1, start - 1, -1):
            if self.keys[index] in CLAUSE_WORDS:
                return index
        return None

    def sentence_time(self, index: int) -> ClaimTime | None:
        """The time a sentence gives its own events, if it gives one."""
        if index not in self._sentence_times:
            sentence = self.sentences[index]
            usable = [d for d in self._in_sentence(sentence)
                      if not d.blocked and not self._clause_is_relative(d.clause)]
            time = (ClaimTime.written(usable[0].expr) if usable
                    else self._events(sentence.start, sentence.end, True))
            self._sentence_times[index] = time
        return self._sentence_times[index]

    def _event_words(self, sentence: Sentence) -> set[str]:
        first, last = self._token_at(sentence.start), self._token_at(sentence.end)
        words = set(self.keys[first:last]) & self.event_nouns
        events = {t.ref for m in self._mentions_in(sentence.start, sentence.end) for t in m.targets
                  if t.kind == "event"}
        return words | events

    def _carried(self, sentence: Sentence) -> ClaimTime | None:
        index = bisect.bisect_left(self.sentence_starts, sentence.start)
        if index == 0:
            return None
        previous = self.sentences[index - 1]
        if "\n" in self.text[previous.end : sentence.start]:
            return None  # another paragraph
        shared = self._event_words(sentence) & self._event_words(previous)
        if not shared:
            return None
        time = self.sentence_time(index - 1) or self._carried(previous)
        if time is None:
            return None
        return ClaimTime(time.value, "carried", time.expr, time.event)

    def _told_of(self, sentence: Sentence) -> ClaimTime | None:
        """The time that opens the paragraph, when it is long before the
        article's ("1991 में जब नरसिंह राव ने कमान संभाली ... वित्त मंत्री मनमोहन
        सिंह ..."): a sentence of no date of its own in a paragraph that opens in
        a time gone by is about that time or the article's, a guess."""
        if self.article_time is None:
            return None
        own = index = bisect.bisect_left(self.sentence_starts, sentence.start)
        starts, sentences = self.sentence_starts, self.sentences
        while index > 0 and "\n" not in self.text[sentences[index - 1].end : starts[index]]:
            index -= 1
        if index == own:
            return None  # the paragraph's first sentence
        opening = self.sentences[index]  # the paragraph's first sentence: does a date open it?
        time = self.sentence_time(index)
        if time is None or time.value is None or time.expr is None or \
                self._token_at(time.expr.start) - self._token_at(opening.start) > OPENING_REACH or \
                self.article_time.first - time.value.last <= LONG_AGO:
            return None
        return ClaimTime(time.value, "carried", time.expr, time.event)

    def _narrated(self, sentence: Sentence) -> ClaimTime | None:
        """The day or month last written before a sentence of no date of its own,
        told in the past, when it is long before the article's ("On Monday,
        December 17, 2018, Kamal Nath was sworn in. || Chief Minister Kamal
        Nath's government lasted fifteen months."): the sentence may be about
        that time, a guess. The date stands in the sentence before, wherever
        paragraphs break."""
        if self.article_time is None or PRESENT.search(self.text, sentence.start, sentence.end):
            return None
        index = bisect.bisect_left(self.sentence_starts, sentence.start)
        since = self.sentences[max(index - NARRATED_REACH, 0)].start
        last = bisect.bisect_left(self.date_starts, sentence.start) - 1
        goes_on = self.keys[self._token_at(sentence.start)] in GOES_ON and \
            "\n" not in self.text[self.sentences[index - 1].end : sentence.start] if index > 0 else False
        while last >= 0 and self.dates[last].start >= since:
            expr = self.dates[last]
            if goes_on and expr.kind == "date" and expr.value is not None and \
                    self.article_time.first - expr.value.last > GONE_BY_DAYS:
                return ClaimTime.nearby(expr)  # "On July 25, Kovind took oath. He was sworn in by ..."
            if expr.kind == "date" and expr.year_given and expr.value is not None:
                if self.article_time.first - expr.value.last > LONG_AGO:
                    return ClaimTime.nearby(expr)
                return None  # the story's last date is recent: the sentence is of today
            last -= 1
        return None

    def _posted(self, sentence: Sentence) -> ClaimTime | None:
        """The day an embedded post's signature gives at the end of the
        sentence's line, a line no longer than a post ("Assam CM X's ministers
        take the oath. pic.twitter.com/... — ANI (@ANI) May 10, 2021"): the
        post's words may be of that day, not the article's; a guess."""
        if not self._has_posts:
            return None
        line_start = self.text.rfind("\n", max(0, sentence.start - POST_REACH), sentence.start) + 1
        if line_start == 0 and sentence.start > POST_REACH:
            return None  # a line longer than a post
        line_end = self.text.find("\n", sentence.start, line_start + POST_REACH)
        signature = POST_SIGNATURE.search(self.text, sentence.start,
                                          line_start + POST_REACH if line_end < 0 else line_end)
        if signature is None:
            return None
        at = bisect.bisect_left(self.date_starts, signature.end())
        if at == len(self.dates) or self.dates[at].start != signature.end() or self.dates[at].value is None:
            return None
        return ClaimTime.nearby(self.dates[at])

    def _day_told_before(self, sentence: Sentence) -> ClaimTime | None:
        """A sentence dated only by a day told before it ("the next day", "that
        Sunday", "उसी दिन", "अगले दिन"), in a story of a time long gone ("A year ago
        on this day, a glacier burst ... Chief Minister X surveyed the area that
        Sunday"): the claim is of that time, which the text leaves to the reader;
        a guess. Its time is the last date told before, else unknown."""
        if self.article_time is None or not THAT_DAY.search(self.text, sentence.start, sentence.end):
            return None
        index = bisect.bisect_left(self.sentence_starts, sentence.start)
        since = self.sentences[max(index - NEAR_SENTENCES, 0)].start
        told = [d for d in self.dates[bisect.bisect_left(self.date_starts, since):
                                      bisect.bisect_left(self.date_starts, sentence.start)]
                if d.value is not None and d.kind in {"date", "relative"}]  # days, not "Mirage 2000"
        long_gone = [d for d in told if self.article_time.first - d.value.last > LONG_AGO]  # type: ignore[union-attr]
        if long_gone:
            return ClaimTime.nearby(long_gone[-1])
        if years_counted(self.text, since, sentence.start):
            return ClaimTime(None, "unknown")
        return None

    def _of_a_things_time(self, sentence: Sentence, focus: int) -> ClaimTime | None:
        """The year of a thing the claim's clause tells of, before the article's
        time, when the clause is not in the present ("Prime Minister Manmohan Singh
        attended the 2012 summit", "Finance Minister Arun Jaitley presented Budget 2018",
        "in his last Budget (2018)"): the claim may be of that time or of the
        article's, a guess. Not "since 2014", a law's year ("the Act, 2005"), nor a thing
        remembered ("recalled the 2016 budget")."""
        if self.article_time is None:
            return None
        clause = self.clause_of(self.token_starts[focus])
        if PRESENT.search(self.text, sentence.start, sentence.end) or \
                RECALLING.search(self.text, sentence.start, sentence.end):
            return None  # "is", "has", "recalled the 2016 budget": the claim is of the telling
        keys = self.keys
        for dated in self._in_sentence(sentence):
            expr = dated.expr
            if not dated.blocked or expr.kind not in {"year", "date"} or expr.value is None or \
                    (dated.clause != clause and self._clause_is_relative(dated.clause)):
                continue
            before = keys[dated.token - 1] if dated.token > 0 else ""
            if expr.kind == "year" and expr.value.first <= self.article_time.last and (
                    before in REPORT_BEFORE or LAW_REPORT_AFTER.match(self.text, expr.end)):
                return ClaimTime.nearby(expr)  # "Joseph Shine v Union of India, (2019) 3 SCC 39, ..."
            if expr.value.last >= self.article_time.first:
                continue
            after = keys[dated.last] if dated.last < len(keys) else ""
            if before in SINCE_BEFORE or after in SINCE_AFTER or before in STATUTE_WORDS or \
                    before in ERA_WORDS or (before == "," and dated.token > 1 and keys[dated.token - 2]
                                            in STATUTE_WORDS):
                continue
            gap = self.text[self.token_ends[dated.token - 1] : expr.start] if dated.token > 0 else ""
            if self._names_a_thing(dated.token, gap) and (
                    dated.token < 2 or keys[dated.token - 2] not in THINGS_TIME_PREPOSITIONS):
                continue  # "the Mirage 2000", "Vision 2030": a name's number; "in Budget 2018" is a time
            return ClaimTime.nearby(expr)
        return None

    def time_of(self, first: int, last: int, sentence: Sentence, focus: int | None = None) -> ClaimTime:
        """The time of a claim whose words are tokens first..last-1, and whose
        clause is the one of token focus (default: its first)."""
        if not self._ready:
            self._prepare()
        time = (self._governing(first, last, first if focus is None else focus, sentence)
                or self._posted(sentence)
                or self._carried(sentence)
                or self._events(sentence.start, sentence.end, False))
        if time is not None:
            return time
        told = (self._told_of(sentence) or self._narrated(sentence) or self._day_told_before(sentence)
                or self._of_a_things_time(sentence, first if focus is None else focus))
        if told is not None:
            return told
        spans = [d for d in self.dates if d.kind == "range" and d.value is not None
                 and sentence.start <= d.start < sentence.end and not self._dated(d).blocked]
        if spans:
            # "12. H.D. Deve Gowda (Janata Dal): 1996-1997.": the sentence is about a span of
            # years, not the article's day; which part of it the claim means is a guess
            at = self.token_starts[first]
            return ClaimTime.nearby(min(spans, key=lambda d: abs(d.start - at)))
        low = bisect.bisect_left(self.unresolved_starts, sentence.start)
        if low < len(self.unresolved_starts) and self.unresolved_starts[low] < sentence.end:
            return ClaimTime(None, "unknown")  # the sentence's own date could not be read
        return self.time_of_article() or ClaimTime(None, "unknown")

    def time_of_article(self) -> ClaimTime | None:
        """The time of the article itself: its dateline, else its first full date."""
        if self.dateline:
            return ClaimTime(TimeValue.day(self.dateline), "dateline")
        if self.anchor:
            return ClaimTime(self.anchor, "anchor")
        return None
