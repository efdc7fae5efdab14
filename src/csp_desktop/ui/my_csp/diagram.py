"""The partnership structure as a diagram: boards as boxes, lines to the board they report
to, members listed inside. Exported as PNG or PDF for a briefing pack.

On screen it follows the theme (colours from the palette) and the text size (the app's
font); exported, it is always dark on white at a fixed print size."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsTextItem, QGraphicsView

from csp_desktop.core.directory.model import ROLE_LABELS, Directory
from csp_desktop.core.directory.queries import children, members_of
from csp_desktop.core.render_safe import escape
from csp_desktop.ui.my_csp.models import tr

BOX_CHARS = 34  # a box is this many average characters wide, at any text size
MAX_MEMBERS = 6
PRINT_POINT_SIZE = 9
# Never shrink the diagram on screen below this: past it, pan with the mouse instead.
MIN_SCALE = 0.8
Role = QPalette.ColorRole


def print_palette() -> QPalette:
    from csp_desktop.ui.themes import palette_for

    return palette_for("light")


def build_scene(
    directory: Directory,
    today: dt.date | None = None,
    palette: QPalette | None = None,
    font: QFont | None = None,
) -> QGraphicsScene:
    """The diagram; without a palette and font, in the print colours and size."""
    today = today or dt.date.today()
    palette = palette or print_palette()
    if font is None:
        font = QFont()
        font.setPointSizeF(PRINT_POINT_SIZE)
    metrics = QFontMetricsF(font)
    box_width = max(200.0, metrics.averageCharWidth() * BOX_CHARS)
    h_gap, v_gap = metrics.height() * 2, metrics.height() * 3
    scene = QGraphicsScene()
    scene.setBackgroundBrush(palette.color(Role.Base))
    pen = QPen(palette.color(Role.Text), 1.5)
    fill = palette.color(Role.AlternateBase)
    text_colour = palette.color(Role.Text)

    def box(group) -> QGraphicsTextItem:
        members = members_of(directory, group, today)
        lines = [f"<b>{escape(group.name)}</b>"]
        if group.suggested:
            note = QCoreApplication.translate("Directory", "suggested: confirm or delete")
            lines.append(f"<i>{escape(note)}</i>")
        for membership, person in members[:MAX_MEMBERS]:
            lines.append(f"{escape(tr(ROLE_LABELS[membership.role]))}: {escape(person.name)}")
        if len(members) > MAX_MEMBERS:
            lines.append(
                escape(
                    QCoreApplication.translate("Directory", "and %1 more").replace(
                        "%1", str(len(members) - MAX_MEMBERS)
                    )
                )
            )
        item = QGraphicsTextItem()
        item.setDefaultTextColor(text_colour)
        item.setFont(font)
        item.setTextWidth(box_width - 12)
        item.setHtml("<br/>".join(lines))
        return item

    def draw(group, left: float, y: float) -> float:
        """One board's box; returns its height."""
        item = box(group)
        height = item.boundingRect().height() + 8
        scene.addRect(QRectF(left, y, box_width, height), pen, fill)
        item.setPos(left + 6, y + 4)
        scene.addItem(item)
        return height

    def connect(x: float, bottom: float, to_x: float, to_y: float) -> None:
        """From a board's bottom edge to where a child hangs, with right-angled lines."""
        bus = bottom + v_gap / 2
        for x1, y1, x2, y2 in ((x, bottom, x, bus), (x, bus, to_x, bus), (to_x, bus, to_x, to_y)):
            scene.addLine(x1, y1, x2, y2, pen)

    def place(parent_id, x: float, y: float) -> tuple[float, list[tuple[float, float]]]:
        """Lay out the subtree; returns its width and where each of its roots hangs from.

        Boards with sub-groups sit side by side; boards with none under the same parent
        are stacked in one column on a spine, so a typical CSP is two or three boxes wide,
        not six, and stays readable at large text without shrinking."""
        kids = children(directory, parent_id)
        leaves = [g.id for g in kids if not children(directory, g.id)]
        stacked = set(leaves) if parent_id is not None and len(leaves) >= 2 else set()
        anchors: list[tuple[float, float]] = []
        cursor = x
        for group in kids:
            if group.id in stacked:
                continue
            height = box(group).boundingRect().height() + 8
            sub_width, sub_anchors = place(group.id, cursor, y + height + v_gap)
            width = max(box_width, sub_width)
            left = cursor + (width - box_width) / 2
            draw(group, left, y)
            centre = left + box_width / 2
            for anchor_x, anchor_y in sub_anchors:
                connect(centre, y + height, anchor_x, anchor_y)
            anchors.append((centre, y))
            cursor += width + h_gap
        if stacked:
            indent = h_gap
            spine, top, last_middle = cursor + indent / 2, y, y
            for group in kids:
                if group.id in stacked:
                    height = draw(group, cursor + indent, top)
                    last_middle = top + height / 2
                    scene.addLine(spine, last_middle, cursor + indent, last_middle, pen)
                    top += height + metrics.height()
            scene.addLine(spine, y, spine, last_middle, pen)
            anchors.append((spine, y))
            cursor += indent + box_width + h_gap
        return max(cursor - x - h_gap, 0), anchors

    place(None, 0, 0)
    if not directory.groups:
        empty = scene.addText(QCoreApplication.translate("Directory", "No boards or groups yet."), font)
        empty.setDefaultTextColor(text_colour)
    return scene


def export_png(scene: QGraphicsScene, path: Path) -> None:
    rect = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
    image = QImage(int(rect.width() * 2), int(rect.height() * 2), QImage.Format.Format_ARGB32)
    image.fill(print_palette().color(Role.Base))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")


def export_pdf(scene: QGraphicsScene, path: Path, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    painter = QPainter(writer)
    rect = scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
    scene.render(painter, QRectF(), rect, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()


class DiagramView(QGraphicsView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("structureDiagram")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)

        self.directory: Directory | None = None

    def show_directory(self, directory: Directory) -> None:
        self.directory = directory
        self.setScene(build_scene(directory, palette=self.palette(), font=QApplication.font()))
        self._fit()

    def _fit(self) -> None:
        """Show the whole structure, shrinking it if needed (but not so far that the text
        gets smaller than the user chose, give or take) and never blowing it up."""
        if self.scene() is None:
            return
        self.resetTransform()
        rect = self.scene().itemsBoundingRect().adjusted(-10, -10, 10, 10)
        self.setSceneRect(rect)
        view = self.viewport().rect()
        fit = min(view.width() / max(rect.width(), 1), view.height() / max(rect.height(), 1), 1.0)
        scale = max(fit, MIN_SCALE)
        self.scale(scale, scale)
        # Too big to fit: start at the top board, centred, and let the user pan.
        top = rect.top() + view.height() / scale / 2
        self.centerOn(
            rect.center().x(), min(rect.center().y(), top) if fit < MIN_SCALE else rect.center().y()
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        # A new theme or text size: draw again in the new colours and size.
        kinds = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange)
        if event.type() in kinds and self.directory is not None:
            self.show_directory(self.directory)
        super().changeEvent(event)
