"""Small widget helpers shared by the pages: headings that follow the text size, push
buttons with spoken names and icons, and button rows that wrap instead of widening the
window when the text is large."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
    QWidgetItem,
)

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# Home and the sidebar use this module before the first paint: Qt's enum namespaces (`Qt`,
# `QStyle`) are imported where they are used, after it (see ui/qt_names.py).


def _qt():
    from PySide6.QtCore import Qt

    return Qt


class HeadingLabel(QLabel):
    """A bold heading sized relative to the application font, so it grows and shrinks with
    the text-size setting, also when that changes while the page is open."""

    def __init__(self, text: str = "", scale: float = 1.6, name: str = "pageHeading"):
        super().__init__(text)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.scale = scale
        self._apply_scale(QApplication.font())
        # The label's own point size hides application font changes from it (no FontChange
        # arrives), so it listens to the application instead.
        QApplication.instance().fontChanged.connect(self._apply_scale)

    def rescale(self) -> None:
        self._apply_scale(QApplication.font())

    def _apply_scale(self, app_font: QFont) -> None:
        font = QFont(app_font)
        font.setBold(True)
        font.setPointSizeF(app_font.pointSizeF() * self.scale)
        self.setFont(font)


def heading_label(text: str = "", scale: float = 1.6, name: str = "pageHeading") -> QLabel:
    """A page's bold heading. Relative to the app font, so it follows the text size."""
    return HeadingLabel(text, scale, name)


def button(text: str, name: str, slot: Callable[[], object], icon: str = "") -> QPushButton:
    """A push button with a spoken name (for screen readers) that calls ``slot``, and
    optionally an icon from the bundled set (see ``ui.icons``)."""
    b = QPushButton(text)
    b.setAccessibleName(name.replace("&", ""))
    b.clicked.connect(lambda: slot())
    if icon:
        from csp_desktop.ui.icons import set_icon

        set_icon(b, icon)
    return b


class ElidingButton(QPushButton):
    """A push button for long, changing text ("Continue: <module title>") that can be
    narrower than its text: it then shows the start of the text and "…", and the whole text
    in its tooltip. Without it one long title sets the minimum width of the window."""

    MIN_CHARS = 16

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self._pad: int | None = None
        # Preferred, not Minimum: layouts may then give it less than its text needs.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        self.setToolTip(text.replace("&", ""))
        self._elide()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def _padding(self) -> int:
        """What the style adds round the text (margins, frame); asked of Qt once per font."""
        if self._pad is None:
            self._pad = super().sizeHint().width() - self.fontMetrics().horizontalAdvance(super().text())
        return self._pad

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._pad = None
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self._padding() + self.fontMetrics().horizontalAdvance(self._full), hint.height())

    def minimumSizeHint(self) -> QSize:
        width = self._padding() + self.fontMetrics().averageCharWidth() * self.MIN_CHARS
        return QSize(min(width, self.sizeHint().width()), super().minimumSizeHint().height())

    def _elide(self) -> None:
        room = self.width() - self._padding()
        fits = self.fontMetrics().horizontalAdvance(self._full) <= room or not self.isVisible()
        shown = (
            self._full
            if fits
            else self.fontMetrics().elidedText(self._full, _qt().TextElideMode.ElideRight, room)
        )
        if shown != super().text():
            super().setText(shown)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps onto the next line when they do not fit.

    Every row of buttons uses it: at 200 % text, or in Welsh, a row of five buttons is wider
    than a 1366-pixel screen, and a plain box layout would make the whole window grow off
    the screen. ``addStretch`` works as in a box layout while everything fits on one line:
    what follows it is pushed to the right.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    # -- the QLayout interface ------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # type: ignore[override]
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def addStretch(self, _stretch: int = 1) -> None:
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return _qt().Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line, as a box layout would want."""
        width = height = 0
        visible = self._visible()
        for item in visible:
            hint = item.sizeHint()
            width += hint.width()
            height = max(height, hint.height())
        width += self._gap() * max(len(visible) - 1, 0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as the widest single item: the rest wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- layout ----------------------------------------------------------------------------

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        style = parent.style() if parent else QApplication.style()
        from PySide6.QtWidgets import QStyle

        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() or isinstance(i, QSpacerItem)]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        gap = self._gap()
        for item in self._visible():
            item_width = 0 if isinstance(item, QSpacerItem) else item.sizeHint().width()
            needed = item_width if not lines[-1] else used + gap + item_width
            if lines[-1] and needed > width and item_width:
                lines.append([item])
                used = item_width
            else:
                lines[-1].append(item)
                used = needed
        return lines

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        vertical_gap = gap
        y = area.y()
        for line in self._lines(area.width()):
            items = [i for i in line if not isinstance(i, QSpacerItem)]
            if not items:
                continue
            widths = [min(i.sizeHint().width(), area.width()) for i in items]
            height = max(i.sizeHint().height() for i in items)
            slack = max(area.width() - sum(widths) - gap * (len(items) - 1), 0)
            if move:
                x = area.x()
                for item in line:
                    if isinstance(item, QSpacerItem):
                        x += slack  # the stretch takes the spare room on its line
                        slack = 0
                        continue
                    width = widths[items.index(item)]
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                    x += width + gap
            y += height + vertical_gap
        return max(y - vertical_gap - area.y(), 0) + margins.top() + margins.bottom()


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move a top-level window so that all of it is on its screen's free area
    (a restored size from a larger monitor, or a window grown by larger text)."""
    screen = window.screen()
    if screen is None:
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    width = min(window.width(), free.width() - extra_w)
    height = min(window.height(), free.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumSizeHint().width()), height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), free.x()), free.right() + 1 - frame.width())
    y = min(max(frame.y(), free.y()), free.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, free.x()), max(y, free.y()))


def scaled_print_css(html: str) -> str:
    """HTML written for paper (fixed point sizes), for showing on screen at the user's text
    size: every ``Npt`` in its style sheets grows or shrinks with the application font."""
    import re

    factor = QApplication.font().pointSizeF() / PRINT_BASE_POINT_SIZE

    def scale_style(match: re.Match) -> str:
        return re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m.group(1)) * factor:.1f}pt", match.group(0))

    return re.sub(r"<style>.*?</style>", scale_style, html, flags=re.DOTALL)


# The body size that print HTML is written for, taken as "100 %" on screen.
PRINT_BASE_POINT_SIZE = 10.0
