"""A fix for reportlab's ToUnicode CMaps, in a module that does not import reportlab.

briefing_app.workarounds applies it right after reportlab.pdfbase.ttfonts is first imported, which
may happen while packs/fonts.py is itself being imported: so the fix cannot live there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be").hex().upper()


def astral_safe_cmap(original: Callable[[str, Sequence[int]], str]) -> Callable[[str, Sequence[int]], str]:
    """reportlab's ToUnicode CMap maker, with characters beyond U+FFFF written as UTF-16 surrogate
    pairs. reportlab 5.1 writes them as odd-length hex (<1F600>), which readers reject: the glyph
    prints but copy, search and text extraction lose it. Installed by briefing_app.workarounds
    while reportlab needs it."""
    original = getattr(original, "__wrapped__", original)

    def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
        text = original(fontname, subset)
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                text = text.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{_utf16_hex(code)}>")
        return text

    to_unicode_cmap.__wrapped__ = original  # type: ignore[attr-defined]
    return to_unicode_cmap
