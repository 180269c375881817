"""Reading a register's prose sentence by sentence, wherever it stands: an imported document often says a
thing under another heading than the one it belongs to, and then it is said (unknown is not missing).
The first match anywhere is `RegisterFacts.anywhere`; these helpers ask of whole sentences.

(Helpers of the rules of LEGAL.md §7 added for issue 19; no rule is defined here.)
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from tietovirta.analysis import text
from tietovirta.analysis.facts import RegisterFacts
from tietovirta.analysis.text import Matcher

# The rights boilerplate and the cookie paragraph mention many things in passing ("you may object to
# marketing", "we cannot erase accounting records"): where a rule asks what is *done*, it skips them.
RIGHTS_FIELDS = ("access_right_text", "rectification_text", "other_rights_text")


def sentences(ctx: RegisterFacts, besides: Collection[str] = ()) -> Iterator[tuple[str, str]]:
    """(field, sentence) of every sentence of the register's text fields, except those in `besides`."""
    for field, value in ctx.own_text_fields():
        if field not in besides and not text.is_blank(value):
            for sentence in text.sentences(value):
                yield field, sentence


def together(
    ctx: RegisterFacts, *matchers: Matcher, affirmed: bool = False, besides: Collection[str] = ()
) -> tuple[str, str] | None:
    """(field, sentence) of the first sentence in which every one of `matchers` matches."""
    first_matcher, *others = matchers
    for field, value in ctx.own_text_fields():
        if field in besides:
            continue
        for hit in first_matcher.hits(value, affirmed=affirmed):
            if all(m.pattern.search(hit.sentence) for m in others):
                return field, hit.sentence
    return None
