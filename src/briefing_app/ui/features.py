"""The feature packages the main window installs, in this order (which is also their menu order).

A feature is a callable `install(services) -> controller`: it registers its menu actions and pages
through `services.registry` and keeps `services` for everything else (ui/services.py). Add a new
feature here; tests install a chosen subset (`MainWindow(ws, features=(packs.install,))`).

The default features are named by module (`LazyFeature`): a package is imported when it is
installed, and the window installs those that add only menu actions after its first paint
(ui/window_start.py), so start-up imports none of them (issue #17 item 1). A feature that adds
pages is installed before the window is shown: the sidebar, Ctrl+N and the saved view need them.
"""

from __future__ import annotations

import bisect
import importlib
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from PySide6.QtCore import QObject

from briefing_app.ui.services import Services

Feature = Callable[[Services], QObject]
C = TypeVar("C", bound=QObject)


class LazyFeature:
    """A feature package's `install`, imported when first called. `before_show`: it adds pages."""

    def __init__(self, module: str, *, before_show: bool = False) -> None:
        self.module = module
        self.before_show = before_show

    def __call__(self, services: Services) -> QObject:
        return importlib.import_module(self.module).install(services)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"LazyFeature({self.module!r})"


DEFAULT_FEATURES: tuple[Feature, ...] = (
    LazyFeature("briefing_app.ui.drafts"), LazyFeature("briefing_app.ui.bundles"), LazyFeature("briefing_app.ui.packs"),
    LazyFeature("briefing_app.ui.meetings"), LazyFeature("briefing_app.ui.status", before_show=True),
    LazyFeature("briefing_app.ui.protect"))


def before_show(feature: Feature) -> bool:
    """Whether the window installs `feature` before it is shown (any feature not named by module)."""
    return not isinstance(feature, LazyFeature) or feature.before_show


class Features:
    """The installed features' controllers, found by type (`window.features.get(PacksController)`)."""

    def __init__(self, controllers: Iterable[QObject] = ()) -> None:
        self._controllers = list(controllers)
        self._ranks = list(range(len(self._controllers)))

    @classmethod
    def install(cls, services: Services, features: Iterable[Feature]) -> Features:
        return cls(install(services) for install in features)

    def add(self, controller: QObject, rank: int) -> None:
        """`rank`: the feature's place in the feature list (features installed later keep their place)."""
        index = bisect.bisect(self._ranks, rank)
        self._ranks.insert(index, rank)
        self._controllers.insert(index, controller)

    def get(self, kind: type[C]) -> C:
        for controller in self._controllers:
            if isinstance(controller, kind):
                return controller
        raise LookupError(f"{kind.__name__} is not installed")

    def __iter__(self) -> Iterator[QObject]:
        return iter(self._controllers)
