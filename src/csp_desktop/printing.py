"""PDFs and printing of the app's documents (the who-to-call sheet, the induction record).

Saving a PDF never touches the print system: QPrinter loads Qt's CUPS plugin, which
connects to the print server on port 631 even to write a file, and an offline app on a
council laptop must open no socket. PDFs are written with QPdfWriter (Qt GUI only); Qt's
print support is imported only when the user asks to print on paper.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from csp_desktop import APP_NAME

MARGIN_MM = 18
PDF_DPI = 300


class PdfError(Exception):
    pass


def _lay_out(html: str, device: QPagedPaintDevice, title: str, page_size: QSizeF) -> QTextDocument:
    document = QTextDocument()
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    # Lay the text out in the device's own units, so 10pt prints as 10pt (not scaled from
    # the screen's 96 dpi), and give it the printable area: without a page size print_()
    # adds 2 cm margins of its own, and wide tables run off the page.
    document.documentLayout().setPaintDevice(device)
    document.setHtml(html)
    document.setPageSize(page_size)
    document.setDocumentMargin(0)
    return document


def write_pdf(html: str, target: Path, title: str) -> Path:
    """Lay ``html`` out on A4 and write it to ``target`` atomically (a temp file, then rename)."""
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    printable = writer.pageLayout().paintRectPixels(writer.resolution()).size()
    document = _lay_out(html, writer, title, QSizeF(printable))
    document.print_(writer)
    del writer  # the file is finished and closed when the writer goes
    if not partial.exists() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        raise PdfError(f"could not write {target}: check the folder exists and you can write to it")
    os.replace(partial, target)
    return target


def print_html(html: str, title: str, parent=None) -> bool:
    """The system print dialog, then the printer. Returns True when something was printed."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loads the print system: only here

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setCreator(APP_NAME)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document = _lay_out(html, printer, title, QSizeF(printer.pageRect(QPrinter.Unit.DevicePixel).size()))
    document.print_(printer)
    return True
