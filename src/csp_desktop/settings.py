"""Every setting, declared once with its type and default.

Preferences (what the user chooses in the Preferences dialog) and window state (geometry,
splitters, the last area shown) live in two separate INI files in the data folder, so that
resetting the layout never touches the councillor's name, and portable mode carries both.
Only values that differ from the default are written.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from csp_desktop.core.datadir import create_owner_only


class Scope(StrEnum):
    PREFERENCE = "preference"
    STATE = "state"


@dataclass(frozen=True)
class Setting:
    """One setting: its INI key, type, default, which file it lives in, and allowed values."""

    key: str
    type: type
    default: Any
    scope: Scope
    choices: tuple[Any, ...] = ()


LANGUAGES = ("en", "cy")
APPEARANCES = ("system", "light", "dark", "high-contrast")
TEXT_SCALES = (80, 90, 100, 110, 125, 150, 175, 200)

COUNCILLOR_NAME = Setting("councillor/name", str, "", Scope.PREFERENCE)
COUNCIL = Setting("councillor/council", str, "", Scope.PREFERENCE)
LANGUAGE = Setting("interface/language", str, "en", Scope.PREFERENCE, LANGUAGES)
TEXT_SCALE = Setting("interface/text_scale", int, 100, Scope.PREFERENCE, TEXT_SCALES)
APPEARANCE = Setting("interface/appearance", str, "system", Scope.PREFERENCE, APPEARANCES)
SNAPSHOTS_TO_KEEP = Setting("data/snapshots_to_keep", int, 7, Scope.PREFERENCE)
FIRST_RUN_DONE = Setting("interface/first_run_done", int, 0, Scope.PREFERENCE)
INCLUDE_REFLECTIONS = Setting("record/include_reflections", int, 1, Scope.PREFERENCE)

WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), Scope.STATE)
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), Scope.STATE)
LAST_AREA = Setting("window/last_area", str, "home", Scope.STATE)

ALL = (
    COUNCILLOR_NAME,
    COUNCIL,
    LANGUAGE,
    TEXT_SCALE,
    APPEARANCE,
    SNAPSHOTS_TO_KEEP,
    FIRST_RUN_DONE,
    INCLUDE_REFLECTIONS,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    LAST_AREA,
)


class Settings(QObject):
    """Typed access to both INI files. Emits ``changed(key)`` after a value changes."""

    changed = Signal(str)

    def __init__(self, preferences_file: Path, state_file: Path, parent: QObject | None = None):
        super().__init__(parent)
        for path in (preferences_file, state_file):
            if path.parent.is_dir():
                with contextlib.suppress(OSError):
                    create_owner_only(path)  # QSettings keeps an existing file's mode
        self._stores = {
            Scope.PREFERENCE: QSettings(str(preferences_file), QSettings.Format.IniFormat),
            Scope.STATE: QSettings(str(state_file), QSettings.Format.IniFormat),
        }

    def get(self, setting: Setting) -> Any:
        raw = self._stores[setting.scope].value(setting.key, setting.default)
        try:
            value = setting.type(raw) if not isinstance(raw, setting.type) else raw
        except (TypeError, ValueError):
            return setting.default
        if setting.choices and value not in setting.choices:
            return setting.default
        return value

    def set(self, setting: Setting, value: Any) -> None:
        if setting.choices and value not in setting.choices:
            raise ValueError(f"{setting.key} must be one of {setting.choices}, not {value!r}")
        if self.get(setting) == value:
            return
        store = self._stores[setting.scope]
        if value == setting.default:
            store.remove(setting.key)
        else:
            store.setValue(setting.key, value)
        self.changed.emit(setting.key)

    def sync(self) -> None:
        for store in self._stores.values():
            store.sync()
