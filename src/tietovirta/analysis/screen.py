"""A cheap test in front of a big regular expression: the words one of which every match contains.

Most sentences match none of the long alternations the readers ask about ("Is this sentence about
whose data is kept?"), and the regex engine finds that out by trying every alternative at every
position. The literal runs a match cannot do without ("suostumu" in `suostumu\\w*`, one of "lupa" and
"luva" in `(?:lupa|luva)\\w* …`) are read from the parsed pattern, once; a text that holds none of them
(compared case-folded) is answered "no match" without running the pattern. One scan of a text finds
the literals of every screened pattern at once (`_Index`): the readers ask about the same sentence in
turn (a long text, asked about by a few, is scanned for each pattern's own literals). The answers are
the pattern's own: the test only rules out texts in which it cannot match.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterator
from functools import cache, cached_property, lru_cache
from re._constants import BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN
from re._parser import parse as parse_pattern
from typing import Any

# The characters IGNORECASE matches to a letter that str.lower() does not turn into it ("İ".lower()
# is even two characters). tests/importer/test_import_screen.py checks every character of Unicode.
FOLDED_AS_THE_PATTERNS_DO = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
# The letters (after folding) a literal is read from: each one checked against all of Unicode by the
# tests. Any other character ends a literal run, which only makes the test weaker, never wrong.
CHECKED_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzåäöéü0123456789 -:/().,;'")


# From this many characters on, a text is screened by each pattern's own scan instead of the index.
LONG_TEXT = 500


def fold(text: str) -> str:
    """The text as the patterns compare it under IGNORECASE, one character for one."""
    if "İ" in text or "ı" in text or "ſ" in text:  # rare: three scans cost less than translating every text
        text = text.translate(FOLDED_AS_THE_PATTERNS_DO)
    return text.lower()


def longest_first(words: set[str]) -> str:
    """A regex matching the longest of the words that starts where it is tried: the words as a tree of
    their letters (one branch per next letter, so few alternatives are tried at each position), a word
    that goes on tried before the word that ends there."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}  # a word ends here

    def branches(node: dict[str, dict]) -> str:
        going_on = [re.escape(letter) + branches(below) for letter, below in sorted(node.items()) if letter]
        alternatives = [*going_on, ""] if "" in node else going_on
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    return branches(tree)


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literals (folded) one of which every match of the pattern contains, or None if none were found.
    Of the sets the pattern allows, the one whose shortest literal is longest (then the smallest)."""
    literals = _required(list(parse_pattern(pattern.pattern, pattern.flags)))
    # A text holding "myydään" holds "myy": the longer is no need of its own.
    return literals and frozenset(w for w in literals if not any(o != w and o in w for o in literals))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None or b is None:
        return a or b
    return b if (min(map(len, b)), -len(b)) > (min(map(len, a)), -len(a)) else a


_MOST_SPELLINGS = 64  # of a run of literals with alternatives in it ("tie[dt]o" → "tiedo", "tieto")


def _exact(op: Any, arg: Any) -> frozenset[str] | None:
    """Every text one parsed item can match, if they are a few literals (folded), else None."""
    if op is LITERAL:
        letter = fold(chr(arg))
        return frozenset({letter}) if letter in CHECKED_CHARACTERS else None
    if op is IN:
        letters = [_exact(*member) for member in arg]
        return frozenset().union(*letters) if all(letters) else None  # no ranges, classes or negation
    if op is SUBPATTERN:
        return _spellings(list(arg[3]))
    if op is BRANCH:
        alternatives = [_spellings(list(alternative)) for alternative in arg[1]]
        return frozenset().union(*alternatives) if all(alternatives) else None
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and (arg[0], arg[1]) == (0, 1):
        once = _spellings(list(arg[2]))
        return once | {""} if once else None
    return None


def _spellings(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    texts = frozenset({""})
    for op, arg in items:
        item = _exact(op, arg)
        if item is None or len(texts) * len(item) > _MOST_SPELLINGS:
            return None
        texts = frozenset(a + b for a in texts for b in item)
    return texts


def _ended(best: frozenset[str] | None, run: frozenset[str]) -> frozenset[str] | None:
    """The better of the best so far and a run of literals that has ended (if it needs a letter at all)."""
    return _better(best, run) if "" not in run else best


def _required(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Over a sequence of parsed items: the texts a run of literal items can be are needed (one of them),
    so is what an item that must match needs (a group, every alternative of a branch, a repeat at least
    once); lookarounds, classes and optional parts are passed over."""
    best: frozenset[str] | None = None
    run = frozenset({""})
    for op, arg in items:
        item = _exact(op, arg)
        if item is not None:
            if len(run) * len(item) > _MOST_SPELLINGS:
                best, run = _ended(best, run), frozenset({""})
            if len(item) <= _MOST_SPELLINGS:
                run = frozenset(a + b for a in run for b in item)
                continue
        best, run = _ended(best, run), frozenset({""})
        if op is SUBPATTERN:
            best = _better(best, _required(list(arg[3])))
        elif op is BRANCH:
            alternatives = [_required(list(alternative)) for alternative in arg[1]]
            if all(alternatives):
                best = _better(best, frozenset().union(*alternatives))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and arg[0] >= 1:
            best = _better(best, _required(list(arg[2])))
    return _ended(best, run)


class Screened:
    """A compiled pattern behind the test of its required literals; used as the pattern is (search,
    match, fullmatch, finditer, findall, sub, subn, split), with the same answers. The literals are read
    when the pattern is first used, so that importing the modules that define hundreds stays quick."""

    def __init__(self, source: str, flags: int = 0):
        self.compiled = re.compile(source, flags)
        self.pattern = self.compiled.pattern
        self.flags = self.compiled.flags
        _MADE.add(self)

    @cached_property
    def literals(self) -> frozenset[str] | None:
        """The required literals, if they are worth testing: one of several single letters is in nearly
        every text (one literal alone, "6" or "@", still rules out most)."""
        literals = required_literals(self.compiled)
        return literals if literals and (len(literals) == 1 or min(map(len, literals)) >= 2) else None

    def could_match(self, text: str) -> bool:
        # The first use makes the test and puts it in this method's place on the instance: the methods
        # below then call it directly (hundreds of thousands of calls per corpus, one frame fewer each).
        self.could_match = self._test()  # type: ignore[method-assign]
        return self.could_match(text)

    def _test(self) -> Callable[[str], bool]:
        literals = self.literals
        if literals is None:
            return lambda text: True
        index = _index()
        if literals <= index.literals:
            # A long text (a section's body) is asked about by a few patterns, a sentence by dozens: the
            # pattern's own scan, which stops at the first literal, costs a long text a third of the index's.
            return lambda text: (
                not literals.isdisjoint(_found(index, text))
                if len(text) < LONG_TEXT
                else self._scan.search(fold(text)) is not None
            )
        return lambda text: self._scan.search(fold(text)) is not None  # made after the index: its own scan

    @cached_property
    def _scan(self) -> re.Pattern[str]:
        return re.compile(longest_first(set(self.literals or ())))

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.search(text, *args) if self.could_match(text) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.match(text, *args) if self.could_match(text) else None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, *args) if self.could_match(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *args) if self.could_match(text) else iter(())

    def findall(self, text: str, *args: int) -> list[Any]:
        return self.compiled.findall(text, *args) if self.could_match(text) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count) if self.could_match(text) else text

    def subn(self, repl: Any, text: str, count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, text, count) if self.could_match(text) else (text, 0)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(text, maxsplit) if self.could_match(text) else [text]

    def __repr__(self) -> str:
        return f"Screened({self.compiled!r})"


# Every screened pattern asks about the same sentences in turn: one scan of a text finds the literals of
# them all (the index of the patterns made before the first was used: the modules' own), and each pattern
# then only looks its literals up in what was found.
_MADE: weakref.WeakSet[Screened] = weakref.WeakSet()


class _Index:
    def __init__(self, literals: set[str]):
        self.literals = frozenset(literals)
        self._scan = re.compile(f"(?=({longest_first(literals)}))")  # the longest at every position
        # The literals found where one starts: those it begins with (the shorter start there too).
        self._starting = {w: [w[:n] for n in range(1, len(w) + 1) if w[:n] in literals] for w in literals}

    def found(self, text: str) -> frozenset[str]:
        found: set[str] = set()
        starting = self._starting
        for longest in set(self._scan.findall(fold(text))):  # findall makes no match objects
            found.update(starting[longest])
        return frozenset(found)


@cache
def _index() -> _Index:
    return _Index({literal for pattern in list(_MADE) for literal in pattern.literals or ()})


@lru_cache(maxsize=4096)  # many patterns ask about the same sentence in turn
def _found(index: _Index, text: str) -> frozenset[str]:
    return index.found(text)
