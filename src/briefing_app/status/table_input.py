"""Read a status table as users bring it: a CSV file, or a table pasted from a spreadsheet or web page.

The separator is found from the text (comma, tab, semicolon or pipe); the first non-empty line is
the header. Dates come as the depositary writes them ("25 Oct 2025"), as ISO dates, or partial.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass

from briefing_app.domain.treaty_status import StatusDateError, date_bounds

SEPARATORS = (",", "\t", ";", "|")
MAX_ROWS = 5000
MAX_CELL = 2000

_MONTHS = {m.casefold(): n for n, m in enumerate(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"), start=1)}
_MONTHS.update({name[:3]: n for name, n in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*[ .-]?\s*([A-Za-z]{3,9})\.?\s*[ .,-]?\s*(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$")
_MONTH_YEAR = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{4})$")
_FOOTNOTE = re.compile(r"(?:\s*[\d\u00b9\u00b2\u00b3\u2070-\u2079*†‡,]+)+$")


class TableError(ValueError):
    """The text is not a table this importer can read (no header, one column, too big)."""


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line number in the input, cells)

    def column(self, name: str) -> int:
        """Index of the column named `name` (case and spacing ignored) or numbered `name` (1-based)."""
        wanted = _key(name)
        for index, title in enumerate(self.header):
            if _key(title) == wanted:
                return index
        if name.strip().isdigit() and 1 <= int(name) <= len(self.header):
            return int(name) - 1
        matches = [i for i, title in enumerate(self.header) if wanted and _key(title).startswith(wanted)]
        if len(matches) == 1:
            return matches[0]
        shown = ", ".join(f"“{h}”" for h in self.header)
        raise TableError(f"no column “{name}” in the table; its columns are {shown}")


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def clean_cell(text: str) -> str:
    """A cell without control characters or surrounding space; non-breaking spaces become spaces."""
    text = unicodedata.normalize("NFC", text.replace("\u00a0", " "))
    return "".join(c for c in text if c.isprintable() or c == " ").strip()


def read_table(text: str) -> Table:
    """Parse a CSV or pasted table; markdown tables (| a | b |) and their ---- rules are understood."""
    if len(text) > MAX_ROWS * MAX_CELL:
        raise TableError("the table is too large to import at once")
    lines = [(n, line) for n, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1)]
    content = [(n, line) for n, line in lines if line.strip() and not re.fullmatch(r"[\s|:+-]+", line)]
    if not content:
        raise TableError("the table is empty")
    separator = _separator(content[0][1])
    parsed: list[tuple[int, tuple[str, ...]]] = []
    for number, line in content:
        cells = next(csv.reader(io.StringIO(line), delimiter=separator), [])
        if separator == "|":
            if cells and not cells[0].strip():
                cells = cells[1:]
            if cells and not cells[-1].strip():
                cells = cells[:-1]
        parsed.append((number, tuple(clean_cell(c)[:MAX_CELL] for c in cells)))
    header = parsed[0][1]
    if len(header) < 2:
        raise TableError("the first line must name at least two columns (for example Participant and Signature)")
    if len(parsed) - 1 > MAX_ROWS:
        raise TableError(f"the table has more than {MAX_ROWS} rows")
    return Table(header, tuple(parsed[1:]))


def _separator(header_line: str) -> str:
    """Tabs win (spreadsheets and web pages paste them; headers may hold commas), then a markdown pipe."""
    if "\t" in header_line:
        return "\t"
    if header_line.lstrip().startswith("|"):
        return "|"
    counts = {sep: header_line.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def participant_name(cell: str) -> str:
    """A participant as the depositary lists it, without footnote markers ("France 3" → "France")."""
    return _FOOTNOTE.sub("", cell).strip()


def parse_date(cell: str) -> str:
    """An ISO date (possibly partial) from the ways depositaries and news write dates; raises StatusDateError."""
    text = " ".join(cell.replace(",", ", ").split()).strip(" ,")
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", text):
        date_bounds(text)
        return text
    if m := re.fullmatch(r"(\d{4})/(\d{1,2})/(\d{1,2})", text):
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)), cell)
    if m := _DAY_MONTH_YEAR.match(text):
        return _iso(int(m.group(3)), _month(m.group(2), cell), int(m.group(1)), cell)
    if m := _MONTH_DAY_YEAR.match(text):
        return _iso(int(m.group(3)), _month(m.group(1), cell), int(m.group(2)), cell)
    if m := _MONTH_YEAR.match(text):
        return f"{int(m.group(2)):04d}-{_month(m.group(1), cell):02d}"
    if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", text):
        raise StatusDateError(f"“{cell}” could be day/month or month/day: write it as 2025-10-25 or 25 Oct 2025")
    raise StatusDateError(f"“{cell}” is not a date (write 2025-10-25, 25 Oct 2025, 2025-10 or 2025)")


def _month(name: str, cell: str) -> int:
    month = _MONTHS.get(name.casefold()) or _MONTHS.get(name.casefold()[:3])
    if month is None:
        raise StatusDateError(f"“{cell}”: “{name}” is not a month")
    return month


def _iso(year: int, month: int, day: int, cell: str) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise StatusDateError(f"“{cell}” is not a day in the calendar") from None
