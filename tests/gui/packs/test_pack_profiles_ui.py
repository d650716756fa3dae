"""The export dialog's profile selector: choosing a profile drives the preview and the export log;
New… copies the shown settings, Rename… keeps them, Delete asks and never removes the last one."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.domain.enums import Severity
from briefing_app.domain.tailoring import PackProfile, PackTemplate
from briefing_app.store.packs_store import (
    create_profile,
    export_log,
    load_profile,
    profile_names,
    save_profile,
)
from briefing_app.ui.messages import Confirm
from briefing_app.ui.packs import PacksController, profiles
from briefing_app.ui.packs.export_dialog import PackFileChooser
from briefing_app.ui.packs.profiles import ProfileNameDialog
from tests.gui.packs.conftest import preview_ready

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")


def _answer_name(monkeypatch: pytest.MonkeyPatch, name: str | None) -> list[str]:
    """Answer the name dialog with `name`; returns the names it was opened with."""
    offered: list[str] = []

    def ask(cls, parent, title, suggested):
        offered.append(suggested)
        return name

    monkeypatch.setattr(ProfileNameDialog, "ask", classmethod(ask))
    return offered


@pytest.fixture
def two_profiles(pack_window):
    window, fx = pack_window
    save_profile(window.workspace, PackProfile(delegation_id=fx.kenya.id, name="Full pack — session 2"))
    create_profile(window.workspace, PackProfile(delegation_id=fx.kenya.id, name="Two-page brief for the ambassador",
                                                 template=PackTemplate.TALKING_POINTS, min_severity=Severity.LOW))
    return window, fx


def test_chosen_profile_drives_the_preview_and_the_logged_export(two_profiles, qtbot, tmp_path: Path,
                                                                 monkeypatch) -> None:
    window, fx = two_profiles
    dialog = window.features.get(PacksController).export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    assert dialog.profiles.names() == ["Full pack — session 2", "Two-page brief for the ambassador"]
    assert dialog.profiles.current_name() == "Full pack — session 2"  # the default comes first
    qtbot.waitUntil(lambda: preview_ready(dialog) and dialog.last.pages > 1, timeout=20000)
    dialog.profiles.select("Two-page brief for the ambassador")
    assert dialog.editor.template.currentData() == "talking-points"
    assert dialog.editor.severity.currentData() == "low"
    qtbot.waitUntil(lambda: preview_ready(dialog)
                    and dialog.last.plan.profile.name == "Two-page brief for the ambassador", timeout=20000)
    assert dialog.last.plan.profile.template is PackTemplate.TALKING_POINTS
    assert dialog.preview.document.pageCount() == 1
    monkeypatch.setattr(PackFileChooser, "ask_save", classmethod(lambda cls, parent, s: str(tmp_path / "amb.pdf")))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.jobs and dialog.save_button.isEnabled(), timeout=20000)
    [entry] = export_log(window.workspace, fx.kenya.id)
    assert (entry.profile_name, entry.template) == ("Two-page brief for the ambassador", "talking-points")


def test_new_profile_copies_the_shown_edits_and_keeps_the_builtin_default(pack_window, qtbot, monkeypatch) -> None:
    window, fx = pack_window
    dialog = window.features.get(PacksController).export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    assert dialog.profiles.names() == ["Default"] and not dialog.profiles.delete_button.isEnabled()
    dialog.editor.severity.setCurrentIndex(dialog.editor.severity.findData("low"))  # not saved
    offered = _answer_name(monkeypatch, "  Ambassador ")
    dialog.profiles.new_button.click()
    assert offered == ["Default (copy)"]
    ws = window.workspace
    assert profile_names(ws, fx.kenya.id) == ["Default", "Ambassador"]
    assert load_profile(ws, fx.kenya.id, "Ambassador").min_severity is Severity.LOW
    assert load_profile(ws, fx.kenya.id).min_severity is Severity.HIGH  # the default kept its saved settings
    assert dialog.profiles.current_name() == "Ambassador" and dialog.profiles.delete_button.isEnabled()
    assert dialog.editor.profile() == load_profile(ws, fx.kenya.id, "Ambassador")
    qtbot.waitUntil(lambda: preview_ready(dialog) and dialog.last.plan.profile.name == "Ambassador", timeout=20000)


def test_cancelled_name_dialog_changes_nothing(pack_window, qtbot, monkeypatch) -> None:
    window, fx = pack_window
    dialog = window.features.get(PacksController).export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    _answer_name(monkeypatch, None)
    dialog.profiles.new_button.click()
    dialog.profiles.rename_button.click()
    assert dialog.profiles.names() == ["Default"] and profile_names(window.workspace, fx.kenya.id) == ["Default"]
    assert load_profile(window.workspace, fx.kenya.id) == PackProfile(delegation_id=fx.kenya.id)
    qtbot.waitUntil(lambda: not dialog.jobs, timeout=20000)


def test_rename_keeps_the_edits_and_a_taken_name_is_refused_with_a_message(two_profiles, qtbot,
                                                                           monkeypatch) -> None:
    window, fx = two_profiles
    errors: list[str] = []
    monkeypatch.setattr(profiles, "show_error", lambda parent, title, text: errors.append(text))
    dialog = window.features.get(PacksController).export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    dialog.editor.marking.setText("For H.E. the Ambassador")
    _answer_name(monkeypatch, "Full pack — session 3")
    dialog.profiles.rename_button.click()
    assert dialog.profiles.names() == ["Full pack — session 3", "Two-page brief for the ambassador"]
    edited = dialog.editor.profile()
    assert edited.name == "Full pack — session 3" and edited.marking == "For H.E. the Ambassador"
    dialog.save_profile_button.click()
    assert load_profile(window.workspace, fx.kenya.id).marking == "For H.E. the Ambassador"

    _answer_name(monkeypatch, "TWO-PAGE BRIEF FOR THE AMBASSADOR")
    dialog.profiles.rename_button.click()
    assert errors == ["There is already a profile named 'TWO-PAGE BRIEF FOR THE AMBASSADOR' for this delegation."]
    assert profile_names(window.workspace, fx.kenya.id) == dialog.profiles.names() == [
        "Full pack — session 3", "Two-page brief for the ambassador"]
    assert dialog.editor.profile().name == "Full pack — session 3"
    qtbot.waitUntil(lambda: not dialog.jobs, timeout=20000)


def test_delete_asks_first_and_never_removes_the_last_profile(two_profiles, qtbot, monkeypatch) -> None:
    window, fx = two_profiles
    questions: list[str] = []
    answer = [False]

    def ask(cls, parent, title, text, action="Delete"):
        questions.append(text)
        return answer[0]

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    dialog = window.features.get(PacksController).export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    dialog.profiles.delete_button.click()  # declined
    assert questions == ["Delete the pack profile 'Full pack — session 2' of Kenya (KE)? "
                         "Exports already in the log keep its name."]
    assert len(profile_names(window.workspace, fx.kenya.id)) == 2
    answer[0] = True
    dialog.profiles.delete_button.click()
    assert profile_names(window.workspace, fx.kenya.id) == ["Two-page brief for the ambassador"]
    assert dialog.profiles.names() == ["Two-page brief for the ambassador"]
    assert dialog.editor.template.currentData() == "talking-points"  # the remaining profile is shown
    assert not dialog.profiles.delete_button.isEnabled()
    qtbot.waitUntil(lambda: preview_ready(dialog) and dialog.last.plan.profile.name.startswith("Two-page"),
                    timeout=20000)


def test_switching_delegation_lists_that_delegations_profiles(two_profiles, qtbot) -> None:
    window, fx = two_profiles
    dialog = window.features.get(PacksController).export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    dialog.select_delegation(fx.brazil.id)
    assert dialog.profiles.names() == ["Default"]
    assert dialog.editor.marking.text() == "ZQXOTHERPROFILE"
    qtbot.waitUntil(lambda: not dialog.jobs, timeout=20000)


def test_name_dialog_needs_a_visible_name_and_has_named_widgets(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.gui.helpers import unnamed_widgets

    dialog = ProfileNameDialog(None, "New pack profile", "   ")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.name.setText("<b>Ambassador</b>")
    assert ok.isEnabled() and dialog.name.maxLength() == 80
    assert unnamed_widgets(dialog) == []


def _answer_save(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    asked: list[str] = []

    def ask(cls, parent, title, text, action="Delete"):
        asked.append(text)
        return answer

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    return asked


@pytest.mark.parametrize("answer", [True, False])
def test_unsaved_profile_edits_are_offered_for_saving_when_switching_profile(two_profiles, qtbot, monkeypatch,
                                                                            answer: bool) -> None:
    window, fx = two_profiles
    dialog = window.features.get(PacksController).export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    asked = _answer_save(monkeypatch, answer)
    dialog.editor.severity.setCurrentIndex(dialog.editor.severity.findData("critical"))
    dialog.profiles.select("Two-page brief for the ambassador")
    assert len(asked) == 1 and "Full pack — session 2" in asked[0]
    stored = load_profile(window.workspace, fx.kenya.id, "Full pack — session 2").min_severity
    assert stored is (Severity.CRITICAL if answer else Severity.HIGH)
    assert dialog.editor.severity.currentData() == "low"  # the chosen profile is shown either way
    qtbot.waitUntil(lambda: not dialog.jobs, timeout=20000)


def test_switching_delegation_with_unsaved_edits_asks_and_without_edits_does_not(two_profiles, qtbot,
                                                                               monkeypatch) -> None:
    window, fx = two_profiles
    dialog = window.features.get(PacksController).export_pack(fx.kenya.id)
    qtbot.addWidget(dialog)
    asked = _answer_save(monkeypatch, True)
    dialog.select_delegation(fx.brazil.id)
    assert asked == []
    dialog.select_delegation(fx.kenya.id)
    dialog.editor.severity.setCurrentIndex(dialog.editor.severity.findData("medium"))
    dialog.select_delegation(fx.brazil.id)
    assert len(asked) == 1
    assert load_profile(window.workspace, fx.kenya.id, "Full pack — session 2").min_severity is Severity.MEDIUM
    qtbot.waitUntil(lambda: not dialog.jobs, timeout=20000)
