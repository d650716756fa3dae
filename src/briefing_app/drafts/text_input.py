"""Read a draft file into text: UTF-8 plain text or Markdown, or .docx through python-docx (optional).

Everything is checked before parsing: size, binary content, encoding, and for .docx the archive's
unpacked size, so a hostile file gives a clear message and never reaches the workspace.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from briefing_app.drafts.errors import DraftInputError
from briefing_app.drafts.parse import MAX_CHARS

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_DOCX_UNPACKED = 64 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
DOCX_SUFFIX = ".docx"


def read_draft(path: Path) -> str:
    """The text of a draft file; raises DraftInputError with a message for the user."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DraftInputError(f"Cannot read {path.name}: {error.strerror or error}.") from error
    if size > MAX_FILE_BYTES:
        raise DraftInputError(
            f"{path.name} is too large for a draft ({size / 1_048_576:.1f} MB; at most "
            f"{MAX_FILE_BYTES // 1_048_576} MB).")
    if path.suffix.lower() == DOCX_SUFFIX:
        return _read_docx(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DraftInputError(f"Cannot read {path.name}: {error.strerror or error}.") from error
    return decode_text(data, path.name)


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is refused, not guessed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DraftInputError(f"{name} is not readable UTF-16 text.") from None
    if b"\x00" in data[:65536]:
        raise DraftInputError(f"{name} looks binary, not like a draft's text. Save the draft as plain "
                              "text (UTF-8), Markdown or .docx.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DraftInputError(
            f"{name} is not UTF-8 text (byte {error.start} cannot be read). Save it as UTF-8 and try again."
        ) from None


def _read_docx(path: Path) -> str:
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
    except Exception as error:  # python-docx raises several unrelated types for damaged files
        raise DraftInputError(f"{path.name} is not a readable .docx file ({type(error).__name__}).") from None
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    if len(text) > MAX_CHARS:
        raise DraftInputError(f"{path.name} holds too much text for a draft ({len(text):,} characters).")
    return text

