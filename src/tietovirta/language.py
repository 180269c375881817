"""The product's languages and its translated-text type, defined once.

Interface strings go through Django's gettext; texts written next to the code (check messages,
document phrases, enum labels, section headings) are `Msg` values holding one text per language.
Adding a language means adding one `Locale` to LOCALES (settings.LANGUAGES is built from it) and
giving every Msg its text: a Msg without a text in every language cannot be built.

One fallback policy everywhere: a language code is read by its first part ("sv-FI" → "sv"); a code
that is not one of LANGUAGES means the default language (Finnish). There is no per-text fallback,
since every Msg has every language.

Dates have one format per language (Finnish practice 2.12.2026 also for Finland's Swedish, English
2 December 2026), for documents, pages and messages alike: `format_date`, `format_datetime`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from babel.dates import format_date as _babel_date
from babel.dates import format_time as _babel_time


@dataclass(frozen=True)
class Locale:
    code: str  # ISO 639-1, as in URLs (?lang=sv) and the canonical translations
    name: str  # the language's own name, for the language menu
    babel: str  # the locale Babel formats numbers, units and month names with
    date: str  # Babel date pattern
    time: str  # Babel time pattern
    datetime: str  # how a date and a time are joined ({date}, {time})
    quotes: tuple[str, str] = ("”", "”")  # Finnish and Swedish quote with ” on both sides


LOCALES: dict[str, Locale] = {
    locale.code: locale
    for locale in (
        Locale("fi", "suomi", "fi_FI", "d.M.y", "H.mm", "{date} klo {time}"),
        Locale("sv", "svenska", "sv_FI", "d.M.y", "H.mm", "{date} kl. {time}"),
        Locale("en", "English", "en_GB", "d MMMM y", "HH:mm", "{date}, {time}", ("“", "”")),
    )
}
LANGUAGES: tuple[str, ...] = tuple(LOCALES)
DEFAULT_LANGUAGE = "fi"
# The locale Babel formats dates, numbers and units with (Finland's Swedish, British English).
BABEL_LOCALES = {code: locale.babel for code, locale in LOCALES.items()}
_INDEX = {code: i for i, code in enumerate(LANGUAGES)}


def check_language(lang: str) -> str:
    """The language code itself, or ValueError naming the choices (for input a user typed)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language '{lang}'; choose one of {', '.join(LANGUAGES)}")
    return lang


def language_or_default(lang: str | None) -> str:
    """The product language a code names ("sv", "sv-FI", "sv_FI"), else the default language."""
    code = (lang or "").replace("_", "-").split("-")[0].lower()
    return code if code in _INDEX else DEFAULT_LANGUAGE


class Msg:
    """One text in every language. Templates use str.format placeholders.

    Built with one text per language, by position in the order of LANGUAGES or by language code:
    `Msg("kyllä", "ja", "yes")` or `Msg(fi="kyllä", sv="ja", en="yes")`. `msg.text(lang)`,
    `msg[lang]` and `msg.fi` read a text.
    """

    __slots__ = ("_texts",)

    def __init__(self, *texts: str, **by_language: str):
        if texts and by_language:
            raise TypeError("give a Msg its texts either in language order or by language, not both")
        if texts:
            if len(texts) != len(LANGUAGES):
                raise TypeError(f"a Msg needs one text for each of {', '.join(LANGUAGES)}; got {len(texts)}")
            by_language = dict(zip(LANGUAGES, texts, strict=True))
        if set(by_language) != set(LANGUAGES):
            missing = sorted(set(LANGUAGES) - set(by_language))
            extra = sorted(set(by_language) - set(LANGUAGES))
            raise TypeError(f"a Msg needs exactly the languages {', '.join(LANGUAGES)}"
                            + (f"; missing {', '.join(missing)}" if missing else "")
                            + (f"; unknown {', '.join(extra)}" if extra else ""))
        object.__setattr__(self, "_texts", tuple(by_language[code] for code in LANGUAGES))

    @classmethod
    def same(cls, text: str) -> Msg:
        """A text written alike in every language (a name, a code, a URL)."""
        return cls(*([text] * len(LANGUAGES)))

    @classmethod
    def build(cls, make: Callable[[str], str]) -> Msg:
        """A Msg whose text in each language is `make(lang)`."""
        return cls(**{code: make(code) for code in LANGUAGES})

    def text(self, lang: str | None) -> str:
        index = _INDEX.get(lang)  # a product language as it is, the common case: no parsing
        return self._texts[index if index is not None else _INDEX[language_or_default(lang)]]

    __getitem__ = text

    def __getattr__(self, name: str) -> str:
        if name in _INDEX:
            return self._texts[_INDEX[name]]
        raise AttributeError(name)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Msg cannot be changed")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and other._texts == self._texts

    def __hash__(self) -> int:
        return hash(self._texts)

    def __repr__(self) -> str:
        return "Msg(" + ", ".join(f"{code}={text!r}" for code, text in zip(LANGUAGES, self._texts,
                                                                             strict=True)) + ")"

    def __reduce__(self):
        # Read back without checking the texts again: they were checked when this Msg was built. Pieces
        # of the checks kept in the caches hold thousands of them.
        return (_unpickled_msg, (self._texts,))

    # Read like the {"fi": …, "sv": …, "en": …} dicts these texts once were (the importer does).
    def items(self) -> Iterable[tuple[str, str]]:
        return zip(LANGUAGES, self._texts, strict=True)

    def values(self) -> tuple[str, ...]:
        return self._texts

    def get(self, lang: str, default: str | None = None) -> str | None:
        return self._texts[_INDEX[lang]] if lang in _INDEX else default

    def map(self, change: Callable[[str], str]) -> Msg:
        """The same Msg with `change` applied to the text of every language."""
        return Msg(*(change(text) for text in self._texts))

    def render(self, lang: str, **params: object) -> str:
        text = self.text(lang)
        if not params:
            return text
        return text.format(**{k: render_value(v, lang) for k, v in params.items()})

    def __call__(self, **params: object) -> Bound:
        """This text with its values filled in later, in the reader's language."""
        return Bound(self, params)


def _unpickled_msg(texts: tuple[str, ...]) -> Msg:
    if len(texts) != len(LANGUAGES):  # pickled when the product had other languages
        return Msg(*texts)
    msg = object.__new__(Msg)
    object.__setattr__(msg, "_texts", tuple(texts))
    return msg


@dataclass(frozen=True)
class Bound:
    msg: Msg
    params: dict[str, object]

    def render(self, lang: str) -> str:
        return self.msg.render(lang, **self.params)


_AND = Msg("ja", "och", "and")

# "In <language>", said in each language: "suomeksi", "på finska", "in Finnish".
IN_LANGUAGE: dict[str, Msg] = {
    "fi": Msg("suomeksi", "på finska", "in Finnish"),
    "sv": Msg("ruotsiksi", "på svenska", "in Swedish"),
    "en": Msg("englanniksi", "på engelska", "in English"),
}


def join_and(items: list[str], lang: str) -> str:
    """'a, b ja c' / 'a, b och c' / 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_AND.render(lang)} {items[-1]}"


def quote(text: str, lang: str) -> str:
    """”teksti” (fi, sv) or “text” (en)."""
    left, right = LOCALES[language_or_default(lang)].quotes
    return f"{left}{text}{right}"


def render_value(value: object, lang: str) -> str:
    """A parameter in the message's language: a Msg is translated, a list joined with "and", a date
    written the language's way."""
    if isinstance(value, Msg | Bound):
        return value.render(lang)
    if isinstance(value, list | tuple | set | frozenset):
        return join_and([render_value(v, lang) for v in value], lang)
    if isinstance(value, dt.date):
        return format_date(value, lang)
    return str(value)


def format_date(value: dt.date | dt.datetime | None, lang: str) -> str:
    """2.12.2026 (fi, sv) or 2 December 2026 (en); "" for None."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, dt.datetime) else value
    locale = LOCALES[language_or_default(lang)]
    return _babel_date(day, locale.date, locale=locale.babel)


def format_datetime(value: dt.datetime | None, lang: str, *, seconds: bool = False) -> str:
    """2.12.2026 klo 14.05 / 2.12.2026 kl. 14.05 / 2 December 2026, 14:05 (the time as given)."""
    if value is None:
        return ""
    locale = LOCALES[language_or_default(lang)]
    pattern = locale.time + (locale.time[-3] + "ss" if seconds else "")
    return locale.datetime.format(date=format_date(value, lang),
                                  time=_babel_time(value.time(), pattern, locale=locale.babel))
