"""The pack's own words, per language, from the TOML catalogues in this folder.

`Wording.template(key)` gives one of our templates (markup allowed: <b>, <i>, <super>);
`Wording.plural(key, n)` the plural form for `n` under the language's CLDR rules. Filling a
template with data is the writer's job (packs/flow.py), which escapes every value.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from briefing_app.domain.languages import PACK_LANGUAGES, RTL_LANGUAGES

LANGUAGES = PACK_LANGUAGES
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and not _is_plural(value):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def _is_plural(value: Mapping[str, Any]) -> bool:
    return "other" in value and all(k in ("zero", "one", "two", "few", "many", "other") for k in value)


def plural_category(language: str, n: int) -> str:
    """CLDR cardinal plural category of the integer `n` in `language`."""
    if language == "fr":
        return "one" if n in (0, 1) else "other"
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    if language == "ar":
        if n in (0, 1, 2):
            return ("zero", "one", "two")[n]
        if 3 <= n % 100 <= 10:
            return "few"
        return "many" if 11 <= n % 100 <= 99 else "other"
    if language == "zh":
        return "other"
    return "one" if n == 1 else "other"


@dataclass(frozen=True, slots=True)
class Wording:
    language: str
    name: str
    entries: Mapping[str, Any]

    def template(self, key: str) -> str:
        value = self.entries[key]
        if not isinstance(value, str):
            raise KeyError(f"{key} is a plural entry; use plural()")
        return value

    def plural(self, key: str, n: int) -> str:
        forms = self.entries[key]
        return str(forms.get(plural_category(self.language, n), forms["other"]))

    @property
    def rtl(self) -> bool:
        """The pack's own words run right to left (Arabic): paragraphs and page furniture mirror."""
        return self.language in RTL_LANGUAGES

    def date(self, value: str) -> str:
        """An ISO date (2024-08-08) in the language's words ("8 août 2024"); anything else as it is."""
        match = _ISO_DATE.fullmatch(value.strip())
        if match is None or not 1 <= int(match[2]) <= 12:
            return value
        return self.template("date.full").format(
            day=str(int(match[3])), month=self.template(f"month.{match[2]}"), year=match[1])


@cache
def wording(language: str = "en") -> Wording:
    """The catalogue of `language` (one of LANGUAGES)."""
    if language not in LANGUAGES:
        raise ValueError(f"no pack wording for language {language!r}")
    text = resources.files(__package__).joinpath(f"{language}.toml").read_text(encoding="utf-8")
    table = tomllib.loads(text)
    name = str(table.pop("language"))
    return Wording(language, name, _flatten(table))
