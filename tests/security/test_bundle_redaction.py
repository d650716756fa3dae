"""Redaction: secrets in internal and personal rows never reach a default bundle's bytes, freed pages included."""

from __future__ import annotations

from pathlib import Path

from briefing_app.bundles.export import export_bundle
from briefing_app.domain.enums import Sensitivity
from briefing_app.domain.models import Concern, Note
from tests.bundles.builders import SECRET_CONCERN, SECRET_CONTACT, SECRET_NOTE, build_sample, open_ws

SECRETS = (SECRET_NOTE, SECRET_CONTACT, SECRET_CONCERN)


def _raw(path: Path) -> bytes:
    return path.read_bytes()


def test_default_bundle_bytes_hold_no_seeded_secret_even_after_an_internal_export_to_the_same_file(
        tmp_path: Path) -> None:
    out = tmp_path / "share.briefing"
    with open_ws(tmp_path / "a.sqlite") as a:
        sample = build_sample(a)
        a.insert(Note(record_table="concerns", record_id=sample.concern.id, body=f"also {SECRET_NOTE}",
                      sensitivity=Sensitivity.PERSONAL))
        a.insert(Concern(title="Deleted draft " + SECRET_CONCERN, sensitivity=Sensitivity.PERSONAL))
        export_bundle(a, out, organization="Partner", include_internal=True)
        assert SECRET_CONCERN.encode() in _raw(out)
        export_bundle(a, out, organization="Partner")
    raw = _raw(out)
    for secret in SECRETS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert secret.encode(encoding) not in raw, secret
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".share")] == []


def test_tombstones_of_withheld_rows_do_not_leave(tmp_path: Path) -> None:
    with open_ws(tmp_path / "a.sqlite") as a:
        sample = build_sample(a)
        a.delete(Concern, sample.internal_concern.id)
        a.delete(Concern, sample.concern.id)
        result = export_bundle(a, tmp_path / "x.briefing", organization="Partner")
    raw = _raw(result.path)
    assert sample.internal_concern.id.encode() not in raw
    assert sample.concern.id.encode() in raw
    assert result.manifest.counts["tombstones"] >= 1
