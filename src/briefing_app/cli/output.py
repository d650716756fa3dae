"""Text bound for a terminal, made harmless: the one choke point every command's data passes.

A partner's bundle or a pasted draft may carry ESC sequences (that clear the screen, retitle the
window or fake a prompt), NUL, bidirectional overrides (RLO makes `gpj.exe` read as `exe.jpg`) and
other invisible controls. Printed data goes through `clean`: each such character becomes a visible
escape (`\\x1b`, `\\u202e`); tabs survive; newlines survive only where a command prints several lines.
"""

from __future__ import annotations

import unicodedata

_KEEP = frozenset("\t")
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def clean(text: str, *, multiline: bool = False) -> str:
    """`text` with control, format (bidi) and other invisible characters shown as escapes."""
    out = []
    for char in text:
        if char in _KEEP or (multiline and char == "\n"):
            out.append(char)
        elif char in _BIDI or unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp"):
            out.append(_escaped(char))
        else:
            out.append(char)
    return "".join(out)
