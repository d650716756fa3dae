"""The feature packages the main window installs, in this order (which is also their menu order).

A feature is a callable `install(services) -> controller`: it registers its menu actions and pages
through `services.registry` and keeps `services` for everything else (ui/services.py). Add a new
feature here; tests install a chosen subset (`MainWindow(ws, features=(packs.install,))`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from PySide6.QtCore import QObject

from briefing_app.ui import bundles, drafts, meetings, packs, protect, status
from briefing_app.ui.services import Services

Feature = Callable[[Services], QObject]
C = TypeVar("C", bound=QObject)

DEFAULT_FEATURES: tuple[Feature, ...] = (drafts.install, bundles.install, packs.install, meetings.install,
                                         status.install, protect.install)


class Features:
    """The installed features' controllers, found by type (`window.features.get(PacksController)`)."""

    def __init__(self, controllers: Iterable[QObject]) -> None:
        self._controllers = list(controllers)

    @classmethod
    def install(cls, services: Services, features: Iterable[Feature]) -> Features:
        return cls(install(services) for install in features)

    def get(self, kind: type[C]) -> C:
        for controller in self._controllers:
            if isinstance(controller, kind):
                return controller
        raise LookupError(f"{kind.__name__} is not installed")

    def __iter__(self) -> Iterator[QObject]:
        return iter(self._controllers)
