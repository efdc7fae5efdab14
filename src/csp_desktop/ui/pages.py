"""The main areas of the window. Each area is a page in the central stack.

Areas that later issues build out start as an honest empty state: what the area will do,
and what to use meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

CONTEXT = "Areas"


@dataclass(frozen=True)
class Area:
    """One area of the window: its sidebar title and what its page says it is for."""

    id: str
    title: str
    heading: str
    body: str


AREAS = (
    Area(
        "home",
        QT_TRANSLATE_NOOP("Areas", "Home"),
        QT_TRANSLATE_NOOP("Areas", "What to do next"),
        QT_TRANSLATE_NOOP("Areas", "Where you left off, who your key partners are, and what needs checking."),
    ),
    Area(
        "learn",
        QT_TRANSLATE_NOOP("Areas", "Learn"),
        QT_TRANSLATE_NOOP("Areas", "Induction modules on community safety"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "About a dozen short modules, 10 to 15 minutes each, with knowledge checks and "
            "reflections. Your place is remembered, so you can learn in fragments.",
        ),
    ),
    Area(
        "my_csp",
        QT_TRANSLATE_NOOP("Areas", "My CSP"),
        QT_TRANSLATE_NOOP("Areas", "Your Community Safety Partnership"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Your partnership's boards, the organisations on them and who represents each one, "
            "kept on this computer. This area is being built: it will be prefilled with the "
            "statutory partners for your council area.",
        ),
    ),
    Area(
        "surgery",
        QT_TRANSLATE_NOOP("Areas", "Ward surgery"),
        QT_TRANSLATE_NOOP("Areas", "Who to call about what"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Anti-social behaviour, domestic abuse, exploitation, hate incidents: what to do "
            "and say, the national helplines and your local contacts on one screen. This area "
            "is being built. In an emergency, or if someone is in immediate danger, call 999.",
        ),
    ),
    Area(
        "progress",
        QT_TRANSLATE_NOOP("Areas", "Progress"),
        QT_TRANSLATE_NOOP("Areas", "Your induction record"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "The modules you have completed, your scores, time spent and reflections, ready "
            "to export as a PDF for Democratic Services. This area is being built.",
        ),
    ),
)
AREA_IDS = tuple(a.id for a in AREAS)
# The four areas of the work itself; Home sits above them and points into them.
WORK_AREAS = tuple(a for a in AREAS if a.id != "home")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class EmptyStatePage(QWidget):
    """A page that says plainly what the area will hold."""

    def __init__(self, area: Area, parent: QWidget | None = None):
        super().__init__(parent)
        self.area = area
        self.setObjectName(f"page_{area.id}")
        from csp_desktop.ui.widgets import heading_label

        self._heading = heading_label(scale=1.6)
        self._body = QLabel()
        self._body.setWordWrap(True)
        from csp_desktop.ui.qt_names import set_enum

        set_enum(self._body, "textInteractionFlags", "TextSelectableByKeyboard|TextSelectableByMouse")
        set_enum(self._body, "focusPolicy", "StrongFocus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(self._heading)
        layout.addWidget(self._body)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self._heading.setText(tr(self.area.heading))
        self._body.setText(tr(self.area.body))
        self._body.setAccessibleName(tr(self.area.heading))
        self.setAccessibleName(tr(self.area.title))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
