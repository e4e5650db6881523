"""The planted-error benchmark: real articles, one known error planted at a
known span at a time, and what factcheck finds.

    python benchmarks/planted.py [--corpus DIR] [--per-type N] [--seed S] [--json FILE]

For every article of ../shared/corpus (PIB English and Hindi, Reuters) it
finds places where a known person, a title with its holder, a date or a
word appears, plants one error there, checks the changed article with the
bundled packs, and counts:

- cases: errors planted, per error type and language;
- detected: a warning or error whose span overlaps the planted span;
- suggestion right: the detection's suggestion restores the original;
- false alarms: findings on the unchanged articles, per 100 articles, by
  rule and severity.

Error types: wrong office holder (a predecessor who held the office before
the article's date, and no office with that title then), misspelt name
(vowel change, dropped, doubled or swapped letters; in Devanagari a matra
changed to its short/long partner or a halant dropped), name glued to the
next word, repeated word, weekday contradicting its date.

The sites are found without the claim reader under test: a person the
gazetteer names, who held an office at the article's date, with the words
of that office's title (its head noun and one word of its portfolio or
jurisdiction, in the article's language) just before or after the name.
Plants are deterministic (fixed seed) and never still correct: a
predecessor who also held a same-titled office then, or a misspelling that
is another known name, is not planted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import factcheck
from factcheck.analysis import analyse
from factcheck.articles import load
from factcheck.dates import WEEKDAYS
from factcheck.engine import check_article
from factcheck.model import Article, Finding
from factcheck.text import WORD, name_key
from factcheck.timevalue import TimeValue

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("pib_en.jsonl", "pib_hi.jsonl", "reuters_en.jsonl")
TYPES = ("wrong-holder", "misspelt-name", "glued-name", "repeated-word", "weekday")
WEEKDAY_NAMES = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "hi": ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"],
}
HINDI_FUNCTION_WORDS = ("के", "में", "ने", "को", "और", "कि", "से", "का", "की")
ENGLISH_GRAMMATICAL_DOUBLES = {"had", "that"}
GLUE_WORDS = {"en": ("today", "will", "also", "said", "and"), "hi": ("ने", "को", "से", "का", "की", "के", "में")}
MATRA_PARTNERS = {"ि": "ी", "ी": "ि", "ु": "ू", "ू": "ु", "े": "ै", "ै": "े", "ो": "ौ", "ौ": "ो"}
VOWELS = "aeiou"
SITE_REACH = 8  # tokens between a title's words and the name
# How Hindi news writes people the packs name only in Latin script (the packs'
# Hindi spellings come first): used to plant a predecessor's name in a Hindi
# article. Benchmark data, not knowledge.
DEVANAGARI_NAMES = {
    "Radha Mohan Singh": "राधा मोहन सिंह", "Thawarchand Gehlot": "थावरचंद गहलोत",
    "Mahesh Sharma": "महेश शर्मा", "Kalraj Mishra": "कलराज मिश्र", "Ananth Kumar": "अनंत कुमार",
    "Harsimrat Kaur Badal": "हरसिमरत कौर बादल", "Ram Vilas Paswan": "राम विलास पासवान",
    "Jagat Prakash Nadda": "जगत प्रकाश नड्डा", "Kapil Sibal": "कपिल सिब्बल",
    "Salman Khurshid": "सलमान खुर्शीद", "Vasundhara Raje": "वसुंधरा राजे",
    "Virbhadra Singh": "वीरभद्र सिंह", "Alphons Kannanthanam": "अल्फोंस कन्नानथनम",
    "Sharad Pawar": "शरद पवार", "Gopinath Munde": "गोपीनाथ मुंडे", "Jitendra Singh": "जितेंद्र सिंह",
    "Harsh Vardhan": "हर्षवर्धन", "Sadananda Gowda": "सदानंद गौड़ा", "Prahlad Joshi": "प्रह्लाद जोशी",
    "Ramesh Pokhriyal": "रमेश पोखरियाल", "Kalyan Singh": "कल्याण सिंह", "Sheila Dikshit": "शीला दीक्षित",
    "Omar Abdullah": "उमर अब्दुल्ला", "Mehbooba Mufti": "महबूबा मुफ्ती", "Tarun Gogoi": "तरुण गोगोई",
    "Harish Rawat": "हरीश रावत", "Oommen Chandy": "ओमन चांडी", "Manik Sarkar": "माणिक सरकार",
}


@dataclass(frozen=True)
class Case:
    kind: str
    lang: str
    article: Article
    start: int  # the planted span, in the changed text
    end: int
    expected: str  # what a right suggestion reads


def _replace(article: Article, start: int, end: int, new: str) -> Article:
    text = article.text[:start] + new + article.text[end:]
    return article.model_copy(update={"text": text})


class Planter:
    def __init__(self, rules: factcheck.Rules, seed: int) -> None:
        self.rules = rules
        self.knowledge = rules.knowledge
        self.gazetteer = rules.gazetteer
        self.random = random.Random(seed)
        self.known_keys = set(self.gazetteer.entries)
        self.spellings: dict[tuple[str, str], str] = {}  # (person, script) -> a spelling seen

    def learn(self, article: Article) -> None:
        """Remember how each person is written in each script, so that a
        planted name is written as the articles write it."""
        analysis = analyse(article, self.knowledge, self.gazetteer)
        for mention in analysis.mentions:
            for person in mention.refs("person"):
                if len(mention.text.split()) > 1:
                    script = "hi" if not mention.text.isascii() else "en"
                    self.spellings.setdefault((person, script), mention.text)

    def name_in(self, person: str, lang: str) -> str | None:
        seen = self.spellings.get((person, lang))
        if seen:
            return seen
        entity = self.knowledge.entities[person]
        for group in (entity.names, entity.aliases):
            for name in group.get(lang, []):
                if (lang == "en") == name.isascii():
                    return name
        if lang == "hi":
            return DEVANAGARI_NAMES.get(self.knowledge.name(person))
        return None

    # --- wrong office holder ----------------------------------------------

    def _title_near(self, analysis, mention, office: str, lang: str, sentence) -> bool:
        head, detail = self.knowledge.title_words(office, lang)
        first = max(0, mention.first - SITE_REACH)
        nearby = analysis.tokens[first : mention.first] + analysis.tokens[mention.last : mention.last + 4]
        window = [t for t in nearby if sentence.start <= t.start < sentence.end]
        keys = {t.key for t in window}
        return bool(head & keys) and (not detail or bool(detail & keys))

    def wrong_holders(self, article: Article) -> Iterator[Case]:
        if article.date is None:
            return
        lang = article.language
        analysis = analyse(article, self.knowledge, self.gazetteer)
        day = TimeValue.day(article.date)
        for mention in analysis.mentions:
            people = mention.refs("person")
            if len(people) != 1:
                continue
            person = people[0]
            sentence = next((s for s in analysis.sentences if s.start <= mention.start < s.end), None)
            if sentence is None:
                continue
            # The sentence may be about another time than the dateline: the
            # original must be right, and the plant wrong, at every time it gives.
            times = [day] + [d.value for d in analysis.dates
                             if sentence.start <= d.start < sentence.end and d.value is not None]
            for tenure in self.knowledge.tenures_by_person.get(person, ()):
                if not all(self.knowledge.held(person, tenure.office, t) for t in times):
                    continue
                if not self._title_near(analysis, mention, tenure.office, lang, sentence):
                    continue
                predecessor = self._predecessor(tenure.office, times, lang)
                if predecessor is None:
                    continue
                name = self.name_in(predecessor, lang)
                assert name is not None
                changed = _replace(article, mention.start, mention.end, name)
                yield Case("wrong-holder", lang, changed, mention.start, mention.start + len(name),
                           mention.text)
                break

    def _predecessor(self, office: str, times: list[TimeValue], lang: str) -> str | None:
        knowledge = self.knowledge
        day = min(times, key=lambda t: t.first)
        head, _ = knowledge.title_words(office, "en")
        same_title = [o for o in knowledge.offices if knowledge.title_words(o, "en")[0] == head
                      and knowledge.offices[o].country == knowledge.offices[office].country]
        earlier = [t for t in knowledge.tenures_by_office.get(office, ())
                   if t.end is not None and t.end < day.first]
        for tenure in sorted(earlier, key=lambda t: t.end or day.first, reverse=True):
            person = tenure.person
            if any(knowledge.held(person, o, t) for o in same_title for t in times):
                continue  # still correct: held a same-titled office then
            if self.name_in(person, lang):
                return person
        return None

    # --- names --------------------------------------------------------------

    def _misspell(self, word: str) -> str | None:
        options = []
        if word.isascii():
            letters = [i for i, c in enumerate(word) if c.isalpha()]
            for i in letters[1:]:
                c = word[i]
                if c.lower() in VOWELS:
                    other = VOWELS[(VOWELS.index(c.lower()) + 1) % 5]
                    options.append(word[:i] + other + word[i + 1 :])
                options.append(word[:i] + word[i + 1 :])
                options.append(word[:i] + c + word[i:])
                if i + 1 < len(word) and word[i + 1] != c and word[i + 1].isalpha():
                    options.append(word[:i] + word[i + 1] + c + word[i + 2 :])
        else:
            for i, c in enumerate(word):
                if c in MATRA_PARTNERS:
                    options.append(word[:i] + MATRA_PARTNERS[c] + word[i + 1 :])
                if c == "्" and 0 < i < len(word) - 1:
                    options.append(word[:i] + word[i + 1 :])
        options = [o for o in options if o != word]
        return self.random.choice(options) if options else None

    def person_mentions(self, article: Article):
        analysis = analyse(article, self.knowledge, self.gazetteer)
        for mention in analysis.mentions:
            if mention.refs("person") and len(mention.text) >= 6:
                yield analysis, mention

    def misspelt_names(self, article: Article) -> Iterator[Case]:
        for _, mention in self.person_mentions(article):
            words = [(i, w) for i, w in enumerate(mention.text.split(" ")) if len(w) >= 4]
            if not words:
                continue
            index, word = self.random.choice(words)
            wrong = self._misspell(word)
            if wrong is None:
                continue
            parts = mention.text.split(" ")
            parts[index] = wrong
            new = " ".join(parts)
            if name_key(new) in self.known_keys:
                continue  # another valid name
            from factcheck.checks.spelling import schwa_variant  # planting only: older versions can score

            if word.isascii() and schwa_variant(word.lower(), wrong.lower()):
                continue  # another romanisation of the same name (Gadkari, Gadakari; Thaawarchand)
            changed = _replace(article, mention.start, mention.end, new)
            yield Case("misspelt-name", article.language, changed, mention.start,
                       mention.start + len(new), mention.text)

    def glued_names(self, article: Article) -> Iterator[Case]:
        text = article.text
        for analysis, mention in self.person_mentions(article):
            following = next((t for t in analysis.tokens[mention.last : mention.last + 1]), None)
            if following is None or text[mention.end : following.start] != " ":
                continue
            if following.key in {k for ws in self.gazetteer.entries for k in ws[:1]}:
                continue  # glued to another name's first word
            if following.key in {"ji", "जी", "s"}:
                continue  # Modiji, मोदीजी: still correct
            last_word = mention.text.split(" ")[-1]
            start = mention.end - len(last_word)
            changed = _replace(article, mention.end, following.start, "")
            yield Case("glued-name", article.language, changed, start, following.end - 1,
                       f"{last_word} {following.text}")

    # --- words and dates ------------------------------------------------------

    def repeated_words(self, article: Article) -> Iterator[Case]:
        analysis = analyse(article, self.knowledge, self.gazetteer)
        tokens = analysis.tokens
        for i, token in enumerate(tokens[1:-1], start=1):
            if article.language == "hi":
                if token.text not in HINDI_FUNCTION_WORDS:
                    continue
            elif not token.text.isalpha() or len(token.text) < 3 or token.key in ENGLISH_GRAMMATICAL_DOUBLES:
                continue
            if tokens[i - 1].key == token.key or tokens[i + 1].key == token.key:
                continue
            if article.text[token.end : tokens[i + 1].start] != " ":
                continue
            changed = _replace(article, token.end, token.end, " " + token.text)
            yield Case("repeated-word", article.language, changed, token.end + 1,
                       token.end + 1 + len(token.text), token.text)

    def weekdays(self, article: Article) -> Iterator[Case]:
        analysis = analyse(article, self.knowledge, self.gazetteer)
        lang = "hi" if article.language == "hi" else "en"
        names = WEEKDAY_NAMES[lang]
        for expr in analysis.dates:
            if expr.kind != "date" or expr.value is None or expr.value.precision != "day":
                continue
            actual = expr.value.first.weekday()
            wrong = names[(actual + 1) % 7]
            if expr.weekday is not None:
                word = next((w for w in WORD.findall(expr.text)
                             if w.lower() in WEEKDAYS), None)
                if word is None:
                    continue
                at = expr.start + expr.text.index(word)
                changed = _replace(article, at, at + len(word), wrong)
                planted = expr.text.replace(word, wrong, 1)
            else:
                at = expr.start
                changed = _replace(article, at, at, f"{wrong}, ")
                planted = f"{wrong}, {expr.text}"
            right = planted.replace(wrong, names[actual], 1)
            yield Case("weekday", article.language, changed, at, at + len(wrong), right)

    def cases(self, article: Article) -> Iterator[Case]:
        yield from self.wrong_holders(article)
        yield from self.misspelt_names(article)
        yield from self.glued_names(article)
        yield from self.repeated_words(article)
        yield from self.weekdays(article)


def _restores(suggestion: str | None, case: Case, rules: factcheck.Rules) -> bool:
    """The suggestion gives back the original: the same text or, for a
    planted office holder, the same person (written another way: मोदी for
    नरेन्द्र मोदी)."""
    if suggestion is None:
        return False
    if suggestion == case.expected or name_key(suggestion) == name_key(case.expected):
        return True  # the same spelling (नरेन्द्र, नरेंद्र; an invisible joiner)
    if case.kind != "wrong-holder":
        return False

    def people(text: str) -> set[str]:
        article = Article(id="s", path="s", language=case.lang, text=text)
        return {p for m in analyse(article, rules.knowledge, rules.gazetteer).mentions
                for p in m.refs("person")}

    return bool(people(suggestion) & people(case.expected))


def _detections(findings: list[Finding], case: Case) -> list[Finding]:
    return [f for f in findings if f.severity in {"error", "warning"}
            and f.start < case.end and case.start < f.end]


def _plant(rules: factcheck.Rules, articles: list[Article], per_type: int, seed: int
           ) -> dict[tuple[str, str], list[Case]]:
    planter = Planter(rules, seed)
    for article in articles:
        planter.learn(article)
    pool: dict[tuple[str, str], list[Case]] = defaultdict(list)
    for article in articles:
        for case in planter.cases(article):
            pool[(case.kind, case.lang)].append(case)
    sampler = random.Random(seed)
    return {key: cases if len(cases) <= per_type else sampler.sample(cases, per_type)
            for key, cases in sorted(pool.items())}


def _save(cases: dict[tuple[str, str], list[Case]], path: Path) -> None:
    rows = [{"kind": c.kind, "lang": c.lang, "article": c.article.model_dump(mode="json"),
             "start": c.start, "end": c.end, "expected": c.expected}
            for group in cases.values() for c in group]
    path.write_text(json.dumps(rows, ensure_ascii=False) + "\n", encoding="utf-8")


def _restore(path: Path) -> dict[tuple[str, str], list[Case]]:
    cases: dict[tuple[str, str], list[Case]] = defaultdict(list)
    for row in json.loads(path.read_text(encoding="utf-8")):
        article = Article.model_validate(row.pop("article"))
        cases[(row["kind"], row["lang"])].append(Case(article=article, **row))
    return cases


def run(corpus: Path, per_type: int, seed: int, save: Path | None = None,
        restore: Path | None = None, limit: int | None = None) -> dict:
    rules = factcheck.load_rules()
    articles: list[Article] = []
    for name in CORPORA:
        path = corpus / name
        if path.exists():
            loaded = [a for a in load([path]) if isinstance(a, Article)]
            articles.extend(loaded[:limit] if limit else loaded)

    false_alarms: Counter[tuple[str, str, str]] = Counter()
    per_lang: Counter[str] = Counter()
    listed: list[dict] = []
    for article in articles:
        per_lang[article.language] += 1
        for finding in check_article(article, rules)[0]:
            false_alarms[(article.language, finding.rule, finding.severity)] += 1
            if finding.severity in {"error", "warning"}:
                listed.append({"article": article.id, "lang": article.language, "rule": finding.rule,
                               "severity": finding.severity, "text": finding.text,
                               "message": finding.message})

    pool = _restore(restore) if restore else _plant(rules, articles, per_type, seed)
    if save:
        _save(pool, save)
    results: dict[str, dict] = {}
    misses: list[dict] = []
    for (kind, lang), chosen in sorted(pool.items()):
        detected = right = 0
        for case in chosen:
            found = _detections(check_article(case.article, rules)[0], case)
            if found:
                detected += 1
                right += any(_restores(f.suggestion, case, rules) for f in found)
            elif len(misses) < 400:
                line_start = case.article.text.rfind("\n", 0, case.start) + 1
                misses.append({"type": kind, "lang": lang, "article": case.article.id,
                               "planted": case.article.text[case.start:case.end],
                               "context": case.article.text[max(line_start, case.start - 80):case.end + 40]})
        results[f"{kind}/{lang}"] = {"cases": len(chosen), "detected": detected,
                                     "suggestion_right": right}
    alarms = {f"{lang}/{rule}/{severity}": {"count": n, "per_100": round(100 * n / per_lang[lang], 2)}
              for (lang, rule, severity), n in sorted(false_alarms.items())}
    return {"seed": seed, "articles": dict(per_lang), "planted": results, "false_alarms": alarms,
            "unchanged_findings": listed, "misses": misses}


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--per-type", type=int, default=300,
                        help="at most this many cases per error type and language (default 300)")
    parser.add_argument("--seed", type=int, default=20201221)
    parser.add_argument("--json", type=Path, help="also write every figure, miss and alarm as JSON")
    parser.add_argument("--save-cases", type=Path,
                        help="write the planted cases, to score another version on the same cases")
    parser.add_argument("--load-cases", type=Path, help="score the cases a --save-cases run wrote")
    parser.add_argument("--articles", type=int, help="use only the first N articles of each corpus file")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"no corpus at {args.corpus}")
    started = dt.datetime.now()
    result = run(args.corpus, args.per_type, args.seed, args.save_cases, args.load_cases, args.articles)
    print(f"articles: {result['articles']}  (seed {result['seed']})")
    print(f"{'error type/lang':24} {'cases':>6} {'detected':>9} {'suggestion right':>17}")
    for key, row in result["planted"].items():
        print(f"{key:24} {row['cases']:6} {_percent(row['detected'], row['cases']):>9} "
              f"{_percent(row['suggestion_right'], row['detected']):>17}")
    print("findings on the unchanged articles (per 100 articles of that language):")
    for key, row in result["false_alarms"].items():
        print(f"  {key:40} {row['count']:5} {row['per_100']:7.2f}")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"({(dt.datetime.now() - started).total_seconds():.0f} s)")


if __name__ == "__main__":
    main()
