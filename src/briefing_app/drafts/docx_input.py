"""Read a Word draft (.docx, through python-docx, the optional 'docx' extra) into the text drafts/parse.py reads.

`paragraph.text` sees only a paragraph's direct runs, so the body is walked in document order instead:
paragraphs, tables (row by row, cell by cell) and content controls; inside a paragraph the runs of
tracked insertions and moves, hyperlinks, fields' results, smart tags and content controls too, while
tracked deletions, field codes and comments are left out (the draft as Word shows it with every change
accepted, which the review says); a manual line break starts a new line; footnotes and endnotes become
"[^N]" with a "[^N]: text" line, which parse.py keeps on their provision; Word's automatic list numbers
(absent from the text) are written back as Word shows them.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing_app.drafts.errors import DraftInputError
from briefing_app.drafts.parse import MAX_CHARS, starts_article

MAX_DOCX_UNPACKED = 64 * 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_LEFT_OUT = {f"{_W}{tag}" for tag in ("del", "moveFrom", "instrText", "delInstrText", "pPr", "rPr",
                                      "footnoteRef", "endnoteRef", "annotationRef")} | {_FALLBACK}
_NOTES_RELS = ("/footnotes", "/endnotes")


@dataclass(frozen=True, slots=True)
class DocxDraft:
    text: str
    insertions: int
    deletions: int


def read_docx(path: Path) -> DocxDraft:
    """The text of a .docx draft; DraftInputError with a message for the user."""
    try:
        import docx  # python-docx, the optional 'docx' extra
    except ImportError:
        raise DraftInputError(
            "Importing .docx files needs python-docx, which is not installed. Install it with "
            "pip install 'briefing-app[docx]', or save the draft as plain text and import that.") from None
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise DraftInputError(f"{path.name} is not a valid .docx file.") from None
    if unpacked > MAX_DOCX_UNPACKED:
        raise DraftInputError(f"{path.name} unpacks to {unpacked / 1_048_576:.0f} MB; that is too large for a draft.")
    try:
        document = docx.Document(str(path))
        reader = _Reader(document)
        lines = reader.lines()
    except DraftInputError:
        raise
    except Exception as error:  # python-docx raises several unrelated types for damaged files
        raise DraftInputError(f"{path.name} is not a readable .docx file ({type(error).__name__}).") from None
    text = "\n".join(lines)
    if len(text) > MAX_CHARS:
        raise DraftInputError(f"{path.name} holds too much text for a draft ({len(text):,} characters).")
    return DocxDraft(text, _changes(document, "ins", "moveTo"), _changes(document, "del", "moveFrom"))


def _changes(document: Any, *tags: str) -> int:
    """Tracked changes of these kinds on text (not the marks Word sets on a changed paragraph's formatting)."""
    return sum(1 for tag in tags for element in document.element.body.iter(f"{_W}{tag}")
               if element.getparent().tag != f"{_W}rPr")


class _Reader:
    def __init__(self, document: Any) -> None:
        from docx.text.paragraph import Paragraph

        self.document = document
        self.paragraph = Paragraph
        self.numbering = _numbering_element(document)
        self.counters: dict[tuple[str, int], int] = {}
        self.notes: dict[tuple[str, str], int] = {}  # (footnote or endnote, Word's id) → our number
        self.note_texts = {kind: _notes(document, kind) for kind in _NOTES_RELS}

    def lines(self) -> list[str]:
        lines: list[str] = []
        self._blocks(self.document.element.body, lines)
        defined: list[str] = []
        for (kind, word_id), number in self.notes.items():
            element = self.note_texts[kind].get(word_id)
            if element is not None:
                defined.append(f"[^{number}]: " + " ".join(self._words(element).split()))
        return lines + ([""] + defined if defined else [])

    def _blocks(self, container: Any, lines: list[str]) -> None:
        for child in container:
            if child.tag == f"{_W}p":
                lines.append(self._numbered(child))
            elif child.tag == f"{_W}tbl":
                for cell in child.iter(f"{_W}tc"):
                    self._blocks(cell, lines)
            elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
                self._blocks(child, lines)

    def _words(self, element: Any) -> str:
        out: list[str] = []
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _LEFT_OUT:
                continue
            if tag == f"{_W}r" and _hidden(child):
                continue
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                out.append("-")
            elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
                kind = "/footnotes" if tag == f"{_W}footnoteReference" else "/endnotes"
                number = self.notes.setdefault((kind, str(child.get(f"{_W}id"))), len(self.notes) + 1)
                out.append(f"[^{number}]")
            elif tag == f"{_W}p":  # a paragraph inside a text box
                out.append(self._words(child) + "\n")
            else:
                out.append(self._words(child))
        return "".join(out)

    def _numbered(self, element: Any) -> str:
        """The paragraph's words, after the number Word shows for it ("Article 3", "1.", "(a)", "ii)",
        from each level's number text), restarting at each article heading as treaty drafts do."""
        text = self._words(element)
        first = text.split("\n", 1)[0]
        found = _list_level(self.paragraph(element, self.document._body), self.numbering)
        if found is None:
            if starts_article(first):
                self.counters.clear()
            return text
        num_id, level, levels = found
        counters = self.counters
        counters[(num_id, level)] = counters.get((num_id, level), _start(self.numbering, num_id, level) - 1) + 1
        for key in [k for k in counters if k[0] == num_id and k[1] > level]:
            del counters[key]
        marker = _marker(levels, level, {k[1]: n for k, n in counters.items() if k[0] == num_id})
        if marker and starts_article(marker):
            self.counters = {k: n for k, n in counters.items() if k[0] == num_id and k[1] <= level}
        return f"{marker} {text}" if marker else text


def _hidden(run: Any) -> bool:
    """A run formatted as hidden text (w:vanish), which Word does not show or print."""
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(f"{_W}val", "true") not in ("0", "false", "off")


def _notes(document: Any, kind: str) -> dict[str, Any]:
    """Word's footnotes or endnotes by id (the separators Word keeps there have negative or zero ids)."""
    from docx.oxml import parse_xml  # python-docx's parser: no entities, no network

    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith(kind):
            continue
        part = rel.target_part
        element = getattr(part, "element", None)
        root = element if element is not None else parse_xml(part.blob)
        return {str(note.get(f"{_W}id")): note for note in root
                if note.get(f"{_W}type") in (None, "normal")}
    return {}


def _numbering_element(document: Any) -> Any:
    try:
        return document.part.numbering_part.element
    except (AttributeError, KeyError, NotImplementedError):
        return None



def _list_level(paragraph: Any, numbering: Any) -> tuple[str, int, dict[int, tuple[str, str]]] | None:
    """(list id, level, {level: (number format, number text)}) of a list paragraph, set directly or
    through its style."""
    style = getattr(paragraph, "style", None)
    for properties in (paragraph._p.pPr, style.element.pPr if style is not None else None):
        num_pr = properties.numPr if properties is not None else None
        if num_pr is None or num_pr.numId is None or numbering is None:
            continue
        num_id, level = str(num_pr.numId.val), int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
        num = numbering.num_having_numId(int(num_id)) if num_id.isdigit() else None
        if num is None:
            return None
        levels: dict[int, tuple[str, str]] = {}
        for lvl in numbering.xpath(f'./w:abstractNum[@w:abstractNumId="{int(num.abstractNumId.val)}"]/w:lvl'):
            fmt = lvl.find(f"{_W}numFmt")
            text = lvl.find(f"{_W}lvlText")
            levels[int(lvl.get(f"{_W}ilvl", "0"))] = (
                fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                text.get(f"{_W}val", "") if text is not None else "")
        return num_id, level, levels
    return None


def _start(numbering: Any, num_id: str, level: int) -> int:
    """The first number of a list level: the list's own start override, else the level's w:start, else 1."""
    def value(path: str) -> int | None:
        found = numbering.xpath(path)
        return int(found[0]) if found and str(found[0]).lstrip("-").isdigit() else None

    num = f'./w:num[@w:numId="{num_id}"]'
    override = value(f'{num}/w:lvlOverride[@w:ilvl="{level}"]/w:startOverride/@w:val')
    if override is not None:
        return override
    abstract = value(f"{num}/w:abstractNumId/@w:val")
    start = value(f'./w:abstractNum[@w:abstractNumId="{abstract}"]/w:lvl[@w:ilvl="{level}"]/w:start/@w:val')
    return 1 if start is None else start


def _marker(levels: dict[int, tuple[str, str]], level: int, counts: dict[int, int]) -> str:
    """The number Word shows: the level's number text with each %N replaced by level N-1's count."""
    fmt, template = levels.get(level, ("decimal", ""))
    if fmt in ("bullet", "none"):
        return ""
    if not template:
        template = {"decimal": "%{n}."}.get(fmt, "(%{n})").format(n=level + 1)

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return _format(levels.get(index, ("decimal", ""))[0], counts.get(index, 1))

    return re.sub(r"%(\d)", value, template).strip()


def _format(fmt: str, n: int) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "lowerRoman" else roman.upper()
    return str(n)


def _roman(n: int) -> str:
    result = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            result += letters
            n -= value
    return result
