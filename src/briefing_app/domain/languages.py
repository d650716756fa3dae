"""Which language a pack is written in, and which language the user's own words are in.

A pack's own words come in one of PACK_LANGUAGES (packs/wording has a catalogue for each); the
profile may name one, else the delegation's first working language that has a catalogue, else
English. The user's content (concerns, amendments) is never translated: `content_language` guesses
the language it is written in, so the pack can say so when it differs from the pack's.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

PACK_LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
NATIVE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ru": "Русский", "zh": "中文", "ar": "العربية"}
RTL_LANGUAGES = frozenset({"ar"})


def pack_language(chosen: str, working_languages: Sequence[str]) -> str:
    """The profile's language when it names one, else the first working language we can word."""
    if chosen:
        return chosen
    for given in working_languages:
        code = given.strip().lower().split("-")[0].split("_")[0]
        if code in PACK_LANGUAGES:
            return code
    return "en"


# A few very frequent words per Latin-script language: enough to tell our three apart in a
# concern's summary. Words shared by two of them (de, la, a) are left out.
_FUNCTION_WORDS = {
    "en": frozenset("the of and to is that which for with this are be by not on".split()),
    "fr": frozenset("le les des et est une du pour dans qui sur pas par ce au".split()),
    "es": frozenset("el los las y es una del para en que por con se su al".split()),
}
_WORD = re.compile(r"[^\W\d_]+")


def _script(char: str) -> str:
    if "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f" or "\ufb50" <= char <= "\ufeff":
        return "ar"
    if "\u0400" <= char <= "\u04ff":
        return "ru"
    if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
        return "zh"
    if unicodedata.category(char).startswith("L") and char < "\u0250":
        return "latin"
    return ""


def content_language(texts: Iterable[str], *, sample: int = 20_000) -> str:
    """The language most of `texts` is written in ("" when there is too little to tell): the
    script decides Arabic, Russian and Chinese; function words decide English, French, Spanish."""
    scripts: Counter[str] = Counter()
    words: Counter[str] = Counter()
    seen = 0
    for text in texts:
        chunk = text[: sample - seen]
        seen += len(chunk)
        scripts.update(s for s in map(_script, chunk) if s)
        for word in _WORD.findall(chunk.lower()):
            for language, common in _FUNCTION_WORDS.items():
                if word in common:
                    words[language] += 1
        if seen >= sample:
            break
    if sum(scripts.values()) < 20:
        return ""
    script = scripts.most_common(1)[0][0]
    if script != "latin":
        return script
    if not words:
        return ""
    return words.most_common(1)[0][0]
