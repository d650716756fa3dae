"""Script actions in a PDF, found in its parsed object tree (pypdf) rather than in its bytes.

A byte search for "/JS" also hits a content stream that prints those letters, a font program or a
resource that happens to be named JS, so plain drafts were refused as hostile. What a PDF reader
runs is an action dictionary: `/S /JavaScript`, a rendition action with a `/JS` script, or an entry
of the document's JavaScript name tree. This walks every object reachable from the trailer (page
tree, annotations, outlines, forms, `/Next` chains, compressed object streams; names with `#`
escapes are decoded by the parser) and reads dictionaries only, never stream contents. Runs inside
the bounded child process (drafts/pdf_worker.py); pypdf is imported only there.
"""

from __future__ import annotations

from typing import Any

MAX_OBJECTS = 2_000_000
"""A 200-page draft has a few thousand objects; a file with more is refused before it is walked."""


def script_action(path: str) -> str | None:
    """Where the first script action of the PDF at `path` sits (a key path such as
    "/Root/OpenAction"), or None when it has none."""
    from pypdf import PdfReader

    reader = PdfReader(path, strict=False)
    return find_script(reader.trailer)


def find_script(trailer: Any) -> str | None:
    """Depth-first over dictionaries and arrays from `trailer`, each indirect object once."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    seen: set[tuple[int, int]] = set()
    stack: list[tuple[str, Any]] = [("", trailer)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, IndirectObject):
            key = (value.idnum, value.generation)
            if key in seen:
                continue
            seen.add(key)
            if len(seen) > MAX_OBJECTS:
                raise ValueError(f"more than {MAX_OBJECTS:,} objects")
            value = value.get_object()
        if isinstance(value, DictionaryObject):
            if _is_script(where, value):
                return where or "/"
            stack.extend((f"{where}/{name[1:]}", item) for name, item in reversed(list(value.items())))
        elif isinstance(value, ArrayObject):
            stack.extend((f"{where}[{index}]", item) for index, item in reversed(list(enumerate(value))))
    return None


def _is_script(where: str, dictionary: Any) -> bool:
    kind = dictionary.get("/S")
    if kind == "/JavaScript" or (kind == "/Rendition" and "/JS" in dictionary):
        return True
    return where == "/Root/Names" and "/JavaScript" in dictionary  # the document-level script tree
