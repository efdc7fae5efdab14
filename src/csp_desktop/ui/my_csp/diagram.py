"""The partnership structure as a diagram: boards as boxes, lines to the board they report
to, members listed inside. Exported as PNG or PDF for a briefing pack."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsTextItem, QGraphicsView

from csp_desktop.core.directory.model import ROLE_LABELS, Directory
from csp_desktop.core.directory.queries import children, members_of
from csp_desktop.core.render_safe import escape
from csp_desktop.ui.my_csp.models import tr

BOX_WIDTH = 240
H_GAP = 30
V_GAP = 50
MAX_MEMBERS = 6


def build_scene(directory: Directory, today: dt.date | None = None) -> QGraphicsScene:
    today = today or dt.date.today()
    scene = QGraphicsScene()
    scene.setBackgroundBrush(QColor("white"))
    pen = QPen(QColor("#333333"), 1.5)
    font = QFont()
    font.setPointSizeF(9)

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
        item.setDefaultTextColor(QColor("black"))
        item.setFont(font)
        item.setTextWidth(BOX_WIDTH - 12)
        item.setHtml("<br/>".join(lines))
        return item

    def place(parent_id, x: float, y: float) -> tuple[float, list[tuple[float, float, float, float]]]:
        """Lay out the subtree; returns its width and the top-centre and bottom of each root."""
        roots = []
        cursor = x
        for group in children(directory, parent_id):
            item = box(group)
            height = item.boundingRect().height() + 8
            sub_width, sub_roots = place(group.id, cursor, y + height + V_GAP)
            width = max(BOX_WIDTH, sub_width)
            left = cursor + (width - BOX_WIDTH) / 2
            scene.addRect(QRectF(left, y, BOX_WIDTH, height), pen, QColor("#eef3fa"))
            item.setPos(left + 6, y + 4)
            scene.addItem(item)
            centre = left + BOX_WIDTH / 2
            for child_x, child_y, _, _ in sub_roots:
                scene.addLine(centre, y + height, child_x, child_y, pen)
            roots.append((centre, y, centre, y + height))
            cursor += width + H_GAP
        return max(cursor - x - H_GAP, 0), roots

    place(None, 0, 0)
    if not directory.groups:
        scene.addText(QCoreApplication.translate("Directory", "No boards or groups yet."))
    return scene


def export_png(scene: QGraphicsScene, path: Path) -> None:
    rect = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
    image = QImage(int(rect.width() * 2), int(rect.height() * 2), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
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

    def show_directory(self, directory: Directory) -> None:
        self.setScene(build_scene(directory))
        self._fit()

    def _fit(self) -> None:
        """Show the whole structure, shrinking it if needed but never blowing it up."""
        if self.scene() is None:
            return
        self.resetTransform()
        rect = self.scene().itemsBoundingRect().adjusted(-10, -10, 10, 10)
        view = self.viewport().rect()
        scale = min(view.width() / max(rect.width(), 1), view.height() / max(rect.height(), 1), 1.0)
        self.scale(scale, scale)
        self.centerOn(rect.center())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()
