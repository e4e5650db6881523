"""spelling: the run-level house style (a misspelling several independent
articles write alike is an attested variant) and a person written two ways
in one article."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from ... import translit
from ...analysis import Analysis
from ...knowledge import Knowledge
from ...span import Span
from ...text import fold, is_devanagari, name_key
from ..base import CheckContext, Hit, RunHit
from .comparison import cut_at_the_end, letters


@dataclass(frozen=True, slots=True)
class Slip(Hit):
    """A known name misspelt: what the run-level check weighs across articles."""

    written: str = ""
    right: str = ""


@dataclass(frozen=True, slots=True)
class SlipRecord:
    """A slip as the run-level check sees it: the spelling, the name it is a
    slip for, where it is, and the words around it (copies of one text share them)."""

    spelling: tuple[str, str]
    article: tuple[str, str]
    context: str
    place: Span
    slip: Slip


CONTEXT_CHARS = 60  # either side of a slip: two articles with the same text here are copies


def collect(analysis: Analysis, ctx: CheckContext, hits: list[Hit]) -> list[SlipRecord]:
    if not ctx.options.attested_by:
        return []
    text = analysis.article.text
    return [SlipRecord((letters(hit.written), letters(hit.right)),
                       (analysis.article.path, analysis.article.id),
                       " ".join(text[max(0, hit.start - CONTEXT_CHARS):hit.end + CONTEXT_CHARS].split()),
                       analysis.place(hit.start, hit.end), hit)
            for hit in hits if isinstance(hit, Slip)]


def check_run(records: list[SlipRecord], ctx: CheckContext) -> Iterator[RunHit]:
    """A misspelling that several independent articles of the run write the
    same way is a spelling the press uses: a variant, not a slip."""
    by_spelling: dict[tuple[str, str], list[SlipRecord]] = defaultdict(list)
    for record in records:
        by_spelling[record.spelling].append(record)
    variants = ctx.options.variants
    for group in by_spelling.values():
        independent = min(len({r.article for r in group}), len({r.context for r in group}))
        if independent < ctx.options.attested_by:
            continue
        for record in group:
            slip = record.slip
            hit = None if variants == "none" else Hit(
                slip.start, slip.end,
                f"'{slip.written}' is a variant of the packs' '{slip.right}' ({independent} independent "
                "articles of this run spell it so)",
                suggestion=slip.right if variants != "info" else None, severity=variants)
            yield RunHit(record.place, hit, restates=True)


# English letters as Hindi writes them, for initials (जे. पी. नड्डा, के चंद्रशेखर राव).
LETTER_NAMES = frozenset({"ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन",
                          "ओ", "पी", "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "जेड"})


def _initialled(name: str) -> bool:
    """Is the name written with initials ("जे.पी. नड्डा", "के चंद्रशेखर राव")? Its
    initials stand for the words another spelling writes out: no inconsistency."""
    words = name.replace(".", ". ").split()
    return "." in name or any(fold(word) in LETTER_NAMES for word in words[:-1])


def inconsistent(analysis: Analysis, taken: set[int], knowledge: Knowledge) -> Iterator[Hit]:
    """A person written in Devanagari two ways in one article (नितिन गडकरी,
    नितिन गडकरि): a spelling the packs give is taken as meant, then the one the
    article uses most, on a tie the one that sounds most like the packs' Latin
    spelling."""
    from rapidfuzz import fuzz

    groups: dict[tuple[str, int, bool], list[tuple[int, int, str]]] = defaultdict(list)
    if not any(is_devanagari(m.text[:1]) for m in analysis.mentions):
        return
    for mention in analysis.mentions:
        people = mention.refs("person")
        words = mention.last - mention.first
        if len(people) == 1 and words > 1 and is_devanagari(mention.text):
            groups[(people[0], words, _initialled(mention.text))].append(
                (mention.start, mention.end, mention.text))
    for (ref, _, _), found in sorted(groups.items()):
        spellings: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for item in found:
            spellings["".join(name_key(item[2]))].append(item)
        if len(spellings) < 2:
            continue
        latin = next((t.name for m in analysis.mentions if m.start == found[0][0] for t in m.targets
                      if t.kind == "person"), "")
        sound = translit.name_key(tuple(latin.split()))[1]
        entity = knowledge.entities.get(ref)
        listed = {"".join(name_key(n)) for group in ((entity.names, entity.aliases) if entity else ())
                  for names in group.values() for n in names}
        def evidence(key: str) -> tuple[bool, int, float]:
            return (key in listed, len(spellings[key]),  # noqa: B023
                    fuzz.ratio(translit.name_key(tuple(spellings[key][0][2].split()))[1], sound))  # noqa: B023

        ranked = sorted(spellings, key=lambda key: (evidence(key), key), reverse=True)
        meant = ranked[0]
        right = spellings[meant][0][2]
        # nothing tells which spelling is meant: the slip is one of them, its fix a guess
        suggestion = None if evidence(ranked[0]) == evidence(ranked[1]) else right
        for key, items in sorted(spellings.items()):
            if key == meant:
                continue
            for start, end, written in items:
                if start not in taken and not cut_at_the_end(analysis.article.text, end, key, meant):
                    yield Hit(start, end, f"'{written}' is written '{right}' elsewhere in this article",
                              suggestion=suggestion)
