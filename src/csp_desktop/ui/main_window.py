"""The main window: sidebar navigation between areas, menus, toolbar search, status bar.

Built in named steps, in the order of Qt's own application example. Actions come from the
registry in ``ui.actions`` and what they do from ``ui.menu_commands``; areas from
``ui.pages``, their pages held by the ``ui.area_stack``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QToolBar,
    QWidget,
)

from csp_desktop import APP_NAME
from csp_desktop import settings as S
from csp_desktop.core.content.catalogue import Catalogue
from csp_desktop.core.datadir import DataLocation
from csp_desktop.settings import Settings
from csp_desktop.storage.database import Store
from csp_desktop.ui import pages
from csp_desktop.ui.actions import MENUS, Action, create_actions, retranslate_actions
from csp_desktop.ui.area_stack import AreaStack
from csp_desktop.ui.icons import ICONS, decorate_actions, set_icon, set_item_icon
from csp_desktop.ui.menu_commands import command_handlers
from csp_desktop.ui.qt_names import USER_ROLE
from csp_desktop.ui.widgets import keep_on_screen
from csp_desktop.ui.window_commands import NamedUndo

if TYPE_CHECKING:
    from csp_desktop.core.geography import Geography

MENU_TITLES = {
    "file": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "edit": QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    "view": QT_TRANSLATE_NOOP("MainWindow", "&View"),
    "help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
}
AREA_ACTIONS = {
    "home": Action.GO_HOME,
    "learn": Action.GO_LEARN,
    "my_csp": Action.GO_MY_CSP,
    "surgery": Action.GO_SURGERY,
    "progress": Action.GO_PROGRESS,
}


@dataclass
class AppContext:
    """Everything the window needs, built by app.py and passed in (no globals)."""

    location: DataLocation
    settings: Settings
    store: Store
    catalogue: Catalogue
    log_file: Path
    _geography: Geography | None = None

    @property
    def geography(self) -> Geography:
        """The councils and their partners, read when first asked for: no part of the first
        screen needs them, and the file and its TOML parser cost ~5 ms before it."""
        if self._geography is None:
            from csp_desktop.core.geography import load_geography
            from csp_desktop.resources import data_file

            self._geography = load_geography(data_file("wales-geography.toml"))
        return self._geography

    @geography.setter
    def geography(self, geography: Geography) -> None:  # read again after a content update
        self._geography = geography


# Pages whose widgets set their text once, when built: a new language rebuilds them from the
# saved record (nothing is lost; the undo history of the old page goes with it).
REBUILT_ON_LANGUAGE_CHANGE = ("my_csp",)

# Refresh the search index a moment after the window appears: a zero timer could run before
# the first paint and make the user wait for work they did not ask for.
INDEX_DELAY_MS = 300


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, page_factory: Callable[[pages.Area], QWidget] | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.context = context
        self.undo_group = QUndoGroup(self)
        self._page_factory = page_factory or self._make_page
        self._create_actions()
        self._create_central()
        self._create_menus()
        self._create_toolbar()
        self._create_status_bar()
        self.retranslate()
        self._restore_state()
        context.settings.changed.connect(self._setting_changed)

    # -- construction -------------------------------------------------------------------

    def _make_page(self, area: pages.Area) -> QWidget:
        from csp_desktop.ui.areas import make_page

        return make_page(self, area)

    def _add_local_contact(self, sector: str) -> None:
        self.show_area("my_csp")
        self.pages["my_csp"].add_person_for_sector(sector)

    def open_module(self, module_id: str, section: str = "", browse: bool = False) -> None:
        self.show_area("learn")
        self.pages["learn"].open_module(module_id, section, browse=browse)

    def show_contacts_to_check(self) -> None:
        self.show_area("my_csp")
        page = self.pages["my_csp"]
        tab = page.review_view.parentWidget()
        while tab is not None and page.tabs.indexOf(tab) < 0:
            tab = tab.parentWidget()
        if tab is not None:
            page.tabs.setCurrentWidget(tab)
        page.review_view.setFocus()

    def open_search_hit(self, kind: str, ref: str) -> None:
        """Open the exact place a search result points at."""
        from csp_desktop.core.search_text import Kind

        if kind == Kind.MODULE:
            # Looking something up is not studying it: open the section to read, marking nothing.
            module_id, _, section = ref.partition("#")
            self.open_module(module_id, section, browse=True)
        elif kind == Kind.GLOSSARY:
            self.pages["learn"].show_glossary(ref)
        elif kind == Kind.SURGERY:
            self.show_area("surgery")
            self.pages["surgery"].show_topic(ref)
        else:
            self.show_area("my_csp")
            self.pages["my_csp"].show_record(kind, ref)

    def keep_search_current(self) -> None:
        """Build or refresh the search index after the window is up, so start-up never waits."""
        from csp_desktop import settings as S
        from csp_desktop.resources import content_dir
        from csp_desktop.storage.database import StorageError
        from csp_desktop.storage.search_refresh import refresh_search

        self.search_popup  # noqa: B018 (ready before the user reaches for it)
        try:
            refresh_search(self.context.store, content_dir(), self.context.settings.get(S.LANGUAGE))
        except StorageError as exc:  # busy or full now: search what the index holds; retried next start
            logging.getLogger(__name__).warning("search index not refreshed: %s", exc)

    def _create_actions(self) -> None:
        handlers = command_handlers(self)
        for area_id, action in AREA_ACTIONS.items():
            handlers[action] = lambda area_id=area_id: self.show_area(area_id)
        self.actions = create_actions(self, handlers)
        # Menus are not on the first paint: their icons are drawn once the window is up.
        QTimer.singleShot(INDEX_DELAY_MS, self, lambda: decorate_actions(self))
        undo, redo = self.actions[Action.UNDO], self.actions[Action.REDO]
        undo.setEnabled(False)
        redo.setEnabled(False)
        self.undo_group.canUndoChanged.connect(undo.setEnabled)
        self.undo_group.canRedoChanged.connect(redo.setEnabled)
        self.named_undo = NamedUndo(self, self.undo_group, undo, redo)

    def _create_central(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        # An item view takes focus from Tab and clicks already (Qt's StrongFocus).
        self.stack = AreaStack(self._page_factory)
        self.pages = self.stack.pages
        for area in pages.AREAS:
            item = QListWidgetItem()
            item.setData(USER_ROLE, area.id)
            if area.id in ICONS:
                set_item_icon(item, area.id)
            self.sidebar.addItem(item)
        self._fit_sidebar()
        self.sidebar.currentRowChanged.connect(self.stack.show_row)
        self.sidebar.currentRowChanged.connect(self._area_changed)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def rebuild_pages(self, area_ids: tuple[str, ...]) -> None:
        """Build these areas' pages again, from the content now in use (after a content update)."""
        self.stack.rebuild_pages(area_ids)

    def _create_menus(self) -> None:
        self.menus: dict[str, QMenu] = {}
        for key, entries in MENUS.items():
            menu = self.menuBar().addMenu("")
            menu.setObjectName(f"menu_{key}")
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.actions[entry])
            self.menus[key] = menu

    def _create_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(420)
        search_icon = self.search_box.addAction(QIcon(), QLineEdit.ActionPosition.LeadingPosition)
        set_icon(search_icon, "search")
        self.toolbar.addWidget(self.search_box)
        # The popup, its index and their imports (~20 ms) are not on the first paint: they
        # are built when the box first takes the keyboard, or just after the window is up.
        self._search_popup = None
        self.search_box.installEventFilter(self)
        # Index after the first paint; a timer owned by the window, stopped when it closes.
        self._index_timer = QTimer(self)
        self._index_timer.setSingleShot(True)
        self._index_timer.timeout.connect(self.keep_search_current)
        self.addToolBar(self.toolbar)  # along the top

    @property
    def search_popup(self):
        """The search results popup, built on first use (see _create_toolbar)."""
        if self._search_popup is None:
            from csp_desktop.resources import content_dir
            from csp_desktop.storage.search_refresh import RepairingIndex
            from csp_desktop.ui.search_popup import SearchPopup

            index = RepairingIndex(
                self.context.store, content_dir(), lambda: self.context.settings.get(S.LANGUAGE)
            )
            self._search_popup = SearchPopup(self.search_box, index, self)  # a damaged index is rebuilt
            self._search_popup.open_requested.connect(self.open_search_hit)
        return self._search_popup

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search_box and event.type() == QEvent.Type.FocusIn:
            self.search_popup  # noqa: B018 (built before the first key reaches the box)
        return super().eventFilter(watched, event)

    def _create_status_bar(self) -> None:
        # The data folder is named in Help > About, not here: a path on every screen is
        # noise to a councillor and a privacy leak on a projected screen.
        self.statusBar().setObjectName("statusBar")

    def _restore_state(self) -> None:
        settings = self.context.settings
        geometry = settings.get(S.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1100, 700)
        keep_on_screen(self)
        state = settings.get(S.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        self.show_area("home")  # Home opens on start: it says where to carry on

    def _save_state(self) -> None:
        settings = self.context.settings
        settings.set(S.WINDOW_GEOMETRY, self.saveGeometry())
        settings.set(S.WINDOW_STATE, self.saveState())
        settings.set(S.LAST_AREA, self.current_area())
        settings.sync()

    # -- translation ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(APP_NAME)
        retranslate_actions(self.actions)
        self.named_undo.name()
        for key, menu in self.menus.items():
            menu.setTitle(QCoreApplication.translate("MainWindow", MENU_TITLES[key]))
        for row, area in enumerate(pages.AREAS):
            item = self.sidebar.item(row)
            shortcut = (
                self.actions[AREA_ACTIONS[area.id]]
                .shortcut()
                .toString(QKeySequence.SequenceFormat.NativeText)
            )
            item.setText(pages.tr(area.title))
            item.setToolTip(f"{pages.tr(area.title)} ({shortcut})")
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.stack.setAccessibleName(self.tr("Current area"))
        self.toolbar.setWindowTitle(self.tr("Search"))
        self.search_box.setPlaceholderText(self.tr("Search (Ctrl+K)"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setAccessibleDescription(
            self.tr("Search modules, the glossary and your CSP contacts. Press Enter to search.")
        )

    def _setting_changed(self, key: str) -> None:
        """A new language: Qt's LanguageChange retranslates the widgets; data-driven text
        (module titles, the open module, search) is reloaded here, with no restart."""
        if key != S.LANGUAGE.key:
            return
        from csp_desktop.core.content.catalogue import load_catalogue
        from csp_desktop.resources import content_dir

        catalogue = load_catalogue(content_dir(), self.context.settings.get(S.LANGUAGE))
        self.context.catalogue = catalogue
        for page in list(self.pages.values()):
            set_catalogue = getattr(page, "set_catalogue", None)
            if set_catalogue is not None:
                set_catalogue(catalogue)
        for area_id in REBUILT_ON_LANGUAGE_CHANGE:
            if area_id in self.pages:
                self.stack.rebuild_page(area_id)
        self._index_timer.start(INDEX_DELAY_MS)  # search in the new language

    def _fit_sidebar(self) -> None:
        """Wide enough for the longest area name at the current text size (and in Welsh)."""
        metrics = self.sidebar.fontMetrics()
        icon = round(metrics.height() * 1.1)
        self.sidebar.setIconSize(QSize(icon, icon))
        widest = max((metrics.horizontalAdvance(pages.tr(a.title)) for a in pages.AREAS), default=0)
        self.sidebar.setFixedWidth(max(190, widest + icon + 56))
        for row in range(self.sidebar.count()):
            self.sidebar.item(row).setSizeHint(QSize(180, max(40, metrics.height() + 20)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_sidebar()
            QTimer.singleShot(0, lambda: keep_on_screen(self))
        if event.type() == QEvent.Type.LanguageChange:
            self._fit_sidebar()
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour -----------------------------------------------------------------------

    def current_area(self) -> str:
        item = self.sidebar.currentItem()
        return item.data(USER_ROLE) if item else pages.AREA_IDS[0]

    def show_area(self, area_id: str) -> None:
        row = pages.AREA_IDS.index(area_id) if area_id in pages.AREA_IDS else 0
        self.sidebar.setCurrentRow(row)

    def _area_changed(self, row: int) -> None:
        if 0 <= row < len(pages.AREAS):
            self.statusBar().showMessage(pages.tr(pages.AREAS[row].heading), 4000)
        printable = hasattr(self.stack.currentWidget(), "printable")
        self.actions[Action.PRINT].setEnabled(printable)
        self.actions[Action.SAVE_PDF].setEnabled(printable)

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_indexed", False):
            self._indexed = True
            self._index_timer.start(INDEX_DELAY_MS)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._index_timer.stop()
        if self._search_popup is not None:
            self._search_popup.stop()
        for page in list(self.pages.values()):
            leave = getattr(page, "leave", None)
            if leave is not None:
                leave()  # pages save what is in flight (reflections, reading position)
        self._save_state()
        event.accept()


def action_in_menus(window: MainWindow, action: QAction) -> bool:
    return any(action in menu.actions() for menu in window.menus.values())
