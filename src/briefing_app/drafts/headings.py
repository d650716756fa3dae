"""What one line of a draft is: a heading (part, title, chapter, section, article, annex, interpretative
notes), the closing formula, a paragraph or sub-paragraph marker, an option, a status marker, a footnote.

Pure functions over one cleaned line; drafts/parse.py puts the lines together into a tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_app.domain.enums import ProvisionKind, ProvisionStatus

SEPARATORS = ".:-–—"
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve")
_FIRST = ("premier", "première", "primero", "primera", "1er", "1re")
"""The first article or chapter in French and Spanish texts ("Article premier", "Chapitre premier")."""
_GROUP_WORDS = {
    ProvisionKind.PART: ("part", "partie", "parte", "часть"),
    ProvisionKind.TITLE: ("title", "titre", "título", "titulo"),
    ProvisionKind.CHAPTER: ("chapter", "chapitre", "capítulo", "capitulo", "глава"),
    ProvisionKind.SECTION: ("section", "sección", "seccion", "раздел"),
}
_GROUP_KIND = {word: kind for kind, words in _GROUP_WORDS.items() for word in words}
_GROUP = re.compile(
    r"^(" + "|".join(_GROUP_KIND) + r")\s+([ivxlcdm]+|\d{1,3}|[a-z]|"
    + "|".join((*_NUMBER_WORDS, *_FIRST)) + r")(?!\w)(.*)$", re.IGNORECASE)
_ORDINALS = ("première", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
             "neuvième", "dixième")
_ORDINALS_ES = ("primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "séptima", "octava", "novena",
                "décima")
_ORDINAL_GROUP = re.compile(r"^(" + "|".join((*_ORDINALS, *_ORDINALS_ES)) + r")\s+(partie|parte)\b(.*)$",
                            re.IGNORECASE)
""""Première partie", "SEGUNDA PARTE": French and Spanish put the ordinal first."""
_GROUP_RANK = {ProvisionKind.PART: 0, ProvisionKind.TITLE: 1, ProvisionKind.CHAPTER: 2, ProvisionKind.SECTION: 3}
_UNNUMBERED_GROUP = re.compile(
    r"^((?:final\s+(?:clauses|provisions))|(?:clauses|dispositions)\s+finales|(?:cláusulas|clausulas|"
    r"disposiciones)\s+finales|заключительные\s+положения)$", re.IGNORECASE)
_ARTICLE = re.compile(
    r"^(?:article|art\.|artículo|articulo|статья)\s*((?:\d{1,3}|(?-i:[IVXLC]{1,7})|" + "|".join(_FIRST)
    + r")(?:\s*(?:bis|ter|quater|"
    r"quinquies|sexies|septies|octies|alt(?:ernative)?\.?(?:\s*\d{1,2}\b)?))?)(?!\w)(.*)$",
    re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^(\d{1,3})\.?$")
_PREAMBLE = re.compile(r"^(?:preamble|préambule|preámbulo|preambulo|преамбула)\s*[.:]?$", re.IGNORECASE)
_ANNEX = re.compile(r"^(?:annex|annexe|anexo|приложение)(?:\s+([ivxlc]+|\d{1,2}|[a-z]))?(?!\w)(.*)$",
                    re.IGNORECASE)
_NOTES = re.compile(r"^(?:interpretative\s+notes?|notes?\s+interprétatives?|notas?\s+interpretativas?|"
                    r"толковательные\s+примечания)(?!\w)(.*)$", re.IGNORECASE)
_CLOSING = re.compile(r"^(?:in\s+witness\s+whereof|done\s+at\s+\S|en\s+foi\s+de\s+quoi|fait\s+à\s+\S"
                      r"|en\s+testimonio\s+de\s+lo\s+cual|hecho\s+en\s+\S|в\s+удостоверение\s+чего"
                      r"|совершено\s+в\s+\S)", re.IGNORECASE)
PREAMBLE_OPENING = re.compile(
    r"^(?:the\s+(?:states\s+parties|parties|high\s+contracting\s+parties|contracting\s+states)"
    r"|les\s+(?:états|etats)\s+parties|los\s+estados\s+partes|государства\s*[-–—]?\s*участники)(?!\w)",
    re.IGNORECASE)
_PARAGRAPH = re.compile(r"^(?:(\d{1,3})\.|\((\d{1,3})\))\s+(\S.*)$")
_NUMBER_ITEM = re.compile(r"^(\d{1,3})\)\s+(\S.*)$")
_BARE_PARAGRAPH = re.compile(r"^(\d{1,3})\s+([A-Z\"“‘'(\[].*)$")
_SUBPARAGRAPH = re.compile(
    r"^(?:\(([a-z]{1,2}|[ivxl]{1,6}|[а-я])\)|([a-z]{1,2}|[ivxl]{1,6}|[а-я])\))\s+(\S.*)$")
_CYRILLIC_ITEMS = "абвгдежзиклмнопрстуфхцчшщэюя"
"""Russian texts letter their items "а)", "б)", "в)" … (ё, й, ъ, ы and ь are not used)."""
_OPTION = re.compile(r"^(\[?)((?:option|alternative|alt\.?|variante|opción|opcion|вариант)\s*(?:\d{1,2}|[A-Z]|[IVX]{1,4}))(?![\w])\s*[:.–—-]?\s*(.*)$",
                     re.IGNORECASE)
_ROMAN = re.compile(r"^[ivx]+$")
_STATUS_WORDS: tuple[tuple[str, ProvisionStatus], ...] = (
    (r"agreed\s+ad\s+ref(?:erendum|\.)?|ad\s+ref(?:erendum|\.)?", ProvisionStatus.AGREED_AD_REFERENDUM),
    (r"provisionally\s+agreed|informally\s+agreed|agreed\s+in\s+informals", ProvisionStatus.PROVISIONALLY_AGREED),
    (r"agreed|adopted", ProvisionStatus.AGREED),
    (r"pending|not\s+yet\s+(?:discussed|agreed)|under\s+(?:discussion|negotiation)|to\s+be\s+discussed",
     ProvisionStatus.PENDING),
    (r"bracketed|not\s+agreed", ProvisionStatus.BRACKETED),
    (r"deleted|proposed\s+for\s+deletion", ProvisionStatus.DELETED),
)
_STATUS_ALTERNATION = "|".join(f"(?:{words})" for words, _status in _STATUS_WORDS)
_STATUS_ALONE = re.compile(rf"^[\[(]?\s*(?:text\s+)?({_STATUS_ALTERNATION})\s*[\])]?\.?$", re.IGNORECASE)
_STATUS_END = re.compile(rf"\s*[\[(]\s*(?:text\s+)?({_STATUS_ALTERNATION})\s*[\])]\.?$", re.IGNORECASE)
_STATUS_START = re.compile(rf"^[\[(]\s*(?:text\s+)?({_STATUS_ALTERNATION})\s*[\])]\s*", re.IGNORECASE)
FOOTNOTE_REF = re.compile(r"\[\^(\d{1,3})\]")
FOOTNOTE_DEFINITION = re.compile(r"^\[\^(\d{1,3})\]:\s*(.*)$")


@dataclass(frozen=True, slots=True)
class Heading:
    kind: ProvisionKind
    number: str
    title: str


def group_rank(kind: ProvisionKind) -> int:
    """Part > title > chapter > section: a heading closes open groups of its rank or below."""
    return _GROUP_RANK[kind]


def split_heading(rest: str) -> tuple[bool, str]:
    """(is a heading, title) for what follows "Article 7" or "Chapter II" on the same line."""
    stripped = rest.strip()
    title = stripped.lstrip(SEPARATORS + " ").strip()
    if not stripped or stripped[0] in SEPARATORS:
        return True, title
    return title_like(title), title


def title_like(line: str) -> bool:
    """A heading's title: short, capitalised or starting with a figure ("24/7 Network"), no closing
    punctuation, and not a paragraph marker."""
    return (0 < len(line) <= 150 and (line[0].isupper() or line[0].isdigit() or line[0] in "\"“'‘")
            and not line.endswith((".", ";", ",", ":")) and not _PARAGRAPH.match(line) and not _NUMBER_ITEM.match(line)
            and not _SUBPARAGRAPH.match(line) and not _BARE_NUMBER.match(line))


def heading(line: str) -> Heading | None:
    """The heading a line opens (except a bare article number, which needs the next line to tell)."""
    if match := _GROUP.match(line):
        is_heading, title = split_heading(match.group(3))
        if is_heading:
            return Heading(_GROUP_KIND[match.group(1).lower()], _group_number(match.group(2)), title)
    if match := _ORDINAL_GROUP.match(line):
        is_heading, title = split_heading(match.group(3))
        if is_heading:
            ordinal = match.group(1).lower()
            number = (_ORDINALS.index(ordinal) if ordinal in _ORDINALS else _ORDINALS_ES.index(ordinal)) + 1
            return Heading(ProvisionKind.PART, str(number), title)
    if _UNNUMBERED_GROUP.match(line):
        return Heading(ProvisionKind.SECTION, "", line)
    if match := _ARTICLE.match(line):
        is_heading, title = split_heading(match.group(2))
        if is_heading:
            return Heading(ProvisionKind.ARTICLE, _article_number(match.group(1)), title)
    if match := _ANNEX.match(line):
        is_heading, title = split_heading(match.group(2))
        if is_heading:
            return Heading(ProvisionKind.ANNEX, (match.group(1) or "").upper(), title)
    if (match := _NOTES.match(line)) and not line.rstrip().endswith((".", ";", ",")):
        return Heading(ProvisionKind.NOTES, "", line.strip())
    if _PREAMBLE.match(line):
        return Heading(ProvisionKind.PREAMBLE, "", "")
    return None


def _article_number(token: str) -> str:
    """ "7 bis", "7 alt", "IV", "1" for "Article premier" / "Article 1er", "1 bis" for "Article premier bis"."""
    lowered = token.lower()
    first, _space, rest = lowered.partition(" ")
    if first in _FIRST:
        lowered = f"1 {rest}"
    elif re.match(r"[IVXLC]+(?![A-Za-z])", token):  # "Article IV": roman numbers stay as written
        lowered = token[:len(first)] + lowered[len(first):]
    return " ".join(re.sub(r"(\d)(?=[a-z])", r"\1 ", lowered.replace(".", " ")).split())


def _group_number(token: str) -> str:
    lowered = token.lower()
    if lowered in _FIRST:
        return "I"
    if lowered in _NUMBER_WORDS:
        return token.capitalize() if not token.isupper() else token
    return token.upper()


def bare_number(line: str) -> str | None:
    match = _BARE_NUMBER.match(line)
    return match.group(1) if match else None


def is_article_heading(line: str) -> bool:
    found = heading(line)
    return found is not None and found.kind is ProvisionKind.ARTICLE


def opens_closing(line: str) -> bool:
    return bool(_CLOSING.match(line))


def paragraph(line: str) -> tuple[str, str] | None:
    """("2", rest) for "2. …" or "(2) …"."""
    match = _PARAGRAPH.match(line)
    return (match.group(1) or match.group(2), match.group(3)) if match else None


def number_item(line: str) -> tuple[str, str] | None:
    """("2", rest) for "2) …": a paragraph, or an item under a paragraph numbered "1." (parse.py decides)."""
    match = _NUMBER_ITEM.match(line)
    return (match.group(1), match.group(2)) if match else None


def bare_paragraph(line: str) -> tuple[str, str] | None:
    """("2", rest) for "2 Each Party …": a number and a capitalised sentence (parse.py checks the sequence)."""
    match = _BARE_PARAGRAPH.match(line)
    return (match.group(1), match.group(2)) if match else None


_BARE_ITEM = re.compile(r"^([a-z]|[ivx]{1,4})\s+(\S.*)$")


def bare_item(line: str) -> tuple[str, str] | None:
    """("b", rest) for "b "traffic data" means …": a letter or roman numeral alone (parse.py checks it)."""
    match = _BARE_ITEM.match(line)
    return (match.group(1), match.group(2)) if match else None


def subparagraph(line: str) -> tuple[str, str] | None:
    """("a", rest) for "(a) …" or "a) …"; ("ii", rest) for "(ii) …"."""
    match = _SUBPARAGRAPH.match(line)
    return ((match.group(1) or match.group(2)).lower(), match.group(3)) if match else None


def is_roman(token: str) -> bool:
    return bool(_ROMAN.match(token))


def next_letter(token: str) -> str:
    """The letter item after `token`: "a" → "b", "z" → "aa"."""
    if token in _CYRILLIC_ITEMS:
        index = _CYRILLIC_ITEMS.index(token) + 1
        return _CYRILLIC_ITEMS[index] if index < len(_CYRILLIC_ITEMS) else ""
    if token and token[-1] != "z":
        return token[:-1] + chr(ord(token[-1]) + 1)
    return "a" * (len(token) + 1)


def option(line: str) -> tuple[str, str] | None:
    """("Option 1", rest) for "Option 1: …", "[Alt. B] …", "Alternative 2"; the bracket stays in rest."""
    match = _OPTION.match(line)
    if not match:
        return None
    marker = " ".join(match.group(2).split())
    rest = match.group(3).strip()
    if match.group(1) and rest.startswith("]"):  # "[Option A]": the marker alone was bracketed
        rest = rest[1:].lstrip()
    elif match.group(1):
        rest = "[" + rest
    return marker[0].upper() + marker[1:], rest


def status_of(words: str) -> ProvisionStatus:
    for pattern, status in _STATUS_WORDS:
        if re.fullmatch(pattern, " ".join(words.split()), re.IGNORECASE):
            return status
    return ProvisionStatus.UNMARKED


def status_line(line: str) -> ProvisionStatus | None:
    """A line that only states a status: "[Agreed ad referendum]", "(Pending)", "Agreed ad ref."."""
    match = _STATUS_ALONE.match(line)
    return status_of(match.group(1)) if match else None


def take_status(text: str) -> tuple[str, ProvisionStatus | None]:
    """Text without a bracketed status marker at its start or end, and the status it stated."""
    if match := _STATUS_END.search(text):
        return text[:match.start()].rstrip(), status_of(match.group(1))
    if match := _STATUS_START.match(text):
        return text[match.end():], status_of(match.group(1))
    return text, None


def wholly_bracketed(text: str) -> bool:
    """Whether the text is one square-bracketed passage ("[1. Each State Party may …]")."""
    stripped = text.strip().rstrip(".;,")
    if len(stripped) < 3 or stripped[0] != "[" or stripped[-1] != "]":
        return False
    depth = 0
    for index, char in enumerate(stripped):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if depth == 0 and index < len(stripped) - 1:
            return False
    return depth == 0
