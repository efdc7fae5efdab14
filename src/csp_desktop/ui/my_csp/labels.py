"""Sector and role labels in the interface language.

Kept apart from the table models so that Home, the first screen, can label its partners
without importing the models (and the Qt enum namespace they need: see ui/qt_names.py).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from csp_desktop.core.directory.model import SECTOR_LABELS


def tr(text: str) -> str:
    return QCoreApplication.translate("Directory", text)


def sector_label(sector) -> str:
    return tr(SECTOR_LABELS[sector])


# The labels live in the Qt-free core; these literal copies let lupdate find them. A test
# checks the two lists agree.
TRANSLATABLE_LABELS = (
    QT_TRANSLATE_NOOP("Directory", "Council"),
    QT_TRANSLATE_NOOP("Directory", "Police"),
    QT_TRANSLATE_NOOP("Directory", "Police and crime commissioner"),
    QT_TRANSLATE_NOOP("Directory", "Fire and rescue"),
    QT_TRANSLATE_NOOP("Directory", "Health"),
    QT_TRANSLATE_NOOP("Directory", "Probation"),
    QT_TRANSLATE_NOOP("Directory", "Public health"),
    QT_TRANSLATE_NOOP("Directory", "Housing"),
    QT_TRANSLATE_NOOP("Directory", "Education"),
    QT_TRANSLATE_NOOP("Directory", "Third sector"),
    QT_TRANSLATE_NOOP("Directory", "Other"),
    QT_TRANSLATE_NOOP("Directory", "Chair"),
    QT_TRANSLATE_NOOP("Directory", "Vice-chair"),
    QT_TRANSLATE_NOOP("Directory", "Member"),
    QT_TRANSLATE_NOOP("Directory", "Deputy"),
    QT_TRANSLATE_NOOP("Directory", "Lead officer"),
    QT_TRANSLATE_NOOP("Directory", "Secretariat"),
)
