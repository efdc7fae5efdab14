"""Writing HTML to PDF with Qt's own PDF writer (no extra packages, works offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from csp_desktop import APP_NAME

MARGIN_MM = 18


class PdfError(Exception):
    pass


def write_pdf(html: str, target: Path, title: str) -> Path:
    """Lay ``html`` out on A4 and write it to ``target`` atomically (a temp file, then rename).

    QPrinter in high resolution lays tables out to the page width; QPdfWriter with the
    same HTML let wide tables run off the page.
    """
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(partial))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    printer.setDocName(title)
    printer.setCreator(APP_NAME)
    document = QTextDocument()
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    # Lay the text out in the printer's own units, so 10pt prints as 10pt (not scaled from
    # the screen's 96 dpi), and give it the printable area: without a page size print_()
    # adds 2 cm margins of its own on top of the printer's.
    document.documentLayout().setPaintDevice(printer)
    document.setHtml(html)
    document.setPageSize(printer.pageRect(QPrinter.Unit.DevicePixel).size())
    document.setDocumentMargin(0)
    document.print_(printer)
    if not partial.exists() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        raise PdfError(f"could not write {target}: check the folder exists and you can write to it")
    os.replace(partial, target)
    return target
