"""Composition root of the desktop app: paths, workspace, QApplication, main window — wiring only."""

from __future__ import annotations

import faulthandler
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from briefing_app import paths
from briefing_app.crashlog import enable_fatal_log
from briefing_app.desktop_integration import APP_ID, ICON_SIZES
from briefing_app.errors import is_user_error
from briefing_app.startup import open_workspace, resolve_path
from briefing_app.ui import jobs
from briefing_app.ui.failures import install_excepthook, report_failure
from briefing_app.ui.features import DEFAULT_FEATURES
from briefing_app.ui.gc_guard import MainThreadGarbageCollector
from briefing_app.ui.i18n import install_translations, ui_language
from briefing_app.ui.language_menu import current_window
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.messages import show_error
from briefing_app.ui.protect import tidy_quietly
from briefing_app.ui.protect.passphrase import unlock_if_encrypted
from briefing_app.ui.settings import APPLICATION, ORGANIZATION, app_settings
from briefing_app.ui.single_instance import Claim, InstanceServer, bring_forward
from briefing_app.workarounds import install_workarounds


def choose_database(db: Path | None, settings: QSettings) -> Path | None:
    """The file to open: --db, else $BRIEFING_DB, else the last one used if it still exists,
    else None (the default workspace, with the demo corpus on first start)."""
    if db is not None or paths.workspace_from_env() is not None:
        return db
    last = str(settings.value("files/last", "") or "")
    return Path(last) if last and Path(last).is_file() else None


EXIT_WHEN_SHOWN = "BRIEFING_EXIT_WHEN_SHOWN"  # smoke tests and start-up timing of the frozen app


def app_icon() -> QIcon:
    """The window icon, from the PNG sizes resources/desktop/ ships (the .desktop file's icon)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(paths.resource_path("desktop", "icons", "hicolor", f"{size}x{size}", "apps",
                                             f"{APP_ID}.png")), QSize(size, size))
    return icon


def _report_shown_and_quit(app: QApplication, window: MainWindow) -> None:
    """With BRIEFING_EXIT_WHEN_SHOWN set: once the first events after show() ran, say so and quit."""
    menus = ", ".join(action.text().replace("&", "") for action in window.menuBar().actions())
    print(f"shown: {window.windowTitle()} ({'visible' if window.isVisible() else 'hidden'}; menus: {menus})",
          flush=True)
    app.quit()


def run_gui(db: Path | None = None, demo: bool = False, bundle: Path | None = None) -> int:
    """Start the desktop app; returns the process exit code. `bundle`: a *.briefing file whose
    import preview opens once the window is shown (a bundle opened from the file manager)."""
    install_workarounds()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Briefing Desk")
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the installed .desktop file
    app.setWindowIcon(app_icon())
    settings = app_settings()
    install_translations(app, ui_language(settings))
    chosen = choose_database(db, settings)
    path = resolve_path(chosen)[0]
    instance = InstanceServer()  # one window per workspace: a second start hands its bundle over
    claim = instance.claim(path, bundle)
    if claim is Claim.HANDED_OVER:
        print(f"Briefing Desk already has {path.name} open; {bundle.name if bundle else 'the window'} went there.",
              flush=True)
        return 0
    if claim is Claim.NOT_ANSWERING:
        show_error(None, "Briefing Desk", f"Briefing Desk already has {path} open, but it does not answer. "
                   "Close it (or wait until it answers) and try again.")
        return 1
    try:
        return _run_window(app, settings, chosen, demo, bundle, instance)
    finally:
        instance.close()


def _run_window(app: QApplication, settings: QSettings, chosen: Path | None, demo: bool, bundle: Path | None,
                instance: InstanceServer) -> int:
    if not unlock_if_encrypted(None, resolve_path(chosen)[0]):  # an encrypted workspace: its passphrase first
        return 1
    try:
        workspace = open_workspace(chosen, demo=demo)
    except Exception as error:
        if not is_user_error(error):
            raise
        report_failure(None, "Briefing Desk", error, outcome="The workspace could not be opened.")
        return 1
    fatal_log = enable_fatal_log()
    restore_hook = install_excepthook()
    collector = MainThreadGarbageCollector(app)
    collector.start()
    window = MainWindow(workspace, settings, DEFAULT_FEATURES, start_later=True)  # features: after the first paint
    window.show()

    def preview(file: Path) -> object:
        from briefing_app.ui.bundles import BundlesController

        return window.features.get(BundlesController).start_preview(file)

    instance.received.connect(lambda file: bring_forward(window, file, preview))
    window.workspace_replaced.connect(lambda: instance.follow(window.workspace_path))
    if bundle is not None:
        QTimer.singleShot(0, lambda: preview(bundle))
    if fatal_log.recovered is not None:
        window.statusBar().showMessage(f"The last session stopped on a fatal error; the details were written "
                                       f"to {fatal_log.recovered}.")
    if os.environ.get(EXIT_WHEN_SHOWN):
        QTimer.singleShot(0, lambda: _report_shown_and_quit(app, window))
    try:
        return app.exec()
    finally:
        window = current_window(window)  # View → Language may have rebuilt it
        jobs.shutdown()
        collector.stop()
        restore_hook()
        if fatal_log.file is not None:
            faulthandler.disable()
            fatal_log.file.close()
        if window.workspace is not None:
            tidy_quietly(window.workspace)  # deleted records leave nothing readable (#13)
            window.workspace.close()
