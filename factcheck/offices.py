"""Reading office claims: a title with a name, and which office the title
means.

"Union Home Minister Shri Amit Shah", "Amit Shah, the Home Minister",
"गुजरात के मुख्यमंत्री विजय रूपाणी", "his Vietnamese counterpart General X":
each gives a holds-office claim whose subject is the person, whose options
are the offices the title may mean (narrowed by a country qualifier), and
whose time comes from timing.py.

A title qualified by something the knowledge does not hold as that office's
country makes no claim: a party or organisation ("Congress President",
"Samajwadi Party (SP) President", "पार्टी के अध्यक्ष"), another country
("French President", "President of Brazil", "अमेरिकी राष्ट्रपति").
"""

from __future__ import annotations

import bisect
import functools

import regex

from .claims import Claim, ReadingContext
from .dates import DateExpr
from .knowledge import HANDOVER_MARGIN
from .mentions import Mention
from .text import Sentence, Token, fold, name_key
from .timevalue import TimeValue
from .timing import NOW_WORDS, RECALLING, ClaimTime
from .titles import Reading, Term

QUALIFIER_REACH = 6  # tokens between "X के ... <title>" and the country X
APPOSITION_WORDS = frozenset({"the", "s"})
# A Hindi word before a minister's title that makes it a minister of state's ("राज्य
# वित्त मंत्री", written also "वित्त राज्य मंत्री") or a state's, never the cabinet's.
STATE_BEFORE_TITLE = frozenset({"राज्य", "राज्यमंत्री"})
# Words of respect before a title set after a name ("A, the Honourable Prime Minister, B, ...")
HONOURING = frozenset({"honourable", "honorable", "hon", "ble", "honble", "respected", "esteemed",
                       "माननीय", "आदरणीय"})
# Words that carry on a title set after a name ("A, the Defence Minister of India", "A, the
# Defence Minister since 2019", "A, the Prime Minister who ..."). Another lowercase word after
# "the" or a country's title is a verb whose subject the title is: "The Prime Minister was A,
# the Defence Minister was B", "It was A, the Defence Minister told reporters": not A's.
APPOSITION_GOES_ON = frozenset({
    "of", "in", "at", "for", "from", "and", "or", "who", "whose", "whom", "which", "that", "since",
    "until", "till", "between", "during", "under", "with", "on", "to", "as", "before", "after",
    "when", "while", "by", "then", "over", "through", "among", "about", "against",
    "but", "nor", "than", "like", "himself", "herself", "designate", "elect", "emeritus",
})
# What may follow a Hindi title set after a name ("X, पंजाब के राज्यपाल, ने कहा", "X, तब
# रक्षा मंत्री थे"): any other word after it begins a name the packs may not know
# ("A, पंजाब के राज्यपाल वीपी सिंह बदनोरे और ...": the title is that name's, not A's).
HINDI_AFTER_APPOSED_TITLE = frozenset({
    "ने", "को", "का", "के", "की", "से", "में", "पर", "तक", "और", "व", "एवं", "तथा", "या", "भी", "ही",
    "तो", "जी", "है", "हैं", "था", "थे", "थी", "थीं", "रहे", "रहीं", "रही", "रहा", "बने", "बनीं", "बनी",
    "बना", "हो", "हुए", "हुईं", "हुई", "हुआ", "होंगे", "होंगी", "होगा", "होगी", "पद", "रह", "जो",
    "जिन्होंने", "जिनके", "जिनकी", "जिनका", "समेत", "सहित", "द्वारा", "साहब", "महोदय", "महोदया"})
MARKER_KINDS = ("former", "then", "future")
# "new" right before a title: named to it, perhaps not yet sworn in, or just sworn in; which is a
# guess (lowercase only: "New Delhi Lieutenant Governor X" is Delhi's)
NEW = frozenset({"new", "नए", "नये", "नई", "नयी"})
# A titled name followed by what the person was: "President X was Governor of Y from 2015 to 2021"
PREDICATED_OFFICE = regex.compile(r"(?:[ \t]*,[ \t]*\d{1,3}[ \t]*,)?[ \t]+(?:had[ \t]+|has[ \t]+)?"
                                  r"(?:was|been|served[ \t]+as|held|headed|remained)\b", regex.I)
PORTFOLIO_WORDS = regex.compile(r"\b(?i:portfolio|ministry|ambassador|envoy|secretary|commissioner|governor"
                                r"|minister|chief|post|office)\b")
PREDICATE_REACH = regex.compile(r"(?:[ \t]+(?:a|an|the|also|earlier|previously|once|its|India's)\b)*"
                                r"(?:[ \t]+[\p{L}\p{M}'’-]+){0,2}[ \t]+")
# A title named, not said to be held (see _Reader._not_asserted).
ASKED = regex.compile(r"[\"'”’»]?[ \t]*\?")
CONDITION_AFTER = regex.compile(r",?[ \t]+(?i:if|unless|should)\b")
# "President X is likely", "... is tipped to become ...", not "is likely to visit"
LIKELY_AFTER = regex.compile(r"[ \t]+(?i:is|was|seems|looks)[ \t]+(?i:likely|tipped|poised|the[ \t]+"
                             r"(?:favourite|favorite|frontrunner))\b(?![ \t]+to[ \t]+(?!(?i:be|become|succeed"
                             r"|take[ \t]+over|head|win)\b))")
TAKING_OFFICE_IF = regex.compile(
    r"\b(?i:if|once)\b[^.?!;।]{0,60}?\b(?i:elected|wins?|won|becomes?|sworn)\b"
    r"|(?<![\p{L}\p{M}])(?:अगर|यदि)\s[^.?!;।]{0,60}?(?:चुन|जीत|बन|नियुक्त)")
HYPOTHETICAL = regex.compile(r"\b(?i:hypothetical(?:ly)?|imagine|supposing|what[ \t]+if)\b"
                             r"|काल्पनिक|मान\s+(?:लीजिए|लें|लो)")
QUOTE_OPENS = regex.compile(r"[\"'‘“«][ \t]*\Z")
QUOTE_CLOSES = regex.compile(r"[ \t]*[!]?[\"'’”»](?![\p{L}\p{M}])")
ELECT = regex.compile(r"[-‐–](?:elect|designate|in-waiting)\b", regex.I)  # President-elect: not yet
OF_THE = regex.compile(r"[ \t]+of[ \t]+the[ \t]+(\p{Lu})")  # after a name: whose title it is
# the title's owner: "the President's secretary", "प्रधानमंत्री के प्रधान सचिव" (a Hindi genitive
# before a word that is no verb: "प्रधानमंत्री के रूप में" is "as Prime Minister", not possessive)
POSSESSIVE = regex.compile(r"['’](?:s\b|(?!\w))|\s+(?:के|की|का)\s+(?!रूप\b|तौर\b|पद\b|साथ\b)\p{Devanagari}")
# Words between a person and a title that make the title said of that person:
# "A is Defence Minister", "A, the new Defence Minister", "A as Defence Minister",
# "A has been named Defence Minister", "A को रक्षा मंत्री (बनाया गया)".
# Subjects a title may be said of, in a copula before it: "When I was Foreign Secretary, B ..."
PRONOUNS = frozenset({"i", "he", "she", "we", "they", "you", "मैं", "वह", "वे", "हम"})
SAID_OF_BEFORE = frozenset({
    "is", "was", "are", "were", "be", "been", "being", "becomes", "became", "become", "remains",
    "remained", "stays", "stayed", "as", "has", "have", "had", "will", "would", "named", "appointed",
    "made", "new", "now", "also", "still", "को",
    # "X बने बिहार के मुख्यमंत्री, Y ...", "X बनीं रक्षा मंत्री, Y को रेलवे": X became it
    "बने", "बनीं", "बनी", "बना", "बनाए", "बनाया", "बनाई", "नियुक्त", "होंगे", "होंगी", "फिर", "दोबारा",
})
# "पांचवीं बार" (for the fifth time) between a name and the title it became
TIMES_COUNTED = regex.compile(r"\p{Devanagari}+(?:वीं|वां|वें|री|रा|रे|थी|था|थे|ली|ला|ले)")
# Words before a title that put the claim at some time before the article's, with
# no time of its own: "under Prime Minister X" (a tenure), "during President X's
# term", and the agent of an appointment ("the envoy was appointed by President X").
PAST_BEFORE = frozenset({"under", "during"})
# The one a person took over from: "who replaced Chief Minister X", "succeeded CEC X", "took
# over from Defence Minister X", "the successor to President X": X's title up to the handover
REPLACED = frozenset({"replaced", "replacing", "replaces", "succeeded", "succeeding", "succeeds"})
TOOK_OVER = frozenset({"over", "charge"})
SUCCESSOR = frozenset({"successor", "successors"})
# Hindi numbers before a title make it plural ("तीन मुख्यमंत्री X, Y और Z", "पिछले दो रक्षा मंत्री")
HINDI_COUNTS = frozenset({"दो", "तीन", "चार", "पांच", "पाँच", "छह", "सात", "आठ", "नौ", "दस", "दोनों", "तीनों"})
# A span written right after a title: "X, Defence Minister from 2017 to 2019, ..."
SPAN_AFTER_TITLE = regex.compile(r"[ \t]+(?i:from|between)[ \t]+((?:1[89]|20)\d\d)[ \t]+"
                                 r"(?i:to|and|till|until)[ \t]+((?:1[89]|20)\d\d)\b")
# A role phrase set off by a comma: "As Defence Minister, X visited ...", "In his
# five years as Home Minister, X ...", "While Home Minister, X ...": the title is
# about the time of what X did in it, which the article need not date.
ROLE_BEFORE = frozenset({"as", "while"})
# Verbs whose result outlasts the act, so that their agent is named with the title
# held when it was done: appointments and creations ("the envoy appointed by
# President X", "the scheme launched by Prime Minister X", "X द्वारा शुरू की गई").
APPOINTED = frozenset({"appointed", "nominated", "named", "elected", "chosen", "inducted", "sworn",
                       "designated", "elevated", "promoted", "selected", "picked", "recommended",
                       "launched", "started", "introduced", "founded", "established", "created",
                       "initiated", "instituted", "conceived", "enacted", "signed", "laid", "built",
                       "inaugurated", "unveiled", "dedicated", "constituted", "formed"})
APPOINTED_HI = ("नियुक्त", "मनोनीत", "नामित", "चुन", "चयनित", "शुरू", "आरंभ", "प्रारंभ", "लॉन्च",
                "स्थापित", "गठित", "गठन", "रख", "बना", "उद्घाटित", "लोकार्पित", "हस्ताक्षरित")
# Hindi's past copulas: "था" and its forms, and "रहा" (was, for a time) and its forms.
WAS = frozenset({"थे", "था", "थी", "थीं"})
PAST_COPULAS = WAS | {"रहे", "रहीं", "रहा", "रही"}
# ... and after the name: "X के कार्यकाल में", "X के समय", "X के शासन".
PAST_AFTER = frozenset({"कार्यकाल", "शासन", "शासनकाल", "समय", "दौर", "जमाने", "ज़माने"}) \
    | WAS | {"रहे", "रहीं"}  # a past copula right after the name: "(2014 से 2017 तक) रक्षा मंत्री X थे"
# पूर्व and पहले after a time or "this" mean "ago" or "before", not "former".
AGO_WORDS = frozenset({"पूर्व", "पहले"})
BEFORE_WHAT = frozenset({"दिन", "दिनों", "साल", "सालों", "वर्ष", "वर्षों", "माह", "महीने", "महीनों", "सप्ताह",
                         "हफ्ते", "घंटे", "घंटों", "मिनट", "समय", "दशक", "इससे", "उससे", "इसके", "उसके",
                         "जिससे", "सबसे", "कुछ", "पहले", "बहुत"})
# A rank among the office's holders before a title: "India's 14th Prime Minister", "the first woman
# Defence Minister", "the youngest Chief Minister", "देश के 14वें प्रधानमंत्री", "पहली महिला रक्षा मंत्री":
# a record of a tenure, held at some time, not said to be held on the article's day.
RANK_WORD = regex.compile(
    r"(?:\d+(?:st|nd|rd|th|वीं|वें|वां|वा|वी|वे)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+ieth|last|only|youngest|oldest|longest|shortest"
    r"|earliest|पहली|पहले|पहला|प्रथम|दूसरी|दूसरे|दूसरा|तीसरी|तीसरे|अंतिम|आखिरी|इकलौती|इकलौते|सबसे)")
# A count of terms before a title ("three-time Delhi CM", "two-term MP", "twice Prime Minister",
# "दो बार के मुख्यमंत्री"): a record, held at some time, as a rank is
COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                    "twelve", "multiple", "many", "several", "कई"})
TERM_NOUNS = frozenset({"time", "times", "term", "terms"})
TWICE = frozenset({"twice", "thrice"})
RANK_REACH = 4  # words between a rank and its title: "first full-time woman"
# Words that may stand between a rank and its title ("the first full-time woman Defence Minister",
# "the first elected non-Congress Prime Minister"), besides a capitalised name ("first Dalit Chief")
RANK_QUALIFIERS = frozenset({
    "woman", "women", "female", "lady", "full", "time", "elected", "serving", "ever", "non", "civilian",
    "career", "permanent", "regular", "independent", "india", "s", "the", "country", "nation", "state",
    "महिला", "पूर्णकालिक", "निर्वाचित", "देश", "राज्य", "के", "की", "का", "सबसे", "युवा", "कम", "उम्र",
})
# After a title, the time it was held up to: "the Chief Minister before the election", "Health
# Minister for most of the first Modi government", "Governor until 2019"
HELD_UNTIL = regex.compile(r"[ \t]+(?:before|until|till|for\s+(?:most|much|part|all)\s+of)\b")
# A year the titled name owns: "Defence Minister X's 2018 visit" is of 2018, or the title of today
POSSESSED_YEAR = regex.compile(r"['’]s[ \t]+(?:1[89]|20)\d\d(?!\d)")
YEARS_IN_BRACKETS = regex.compile(r"[ \t]*\((?:[^()]*?\b)?(?:19|20)\d\d(?:\s*[-–—]\s*(?:\d{2}|\d{4})?)?\)")
# Two years as a span: "from 2014 to 2019", "between 2017 and 2019", "2017 से 2019 तक", "2014-19 की"
YEARS_SPANNED = regex.compile(
    r"\b(?i:from|between)\s+((?:1[89]|20)\d\d)\s+(?:to|and|till|until)\s+(?:(?:1[89]|20)\d\d)\b"
    r"|(?<!\d)((?:1[89]|20|१[८९]|२०)\d\d)\s+से\s+(?:(?:1[89]|20|१[८९]|२०)\d\d)\s+(?:तक|के\s+बीच)")
SPAN_BEFORE = frozenset({"in", "during", "from", "between", "over", "through", "throughout"})
SPAN_AFTER = frozenset({("के", "दौरान"), ("के", "बीच"), ("के", "मध्य")})
# Words that put a sentence at a time told before it: "At the time, Defence Minister X
# signed it", "He offered to resign at the time, but Prime Minister X ...".
THAT_TIME_SAID = regex.compile(
    r"\b(?:(?i:at\s+(?:the|that)\s+time|back\s+then|by\s+then|in\s+those\s+days)"
    # a term or an era gone by: "In his first term", "In the UPA years", "during the Vajpayee era"
    r"|\b(?i:of|in|during|from)\s+(?i:his|her|their)\s+(?i:time|days|years|stint)\s+as\b"
    r"|(?i:in|during)\s+(?i:his|her|their|its|the)\s+(?:(?i:first|second|third|previous|earlier|last)\s+)?"
    r"(?i:term|tenure|stint|innings)"
    r"|(?i:in|during)\s+\p{Lu}[\p{L}.-]*['’]s\s+(?i:first|previous|earlier)\s+(?i:term|tenure|stint|government)"
    r"|(?i:in|during)\s+the\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s+(?:years|era|decade|regime|rule|days)"
    # before someone else took the office: "a bench headed by CJI X, before Y became CJI"
    r"|before\s+(?:\p{Lu}[\p{L}.]*\s+){1,4}(?:became|took\s+over|was\s+sworn|assumed|succeeded))\b"
    r"|उस\s+समय|उस\s+वक्त|उन\s+दिनों|(?:अपने|उनके)\s+(?:पहले|दूसरे|पिछले)\s+कार्यकाल\s+में"
    # the same in Latin letters: "Us samay ke Raksha Mantri X ne kaha tha", "us waqt", "un dinon"
    r"|\b(?i:us\s+(?:samay|samaye|waqt|wakt|vakt|daur|zamane)|un\s+dinon)\b"
    r"|(?:के|की)\s+(?:पहले|पिछले|पहली|पिछली)\s+(?:कार्यकाल|सरकार|पारी)\s+में"
    r"|(?<![\p{L}\p{M}])(?:पहले|पिछले|पहली|पिछली)\s+(?:कार्यकाल|पारी)\s+(?:में|के\s+दौरान)"
    # a coalition's years gone by: "यूपीए के दौर में", "during the UPA years", "under UPA-2"
    r"|(?:यूपीए|संप्रग)(?:[\s-]*(?:1|2|एक|दो))?\s+(?:के\s+)?(?:दौर|शासन|शासनकाल|सरकार|राज|जमाने|ज़माने)\s+(?:में|के\s+दौरान)"
    r"|\b(?i:in|during|under)\s+(?:the\s+)?UPA(?:[\s-]*(?:I{1,2}|1|2))?(?:\s+(?:years|era|regime|rule|government|days))?\b"
    r"|(?:अपने|उनके)\s+कार्यकाल\s+(?:में|के\s+दौरान)"
    # the person's death told: "X's memoirs came out after his death", "उनके निधन के बाद"
    r"|\b(?i:after|before|since|until)\s+(?i:his|her)\s+death\b"
    r"|(?:उनके|उनकी|उसके)\s+(?:निधन|मृत्यु|देहांत)\s+(?:के\s+बाद|से\s+पहले|के\s+पहले|तक)"
    # a caption of a photograph from the archive: "File photo: Defence Minister X", "फाइल फोटो"
    r"|(?i:\bfile\s+(?:photo|picture|image|pic)\b|\(file\))"
    r"|(?:फ\u093c?|\u095e)ाइल\s+(?:(?:फ\u093c?|\u095e)ोटो|चित्र|तस्वीर)"
    r"|(?<=\s)(?:सरकार\s+के\s+दौर|युग|राज)\s+में")
# A sentence opening with "तब" (then, at that time), its time told before: "तब वित्त मंत्री X थे"
THEN_OPENS = regex.compile(r"\s*तब\s")
# A sentence opening with a clause of "when" and a verb in the past tense, before its comma.
WHEN_IN_THE_PAST = regex.compile(
    r"\s*(?:Back\s+when|When)\s+(?![^,.;]*\b(?:is|are|am|will|shall|would|has|have)\b)[^,.;]{0,80}?\b(?:\p{L}+ed|took|was|were|became|came|won|lost|began|left|had|made"
    r"|rose|fell|went|ran|gave|told|met|sat|stood|spoke|wrote|broke|held|led|saw|got|chose|swore)\b[^,.;]*,")
# A Hindi verb's participle before a past copula: "देती थीं" (used to give), "गए थे" (had gone)
PARTICIPLE = regex.compile(r"\p{Devanagari}+(?:ते|ती|ता|ए|ई|आ|या|यी|ये|यीं|ईं)")
# A span of years the title was held for, told in the past: "ruled Manipur for fifteen years",
# "पंद्रह साल तक मणिपुर की सत्ता में रहे" (not "has been ... for two years", "will ... for five")
HELD_FOR_YEARS = regex.compile(
    r"\b(?i:for)\s+(?:(?:over|more\s+than|nearly|almost|about|some|a|an|\S+)\s+){0,2}(?i:years|decades|decade)\b"
    r"|(?:साल|सालों|वर्ष|वर्षों|दशक|दशकों)\s+तक")
NOT_PAST = regex.compile(r"\b(?:has|have|is|are|will|shall|would)\b|\s(?:है|हैं|होंगे|होंगी|रहेंगे|रहेंगी)(?!\p{M})")
# A time told by an event of the past the text names, not by a date: "During the Doklam
# standoff", "days after the surgical strikes", "At the height of demonetisation", "उरी हमले के
# बाद", "नोटबंदी के दौरान" (not a meeting or a visit, which may be the article's own day, nor a
# pandemic, a lockdown or a crisis, which may go on at it)
PAST_EVENT = regex.compile(
    r"\b(?i:during|after|amid|following|before|since|until|till|in\s+the\s+wake\s+of|at\s+the\s+height\s+of"
    r"|(?:days|weeks|months|years)\s+(?:after|before))\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}?"
    r"(?:(?i:standoff|stand-off|face-off|strikes|airstrikes?|attacks?|war|riots|floods|earthquake|tsunami"
    r"|demonetisation|demonetization|clashes|scam|coup|blasts|bombings?|siege|mutiny|uprising)|Emergency)\b"
    r"|(?:नोटबंदी|हमले|हमलों|युद्ध|दंगों|दंगे|आपातकाल|बाढ़|भूकंप|गतिरोध|घोटाले|स्ट्राइक|झड़प)"
    r"\s+(?:के\s+(?:दौरान|बाद|समय|वक्त|पहले)|से\s+पहले)")
# Another title the person holds now, set after the name: "Foreign Secretary X, now the External
# Affairs Minister, ...", "विदेश सचिव X, जो अब विदेश मंत्री हैं, ...": the first is of a time gone by
NOW_ANOTHER = regex.compile(r"\s*,\s*(?:(?:who\s+is\s+)?(?i:now|currently|presently)\b"
                            r"|जो\s+(?:अब|इस\s+समय|वर्तमान\s+में|फिलहाल)\s)")
# English's past perfect ("had drawn", "had struck down", "had quit"): a time before the story's
PAST_PERFECT = regex.compile(
    r"\bhad\s+(?:(?:not|never|already|also|just|long|earlier|once|first)\s+)?"
    r"(?:\p{Ll}+(?:ed|en|wn|ne|ught|ght)|been|had|met|said|told|quit|put|set|cut|hit|let|shut|led|held|won"
    r"|lost|left|sent|spent|built|kept|felt|dealt|meant|run|become|come|begun|sung|struck|stuck|fled|fed"
    r"|sold|sat|stood|spun|slid|split|bid|laid|paid|heard|made|found|bound|wound|clung|swung|hung|dug)\b")
# Between a name and its own "had": news writes "Chief Minister X had said" of a recent past
OWN_VERB_GAP = regex.compile(r"\s*(?:(?:too|also|even|himself|herself|,|\s)\s*)*")
# Verbs of saying before a past perfect make it the reported clause's ("X said the army had done")
SAYING = regex.compile(r"\b(?:said|says|say|told|tells|added|adds|stated|announced|claimed|asserted|noted"
                       r"|remarked|observed|informed|tweeted|wrote|insisted|argued|alleged|warned)\b")
# A memory: "Officers recalled how Defence Minister X would turn up", "याद करते हुए"
# A sentence opening with "after" an event and no date: "After Pokhran, Prime Minister X
# added two words to it", "पोखरण के बाद, प्रधानमंत्री X ने ...": some time gone by.
AFTER_AN_EVENT = regex.compile(r"\s*(?:After|Soon\s+after)\s+(?:the\s+)?\p{Lu}[^,.;\d]{0,40},"
                               r"|\s*\p{Devanagari}[^,।;\d]{0,40}\s+के\s+बाद\s*,")
# Words before दिन or समय that make it "that day", not a count of days: "उसी दिन पूर्व
# प्रधानमंत्री" is "on that day, the former Prime Minister", "तीन दिन पूर्व" "three days ago".
THAT_TIME = frozenset({"उसी", "इसी", "उस", "इस", "जिस", "किसी", "हर", "के", "की", "उन", "इन"})
# Words before "दिनों" or the like that make it "lately", a phrase of its own, not a count: "बीते
# दिनों पूर्व वित्त मंत्री X" is "lately, the former Finance Minister X"; "कुछ दिनों पूर्व" "some days ago".
LATELY = frozenset({"बीते", "पिछले", "हाल", "गत", "विगत", "इन", "उन"})
LEAVING = frozenset({"resigned", "resigns", "quit", "quits", "stepped", "removed", "sacked", "dismissed",
                     "ousted", "impeached"})
LEAVING_HI = ("इस्तीफ", "त्यागपत्र", "बर्खास्त")
LEAVING_REACH = 4  # words between the name and the verb: "X of Goa has resigned"
# Words before "as" and a title that say the title was given up by the time of the clause: "Having
# quit as Defence Minister, X took oath on Friday", "After stepping down as ...", "fresh from his
# stint as ...", "X, who resigned as Chief Minister, ...": held up to that time, not at it.
LEFT_ROLE = frozenset({"quit", "quits", "quitting", "resigned", "resigning", "resigns", "retired", "retiring",
                       "retires", "left", "leaving", "leaves", "exit", "exiting", "exited", "demitted",
                       "demitting", "relieved"})
STEPPED = frozenset({"stepped", "stepping", "steps", "step"})  # before "down"
ROLE_GONE = frozenset({"stint", "term", "tenure", "innings", "years", "days", "time"})
AFTER_WORDS = frozenset({"after", "from", "following", "since", "post"})
LEFT_REACH = 5  # words before "as": "after five years of his stint as"
# A span of time counted from what the claim's clause tells: "Tuesday marked five years since
# Finance Minister X presented ...", "It is a decade since ...", "the fifth anniversary of the day
# ...", "X के बजट पेश किए पांच साल पूरे हो गए", "X के ... करने के पांच साल बाद": that clause is of
# some time before the sentence's. Not days or weeks ("two days after Minister X said"): so short a
# span leaves the title the article's.
SPAN_SINCE = regex.compile(
    r"(?:\b(?i:years?|decades?|centur(?:y|ies))"
    r"\s+(?i:now\s+|exactly\s+|to\s+the\s+day\s+|(?:(?:have|has|had)\s+)?(?:passed|elapsed|gone\s+by)\s+)?"
    r"(?i:since|after|on\s+from)"
    r"|\b(?i:anniversary|jubilee)\s+of)\b"
    # to the claim, in the same clause or a participle's going on with it: "..., ending Chief
    # Minister X's term"
    r"(?:[^,;:.!?]*,\s+\p{Ll}+ing\b)?[^,;:.!?]*$")
HINDI_SPAN_SINCE = regex.compile(
    r"[^,;:।!?]*?\s(?:\d+|[०-९]+|\p{Devanagari}+)\s+(?:साल|सालों|वर्ष|वर्षों|बरस|दशक|दशकों)"
    r"\s+(?:पूरे|बाद|बीत|हो\s+(?:गए|गये|चुके))")
OWNED_BY = frozenset({"के", "की", "का", "द्वारा"})
# A government named after its head: "in the P.V. Narasimha Rao government", "वाजपेयी सरकार में".
GOVERNMENT_WORDS = frozenset({"government", "govt", "cabinet", "ministry", "administration", "regime",
                              "सरकार", "मंत्रिमंडल", "कैबिनेट"})
GOVERNMENT_REACH = 8  # words from the name to "government"
# A government said to be gone by: "Defence Minister in the previous government", "पिछली सरकार में"
GONE_BY = frozenset({"previous", "last", "earlier", "former", "outgoing", "erstwhile", "preceding", "old",
                     "पिछली", "पिछले", "पूर्ववर्ती", "पुरानी", "पूर्व"})
# Words before a title that make it a lower post than the title's office: "junior
# HRD minister", "Deputy Army Chief", "उप थल सेनाध्यक्ष" (the vice chief).
LOWER_RANKS = frozenset({"junior", "deputy", "dy", "vice", "उप", "डिप्टी"})
COORDINATORS = frozenset({"and", "&", "और", "एवं", "तथा", "व"})
BRACKETED_SHORT = regex.compile(r"[ \t]*\([ \t]*[\p{Lu}\p{Devanagari}][\p{L}\p{M}.]{0,11}[ \t]*\)")  # "(CDS)"
# A person's death told after the name, or before the title ("the death of")
DEATH_WORDS = frozenset({"died", "dies", "dead", "demise", "निधन", "मृत्यु", "देहांत", "स्वर्गवास", "देहावसान"})
DEATH_BEFORE = frozenset({"death", "demise", "funeral", "cremation", "cremated", "obituary", "mourned",
                          "mourns", "अंतिम", "अंत्येष्टि"})
DEATH_REACH = 6  # words between the name and the death word
# What may stand between the name and the death word: "X, 84, has died", "X का सोमवार को निधन"
DEATH_GAP = frozenset({"has", "had", "was", "is", "reportedly", "suddenly", "peacefully", "on", "at", "aged",
                       "का", "की", "के", "को", "भी", "आज", "कल"})
# A frame looking back at a person, right before the name: "Looking back at X, the finance minister"
LOOKING_BACK = regex.compile(r"(?i:\b(?:looking\s+back\s+at|remembering|recalling|in\s+memory\s+of|"
                             r"a\s+tribute\s+to|tributes?\s+to))[ \t]+(?:the\s+late\s+)?\Z")
LOOKING_BACK_REACH = 40  # characters before a name searched for a frame looking back at it
LIST_REACH = 30  # tokens back from a title to the "the then" heading its list
LIST_LINKS = frozenset({"of", "the", "के", "की", "का"})  # words inside a list's titles
JOINED_TITLE_WORDS = 6  # words after "and" within which the name of two joined titles stands
JOINED_CAPITALS = 4  # capitalised words after "and": a title and a name ("Rajya Sabha Chairman Hamid Ansari")
PREDICATE_WORDS = 12  # words after a titled Hindi name within which another office it was may stand
SHARED_HEAD_WORDS = 2  # portfolio words before "and" sharing the next title's head: "Law and Justice"
POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "whose", "अपने", "अपनी", "उनके", "उसके"})


# A dateline opening a line of the article's start: "CHANDIGARH:", "LUCKNOW, Jan 3 -", "पटना:".
STATE_DATELINE = regex.compile(r"(?m)^[ \t]*(\p{Lu}[\p{Lu} .'-]{2,30}|\p{Devanagari}[\p{Devanagari} ]{1,20})"
                               r"[ \t]*(?::|,[ \t]*\p{L})")
DATELINE_REACH = 400
CAPITAL_DATELINES = frozenset({"new delhi", "delhi", "नई दिल्ली", "दिल्ली"})
# A story of a state's government: "the state government", "राज्य सरकार".
STATE_GOVERNMENT = regex.compile(r"\b(?i:state(?:'s|’s)?[ \t]+(?:government|cabinet))\b"
                                 r"|(?:राज्य|प्रदेश)[ \t]+(?:सरकार|मंत्रिमंडल)")


def _place_keys(place: Term) -> set[str]:
    """The word keys of a jurisdiction's names, in every language."""
    return {key for names in place.names.values() for name in names for key in name_key(name)}


def _a_state_ministers(reading: Reading) -> bool:
    """Is the office a minister's of a state or other place (a chief minister's)?"""
    return reading.jurisdiction is not None and reading.head.label.endswith("Minister")


class _Reader:
    def __init__(self, ctx: ReadingContext) -> None:
        self.ctx = ctx
        self.tokens = ctx.tokens
        tokens = ctx.tokens
        self.keys, self.starts, self.ends, self.texts = tokens.keys, tokens.starts, tokens.ends, tokens.texts
        self.text = ctx.text
        self.knowledge = ctx.knowledge
        self.home = ctx.knowledge.home_for(ctx.article.language)

    @functools.cached_property
    def article_keys(self) -> frozenset[str]:
        return frozenset(self.keys)

    # --- around the title ---------------------------------------------------

    def _known(self, mention: Mention | None) -> bool:
        return mention is not None and any(
            t.kind in {"honorific", "former", "then", "office", "person", "counterpart"}
            for t in mention.targets)

    def _skip_markers(self, index: int) -> int:
        """The token before any "former"/"then" words ending at index."""
        before = self.ctx.by_last.get(index)
        while before is not None and any(t.kind in MARKER_KINDS for t in before.targets):
            index = before.first - 1
            before = self.ctx.by_last.get(index)
        return index

    def _country_before(self, index: int, first: int) -> str | None:
        """A country named within reach before token index ("वियतनाम के
        समाजवादी गणराज्य के राष्ट्रीय रक्षा मंत्री")."""
        for j in range(index, max(first, index - QUALIFIER_REACH) - 1, -1):
            mention = self.ctx.by_last.get(j)
            if mention is None:
                continue
            countries = mention.refs("country")
            if countries:
                return countries[0]
            if any(t.kind in {"person", "office", "event", "fact"} for t in mention.targets):
                return None
        return None

    def qualifier(self, mention: Mention, sentence: Sentence) -> tuple[str | None, bool, int]:
        """(the country that qualifies the title, or None; whether something
        unknown qualifies it, so that it makes no claim; the token after the
        title and any "of <country>" that follows it)."""
        tokens, knowledge = self.tokens, self.knowledge
        first = self.ctx.first_token(sentence)
        after = mention.last
        index = self._skip_markers(mention.first - 1)
        if index > first and self.keys[index] in COORDINATORS:
            coordinated = self.ctx.by_last.get(index - 1)
            if coordinated is not None and coordinated.refs("office"):
                # "Gujarat's deputy chief minister and finance minister X": the first
                # title's jurisdiction carries over; one left open is not said.
                country, unknown, _ = self.qualifier(coordinated, sentence)
                offices = [o for o in coordinated.refs("office")
                           if knowledge.offices[o].country == (country or self.home)]
                several = len(offices) > 1 and country is None
                return country, unknown or several, after
        if index >= first:
            token = tokens[index]
            gap = self.text[token.end : self.starts[index + 1]]
            adjacent = "\n" not in gap and gap.strip() in {"", ")"}
            before = self.ctx.by_last.get(index)
            if token.key == "s" and index - 1 >= first and gap.strip() == "" and \
                    self.text[self.ends[index - 1] : token.start] in {"'", "’"}:
                owner = self.ctx.by_last.get(index - 1)  # "Vietnam's", "Congress's"
                if owner is not None and owner.refs("country"):
                    return owner.refs("country")[0], False, after
                unknown = self.texts[index - 1][:1].isupper() and not self._known(owner)
                return None, unknown, after
            if before is not None and before.refs("country"):
                if gap.strip():
                    # "HANOI, Vietnam - Defence Minister X": a dateline's place, where the
                    # story was filed, is not the title's country
                    return None, False, after
                return before.refs("country")[0], False, after
            if token.key in knowledge.of_words and adjacent:
                country = self._country_before(index - 1, first)
                if country is not None:
                    return country, False, after
                owner_index = index - 1
                if owner_index >= first and (self.keys[owner_index],) in knowledge.not_qualifiers:
                    return None, False, after  # "देश के प्रधानमंत्री"
                return None, True, after
            if adjacent and (token.key,) in knowledge.organisation_words:
                return None, True, after
            if adjacent and token.key in LOWER_RANKS:
                return None, True, after  # "junior HRD minister", "उप थल सेनाध्यक्ष": not the office
            if adjacent and token.text.isascii() and not self._known(before) \
                    and (token.key,) not in knowledge.not_qualifiers \
                    and (token.text[:1].isupper() or ")" in gap):
                return None, True, after  # "Congress President", "French President", "(SP) President"
        if after + 1 < len(tokens) and self.keys[after] == "of" and self.starts[after] < sentence.end:
            following_index = after + 1
            if self.keys[following_index] == "the" and following_index + 1 < len(tokens):
                following_index += 1
            following = self.ctx.by_first.get(following_index)
            if following is not None and following.refs("country"):
                return following.refs("country")[0], False, following.last
            if self.texts[following_index][:1].isupper() and not self._known(following):
                return None, True, after
        return None, False, after

    def marker(self, mention: Mention, sentence: Sentence) -> str:
        """"former" or "then" when such a word stands next to the title
        (a country qualifier may stand between: "former Indian Prime Minister")."""
        first = self.ctx.first_token(sentence)
        index = mention.first - 1
        shared = False
        while index >= first:
            before = self.ctx.by_last.get(index)
            if before is not None and any(t.kind in MARKER_KINDS for t in before.targets):
                if self._before_or_ago(before.first, first):
                    return ""
                return next(t.kind for t in before.targets if t.kind in MARKER_KINDS)
            if before is None and index == mention.first - 1 and (
                    self.texts[index] in NEW or self.texts[index] == "New" and index == first) and \
                    self.keys[index + 1] not in self.knowledge.place_words:  # not "New Delhi LG X"
                return "future"  # "Rajasthan's new Governor X", "नए थलसेना प्रमुख X": perhaps not yet
            if before is not None and before.refs("country"):
                index = before.first - 1
            elif before is None and self.keys[index] in {"s", "union", "the", "केंद्रीय", "केन्द्रीय"}:
                index -= 1
            elif before is None and self.keys[index] in COORDINATORS and not shared:
                # "former Home and Finance Minister X", "पूर्व गृह और वित्त मंत्री X": one head for two
                # portfolios, whose marker stands before the first
                portfolio = index - 1
                while portfolio >= max(first, index - SHARED_HEAD_WORDS) and \
                        self.ctx.by_last.get(portfolio) is None and self.texts[portfolio][:1].isalpha() and \
                        (self.texts[portfolio][:1].isupper() or not self.texts[portfolio].isascii()):
                    portfolio -= 1
                if portfolio == index - 1:
                    break
                index, shared = portfolio, True
            else:
                break
        return ""

    def _before_or_ago(self, index: int, first: int) -> bool:
        """Is the Hindi पूर्व/पहले at index "before"/"ago", not "former":
        "तीन दिन पूर्व", "इससे पूर्व", "कुछ समय पहले"?"""
        if self.keys[index] not in AGO_WORDS or index - 1 < first:
            return False
        if self.keys[index - 1] in {"दिन", "समय"} and index - 2 >= first and \
                self.keys[index - 2] in THAT_TIME:
            return False  # "उसी दिन पूर्व प्रधानमंत्री", "सोमवार के दिन पूर्व ...": that day, the former
        if self.keys[index - 1] in {"दिनों", "सालों", "वर्षों", "महीनों", "हफ्तों", "दिन", "समय"} and \
                index - 2 >= first and self.keys[index - 2] in LATELY:
            return False  # "बीते दिनों पूर्व वित्त मंत्री": lately, the former
        return self.keys[index - 1] in BEFORE_WHAT

    def organisation_post(self, mention: Mention, sentence: Sentence) -> bool:
        """Is a title whose head organisations share (president, अध्यक्ष) an
        organisation's post here: "BJP national president", "DMK working
        president", "the party's president", "its president", or a lowercase
        "president" in a sentence (or after one) that names an organisation?"""
        knowledge, tokens = self.knowledge, self.tokens
        keys = tuple(self.keys[mention.first:mention.last])
        heads = [head for head in knowledge.organisation_heads if keys[-len(head):] == head]
        if not heads:
            return False
        bare = len(keys) == max(len(head) for head in heads)  # "अध्यक्ष", not "लोकसभा अध्यक्ष"
        index = self._skip_markers(mention.first - 1)
        first = self.ctx.first_token(sentence)
        if index >= first:
            word = tokens[index]
            if (word.key,) in knowledge.organisation_posts or word.key in POSSESSIVES:
                return True
            if word.key == "s" and index - 1 >= first and self.keys[index - 1] in {"party", "board"}:
                return True
        if not mention.text.isascii():
            return bare  # अध्यक्ष without a qualifier of its own: a party's, a board's
        if mention.text[:1].islower():
            index = self.ctx.sentence_index(sentence)
            start = self.ctx.sentences[index - 1].start if index > 0 else sentence.start
            return self._names_organisation(start, mention.start)
        return False

    def _names_organisation(self, start: int, end: int) -> bool:
        """An organisation named between the offsets: an acronym the packs do
        not know (BJP, BCCI), or a capitalised organisation word (Party, Board)."""
        tokens = self.tokens
        index = bisect.bisect_left(self.starts, start)
        while index < len(tokens) and self.starts[index] < end:
            token = tokens[index]
            text = token.text
            if (text.isascii() and text.isupper() and 2 <= len(text) <= 7 and text.isalpha()
                    and not self._known(self.ctx.by_first.get(index))):
                return True
            if text[:1].isupper() and (token.key,) in self.knowledge.organisation_words:
                return True
            index += 1
        return False

    def past_construction(self, mention: Mention, person: Mention, sentence: Sentence) -> bool:
        """Does the title with its name stand where the claim is about some
        time before the article's ("appointed by President X", "under X",
        "As Defence Minister, X ...", "at the time", "X then ...", "X द्वारा",
        "X के कार्यकाल में")?"""
        tokens = self.tokens
        first = self.ctx.first_token(sentence)
        index = self._skip_markers(min(mention.first, person.first) - 1)
        while index >= first and self.keys[index] in {"the", "then", "late"}:
            index -= 1
        if index >= first and self.keys[index] in PAST_BEFORE:
            return True
        if index >= first and (self.keys[index] in REPLACED or (
                index - 1 >= first and ((self.keys[index] == "from" and self.keys[index - 1] in TOOK_OVER)
                                        or (self.keys[index] in {"to", "of"}
                                            and self.keys[index - 1] in SUCCESSOR)))):
            return True  # "who replaced Chief Minister X", "took over from X", "the successor to X"
        if self._ranked(mention, first):
            return True  # "India's first woman Prime Minister X", "The 14th Prime Minister, X"
        if person.start < mention.start and LOOKING_BACK.search(
                self.text, max(sentence.start, person.start - LOOKING_BACK_REACH), person.start):
            return True  # "Looking back at X, the finance minister", "Remembering X, the President"
        if index - 1 >= first and self.keys[index] == "was" and self.keys[index - 1] == "it":
            return True  # "It was Defence Minister X who signed it in 2018": a cleft, of the past
        if self._told_as_past(mention, person, sentence):
            return True  # "Sarma had quit after falling out with Chief Minister X", "X once tweeted"
        if POSSESSED_YEAR.match(self.text, person.end):
            return True  # "Defence Minister X's 2018 visit": the year's title, or today's
        if THAT_TIME_SAID.search(self.text, sentence.start, sentence.end) or \
                THEN_OPENS.match(self.text, sentence.start, sentence.end):
            return True  # "At the time, Defence Minister X signed it", "उस समय प्रधानमंत्री X ने"
        if WHEN_IN_THE_PAST.match(self.text, sentence.start, sentence.end) or \
                AFTER_AN_EVENT.match(self.text, sentence.start, sentence.end):
            return True  # "When Narasimha Rao took over that summer, his Finance Minister, X, ..."
        if self._past_range_in(sentence):
            return True  # "2014-19 के दौरान विदेश मंत्री X ने ...": some time in a span gone by
        if index >= first and self.keys[index] in ROLE_BEFORE and mention.first < person.first and \
                self.text[self.ends[mention.last - 1] : person.start].strip().startswith(","):
            return True
        if index - 1 >= first and self.keys[index] == "by" and self.keys[index - 1] in APPOINTED:
            return True
        after = max(mention.last, person.last)
        following = [t.key for t in tokens[after:after + 3] if t.start < sentence.end]
        if following[:1] == ["then"] or following[:2] in (["before", "him"], ["before", "her"],
                                                          ["before", "them"]):
            return True  # "X then rejected the offer", "Like Prime Minister X before him, ..."
        if YEARS_IN_BRACKETS.match(self.text, person.end) or YEARS_IN_BRACKETS.match(self.text, mention.end):
            return True  # "रक्षा मंत्री मनोहर पर्रिकर (2014-17) ने ...", "X, Home Minister (2014-19)"
        if HELD_UNTIL.match(self.text, mention.end):
            return True  # "X, the Chief Minister before the election", "Health Minister for most of ..."
        if following[:1] == ["ने"] and self._past_perfect(after + 1, sentence):
            return True  # "गृह मंत्री राजनाथ सिंह ने ... की थी", "... ने कहा था कि ...": a past perfect
        if following[:1] and following[0] in {"के", "की", "का"} and self._ends_in_the_past(sentence):
            return True  # "(2004 से 2008 तक) प्रधानमंत्री X के मीडिया सलाहकार रहे थे": X's then
        if following[:1] != ["ने"] and self._clause_ends_in_the_past(person, sentence):
            return True  # "विदेश मंत्री X हिंदी में भाषण देती थीं", "X चीन की यात्रा पर गए थे": a time gone by
        if following[:1] and following[0] in {"ही", "भी"}:
            following = following[1:]  # "उस समय वित्त मंत्री X ही थे"
        if following and (following[0] in PAST_AFTER or (following[0] in {"के", "की"} and len(
                following) > 1 and following[1] in PAST_AFTER)):
            return True
        if following and following[0] == "द्वारा":
            agent_of = [t.key for t in tokens[after + 1:after + 1 + LEAVING_REACH] if t.start < sentence.end]
            if any(key.startswith(APPOINTED_HI) for key in agent_of):
                return True
        if self._owned_by_one_gone(mention, sentence):
            return True  # "Narasimha Rao's Finance Minister, X", "वाजपेयी के वित्त मंत्री X"
        if self._in_a_past_government(after, person, sentence):
            return True  # "Manmohan Singh, Finance Minister in the P.V. Narasimha Rao government"
        # "Governor X of Y has resigned", "X quit as Defence Minister", "X ने इस्तीफा दे दिया":
        # the title is about the time before that event.
        rest = [t.key for t in tokens[after:after + LEAVING_REACH] if t.start < sentence.end]
        return any(key in LEAVING or key.startswith(LEAVING_HI) for key in rest)

    def _given_up(self, mention: Mention, sentence: Sentence) -> bool:
        """Is the title said to be given up by the time of its clause ("Having quit as
        Defence Minister, X ...", "after his stint as Chief Minister")?"""
        first = self.ctx.first_token(sentence)
        index = self._skip_markers(mention.first - 1)
        if index - 1 >= first and self.keys[index - 1 : index + 1] == ["no", "longer"]:
            return True  # "No longer Chief Minister of Assam, Sonowal was sworn in ... on Wednesday"
        if index < first or self.keys[index] != "as":
            return False
        window = self.keys[max(first, index - LEFT_REACH) : index]
        for at, key in enumerate(window):
            if key in LEFT_ROLE or (key == "down" and at > 0 and window[at - 1] in STEPPED):
                return True
            if key in ROLE_GONE and any(word in AFTER_WORDS for word in window[:at]):
                return True
        return False

    def _counted_since(self, mention: Mention, person: Mention, sentence: Sentence) -> bool:
        """Is the claim in a clause a span of time is counted from ("five years since Finance
        Minister X presented ...", "X के बजट पेश किए पांच साल पूरे")?"""
        start, end = min(mention.start, person.start), max(mention.end, person.end)
        if SPAN_SINCE.search(self.text, sentence.start, start):
            return True
        after = max(mention.last, person.last)
        return after < len(self.keys) and self.keys[after] in OWNED_BY and \
            HINDI_SPAN_SINCE.match(self.text, end, sentence.end) is not None

    def _in_a_past_government(self, after: int, person: Mention, sentence: Sentence) -> bool:
        """Is the title said to be in the government of someone who holds no
        office the packs know at the article's time ("Finance Minister in the
        P.V. Narasimha Rao government", "वाजपेयी सरकार में वित्त मंत्री")? Then
        it is about that government's time, gone by."""
        first = self.ctx.first_token(sentence)
        reach = range(max(first, after - GOVERNMENT_REACH), min(len(self.keys), after + GOVERNMENT_REACH))
        for index in reach:
            if self.keys[index] not in GOVERNMENT_WORDS or self.starts[index] >= sentence.end:
                continue
            if any(key in GONE_BY for key in self.keys[max(first, index - 3) : index]):
                return True  # "Defence Minister in the previous government", "पिछली सरकार में"
            if self._dated_gone_by(index, sentence):
                return True  # "the Modi government of 2014-19", "2014 से 2019 तक चली सरकार में"
            head = self.ctx.by_last.get(index - 1) or self.ctx.by_last.get(index - 2)
            if head is None:
                if self._unknown_name_before(index, max(first, after)):
                    return True  # "the P.V. Narasimha Rao government": a head the packs do not know
                continue
            if head.start == person.start or not head.refs("person"):
                continue
            if not self._holds_now(head):
                return True
        return False

    def _told_as_past(self, mention: Mention, person: Mention, sentence: Sentence) -> bool:
        """Is the clause a memory or in the past perfect (before any verb of saying),
        or does "once" stand by the name ("X once tweeted", "once Defence Minister X")?"""
        named_start, named_end = min(mention.start, person.start), max(mention.end, person.end)
        if RECALLING.search(self.text, sentence.start, named_start):
            return True
        recalled = RECALLING.search(self.text, named_end, sentence.end)
        if recalled is not None and self._someone_between(named_end, recalled.start()):
            return True  # "Chief Minister A had promised it, Chief Minister B recalled"
        if PAST_EVENT.search(self.text, sentence.start, sentence.end):
            return True  # "During the Doklam standoff, Foreign Secretary X briefed ..."
        if NOW_ANOTHER.match(self.text, person.end):
            return True  # "Foreign Secretary X, now the External Affairs Minister, ..."
        start, end = self.ctx.timeline.clause_around(person.start, sentence)
        perfect = PAST_PERFECT.search(self.text, start, end)
        if HELD_FOR_YEARS.search(self.text, start, end) and not NOT_PAST.search(self.text, start, end):
            return True  # "Chief Minister X ruled Manipur for fifteen years"
        if perfect is not None and SAYING.search(self.text, start, perfect.start()) is None and not (
                perfect.start() >= named_end
                and OWN_VERB_GAP.fullmatch(self.text, named_end, perfect.start())):
            return True  # (but "Defence Minister X had warned ...", news's "had" for a recent past)
        after = max(mention.last, person.last)
        near = self.keys[after : after + 2] + self.keys[max(0, min(mention.first, person.first) - 2) :
                                                        min(mention.first, person.first)]
        return "once" in near and not {"again", "more", "at"} & set(near)

    def _someone_between(self, start: int, end: int) -> bool:
        """Is a person named between the two offsets (the one who recalls, not the titled one)?"""
        by_first = self.ctx.by_first
        return any((m := by_first.get(index)) is not None and m.end <= end and bool(m.refs("person"))
                   for index in range(self.tokens.at(start), self.tokens.at(end)))

    def _now_against(self, expr: DateExpr, person: Mention, sentence: Sentence) -> bool:
        """Does the name's clause say "now" ("आज", "अब", "इस बार", "currently") while
        the date that would date it stands in another clause ("2014 में A थे, मगर आज B हैं")?"""
        start, end = self.ctx.timeline.clause_around(person.start, sentence)
        if not start <= expr.start < end and NOW_WORDS.search(self.text, start, end) is not None:
            return True
        # "2015 में A थे और अब B हैं": "now" between the date and the name, in one clause
        return expr.end <= person.start and NOW_WORDS.search(self.text, expr.end, person.start) is not None

    def _ranked(self, mention: Mention, first: int) -> bool:
        """Does a rank among the office's holders stand a few words before the
        title, in the same phrase (no punctuation but a hyphen between)?"""
        index = mention.first - 1
        while index >= max(first, mention.first - RANK_REACH):
            if self.text[self.ends[index] : self.starts[index + 1]].strip(" -\t'’"):
                return False
            if RANK_WORD.fullmatch(self.keys[index]) or self._terms_counted(index, first):
                return True
            if self.keys[index] not in RANK_QUALIFIERS and not self.texts[index][:1].isupper():
                return False
            index -= 1
        return False

    def _death_told(self, mention: Mention, person: Mention, sentence: Sentence) -> bool:
        """Does the sentence tell the titled person's death: a death word within
        a few words after the name ("X died", "X passed away", "X का निधन") or
        before the title ("the death of former President X")? An obituary gives
        a life's title, held at some time, not on the day of the death."""
        end = min(len(self.keys), person.last + DEATH_REACH)
        for index in range(person.last, end):
            if self.starts[index] >= sentence.end:
                break
            key = self.keys[index]
            if key in DEATH_WORDS or (key == "passed" and self.keys[index + 1 : index + 2] == ["away"]):
                return True
            if not (key in DEATH_GAP or key.isdigit() or self._in_a_date(index)):
                break  # "X met the soldiers who died", "X called Y's demise a loss": another's death
        opening = min(mention.first, person.first)
        start = max(self.ctx.first_token(sentence), opening - DEATH_REACH)
        return any(self.keys[index] in DEATH_BEFORE for index in range(start, opening))

    @functools.cached_property
    def _date_spans(self) -> tuple[list[int], list[int]]:
        """The starts and ends of the article's dates, in text order."""
        spans = sorted((d.start, d.end) for d in self.ctx.dates)
        return [start for start, _ in spans], [end for _, end in spans]

    def _in_a_date(self, index: int) -> bool:
        starts, ends = self._date_spans
        at = bisect.bisect_right(starts, self.starts[index]) - 1
        return at >= 0 and self.starts[index] < ends[at]

    def _terms_counted(self, index: int, first: int) -> bool:
        """Does token `index` end a count of terms: "three-time", "two-term",
        "twice", "दो बार (के)"? A count of terms held tells a record, as a rank does."""
        key = self.keys[index]
        if key in TWICE:
            return True
        if index - 1 < first:
            return False
        count = self.keys[index - 1]
        return (key in TERM_NOUNS and (count in COUNTS or count.isdigit())) or \
            (key == "बार" and (count in HINDI_COUNTS or count in COUNTS or count.isdigit()))

    def _dated_gone_by(self, index: int, sentence: Sentence) -> bool:
        """Does a year or a span of years that ended before the article's time
        stand within a few words of token `index` (a government's word)?"""
        written = self.ctx.article.date
        if written is None:
            return False
        near_start = self.starts[max(self.ctx.first_token(sentence), index - 4)]
        near_end = self.ends[min(len(self.ends) - 1, index + 4)]
        return any(
            d.value is not None and near_start <= d.start < near_end and d.end <= sentence.end and (
                d.kind == "range" and d.value.first.year < written.year
                or d.kind == "year" and d.value.last < written)
            for d in self.ctx.dates)

    def _holds_now(self, head: Mention) -> bool:
        """Does the person named hold an office the packs know at the article's time?"""
        now = self.ctx.timeline.time_of_article()
        return now is not None and now.value is not None and any(
            t.overlaps(now.value) for ref in head.refs("person")
            for t in self.knowledge.tenures_by_person.get(ref, ()))

    def _holds_nothing_now(self, head: Mention) -> bool:
        """Is the article's time known, and does the person named hold no office then?"""
        now = self.ctx.timeline.time_of_article()
        return now is not None and now.value is not None and not self._holds_now(head)

    def _owned_by_one_gone(self, mention: Mention, sentence: Sentence) -> bool:
        """Is the title someone's who holds no office now ("Narasimha Rao's
        Finance Minister", "वाजपेयी के वित्त मंत्री", "वाजपेयी ने अपने वित्त मंत्री")?
        Then it is of that person's time in office, gone by."""
        first = self.ctx.first_token(sentence)
        index = mention.first - 1
        if index - 1 < first:
            return False
        key, gap = self.keys[index], self.text[self.ends[index - 1] : self.starts[index]]
        if key == "s" and gap in {"'", "’"}:  # English: "Rao's Finance Minister"
            head = self.ctx.by_last.get(index - 1)
            if head is None:
                return self._unknown_name_before(index, first, least=1)
            return bool(head.refs("person")) and self._holds_nothing_now(head)
        if key in {"के", "की", "का"}:  # "वाजपेयी के वित्त मंत्री"
            head = self.ctx.by_last.get(index - 1)
            return head is not None and bool(head.refs("person")) and self._holds_nothing_now(head)
        if key in {"अपने", "अपनी", "अपना"}:  # "वाजपेयी ने ... अपने वित्त मंत्री"
            agent = next((i for i in range(index - 1, first, -1) if self.keys[i] == "ने"), None)
            head = self.ctx.by_last.get(agent - 1) if agent is not None else None
            return head is not None and bool(head.refs("person")) and self._holds_nothing_now(head)
        return False

    def _unknown_name_before(self, index: int, first: int, least: int = 2) -> bool:
        """Do `least` or more capitalised Latin words (up to four), none a place
        the packs or the lexicon know, stand right before token `index` (a
        person's name)?"""
        start = index
        while start > first and start > index - 4 and self.texts[start - 1][:1].isupper() and \
                self.texts[start - 1].isascii() and self.keys[start - 1] not in self.knowledge.place_words:
            start -= 1
        return index - start >= least and self.ctx.by_first.get(start) is None

    # --- the name -------------------------------------------------------------

    def next_person(self, after: int, sentence: Sentence) -> Mention | None:
        return self.ctx.person_at(after, sentence, self._title_gap)

    def _title_gap(self, previous: Token, token: Token, skipped: int) -> bool:
        """Between a title and its name: a space or a comma; a full stop only
        after an abbreviated honorific (Dr., Sr Lt Gen.)."""
        raw = self.text[previous.end : token.start]
        if "\n" in raw and not skipped:
            return False  # "as Governor of Karnataka\nP.S. Sreedharan Pillai ...": a list's lines
        gap = raw.strip()
        return gap in {"", ","} or (gap in {".", ".,"} and bool(skipped) and len(previous.text) <= 4)

    def _name_follows(self, after: int, sentence: Sentence) -> bool:
        """Does a name seem to follow the title (an honorific, or a capitalised
        word), so that the title is not in apposition to a name before it?"""
        if after >= len(self.tokens) or self.starts[after] >= sentence.end:
            return False
        bracketed = BRACKETED_SHORT.match(self.text, self.ends[after - 1])
        if bracketed is not None:  # "Chief of Defence Staff (CDS) General B": the title's short form
            after = bisect.bisect_left(self.starts, bracketed.end())
            if after >= len(self.tokens) or self.starts[after] >= sentence.end:
                return False
        gap = self.text[self.ends[after - 1] : self.starts[after]].strip()
        if gap not in {"", ","} and not (bracketed is not None and gap == ")"):
            return False
        following = self.ctx.by_first.get(after)
        if following is not None and any(t.kind == "honorific" for t in following.targets):
            return True
        word = self.texts[after]
        if "\u0900" <= word[:1] <= "\u097f":
            return not gap and self.keys[after] not in HINDI_AFTER_APPOSED_TITLE
        return word.isascii() and word[:1].isupper()

    def _verb_follows(self, after: int, sentence: Sentence) -> bool:
        """Does a lowercase Latin word that cannot carry on a title follow it
        with nothing but a space between, so that the title is its verb's subject?"""
        if after >= len(self.tokens) or self.starts[after] >= sentence.end:
            return False
        word = self.texts[after]
        return word.isascii() and word.islower() and word not in APPOSITION_GOES_ON and \
            not self.text[self.ends[after - 1] : self.starts[after]].strip()

    def apposed_person(self, mention: Mention, title_end: int, sentence: Sentence) -> Mention | None:
        """The person a title follows in apposition: "Rajnath Singh, India's
        Defence Minister", "Narendra Modi, the Prime Minister"."""
        if self._name_follows(title_end, sentence):
            return None  # "A, Maharashtra CM Shri B": the title is B's
        if self._joined_to_a_titled_name(title_end, sentence):
            return None  # "A, Vice-President and Rajya Sabha Chairman B": both titles are B's
        if POSSESSIVE.match(self.text, mention.end):
            return None  # "A, the President's secretary": the title is someone else's, A works for them
        index = mention.first - 1
        while index >= 0 and self.starts[index] >= sentence.start:
            before = self.ctx.by_last.get(index)
            if before and (before.refs("country") or any(t.kind in MARKER_KINDS for t in before.targets)):
                index = before.first - 1
            elif before is None and self.keys[index] in APPOSITION_WORDS:
                index -= 1
            else:
                break
        if index < mention.first - 1 and self._verb_follows(title_end, sentence):
            return None  # "The Prime Minister was A, the Defence Minister was B" (PIB's bare
            # "A, Minister of External Affairs commented" is A's)
        person = self.ctx.by_last.get(index)
        if person is None or person.start < sentence.start or not person.refs("person"):
            return None
        after = self.starts[index + 1] if index + 1 < len(self.tokens) else person.end
        return person if self.text[person.end:after].strip() == "," else None

    def _then_heads_the_list(self, mention: Mention, sentence: Sentence) -> bool:
        """Is the title an item of a list of titled names that "the then" heads:
        nothing but titles, capitalised names, commas, "and" and "of" between
        (in Devanagari, known names and titles only, with और, के)?"""
        first = self.ctx.first_token(sentence)
        index = mention.first - 1
        crossed = False  # a comma or coordinator: the title is not the then-title's own
        while index >= first and mention.first - index <= LIST_REACH:
            if self.text[self.ends[index] : self.starts[index + 1]].strip() == ",":
                crossed = True
            before = self.ctx.by_last.get(index)
            if before is not None:
                if any(t.kind == "then" for t in before.targets):
                    return crossed
                index = before.first - 1
                continue
            key, word = self.keys[index], self.texts[index]
            if key in COORDINATORS:
                crossed = True
            elif not (key in LIST_LINKS or (word.isascii() and word[:1].isupper())):
                return False
            index -= 1
        return False

    def _a_role_before(self, mention: Mention, sentence: Sentence) -> bool:
        """Does "as" stand before the title, across a place or "the"/"his": a role
        said of the clause's subject ("A takes oath as Bihar CM"), not a title
        for the name after it?"""
        index = mention.first - 1
        first = self.ctx.first_token(sentence)
        while index >= first:
            before = self.ctx.by_last.get(index)
            if before is not None and (before.refs("country") or before.refs("place")):
                index = before.first - 1
            elif before is None and self.keys[index] in APPOSITION_WORDS | POSSESSIVES:
                index -= 1
            else:
                break
        return index > first and self.keys[index] in ROLE_BEFORE and any(
            self.ctx.by_last.get(at) is not None and self.ctx.by_last[at].refs("person")
            for at in range(first, index))  # "As Urban Development Minister, A took oath": A's

    def _joined_to_a_titled_name(self, after: int, sentence: Sentence) -> bool:
        """Does a coordinator follow the title, then, within a few words and no
        punctuation, a person's name: "Vice-President and Rajya Sabha Chairman
        M Venkaiah Naidu", "उपराष्ट्रपति और राज्यसभा के सभापति वेंकैया नायडू"? The
        titles are joined, and the name after them holds both. A name the packs
        do not know shows in a run of JOINED_CAPITALS capitalised words ("and
        Rajya Sabha Chairman Hamid Ansari"), longer than a title alone."""
        if after >= len(self.tokens) or self.keys[after] not in COORDINATORS:
            return False
        capitals = 0
        index, stop = after + 1, min(len(self.tokens), after + 1 + JOINED_TITLE_WORDS)
        while index < stop:
            if self.starts[index] >= sentence.end or \
                    self.text[self.ends[index - 1] : self.starts[index]].strip():
                return False
            following = self.ctx.by_first.get(index)
            if following is not None and following.refs("person"):
                return True
            word = self.texts[index]
            if following is not None:
                # a known name or title, in any case: "BJP president Amit Shah"
                capitals += sum(1 for w in self.texts[index : following.last] if w[:1].isupper())
                index = following.last
                continue
            index += 1
            if "\u0900" <= word[:1] <= "\u097f":
                continue  # no capitals: only a known name says where the title ends
            if not (word.isascii() and word[:1].isupper()):
                return False
            capitals += 1
            if capitals >= JOINED_CAPITALS:
                return True
        return False

    def _of_a_body(self, person: Mention) -> bool:
        """Does "of the" and a name other than a country's follow the name, so
        that the title is that body's ("Chief Justice X of the Delhi High
        Court", "Chairman X of the Board")?"""
        found = OF_THE.match(self.text, person.end)
        if found is None:
            return False
        index = bisect.bisect_left(self.starts, found.start(1))
        following = self.ctx.by_first.get(index)
        return following is None or not following.refs("country")

    def _past_range_in(self, sentence: Sentence) -> bool:
        """Does the sentence say "in" or "during" a span of years that began
        before the article's date ("during 2014-16", "2014-19 के दौरान")? A
        claim in it may be about any time of the span. (A span a noun has,
        "the Joint Vision Statement of 2015-20", dates nothing.)"""
        written = self.ctx.article.date
        if written is None:
            return False
        for found in YEARS_SPANNED.finditer(self.text, sentence.start, sentence.end):
            if int(fold(found.group(1) or found.group(2))) < written.year:
                return True  # "2017 से 2019 तक रक्षा मंत्री X ने ...", "Between 2017 and 2019, ..."
        for d in self.ctx.dates:
            if d.kind != "range" or d.value is None or d.value.first >= written \
                    or not sentence.start <= d.start < sentence.end:
                continue
            first = bisect.bisect_left(self.starts, d.start)
            last = bisect.bisect_left(self.starts, d.end)
            if (first > 0 and self.keys[first - 1] in SPAN_BEFORE) or \
                    tuple(self.keys[last : last + 2]) in SPAN_AFTER or self.keys[last : last + 1] == ["में"]:
                return True
        return False

    def _past_perfect(self, start: int, sentence: Sentence) -> bool:
        """Is the verb of the clause from token `start` on a Hindi past perfect
        (a था, थे, थी or थीं before any कि that opens a reported clause)?"""
        index = start
        while index < len(self.keys) and self.starts[index] < sentence.end:
            key = self.keys[index]
            if key == "कि":
                return False
            if key in WAS:
                return True
            index += 1
        return False

    def _clause_ends_in_the_past(self, person: Mention, sentence: Sentence) -> bool:
        """Does the Hindi clause the name stands in end with a participle and a
        past copula (a habitual or pluperfect past: "देती थीं", "गए थे"; not the
        simple "लेह में थीं", was in Leh)?"""
        _, end = self.ctx.timeline.clause_around(person.start, sentence)
        last = bisect.bisect_left(self.starts, end) - 1
        return last - 1 > person.last - 1 and self.keys[last] in WAS and \
            PARTICIPLE.fullmatch(self.keys[last - 1]) is not None

    def _ends_in_the_past(self, sentence: Sentence) -> bool:
        """Does a Hindi sentence end with a past copula (थे, था, रहे ...)?"""
        last = bisect.bisect_left(self.starts, sentence.end) - 1
        return last >= 0 and self.starts[last] >= sentence.start and self.keys[last] in PAST_COPULAS

    def _coordinated(self, name_end: int, mention: Mention) -> bool:
        """Is the title joined to the name ending before token `name_end` by a
        comma or a coordinator alone ("A and Defence Minister B", "A और रक्षा मंत्री B")?"""
        between = self.keys[name_end : mention.first]
        if len(between) > 1 or (between and between[0] not in COORDINATORS):
            return False
        gaps = self.text[self.ends[name_end - 1] : mention.start].replace(between[0] if between else "", " ")
        return gaps.strip() in {"", ","}

    def _a_governors_title_unplaced(self, mention: Mention, office: str) -> bool:
        """Is the office a governor's or other place's head who is no minister
        (governors move between states), with a title that does not name its
        place, in an article that does not name it either?"""
        reading = self.knowledge.readings.get(office)
        if reading is None or reading.jurisdiction is None or _a_state_ministers(reading) or \
                not self._jurisdiction_unsaid(mention, office):
            return False
        # and the article names not that place (a Delhi story's "Lieutenant Governor" is Delhi's)
        return _place_keys(reading.jurisdiction).isdisjoint(self.article_keys)

    def _jurisdiction_unsaid(self, mention: Mention, office: str) -> bool:
        """Is the office one of a state's or other place's, whose title here does
        not name that place (a bare "Deputy Chief Minister"), or names it only
        across a comma ("In Delhi, Chief Minister")?"""
        reading = self.knowledge.readings.get(office)
        if reading is None or reading.jurisdiction is None:
            return False
        return "," in mention.text or _place_keys(reading.jurisdiction).isdisjoint(
            self.keys[mention.first : mention.last])

    def _titled_as_of_writing(self, person: str, office: str, time: ClaimTime, mention: Mention,
                              sentence: Sentence) -> bool:
        """Is the title the one the person holds when the article is written, in
        a sentence about an earlier time that names the office they held then
        ("प्रधानमंत्री मोदी ने गुजरात के मुख्यमंत्री रहते हुए 31 अक्टूबर 2013 को ...",
        "Prime Minister Modi, then Gujarat's chief minister, laid it in 2013")?
        Then the title is about the time of writing."""
        knowledge, now = self.knowledge, self.ctx.timeline.time_of_article()
        then = time.value
        if now is None or now.value is None or then is None or then.last >= now.value.first or \
                not knowledge.held_near(person, office, now.value):
            return False
        around = then.widened(HANDOVER_MARGIN)
        held_then = sorted({t.office for t in knowledge.tenures_by_person.get(person, ())
                            if t.office != office and t.overlaps(around)})
        language = self.ctx.article.language
        for other in held_then:
            detail = knowledge.title_words(other, language)[1] | knowledge.title_words(other, "en")[1]
            forms = knowledge.title_forms.get(other, {})
            # Hindi copy writes titles in Latin letters too: "बतौर Gujarat CM"
            for form in [*forms.get(language, []), *(forms.get("en", []) if language != "en" else [])]:
                if detail and detail.isdisjoint(name_key(form)):
                    continue  # a bare "Chief Minister" may be anyone's: only "Gujarat CM" says whose
                pattern = rf"(?<![\p{{L}}\p{{M}}]){regex.escape(form)}(?![\p{{L}}\p{{M}}])"
                for found in regex.finditer(pattern, self.text[: sentence.end], regex.IGNORECASE,
                                            pos=sentence.start):
                    after = self.ctx.by_first.get(self.tokens.at(found.end()))
                    if mention.start <= found.start() < mention.end or (
                            after is not None and after.start - found.end() <= 1 and after.refs("person")):
                        continue  # the title itself, or another person's title ("Gujarat CM Anandiben")
                    return True
        return False

    def _says_union(self, mention: Mention) -> bool:
        """Does the title say it is the national government's ("Union Minister
        for Tribal Affairs", "केंद्रीय वित्त मंत्री")?"""
        words = self.union_words
        return any(key in words for key in self.keys[max(0, mention.first - 1) : mention.last])

    @functools.cached_property
    def union_words(self) -> frozenset[str]:
        return frozenset(key for words in self.knowledge.titles.union.values() for word in words
                         for key in name_key(word))

    def _a_states_portfolio(self, person: str, office: str) -> bool:
        """Is the office a national minister's portfolio (Finance Minister), the
        person known only in a state's or other place's offices (a chief
        minister), and that place named in the article? A state cabinet has its
        finance minister too: the title may be the state's."""
        knowledge = self.knowledge
        reading = knowledge.readings.get(office)
        if reading is None or reading.portfolio is None or reading.jurisdiction is not None:
            return False
        places: set[str] = set()
        for held in {t.office for t in knowledge.tenures_by_person.get(person, ())}:
            own = knowledge.readings.get(held)
            if (own is None and "Minister" in knowledge.office_label(held)) or (
                    own is not None and not _a_state_ministers(own) and own.head.label.endswith("Minister")):
                return False  # a national minister's office: the title is likely the nation's
            if own is not None and own.jurisdiction is not None and _a_state_ministers(own):
                places |= _place_keys(own.jurisdiction)
            # an office of no cabinet (a governor's, a service chief's) says nothing of it: a
            # namesake's, perhaps ("Sandeep Singh", a Vice Chief of the Air Staff)
        if not places:
            # known in no office: a state's minister in a story datelined in a state's city
            # that names a state's chief minister or minister ("CHANDIGARH: ... Finance Minister
            # Manpreet Singh Badal"); not in a digest of every state or a Delhi story
            return self.state_story
        # and the article names that state (a Chennai story of Tamil Nadu's cabinet)
        return not places.isdisjoint(self.article_keys)

    @functools.cached_property
    def state_story(self) -> bool:
        """Does the article name a state's chief minister or minister by title,
        and is it datelined in a city other than Delhi, or does it speak of "the
        state government" with one state's ministers only ("Haryana chief
        minister X ... the priority of the state government ... Sports Minister
        Y was also present"; not a digest of many states)?"""
        text, begin = self.text, self.ctx.article.body_start
        readings = self.knowledge.readings
        dateline = STATE_DATELINE.search(text, begin, begin + DATELINE_REACH)
        if dateline is not None and fold(dateline.group(1).strip()) not in CAPITAL_DATELINES:
            return any(target.kind == "office" and (r := readings.get(target.ref)) is not None
                       and _a_state_ministers(r)
                       for mention in self.ctx.mentions for target in mention.targets)
        if STATE_GOVERNMENT.search(text, begin) is None:
            return False
        places = {str(r.jurisdiction.label) for mention in self.ctx.mentions
                  if len(offices := mention.refs("office")) == 1
                  and (r := readings.get(offices[0])) is not None
                  and _a_state_ministers(r) and r.jurisdiction is not None}  # a title naming its place
        return len(places) == 1

    def said_of_one_before(self, mention: Mention, sentence: Sentence) -> bool:
        """Is the title said of a person named just before it: "A, Defence
        Minister, B, Home Minister", "A is Defence Minister, B gets Finance",
        "A को रक्षा मंत्री, B को विदेश मंत्री"? (Not "Modi's Defence Minister":
        a possessive names whom the title serves.)"""
        index = mention.first - 1
        first = self.ctx.first_token(sentence)
        while index >= first:
            gap = self.text[self.ends[index] : self.starts[index + 1]].strip()
            before = self.ctx.by_last.get(index)
            if gap and not (gap in {"'", "’"} and self.keys[index] == "hon"):  # Hon'ble
                return gap == "," and before is not None and bool(before.refs("person"))
            if before is not None and before.refs("person"):
                return not POSSESSIVE.match(self.text, before.end)
            if before is not None and (before.refs("country") or
                                       any(t.kind in MARKER_KINDS for t in before.targets)
                                       or all(t.kind == "honorific" for t in before.targets)):
                index = before.first - 1  # "A, the Honourable Prime Minister, B": honouring A
            elif before is None and (self.keys[index] in SAID_OF_BEFORE or self.keys[index] == "the"
                                     or self.keys[index] in HONOURING):
                index -= 1
            elif before is None and self.keys[index] in PRONOUNS and index + 1 < mention.first and \
                    self.keys[index + 1] in SAID_OF_BEFORE:
                return True  # "When I was Foreign Secretary, Sushma Swaraj was my minister"
            elif before is None and self.keys[index] == "बार" and index > first and \
                    TIMES_COUNTED.fullmatch(self.keys[index - 1]):
                index -= 2
            else:
                return False
        return False

    # --- the office -------------------------------------------------------------

    def resolve(self, candidates: tuple[str, ...], person: str, time: TimeValue | None,
                marker: str) -> str | None:
        knowledge = self.knowledge
        if len(candidates) == 1:
            return candidates[0]
        if marker == "former" and time:
            held = [c for c in candidates if knowledge.held_by(person, c, time)]
        else:
            held = [c for c in candidates if knowledge.held(person, c, time)]
        if len(held) == 1:
            return held[0]
        ever = [c for c in candidates if knowledge.tenures(person, c)]
        if len(ever) == 1:
            return ever[0]
        country = knowledge.country_of(person)
        same = [c for c in candidates if knowledge.offices[c].country == country]
        return same[0] if len(same) == 1 else None

    def _owned(self, mention: Mention, offices: list[str]) -> list[str]:
        """The organisations' posts among the title's offices whose organisation
        the title itself names."""
        if not offices:
            return []
        keys = tuple(self.keys[mention.first:mention.last])
        return [o for o in offices if self.knowledge.names_its_organisation(o, keys)]

    def _unit(self, mention: Mention, sentence: Sentence) -> bool:
        """Does a word before an organisation's post make it the post of a unit of
        the organisation: a state's or district's ("Punjab Congress president",
        "प्रदेश भाजपा अध्यक्ष", "जिला कांग्रेस अध्यक्ष") or a wing's ("Youth Congress
        president")?"""
        index = self._skip_markers(mention.first - 1)
        if index < self.ctx.first_token(sentence):
            return False
        token = self.tokens[index]
        if "\n" in self.text[token.end:self.starts[index + 1]]:
            return False
        if (token.key,) in self.knowledge.organisation_posts:
            return True
        before = self.ctx.by_last.get(index)
        if before is not None and (before.refs("country") or before.refs("place")):
            return True
        keys = tuple(self.keys[max(0, index - 2):index + 1])
        if any(keys[k:] in self.knowledge.place_names for k in range(len(keys))):
            return True
        return self.qualifier(mention, sentence)[1]

    def _holds_a_post_so_titled(self, mention: Mention, person: str, time: TimeValue | None) -> bool:
        """Did the person hold, at the time, an organisation's post whose head the
        title is ("Vice President Rahul Gandhi", said of a party's vice president
        in a story about the party)? Then an unqualified title may well mean it."""
        keys = tuple(self.keys[mention.first:mention.last])
        knowledge = self.knowledge
        for tenure in knowledge.tenures_by_person.get(person, ()):
            reading = knowledge.readings.get(tenure.office)
            if reading is None or reading.organisation is None or (
                    time is not None and not tenure.overlaps(time)):
                continue
            head = reading.head
            forms = [n for group in (head.names, head.short) for names in group.values() for n in names]
            if any(keys[-len(form):] == form for f in forms if (form := name_key(f))):
                return True
        return False

    def _another_office_predicated(self, person: Mention, sentence: Sentence) -> bool:
        """Does another office follow the titled name as what the person was ("President
        X was Governor of Y from 2015 to 2021", "Finance Minister X held the Defence
        portfolio between 2017 and 2019", "X served as ambassador to France")?"""
        verb = PREDICATED_OFFICE.match(self.text, person.end)
        if verb is None:
            return self._hindi_office_predicated(person, sentence)
        # the other office right after the verb, a few words in at most: "was an Election
        # Commissioner", "held the Defence portfolio", not "held meetings with Prime Minister X"
        within = PREDICATE_REACH.match(self.text, verb.end())
        end = within.end() if within else verb.end()
        if PORTFOLIO_WORDS.search(self.text, verb.end(), end) is not None:
            return True
        index = bisect.bisect_left(self.starts, verb.end())
        while index < len(self.tokens) and self.starts[index] < end:
            found = self.ctx.by_first.get(index)
            if found is not None and found.refs("office"):
                return True
            index += 1
        return False

    def _hindi_office_predicated(self, person: Mention, sentence: Sentence) -> bool:
        """Is another office what the titled person was, told by a past copula after it ("सेना
        प्रमुख जनरल बिपिन रावत पिछले वर्ष सितंबर से दिसंबर तक उप सेना प्रमुख थे")?"""
        last = min(len(self.keys), person.last + PREDICATE_WORDS)
        for index in range(person.last, last):  # the mentions starting there, not the article's all
            other = self.ctx.by_first.get(index)
            if other is None or other.start >= sentence.end or not other.refs("office"):
                continue
            following = self.keys[other.last : other.last + 2]
            if following[:1] and (following[0] in PAST_COPULAS or following == ["रह", "चुके"]):
                return True
        return False

    def _not_asserted(self, mention: Mention, person: Mention, sentence: Sentence) -> bool:
        """Is the title named, not said to be held: asked ("Prime Minister Rahul
        Gandhi?"), held on a condition ("Modi, Prime Minister if the NDA wins", "If
        elected, President X would ...", "अगर चुनी गईं तो राष्ट्रपति X"), forecast ("President
        X is likely"), supposed ("In a hypothetical scenario, President X would ..."), or
        quoted alone ("chanted slogans hailing 'Prime Minister Narendra Modi'")?"""
        text = self.text
        start, end = min(mention.start, person.start), max(mention.end, person.end)
        if ASKED.match(text, end) or CONDITION_AFTER.match(text, mention.end) or \
                LIKELY_AFTER.match(text, end):
            return True
        if HYPOTHETICAL.search(text, sentence.start, sentence.end) or \
                TAKING_OFFICE_IF.search(text, sentence.start, start):
            return True
        return QUOTE_OPENS.search(text, max(sentence.start, start - 3), start) is not None and \
            QUOTE_CLOSES.match(text, end) is not None

    def _roles(self, offices: list[str]) -> set[str]:
        return {r for o in offices if (r := self.knowledge.offices[o].role)}

    def claims(self) -> list[Claim]:
        knowledge = self.knowledge
        claims: list[Claim] = []
        # The role a "counterpart" takes, from a title earlier in the same sentence:
        # (sentence, roles, the title's offices, its country, the claim's span).
        context: tuple[Sentence, frozenset[str], tuple[str, ...], str | None,
                       tuple[int, int] | None] | None = None
        then_before: tuple[Sentence, int] | None = None  # a then or former claim's sentence, name's end
        role_guessed = False  # the context's title is of a country the packs do not know
        for mention in self.ctx.mentions:
            offices = mention.refs("office")
            is_counterpart = any(t.kind == "counterpart" for t in mention.targets)
            if not offices and not is_counterpart:
                continue
            sentence = self.ctx.sentence_of(mention.start)
            if sentence is None or self.ctx.corrects(sentence):
                continue
            if context is not None and context[0] != sentence:
                context = None
            owned = self._owned(mention, offices)
            if owned and self._unit(mention, sentence):
                continue  # "Punjab Congress president", "प्रदेश भाजपा अध्यक्ष": a unit's post
            if owned:
                # an organisation's post named with it ("BJP President", "Twitter's CEO",
                # "भाजपा अध्यक्ष"): qualified by its own words
                offices, qualifier, unknown, title_end = owned, None, False, mention.last
            else:
                qualifier, unknown, title_end = self.qualifier(mention, sentence)
            post = bool(offices) and not qualifier and not owned and self.organisation_post(mention, sentence)
            if unknown and offices and not post:
                # Another country the packs do not know: its role still gives a
                # counterpart its meaning ("the Russian Foreign Minister met his
                # Indian counterpart X"), but names no country of its own.
                context = (sentence, frozenset(self._roles(offices)), tuple(offices), None, None)
                # "British Foreign Secretary": a secretary is a minister in some countries and a
                # civil servant in others, so the role of its counterpart is a guess
                role_guessed = any((r := knowledge.readings.get(o)) is not None
                                   and r.head.label.endswith("Secretary") for o in offices)
            if unknown or post:
                continue
            depends_on = None
            if offices:
                roles = self._roles(offices)
                candidates_of_title = tuple(offices)
                if qualifier:
                    chosen = [o for o in offices if knowledge.offices[o].country == qualifier]
                    if not chosen:
                        chosen = [o for role in roles for o in knowledge.offices_with_role(role)
                                  if knowledge.offices[o].country == qualifier]
                    offices = sorted(set(chosen))
                elif self.home and not owned:
                    # An unqualified title is the home country's office, never a foreign
                    # office whose title words happen to match.
                    offices = [o for o in offices if knowledge.offices[o].country == self.home]
                if offices:
                    countries = {knowledge.offices[o].country for o in offices}
                    context = (sentence, frozenset(roles), candidates_of_title,
                               next(iter(countries)) if len(countries) == 1 else None, None)
                    role_guessed = False
            else:
                if context is None:
                    continue
                _, role_set, title_offices, role_country, depends_on = context
                if qualifier:
                    offices = [o for o in title_offices if knowledge.offices[o].country == qualifier] or [
                        o for role in sorted(role_set) for o in knowledge.offices_with_role(role)
                        if knowledge.offices[o].country == qualifier]
                elif role_country is None:
                    continue  # whose counterpart is not said: no country to assign
                else:
                    offices = [o for role in sorted(role_set) for o in knowledge.offices_with_role(role)
                               if knowledge.offices[o].country != role_country]
            person_mention = self.next_person(title_end, sentence)
            comma = person_mention is not None and \
                "," in self.text[self.ends[title_end - 1] : person_mention.start]
            if comma and (self.said_of_one_before(mention, sentence)
                          or self._a_role_before(mention, sentence)):
                continue  # "A is Defence Minister, B gets Finance", "A sworn in as Bihar CM, B as
                # his deputy": whose title it is, is a guess
            if person_mention is not None and self._of_a_body(person_mention):
                continue  # "Chief Justice N. V. Ramana of the Delhi High Court": the court's title
            person_mention = person_mention or (
                self.apposed_person(mention, title_end, sentence) if offices else None)
            if not offices or person_mention is None:
                continue
            if self.ctx.reported(min(mention.start, person_mention.start),
                                 max(mention.end, person_mention.end)):
                continue  # a claim the article quotes to refute: "a fake ticker reads 'FM X ...'"
            first = min(mention.first, person_mention.first)
            last = max(mention.last, person_mention.last)
            time = self.ctx.timeline.time_of(first, last, sentence, focus=person_mention.first)
            if time.expr is not None and self._now_against(time.expr, person_mention, sentence):
                time = self.ctx.timeline.time_of_article() or time  # "2014 में A थे, मगर आज B हैं"
            marker = "counterpart" if is_counterpart else self.marker(mention, sentence)
            if not marker and then_before is not None and then_before[0] == sentence and \
                    self._coordinated(then_before[1], mention):
                # "the then Foreign Minister A and Defence Minister B": both then; after "former
                # A and B", whether B is former too is a guess: at some time up to the article
                marker = "then"
            if not marker and self._then_heads_the_list(mention, sentence):
                marker = "then"  # "the then Home Minister A, former Defence Minister B, Finance Minister C"
            if marker == "future" or ELECT.match(self.text, mention.end):
                continue  # "incoming Prime Minister", "President-elect": not held yet
            if self._not_asserted(mention, person_mention, sentence):
                continue  # "Prime Minister Rahul Gandhi?", "Modi, Prime Minister if the NDA wins"
            if mention.first > 0 and (self.keys[mention.first - 1] in HINDI_COUNTS or (
                    self.keys[mention.first - 1].isdigit() and self.keys[mention.first - 1] not in {"0", "1"}
                    and len(self.keys[mention.first - 1]) <= 3
                    and "\u0900" <= self.keys[mention.first][:1] <= "\u097f")) and \
                    "\n" not in self.text[self.tokens.ends[mention.first - 1]:mention.start]:
                continue  # "उत्तराखंड के तीन मुख्यमंत्री X, Y और Z": a plural, of many times (not "2020")
            if mention.first > 0 and self.keys[mention.first - 1] in STATE_BEFORE_TITLE and \
                    "\u0900" <= self.keys[mention.first][:1] <= "\u097f" and \
                    not self.text[self.tokens.ends[mention.first - 1]:mention.start].strip():
                continue  # "राज्य वित्त मंत्री X": a minister of state for finance, or a state's
            own_years = SPAN_AFTER_TITLE.match(self.text, mention.end) \
                if mention.first > person_mention.first else None
            if own_years is not None:
                # "Nirmala Sitharaman, defence minister from 2017 to 2019, defended it": the span's
                time = ClaimTime(TimeValue.years(int(own_years.group(1)), int(own_years.group(2))), "nearby")
            elif time.expr is not None and time.certain and mention.first < person_mention.first and \
                    self._another_office_predicated(person_mention, sentence):
                # "President Droupadi Murmu was Governor of Jharkhand from 2015 to 2021": the span is
                # the other office's; the subject's title is of then or of today, a guess
                time = ClaimTime.nearby(time.expr)
            if is_counterpart and time.expr is not None and time.certain and \
                    self.ctx.timeline.clause_of(time.expr.start) != \
                    self.ctx.timeline.clause_of(person_mention.start):
                # "Abbott, who became Prime Minister last September, held talks with his Indian
                # counterpart X": a date of another clause dates the counterpart only as a guess
                time = ClaimTime.nearby(time.expr)
            own_time = time.from_text and time.certain
            if self._given_up(mention, sentence) or \
                    self._counted_since(mention, person_mention, sentence) or \
                    self._death_told(mention, person_mention, sentence) or (
                    not own_time and self.past_construction(mention, person_mention, sentence)):
                time = time.before()
            candidates = tuple(offices)
            people = person_mention.refs("person")
            holders = [p for p in people if any(knowledge.held(p, c, time.value) for c in candidates)]
            person = (holders or people)[0]
            countries = {knowledge.offices[o].country for o in candidates}
            nationality = knowledge.country_of(person)
            if not (qualifier or owned or is_counterpart) and nationality not in (None, self.home) and \
                    countries == {self.home}:
                # "Prime Minister Nguyen Xuan Phuc" in Indian copy: a foreign national's bare
                # title most likely means their own country's office (still a guess: uncertain)
                theirs = sorted({o for role in self._roles(list(candidates))
                                 for o in knowledge.offices_with_role(role)
                                 if knowledge.offices[o].country == nationality})
                if theirs:
                    candidates, countries = tuple(theirs), {nationality}
            # Unqualified, the title is the home country's; unless the person is another
            # country's, whose office it may well be: a guess either way.
            office_certain = bool(qualifier or owned) or len(countries) == 1 and (
                self.home is None or countries == {self.home}) and (
                nationality in (None, self.home) or countries == {nationality}) and (
                not self._holds_a_post_so_titled(mention, person, time.value))
            if is_counterpart and role_guessed:
                office_certain = False  # a UK Foreign Secretary's counterpart is no Foreign Secretary
            resolved = self.resolve(candidates, person, time.value, marker)
            if resolved is not None and self._titled_as_of_writing(person, resolved, time, mention, sentence):
                time = self.ctx.timeline.time_of_article() or time
            if office_certain and resolved is not None and not knowledge.tenures(person, resolved) \
                    and (self._jurisdiction_unsaid(mention, resolved)
                         or (not qualifier and not self._says_union(mention)
                             and self._a_states_portfolio(person, resolved))):
                # "Deputy Chief Minister Ajit Pawar" with only Punjab's deputy CM in the packs,
                # "In Delhi, Chief Minister Nitish Kumar": the title may be another state's;
                # "O. Panneerselvam, the Finance Minister": a state cabinet's portfolio
                office_certain = False
            if office_certain and resolved is not None and time.value is not None and \
                    not knowledge.held_near(person, resolved, time.value) and \
                    self._a_governors_title_unplaced(mention, resolved):
                # "राज्यपाल कप्तान सिंह सोलंकी" in Haryana in 2014, with only his Tripura term in
                # the packs: a governor moves between states, and the title does not say which
                office_certain = False
            span = (person_mention.start, person_mention.end)
            claims.append(Claim(
                "holds-office", person, resolved, time,
                span, (mention.start, mention.end), sentence, candidates, marker, depends_on,
                office_certain,
            ))
            if offices and not is_counterpart and context is not None and context[0] == sentence:
                context = (*context[:4], span)
            then_before = (sentence, person_mention.last) if marker in {"then", "former"} else None
        return claims


def read(ctx: ReadingContext, options: object = None) -> list[Claim]:
    """The holds-office claims of an article."""
    return _Reader(ctx).claims()
