"""A register's texts in several languages: which texts it has, their translations, which are missing.

A register's own texts are written in its `language`. `translations[lang][path]` holds a text in
another language, with the text it was translated from (`source`); a path names a field as the checks
and the API do: `purpose_text`, `sources[0]`, `data_categories[2].name`, `purposes[1].interest`.
A translation counts while its source is still the field's text: when someone edits the original, the
translation is out of date, and a notice is not published in that language until it is updated.

This is the one place that says which texts lack which language (`missing_translations`); the
notice builder, the publishing service, the register page and the checks all ask it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Literal

from tietovirta.language import LANGUAGES

if TYPE_CHECKING:
    from tietovirta.canonical.schema import Register

Status = Literal["missing", "outdated"]

# Lists of texts, and lists of objects with text fields, whose items can be translated one by one.
LIST_FIELDS = ("sources", "data_subject_categories")
ITEM_FIELDS = {"data_categories": ("name",), "purposes": ("purpose", "interest")}
# Short texts that are not free prose but are printed in documents.
SHORT_FIELDS = ("name", "retention_trigger")

_PATH = re.compile(r"^(\w+)(?:\[(\d+)\](?:\.(\w+))?)?$")


def prose_fields() -> tuple[str, ...]:
    """Register fields of free text (the schema marks them with the `Text` type)."""
    from tietovirta.canonical.schema import TEXT_DESCRIPTION, Register

    return tuple(
        name for name, info in Register.model_fields.items()
        if info.description == TEXT_DESCRIPTION and info.annotation is str
    )


def texts(register: Register) -> dict[str, str]:
    """Every translatable text the register has (blank ones left out), by path, in the fields' order."""
    found: dict[str, str] = {}
    prose = set(prose_fields())
    for name in type(register).model_fields:
        value = getattr(register, name)
        if name in SHORT_FIELDS or name in prose:
            found[name] = value
        elif name in LIST_FIELDS:
            found.update((f"{name}[{i}]", item) for i, item in enumerate(value))
        elif name in ITEM_FIELDS:
            for i, item in enumerate(value):
                found.update((f"{name}[{i}].{sub}", getattr(item, sub)) for sub in ITEM_FIELDS[name])
    return {path: text for path, text in found.items() if text.strip()}


def text_at(register: Register, path: str) -> str | None:
    """The register's own text at `path`; None for a path it does not have."""
    match = _PATH.match(path)
    if match is None:
        return None
    name, index, sub = match.group(1), match.group(2), match.group(3)
    if name not in type(register).model_fields:
        return None
    value = getattr(register, name)
    if index is None:
        return value if isinstance(value, str) else None
    items = value if isinstance(value, list) else []
    if int(index) >= len(items):
        return None
    item = items[int(index)]
    if sub is None:
        return item if isinstance(item, str) else None
    text = getattr(item, sub, None)
    return text if isinstance(text, str) else None


def status(register: Register, path: str, lang: str) -> Status | None:
    """None when the text at `path` exists in `lang` (or is blank), else why not."""
    own = text_at(register, path)
    if own is None or not own.strip() or lang == register.language:
        return None
    translation = register.translations.get(lang, {}).get(path)
    if translation is None or not translation.text.strip():
        return "missing"
    return None if translation.source == own else "outdated"


def text_in(register: Register, path: str, lang: str) -> str | None:
    """The text at `path` in `lang`: the register's own in its language, else a current translation;
    None when there is none."""
    own = text_at(register, path)
    if own is None:
        return None
    if lang == register.language or not own.strip():
        return own
    if status(register, path, lang) is None:
        return register.translations[lang][path].text
    return None


def missing_translations(
    register: Register, lang: str, paths: Iterable[str] | None = None
) -> dict[str, Status]:
    """The texts (all of the register's, or those at `paths`) that do not exist in `lang`, and why."""
    found: dict[str, Status] = {}
    for path in texts(register) if paths is None else paths:
        if (why := status(register, path, lang)) is not None:
            found[path] = why
    return found


def missing_by_language(
    register: Register, paths: Iterable[str] | None = None
) -> dict[str, dict[str, Status]]:
    """For each language other than the register's: its missing or outdated texts (possibly none)."""
    wanted = list(texts(register) if paths is None else paths)
    return {lang: missing_translations(register, lang, wanted) for lang in other_languages(register)}


def other_languages(register: Register) -> Iterator[str]:
    return (lang for lang in LANGUAGES if lang != register.language)


def combine(versions: Mapping[str, Register], primary: str) -> Register:
    """One register from the same register written in several languages: the `primary` version's texts
    as its own, the texts of the others as their translations."""
    from tietovirta.canonical.schema import Translation

    own = versions[primary]
    own_texts = texts(own)
    translations = {}
    for lang, version in versions.items():
        if lang != primary:
            theirs = texts(version)
            translations[lang] = {path: Translation(text=theirs[path], source=text)
                                  for path, text in own_texts.items() if path in theirs}
    return own.model_copy(update={"language": primary, "translations": translations})
