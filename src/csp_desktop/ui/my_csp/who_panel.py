"""'Who represents…?': type or pick a sector and see its people on every board, with
click-to-copy e-mail and phone, and mailto/tel links."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from csp_desktop.core.directory.model import SECTOR_LABELS, Directory, Sector
from csp_desktop.core.directory.queries import contacts_for_sector, match_sectors, who_represents
from csp_desktop.core.render_safe import escape
from csp_desktop.ui.my_csp.models import tr


class WhoPanel(QWidget):
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whoPanel")
        self.directory = Directory()
        label = QLabel(self.tr("Who represents &which sector?"))
        self.sector = QComboBox()
        self.sector.setObjectName("whoSector")
        self.sector.setEditable(True)
        self.sector.setAccessibleName(self.tr("Sector, for example health, probation, police or fire"))
        for sector in Sector:
            self.sector.addItem(tr(SECTOR_LABELS[sector]), sector)
        self.sector.setCurrentIndex(-1)
        self.sector.lineEdit().setPlaceholderText(self.tr("Type health, probation, police, fire…"))
        self.sector.lineEdit().setAccessibleName(self.sector.accessibleName())
        self.sector.editTextChanged.connect(self.refresh)
        self.sector.currentIndexChanged.connect(lambda _i: self.refresh())
        label.setBuddy(self.sector)
        self.results = QTextBrowser()
        self.results.setObjectName("whoResults")
        self.results.setAccessibleName(self.tr("Representatives"))
        self.results.setOpenLinks(False)
        self.results.anchorClicked.connect(self._link)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.sector)
        layout.addWidget(self.results, 1)

    def set_directory(self, directory: Directory) -> None:
        self.directory = directory
        self.refresh()

    def sectors(self) -> list[Sector]:
        text = self.sector.currentText()
        data = self.sector.currentData()
        if data is not None and self.sector.itemText(self.sector.currentIndex()) == text:
            return [Sector(data)]  # Qt hands the enum back as a plain string: compare by value
        return match_sectors(text)

    def refresh(self) -> None:
        sectors = self.sectors()
        if not sectors:
            self.results.setHtml(
                "<p>" + escape(self.tr("Choose or type a sector to see who represents it.")) + "</p>"
            )
            return
        parts = []
        copy = escape(self.tr("copy"))
        for sector in sectors:
            reps = who_represents(self.directory, sector, dt.date.today())
            staff = [
                c for c in contacts_for_sector(self.directory, sector, dt.date.today()) if not c.roles
            ]  # people of the sector's organisations without a board seat yet
            parts.append(f"<h2>{escape(tr(SECTOR_LABELS[sector]))}</h2>")
            if not reps and not staff:
                parts.append(
                    "<p>"
                    + escape(
                        self.tr("Nobody recorded yet. Add them under People, then to a group in Structure.")
                    )
                    + "</p>"
                )
                continue
            current = None
            for rep in reps:
                if rep.group.id != current:
                    current = rep.group.id
                    parts.append(f"<h3>{escape(rep.group.name)}</h3>")
                contact = []
                for email in rep.person.emails:
                    contact.append(
                        f"<a href='mailto:{escape(email)}'>{escape(email)}</a> "
                        f"(<a href='copy:{escape(email)}'>{copy}</a>)"
                    )
                for phone in rep.person.phones:
                    dial = "".join(c for c in phone if c.isdigit() or c == "+")
                    contact.append(
                        f"<a href='tel:{escape(dial)}'>{escape(phone)}</a> "
                        f"(<a href='copy:{escape(phone)}'>{copy}</a>)"
                    )
                org = f", {escape(rep.organisation.name)}" if rep.organisation else ""
                title = f", {escape(rep.person.job_title)}" if rep.person.job_title else ""
                parts.append(
                    f"<p><b>{escape(rep.person.name)}</b> – {escape(tr(rep.role_label))}{title}{org}<br/>"
                    + ("<br/>".join(contact) or escape(self.tr("No contact details recorded.")))
                    + "</p>"
                )
            if staff:
                parts.append(f"<h3>{escape(self.tr('Not on a board yet'))}</h3>")
            for person in staff:
                detail = ", ".join(
                    x
                    for x in (
                        person.person.job_title,
                        person.organisation.name if person.organisation else "",
                    )
                    if x
                )
                links = [f"<a href='mailto:{escape(e)}'>{escape(e)}</a>" for e in person.person.emails]
                links += [escape(p) for p in person.person.phones]
                parts.append(
                    f"<p><b>{escape(person.person.name)}</b>"
                    + (f" – {escape(detail)}" if detail else "")
                    + ("<br/>" + "<br/>".join(links) if links else "")
                    + "</p>"
                )
        self.results.setHtml("".join(parts))

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("copy:"):
            value = QUrl.fromPercentEncoding(text[len("copy:") :].encode())
            QGuiApplication.clipboard().setText(value)
            self.message.emit(self.tr("Copied %1").replace("%1", value))
        elif text.startswith(("mailto:", "tel:")):
            QDesktopServices.openUrl(url)
