"""Building each area's page for the main window. Pages load lazily imported modules, so
start-up pays only for what the first screen shows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from csp_desktop.storage.progress import ProgressRepository
from csp_desktop.ui import pages


def make_page(window, area: pages.Area) -> QWidget:
    if area.id == "home":
        return _home_page(window)
    if area.id == "learn":
        from csp_desktop.ui.learn.learn_page import LearnPage

        def load_directory():
            # Read only when a module is opened: the directory code (~15 ms to import) is
            # not needed for the first paint of the Learn page.
            from csp_desktop.storage.directory import DirectoryRepository

            return DirectoryRepository(window.context.store).load()

        page = LearnPage(window.context.catalogue, ProgressRepository(window.context.store), load_directory)
        return page
    if area.id == "progress":
        from csp_desktop.storage.development import DevelopmentRepository
        from csp_desktop.ui.menu_commands import show_preferences
        from csp_desktop.ui.progress_page import ProgressPage

        progress = ProgressPage(
            window.context.catalogue,
            ProgressRepository(window.context.store),
            window.context.settings,
            window.context.geography,
            DevelopmentRepository(window.context.store),
        )
        progress.preferences_requested.connect(lambda: show_preferences(window))
        return progress
    if area.id == "surgery":
        return _surgery_page(window)
    if area.id == "my_csp":
        from csp_desktop import settings as S
        from csp_desktop.storage.directory import DirectoryRepository
        from csp_desktop.ui.my_csp.page import MyCspPage

        my_csp = MyCspPage(
            DirectoryRepository(window.context.store),
            window.context.geography,
            window.context.settings.get(S.LANGUAGE),
        )
        my_csp.council_chosen.connect(lambda council: window.context.settings.set(S.COUNCIL, council))
        # A new language rebuilds this page (see MainWindow.REBUILT_ON_LANGUAGE_CHANGE).
        my_csp.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
        window.undo_group.addStack(my_csp.undo_stack)
        window.undo_group.setActiveStack(my_csp.undo_stack)
        return my_csp
    return pages.EmptyStatePage(area)


def _surgery_page(window) -> QWidget:
    from csp_desktop import settings as S
    from csp_desktop.core.surgery import load_helplines, load_topics
    from csp_desktop.resources import content_dir, data_file
    from csp_desktop.storage.directory import DirectoryRepository
    from csp_desktop.ui.surgery_page import SurgeryPage

    topics, _errors = load_topics(content_dir(), window.context.settings.get(S.LANGUAGE))
    directory = DirectoryRepository(window.context.store)

    def council_name() -> str:
        council = window.context.geography.find(window.context.settings.get(S.COUNCIL))
        return council.display_name(window.context.settings.get(S.LANGUAGE)) if council else ""

    page = SurgeryPage(topics, load_helplines(data_file("helplines.toml")), directory.load, council_name)
    page.add_contact_requested.connect(window._add_local_contact)

    def language_changed(key: str) -> None:
        if key == S.LANGUAGE.key:
            page.set_topics(load_topics(content_dir(), window.context.settings.get(S.LANGUAGE))[0])

    window.context.settings.changed.connect(language_changed)
    page.module_requested.connect(
        lambda module, section: window.open_search_hit("module", f"{module}#{section}")
    )
    return page


def _home_page(window) -> QWidget:
    from csp_desktop.storage.directory import DirectoryRepository
    from csp_desktop.ui.home_page import HomePage

    page = HomePage(
        window.context.catalogue,
        ProgressRepository(window.context.store),
        DirectoryRepository(window.context.store).load,
        window.context.settings,
    )
    page.area_requested.connect(window.show_area)
    page.module_requested.connect(lambda module_id: window.open_module(module_id))
    page.check_contacts_requested.connect(window.show_contacts_to_check)
    page.add_contact_requested.connect(window._add_local_contact)
    window.context.settings.changed.connect(lambda _key: page.isVisible() and page.refresh())
    return page
