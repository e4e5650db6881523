"""Whether a regular expression can take exponential time: a static reading
of the pattern, before it ever meets an article.

A backtracking matcher takes exponential time when, inside a repetition,
the same text can be matched along two different paths: a repetition of a
repetition ((a+)+, (\\w*\\s?)*) or alternatives that overlap ((a|aa)+,
(\\w|\\d)+, (a|a?)+). The pattern is parsed (the `regex` module's syntax),
turned into its position automaton (Glushkov), and each strongly connected
part of that automaton is searched, in the product of the automaton with
itself, for two different paths that read the same text from one state back
to it (an exponential degree of ambiguity). Possessive repetitions and
atomic groups cut backtracking: their content is read as a pattern of its
own. Anchors and look-arounds are taken to always match, which can only make
the reading stricter.
"""

from __future__ import annotations

import array
import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

LARGE = 10  # a repetition bounded above this many times is read as unbounded
BUDGET = 200_000  # pairs of positions the search may visit before giving up


class Unreadable(Exception):
    """Syntax this reading does not know (recursion, say)."""


class TooComplex(Exception):
    """A pattern whose reading would take too long."""


@dataclass(eq=False)
class Node:
    start: int
    end: int


@dataclass(eq=False)
class Char(Node):
    """One character: a literal, or the source of a class (`[a-z]`, `\\w`,
    `\\p{L}`, `.`); None for any character (a back-reference, an opaque group)."""

    literal: str | None = None
    source: str | None = None
    inner: list[Char] | None = None  # an atomic group: the characters it can start with


@dataclass(eq=False)
class Empty(Node):
    pass


@dataclass(eq=False)
class Seq(Node):
    items: list[Node] = field(default_factory=list)


@dataclass(eq=False)
class Alt(Node):
    branches: list[Node] = field(default_factory=list)


@dataclass(eq=False)
class Repeat(Node):
    body: Node
    least: int
    most: int | None  # None: unbounded
    possessive: bool = False

    @property
    def loops(self) -> bool:
        return self.most is None or self.most > LARGE


@dataclass(eq=False)
class Group(Node):
    body: Node
    kind: str  # "plain", "atomic" or "look"


QUANTIFIER = regex.compile(r"\{[ \t]*(\d*)[ \t]*(?:(,)[ \t]*(\d*)[ \t]*)?\}")
FLAGS = regex.compile(r"\(\?((?:[aiLmsuxwfber]|V[01])*)(?:-((?:[aiLmsuxwfber]|V[01])*))?(:|\))")
ZERO_WIDTH_ESCAPES = set("bBAZzGmMK")
CLASS_ESCAPES = set("dDwWsSpPhNxuUoX")


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.i = 0
        self.verbose = False
        self.v1 = "V1" in pattern
        self.ignore_case = False

    def parse(self) -> Node:
        node = self.alternation()
        if self.i != len(self.text):
            raise Unreadable(f"unexpected {self.text[self.i]!r} at {self.i}")
        return node

    def peek(self) -> str:
        return self.text[self.i] if self.i < len(self.text) else ""

    def skip_space(self) -> None:
        while self.verbose and self.i < len(self.text):
            ch = self.text[self.i]
            if ch.isspace():
                self.i += 1
            elif ch == "#":
                end = self.text.find("\n", self.i)
                self.i = len(self.text) if end < 0 else end + 1
            else:
                return

    def alternation(self) -> Node:
        start = self.i
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else Alt(start, self.i, branches)

    def sequence(self) -> Node:
        start = self.i
        items: list[Node] = []
        while True:
            self.skip_space()
            if self.peek() in ("", "|", ")"):
                break
            atom = self.atom()
            if atom is None:
                continue
            while True:
                self.skip_space()
                repeated = self.quantifier(atom)
                if repeated is None:
                    break
                atom = repeated
            items.append(atom)
        return items[0] if len(items) == 1 else Seq(start, self.i, items)

    def quantifier(self, atom: Node) -> Node | None:
        ch = self.peek()
        if ch in ("*", "+", "?"):
            self.i += 1
            least, most = {"*": (0, None), "+": (1, None), "?": (0, 1)}[ch]
        elif ch == "{" and (match := QUANTIFIER.match(self.text, self.i)):
            low, comma, high = match.groups()
            least = int(low) if low else 0
            most = (int(high) if high else None) if comma else least
            self.i = match.end()
        else:
            return None
        possessive = False
        if self.peek() == "?":
            self.i += 1
        elif self.peek() == "+":
            self.i += 1
            possessive = True
        return Repeat(atom.start, self.i, atom, least, most, possessive)

    def atom(self) -> Node | None:
        start, ch = self.i, self.peek()
        if ch == "(":
            return self.group()
        if ch == "[":
            end = self.class_end(self.i)
            self.i = end
            return Char(start, end, source=self.text[start:end])
        if ch == "\\":
            return self.escape()
        self.i += 1
        if ch in "^$":
            return Empty(start, self.i)
        if ch == ".":
            return Char(start, self.i, source=".")
        return Char(start, self.i, literal=ch)

    def escape(self) -> Node:
        start = self.i
        ch = self.text[self.i + 1 : self.i + 2]
        if not ch:
            raise Unreadable("a pattern ending in a backslash")
        self.i += 2
        if ch in ZERO_WIDTH_ESCAPES:
            return Empty(start, self.i)
        if ch.isdigit() and ch != "0":
            while self.peek().isdigit():
                self.i += 1
            return Char(start, self.i)  # a back-reference: any text
        if ch in ("g", "L") and self.peek() == "<":
            self.i = self.text.index(">", self.i) + 1
            return Char(start, self.i)  # a back-reference or a named list
        if ch in CLASS_ESCAPES or ch == "0":
            if self.peek() == "{":
                self.i = self.text.index("}", self.i) + 1
            elif ch in "pP":
                self.i += 1
            elif ch == "x":
                self.i += 2
            elif ch == "u":
                self.i += 4
            elif ch == "U":
                self.i += 8
            elif ch == "0":
                while self.peek() and self.peek() in "01234567" and self.i - start < 4:
                    self.i += 1
            self.i = min(self.i, len(self.text))
            if ch == "X":
                return Char(start, self.i)  # a grapheme: one or more characters
            return Char(start, self.i, source=self.text[start : self.i])
        if ch in "tnrfvae":
            return Char(start, self.i, source=self.text[start : self.i])
        return Char(start, self.i, literal=ch)

    def class_end(self, i: int) -> int:
        """The index just after the class that opens at i."""
        j = i + 1
        if self.text[j : j + 1] == "^":
            j += 1
        if self.text[j : j + 1] == "]":
            j += 1
        while j < len(self.text):
            ch = self.text[j]
            if ch == "\\":
                j += 2
                if self.text[j : j + 1] == "{" and self.text[j - 1] in "pPNxuo":
                    j = self.text.index("}", j) + 1
            elif ch == "[" and self.text[j + 1 : j + 2] == ":":
                close = self.text.find(":]", j + 2)
                j = close + 2 if close >= 0 else j + 1
            elif ch == "[" and self.v1:
                j = self.class_end(j)
            elif ch == "]":
                return j + 1
            else:
                j += 1
        raise Unreadable("an unclosed class")

    def group(self) -> Node | None:
        start = self.i
        text = self.text
        if text.startswith("(?#", self.i):
            self.i = text.index(")", self.i) + 1
            return None
        kind = "plain"
        if text.startswith("(?", self.i):
            rest = text[self.i + 2 : self.i + 4]
            if rest.startswith((":", "|")):
                self.i += 3
            elif rest.startswith(">"):
                self.i, kind = self.i + 3, "atomic"
            elif rest.startswith(("=", "!")):
                self.i, kind = self.i + 3, "look"
            elif rest in ("<=", "<!"):
                self.i, kind = self.i + 4, "look"
            elif rest.startswith(("P<", "<", "'")):
                close = ">" if rest[0] in "P<" else "'"
                self.i = text.index(close, self.i + 3) + 1
            elif rest.startswith("P="):
                self.i = text.index(")", self.i) + 1
                return Char(start, self.i)  # a back-reference: any text
            elif rest.startswith("("):
                return self.conditional()
            elif (flags := FLAGS.match(text, self.i)) is not None:
                self.i = flags.end()
                on = flags.group(1)
                self.ignore_case |= "i" in on
                if flags.group(3) == ")":  # flags for the rest of the enclosing group
                    self.verbose = ("x" in on) or (self.verbose and "x" not in (flags.group(2) or ""))
                    return None
                saved = self.verbose
                self.verbose = ("x" in on) or (saved and "x" not in (flags.group(2) or ""))
                body = self.alternation()
                self.verbose = saved
                return self.close(Group(start, self.i, body, "plain"))
            else:
                raise Unreadable(f"the group {text[start:start + 4]!r}...")  # recursion and the like
        else:
            self.i += 1
        saved = self.verbose
        body = self.alternation()
        self.verbose = saved
        return self.close(Group(start, self.i, body, kind))

    def close(self, group: Group) -> Group:
        if self.peek() != ")":
            raise Unreadable("an unclosed group")
        self.i += 1
        group.end = self.i
        return group

    def conditional(self) -> Node:
        start = self.i
        self.i += 2
        if self.text.startswith("(?", self.i):  # a look-around condition
            self.group()
        else:
            self.i = self.text.index(")", self.i) + 1
        saved = self.verbose
        body = self.alternation()
        self.verbose = saved
        return self.close(Group(start, self.i, body, "plain"))


def parse(pattern: str) -> tuple[Node, bool]:
    """The pattern's tree, and whether case is ignored somewhere in it."""
    parser = _Parser(pattern)
    try:
        node = parser.parse()
    except (IndexError, ValueError) as exc:  # syntax read wrongly: say so, never guess
        raise Unreadable(str(exc)) from None
    except RecursionError:
        raise TooComplex from None
    return node, parser.ignore_case


@functools.lru_cache(maxsize=1)
def _every_character() -> str:
    return array.array("I", range(0x110000)).tobytes().decode("utf-32-le", "surrogatepass")


@functools.lru_cache(maxsize=4096)
def _class(source: str, flags: int) -> regex.Pattern[str] | None:
    try:
        return regex.compile(source, flags)
    except regex.error:
        return None


@functools.lru_cache(maxsize=4096)
def _classes_overlap(first: str, second: str, flags: int) -> bool:
    try:
        both = regex.compile(f"(?=(?:{first}))(?:{second})", flags | regex.DOTALL)
    except regex.error:
        return True
    return both.search(_every_character()) is not None


class _Reader:
    """Overlap of two characters, counted against the budget."""

    def __init__(self, ignore_case: bool, v1: bool) -> None:
        self.flags = (regex.IGNORECASE if ignore_case else 0) | (regex.V1 if v1 else 0)
        self.ignore_case = ignore_case
        self.spent = 0

    def spend(self, amount: int = 1) -> None:
        self.spent += amount
        if self.spent > BUDGET:
            raise TooComplex

    def overlap(self, a: Char, b: Char) -> bool:
        if a.inner is not None:
            return any(self.overlap(x, b) for x in a.inner)
        if b.inner is not None:
            return any(self.overlap(a, y) for y in b.inner)
        if (a.literal is None and a.source is None) or (b.literal is None and b.source is None):
            return True
        self.spend()
        if a.literal is not None and b.literal is not None:
            if self.ignore_case:
                return a.literal.casefold() == b.literal.casefold()
            return a.literal == b.literal
        if a.literal is not None or b.literal is not None:
            literal, other = (a, b) if a.literal is not None else (b, a)
            compiled = _class(other.source or "", self.flags | regex.DOTALL)
            return compiled is None or compiled.fullmatch(literal.literal or "") is not None
        return _classes_overlap(a.source or "", b.source or "", self.flags)


@dataclass(eq=False)
class _Position:
    char: Char
    loops: tuple[Repeat, ...]  # the repetitions it stands in, outermost first
    follow: list[_Position] = field(default_factory=list)
    follow_ids: set[int] = field(default_factory=set)


@dataclass
class _Part:
    nullable: bool
    first: list[_Position]
    last: list[_Position]


class _Automaton:
    """The position (Glushkov) automaton of a tree; atomic groups and
    look-arounds are set aside to be read on their own."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.positions: list[_Position] = []
        self.apart: list[Node] = []  # contents read as patterns of their own
        # Transitions made twice, by two ways of reading the pattern: a repetition
        # inside a repetition ((a+)+ goes from a to a in either loop), or an
        # iteration that can end or go on ((a?b?)*).
        self.doubled: list[tuple[_Position, _Position, Repeat | None]] = []
        self.empty_twice: list[Repeat] = []  # loops holding something that matches "" two ways

    def build(self, node: Node, loops: tuple[Repeat, ...] = ()) -> _Part:
        self.reader.spend()
        if isinstance(node, Char):
            position = _Position(node, loops)
            self.positions.append(position)
            return _Part(False, [position], [position])
        if isinstance(node, Empty):
            return _Part(True, [], [])
        if isinstance(node, Seq):
            return self.sequence([lambda item=item: self.build(item, loops) for item in node.items])
        if isinstance(node, Alt):
            parts = [self.build(branch, loops) for branch in node.branches]
            return _Part(any(p.nullable for p in parts), [x for p in parts for x in p.first],
                         [x for p in parts for x in p.last])
        if isinstance(node, Group):
            if node.kind == "plain":
                return self.build(node.body, loops)
            self.apart.append(node.body)
            if node.kind == "look":
                return _Part(True, [], [])
            return self.opaque(node, node.body, loops)
        assert isinstance(node, Repeat)
        if node.most == 0:
            return _Part(True, [], [])
        if node.possessive:
            self.apart.append(Repeat(node.start, node.end, node.body, node.least, node.most))
            return self.opaque(node, node.body, loops)
        if not node.loops:
            assert node.most is not None
            steps = [lambda: self.build(node.body, loops)] * node.least
            optional = [lambda: self.optional(node.body, loops)] * (node.most - node.least)
            return self.sequence(steps + optional)
        inner = (*loops, node)
        body = self.build(node.body, inner)
        if body.first and _matches_empty_twice(node.body):
            self.empty_twice.append(node)
        for end in body.last:
            self.link(end, body.first, node)
        return _Part(body.nullable or node.least == 0, body.first, body.last)

    def optional(self, node: Node, loops: tuple[Repeat, ...]) -> _Part:
        part = self.build(node, loops)
        return _Part(True, part.first, part.last)

    def opaque(self, node: Node, body: Node, loops: tuple[Repeat, ...]) -> _Part:
        """A group read as one character that can start as its content starts."""
        side = _Automaton(self.reader)
        content = side.build(body)
        char = Char(node.start, node.end, inner=[p.char for p in content.first])
        position = _Position(char, loops)
        self.positions.append(position)
        return _Part(content.nullable, [position], [position])

    def sequence(self, builders: list) -> _Part:
        nullable = True
        first: list[_Position] = []
        last: list[_Position] = []
        for make in builders:
            part: _Part = make()
            self.reader.spend(len(first) + len(last))
            for end in last:
                self.link(end, part.first)
            if nullable:
                first = first + part.first
            last = part.last if not part.nullable else last + part.last
            nullable = nullable and part.nullable
        return _Part(nullable, first, last)

    def link(self, end: _Position, targets: list[_Position], loop: Repeat | None = None) -> None:
        self.reader.spend(len(targets))
        known = end.follow_ids
        for target in targets:
            if id(target) in known:
                self.doubled.append((end, target, loop))
            else:
                known.add(id(target))
                end.follow.append(target)


def _components(positions: list[_Position]) -> list[list[_Position]]:
    """Strongly connected parts with at least one transition inside (Tarjan,
    without recursion)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[_Position] = []
    found: list[list[_Position]] = []
    counter = 0
    for root in positions:
        if id(root) in index:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[id(node)] = low[id(node)] = counter
                counter += 1
                stack.append(node)
                on_stack.add(id(node))
            if child < len(node.follow):
                work.append((node, child + 1))
                nxt = node.follow[child]
                if id(nxt) not in index:
                    work.append((nxt, 0))
                elif id(nxt) in on_stack:
                    low[id(node)] = min(low[id(node)], index[id(nxt)])
                continue
            if low[id(node)] == index[id(node)]:
                part = []
                while True:
                    top = stack.pop()
                    on_stack.discard(id(top))
                    part.append(top)
                    if top is node:
                        break
                if len(part) > 1 or node in node.follow:
                    found.append(part)
            if work:
                parent = work[-1][0]
                low[id(parent)] = min(low[id(parent)], low[id(node)])
    return found


def _ambiguous_pair(part: list[_Position], reader: _Reader) -> tuple[_Position, _Position] | None:
    """Two different positions of one strongly connected part that the same
    text reaches from one state and that lead back to one state: then some
    text can be read along two paths around the loop, each time round."""
    inside = {id(p) for p in part}
    successors = {id(p): [q for q in p.follow if id(q) in inside] for p in part}

    def pairs(xs: list[_Position], ys: list[_Position]) -> Iterable[tuple[_Position, _Position]]:
        reader.spend(len(xs) + len(ys))
        literals: dict[str, list[_Position]] = defaultdict(list)
        others: list[_Position] = []
        for y in ys:
            if y.char.literal is not None:
                literals[y.char.literal.casefold() if reader.ignore_case else y.char.literal].append(y)
            else:
                others.append(y)
        for x in xs:
            if x.char.literal is not None:
                key = x.char.literal.casefold() if reader.ignore_case else x.char.literal
                candidates = literals.get(key, []) + others
            else:
                candidates = ys
            for y in candidates:
                reader.spend()
                if y is x or x.char.literal is None or y.char.literal is None:
                    if y is x or reader.overlap(x.char, y.char):
                        yield x, y
                else:
                    yield x, y

    seen: set[tuple[int, int]] = set()
    pending: list[tuple[_Position, _Position]] = []
    done_sets: set[tuple[int, ...]] = set()
    for p in part:
        follow = successors[id(p)]
        key = tuple(id(q) for q in follow)
        if key in done_sets:
            continue
        done_sets.add(key)
        for x, y in pairs(follow, follow):
            if x is not y and (id(x), id(y)) not in seen:
                seen.add((id(x), id(y)))
                pending.append((x, y))
    while pending:
        x, y = pending.pop()
        for nx, ny in pairs(successors[id(x)], successors[id(y)]):
            if nx is ny:
                return x, y
            if (id(nx), id(ny)) not in seen:
                seen.add((id(nx), id(ny)))
                pending.append((nx, ny))
    return None


def _outer_loops(node: Node) -> list[Repeat]:
    """The repetitions that loop and stand in no other loop: every cycle of
    the automaton lies inside one of them, so each is read on its own."""
    found: list[Repeat] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, Repeat):
            if current.loops:
                found.append(Repeat(current.start, current.end, current.body, current.least,
                                    current.most))  # a possessive loop's content is read as well
            else:
                stack.append(current.body)
        elif isinstance(current, Seq):
            stack.extend(reversed(current.items))
        elif isinstance(current, Alt):
            stack.extend(reversed(current.branches))
        elif isinstance(current, Group):
            stack.append(current.body)
    return found


def _empty_ways(node: Node) -> int:
    """In how many ways the node matches the empty text (counted up to 2)."""
    if isinstance(node, Char):
        return 0
    if isinstance(node, Empty):
        return 1
    if isinstance(node, Seq):
        ways = 1
        for item in node.items:
            ways = min(2, ways * _empty_ways(item))
        return ways
    if isinstance(node, Alt):
        return min(2, sum(_empty_ways(branch) for branch in node.branches))
    if isinstance(node, Group):
        ways = _empty_ways(node.body)
        return ways if node.kind == "plain" else (1 if node.kind == "look" else min(1, ways))
    assert isinstance(node, Repeat)
    ways = _empty_ways(node.body)
    if node.most == 0 or node.possessive:
        return 1 if node.most == 0 or node.least == 0 else min(1, ways)
    return max(1, ways) if node.least == 0 else ways


def _matches_empty_twice(node: Node) -> bool:
    """Whether the node or a part of it (not set apart) matches "" two ways:
    inside a loop, each turn round can then take either ((?:a(?:b?|c?))+)."""
    if _empty_ways(node) >= 2:
        return True
    if isinstance(node, Seq):
        return any(_matches_empty_twice(item) for item in node.items)
    if isinstance(node, Alt):
        return any(_matches_empty_twice(branch) for branch in node.branches)
    if isinstance(node, Group):
        return node.kind == "plain" and _matches_empty_twice(node.body)
    if isinstance(node, Repeat):
        return not node.possessive and _matches_empty_twice(node.body)
    return False


def _smallest_loop(x: _Position, y: _Position) -> Repeat | None:
    shared = [loop for loop in x.loops if any(loop is other for other in y.loops)]
    return shared[-1] if shared else None


def exponential_risk(pattern: str, ignore_case: bool = False) -> str | None:
    """Why the pattern (valid `regex` syntax) can take exponential time, or
    None. Raises Unreadable for syntax this reading does not know and
    TooComplex past its budget."""
    try:
        return _risk(pattern, ignore_case)
    except RecursionError:  # groups nested thousands deep
        raise TooComplex from None


def _risk(pattern: str, ignore_case: bool) -> str | None:
    tree, case_inside = parse(pattern)
    reader = _Reader(ignore_case or case_inside, "V1" in pattern)
    apart: list[Node] = list(reversed(_outer_loops(tree)))
    while apart:
        automaton = _Automaton(reader)
        automaton.build(apart.pop())
        for aside in reversed(automaton.apart):
            apart.extend(reversed(_outer_loops(aside)))
        if automaton.empty_twice:
            empty = automaton.empty_twice[0]
            return (f"the group {pattern[empty.start : empty.end]!r} holds parts that match the empty "
                    "text in more than one way, so each time it repeats it can be read two ways, "
                    "which can take exponential time on some text; keep one way, e.g. "
                    "(?:a(?:b?|c?))+ -> (?:a(?:b|c)?)+")
        for part in _components(automaton.positions):
            inside = {id(p) for p in part}
            loop: Repeat | None
            twice = next(((u, v, loop) for u, v, loop in automaton.doubled
                          if id(u) in inside and id(v) in inside), None)
            if twice is not None:
                loop = twice[2] or _smallest_loop(twice[0], twice[1])
            else:
                pair = _ambiguous_pair(part, reader)
                if pair is None:
                    continue
                loop = _smallest_loop(*pair)
            shown = pattern[loop.start : loop.end] if loop is not None else pattern
            return (f"the group {shown!r} can match the same text in more than one way each time "
                    "it repeats (a repetition inside it, or parts or alternatives that overlap), "
                    "which can take exponential time on some text; make each text match one way, "
                    "e.g. (a+)+ -> a+, (a|aa)+ -> a+, (\\w|\\d)+ -> \\w+")
    return None
