"""The stack of area pages beside the sidebar: one placeholder per area until its page is
first shown or asked for, so start-up builds only the area on screen; pages are swapped for
new ones after a content update or a change of language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

from csp_desktop.ui import pages


class LazyPages(dict):
    """Area pages built on first use: start-up builds only the area on screen."""

    def __init__(self, build: Callable[[str], QWidget]):
        super().__init__()
        self._build = build

    def __missing__(self, area_id: str) -> QWidget:
        page = self[area_id] = self._build(area_id)
        return page


def _placeholder(area_id: str) -> QWidget:
    placeholder = QWidget()  # the real page is built when first shown or asked for
    placeholder.setObjectName(f"placeholder_{area_id}")
    return placeholder


class AreaStack(QStackedWidget):
    def __init__(self, page_factory: Callable[[pages.Area], QWidget]):
        super().__init__()
        self.setObjectName("areas")
        self._page_factory = page_factory
        self._retired: list[QWidget] = []
        self.pages = LazyPages(self._build_page)
        for area in pages.AREAS:
            self.addWidget(_placeholder(area.id))

    def _build_page(self, area_id: str) -> QWidget:
        row = pages.AREA_IDS.index(area_id)
        page = self._page_factory(pages.AREAS[row])
        placeholder = self.widget(row)
        current = self.currentIndex()
        self.insertWidget(row, page)
        self.removeWidget(placeholder)
        placeholder.deleteLater()
        self.setCurrentIndex(current)
        return page

    def show_row(self, row: int) -> None:
        if 0 <= row < len(pages.AREAS):
            self.pages[pages.AREA_IDS[row]]  # builds the page the first time it is shown
            self.setCurrentIndex(row)

    def rebuild_pages(self, area_ids: tuple[str, ...]) -> None:
        """Build these areas' pages again, from the content now in use (after a content update).

        The old pages are hidden and kept, not deleted: signal connections made for them still
        point at them, and a deleted widget on the end of one would crash the next emit.
        """
        current = self.currentIndex()
        for area_id in area_ids:
            page = self.pages.pop(area_id, None)
            if page is None:
                continue
            leave = getattr(page, "leave", None)
            if leave is not None:
                leave()
            row = pages.AREA_IDS.index(area_id)
            self.removeWidget(page)
            self.insertWidget(row, _placeholder(area_id))
            page.hide()
            self._retired.append(page)
        self.show_row(current)

    def rebuild_page(self, area_id: str) -> None:
        """Build an area's page again in place (a new language), keeping its current tab."""
        old = self.pages.pop(area_id)
        tabs = getattr(old, "tabs", None)
        tab = tabs.currentIndex() if tabs is not None else -1
        row = self.indexOf(old)
        current = self.currentIndex()
        page = self.pages[area_id] = self._page_factory(pages.AREAS[pages.AREA_IDS.index(area_id)])
        self.insertWidget(row, page)
        self.removeWidget(old)
        old.deleteLater()
        self.setCurrentIndex(current)
        if tab >= 0 and getattr(page, "tabs", None) is not None:
            page.tabs.setCurrentIndex(tab)
