"""The product's languages and its translated-text type, defined once.

Interface strings go through Django's gettext; texts written next to the code (check messages,
document phrases, labels) are `Msg` values holding one text per language. Adding a language means
adding it to LANGUAGES (and to settings.LANGUAGES) and giving every Msg its text.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
# The locale Babel formats dates and numbers with (Finland's Swedish, British English).
BABEL_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


def check_language(lang: str) -> str:
    """The language code itself, or ValueError naming the choices."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language '{lang}'; choose one of {', '.join(LANGUAGES)}")
    return lang


def language_or_default(lang: str | None) -> str:
    """The language when supported, else the default (for texts shown to someone regardless)."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Msg:
    """One text in every language. Templates use str.format placeholders."""

    fi: str
    sv: str
    en: str

    def text(self, lang: str) -> str:
        return getattr(self, language_or_default(lang))

    def render(self, lang: str, **params: object) -> str:
        return self.text(lang).format(**{k: render_value(v, lang) for k, v in params.items()})

    def __call__(self, **params: object) -> Bound:
        """This text with its values filled in later, in the reader's language."""
        return Bound(self, params)


@dataclass(frozen=True)
class Bound:
    msg: Msg
    params: dict[str, object]

    def render(self, lang: str) -> str:
        return self.msg.render(lang, **self.params)


_AND = Msg("ja", "och", "and")


def render_value(value: object, lang: str) -> str:
    """A parameter in the message's language: a Msg is translated, a list joined with "and"."""
    if isinstance(value, Msg | Bound):
        return value.render(lang)
    if isinstance(value, list | tuple | set | frozenset):
        items = [render_value(v, lang) for v in value]
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {_AND.render(lang)} {items[-1]}"
    return str(value)
