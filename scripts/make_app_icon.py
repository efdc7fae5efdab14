"""Render the application icon (resources/icons/app/csp-desktop.svg) to the files packagers
need: csp-desktop.png (256 px, Linux desktop entries) and csp-desktop.ico (Windows .exe).

    QT_QPA_PLATFORM=offscreen python scripts/make_app_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP = Path(__file__).resolve().parents[1] / "resources" / "icons" / "app"


def render(side: int) -> QImage:
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(APP / "csp-desktop.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    for name, fmt in (("csp-desktop.png", "PNG"), ("csp-desktop.ico", "ICO")):
        if not render(256).save(str(APP / name), fmt):
            print(f"could not write {name} (is Qt's {fmt} image plugin installed?)", file=sys.stderr)
            return 1
        print(f"wrote {APP / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
