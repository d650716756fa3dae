"""Build a delegation's pack: gather → tailor → lay out; write it atomically and log the export."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from briefing_app.domain.models import Delegation
from briefing_app.domain.tailoring import PackPlan, PackProfile, PackTemplate, plan_pack, top_asks
from briefing_app.packs.document import Running, render
from briefing_app.packs.flow import Writer
from briefing_app.packs.fonts import FontSet, load_fonts
from briefing_app.packs.gather import Common, for_delegation, read_common
from briefing_app.packs.story import build_story, kind_name, marking
from briefing_app.packs.styles import make_styles
from briefing_app.packs.text import LINE_LIMIT
from briefing_app.packs.wording import wording
from briefing_app.store.packs_store import record_export
from briefing_app.store.workspace import Workspace

log = logging.getLogger(__name__)
BRIEF_PAGES = 2
BRIEF_MAX_SECTIONS = 6


@dataclass(frozen=True, slots=True)
class PackResult:
    """A built pack. `warnings` name scripts that could not be drawn (shown to the user)."""

    pdf: bytes
    pages: int
    plan: PackPlan
    warnings: tuple[str, ...]
    data_version: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()


def render_plan(plan: PackPlan, *, compress: bool = True, fonts: FontSet | None = None) -> PackResult:
    """Lay out a plan. The brief drops its last sections until it fits two pages."""
    fonts = fonts or load_fonts()
    if plan.profile.template is PackTemplate.BRIEF and len(plan.sections) > BRIEF_MAX_SECTIONS:
        plan = _with_sections(plan, BRIEF_MAX_SECTIONS)
    while True:
        result = _render_once(plan, fonts, compress)
        if (plan.profile.template is not PackTemplate.BRIEF or result.pages <= BRIEF_PAGES
                or len(plan.sections) <= 1):
            return result
        plan = _with_sections(plan, len(plan.sections) - 1)


def _with_sections(plan: PackPlan, count: int) -> PackPlan:
    sections = plan.sections[:count]
    return replace(plan, sections=sections, top_asks=top_asks(sections))


def _render_once(plan: PackPlan, fonts: FontSet, compress: bool) -> PackResult:
    words = wording(plan.language)
    styles = make_styles(fonts, rtl=words.rtl, cjk=plan.language == "zh")
    writer = Writer(fonts, styles, words)
    story = build_story(writer, plan)
    kind = kind_name(writer, plan)
    about = " — ".join(writer.part(x, 150) for x in (plan.document_title, plan.version_label) if x)
    running = Running(
        delegation=plan.delegation.name, marking=marking(writer, plan), footer=about,
        title=writer.plain("cover.pdf-title", delegation=plan.delegation.name),
        subject=f"{kind}: {about}" if about else kind, date=plan.date,
        page_label=writer.words.template("page.number"), contents_keys=tuple(e.key for e in writer.toc),
        rtl=words.rtl, language=plan.language)
    pdf, pages = render(story, fonts, running, styles["toc1"], compress=compress,
                        cover=plan.profile.template is PackTemplate.FULL)
    furniture = [text[:LINE_LIMIT] for text in (running.delegation, running.marking, running.footer)]
    warnings = tuple(fonts.missing([*writer.texts, *furniture]))
    for warning in warnings:
        log.warning("%s: %s", plan.delegation.name, warning)
    return PackResult(pdf, pages, plan, warnings)


def build_pack(ws: Workspace, profile: PackProfile, *, compress: bool = True,
               common: Common | None = None) -> PackResult:
    """The pack for `profile.delegation_id`; `common` may be shared across a batch."""
    delegation = ws.require(Delegation, profile.delegation_id)
    common = common or read_common(ws, profile.version_id)
    plan = plan_pack(for_delegation(ws, common, delegation), profile)
    return replace(render_plan(plan, compress=compress), data_version=common.data_version)


def write_atomically(path: Path, data: bytes) -> None:
    """Write via a temp file in the same folder and rename: a failure leaves the old file, no temp."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".pack-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def save_pack(ws: Workspace, result: PackResult, path: Path) -> int:
    """Write a built pack to `path` and record it in the export log; returns the log id."""
    write_atomically(path, result.pdf)
    return log_export(ws, result, path.name)


def log_export(ws: Workspace, result: PackResult, file_name: str) -> int:
    """Record a written pack in the export log (the GUI's writer does it after a worker wrote the file)."""
    return record_export(ws, profile=result.plan.profile, delegation_name=result.plan.delegation.name,
                         file_name=file_name, sha256=result.sha256, pages=result.pages,
                         data_version=result.data_version)


def pack_stem(delegation: Delegation) -> str:
    """The delegation's part of a pack's file name: `briefing-ke`."""
    return f"briefing-{slug(delegation.iso_code or delegation.name) or delegation.id[:8]}"


def pack_file_name(plan: PackPlan, stem: str = "") -> str:
    """The one file-name scheme of single and batch packs: `briefing-ke-full-2024-08-08.pdf`
    (`stem` replaces `briefing-ke` where a batch had to tell two delegations apart)."""
    return f"{stem or pack_stem(plan.delegation)}-{plan.profile.template.value}-{plan.date or 'undated'}.pdf"


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:40]
