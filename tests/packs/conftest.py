"""Pack test fixtures: the small in-code workspace and PDF reading helpers."""

from __future__ import annotations

import contextlib
import io
import unicodedata
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing_app.store.workspace import Workspace
from tests.conftest import FixedClock
from tests.packs.fixtures import Fixture, build_fixture


@pytest.fixture
def pack_ws(tmp_path: Path) -> Iterator[tuple[Workspace, Fixture]]:
    ws = Workspace.open(tmp_path / "packs.sqlite", clock=FixedClock())
    fixture = build_fixture(ws)
    yield ws, fixture
    ws.close()


def pdf_text(pdf: bytes) -> str:
    """All pages' text, NFKC-normalised, whitespace collapsed."""
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text() or "").split()) for p in reader.pages]


def raw_bytes(pdf: bytes) -> bytes:
    """The file with every Flate stream inflated, so nothing hides in compressed streams."""
    out = [pdf]
    start = 0
    while (begin := pdf.find(b"stream", start)) != -1:
        body = begin + len(b"stream")
        body += 2 if pdf[body:body + 2] == b"\r\n" else 1
        end = pdf.find(b"endstream", body)
        if end == -1:
            break
        with contextlib.suppress(zlib.error):  # not a Flate stream: its raw bytes are already in `out`
            out.append(zlib.decompress(pdf[body:end]))
        start = end
    return b"\n".join(out)
