"""What a Markdown article's reader reads: its markup blanked, offsets kept.

A Markdown article (a `.md` or `.markdown` file) holds text no reader sees as
prose: fenced code blocks, inline code, HTML comments and tags, link and image
destinations, reference definitions, footnote marks and bare URLs. The checks
read a copy of the text of the same length in which that markup is blanked, so
every offset still indexes the original file:

- what a reader never sees (comments, tags, reference definitions, footnote
  marks, the bracket opening a link) becomes spaces, as it renders;
- what stands for something that is not prose (code, URLs, images with their
  alt text, a link's destination) becomes OBJECT, a symbol that is neither a
  word nor a space, so that no name, date or doubled word is read inside it or
  across it, and a check can tell that a line holds a link.

Line breaks are kept everywhere, so lines, columns and paragraphs come out as
in the original.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

MARKDOWN_SUFFIXES = (".md", ".markdown")
OBJECT = "\ufffc"  # OBJECT REPLACEMENT CHARACTER: "something stands here"

FENCE_OPEN = regex.compile(r"(?m)^[ ]{0,3}(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)$")
_URL_TAIL = r"""(?<![.,:;!?'")\]*_~])"""  # GFM's autolinks leave trailing punctuation out
INLINE = regex.compile(
    r"(?P<comment><!--.*?-->)"
    r"|(?P<code>(?<!`)(?P<ticks>`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)(?P=ticks)(?!`))"
    r"|(?P<autolink><(?:https?|ftp|mailto):[^\s<>]*>)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][^<>\n]*?)?\s*/?>)"
    r"|(?P<refdef>(?m:^)[ ]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S+[^\n]*)"
    r"|(?P<footnote>\[\^[^\]\s]+\](?::)?)"
    r"|(?P<link>(?P<open>!?\[)(?P<label>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)(?P<close>\]"
    r"(?:\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\)"
    r"|\[[^\[\]\n]*\])))"
    rf"|(?P<url>\b(?:https?://|www\.)[^\s<>()\[\]]+{_URL_TAIL})",
    regex.S,
)
KINDS = ("comment", "code", "autolink", "tag", "refdef", "footnote", "link", "url")
SEEN_AS_OBJECT = frozenset({"code", "autolink", "url"})


def is_markdown(path: str) -> bool:
    """Whether the article at `path` is read as Markdown (by its suffix)."""
    return path.lower().endswith(MARKDOWN_SUFFIXES)


def prose(text: str, begin: int = 0) -> str:
    """`text` with its Markdown markup from `begin` on blanked: the same length,
    the same line breaks; the same object when there is none to blank."""
    chars: list[str] | None = None

    def blank(start: int, end: int, fill: str) -> None:
        nonlocal chars
        if chars is None:
            chars = list(text)
        for at in range(start, end):
            if chars[at] != "\n":
                chars[at] = fill

    searched = begin
    for start, end in _fenced_blocks(text, begin):
        _blank_inline(text, searched, start, blank)
        blank(start, end, " ")
        searched = end
    _blank_inline(text, searched, len(text), blank)
    return text if chars is None else "".join(chars)


def _fenced_blocks(text: str, begin: int) -> list[tuple[int, int]]:
    """Each fenced code block, its fences included; an unclosed one runs to the end."""
    blocks: list[tuple[int, int]] = []
    at = begin
    while opening := FENCE_OPEN.search(text, at):
        fence = opening.group("fence")
        if fence[0] == "`" and "`" in opening.group("info"):
            at = opening.end()
            continue  # not a fence: CommonMark forbids a backtick in a backtick fence's info
        closing = regex.compile(rf"(?m)^[ ]{{0,3}}{regex.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        shut = closing.search(text, opening.end())
        end = shut.end() if shut else len(text)
        blocks.append((opening.start(), end))
        at = end
    return blocks


def _blank_inline(text: str, start: int, end: int, blank: Callable[[int, int, str], None]) -> None:
    for match in INLINE.finditer(text, start, end):
        kind = next(name for name in KINDS if match.start(name) >= 0)
        if kind == "link" and match.group("open") == "![":
            blank(match.start(), match.end(), OBJECT)  # an image: alt text is no prose of the page
        elif kind == "link":
            blank(match.start("open"), match.end("open"), " ")
            blank(match.start("close"), match.end("close"), OBJECT)
        else:
            blank(match.start(), match.end(), OBJECT if kind in SEEN_AS_OBJECT else " ")
