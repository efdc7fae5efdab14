"""Open the app at a given place, for screenshots: python scripts/show_state.py STATE [--data-dir D]

STATE: learn | module:ID[#SECTION] | area:ID | glossary:TERM | search:TEXT | surgery:TOPIC |
       who:SECTOR TEXT | person:NAME |
       preferences | about | first-run:STEP[:TEXT] (STEP: language, name, council, tour;
       TEXT: the name typed, or what is typed to find the council)
       import:FILE (the import preview of FILE; nothing is saved unless accepted)
Used with a virtual screen to look at screens that take several clicks to reach.
"""

import argparse
import sys

from PySide6.QtCore import QTimer

from csp_desktop.app import Appearance, build_context, create_application
from csp_desktop.core.datadir import ensure_private_dir
from csp_desktop.locations import data_location
from csp_desktop.logging_setup import configure_logging
from csp_desktop.settings import Settings
from csp_desktop.storage.database import open_store
from csp_desktop.ui.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("state")
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    app = create_application([])
    location = data_location(args.data_dir)
    ensure_private_dir(location.path)
    log_file = configure_logging(location.logs)
    settings = Settings(location.preferences_file, location.window_state_file, app)
    Appearance(app, settings).apply_all()
    store = open_store(location.database, location.backups)
    if args.state.startswith("first-run:"):
        return show_first_run(app, settings, store, args.state.split(":", 2)[1:])
    window = MainWindow(build_context(location, settings, store, log_file))
    window.show()
    kind, _, rest = args.state.partition(":")
    learn = window.pages["learn"]
    if kind == "module":
        module_id, _, section = rest.partition("#")
        window.show_area("learn")  # the window opens on Home
        learn.open_module(module_id, section)
    elif kind == "area":
        window.show_area(rest)
    elif kind == "glossary":
        QTimer.singleShot(200, lambda: learn.show_glossary(rest))
    elif kind == "search":

        def search() -> None:
            window.keep_search_current()
            window.focus_search()
            window.search_box.setText(rest)
            window.search_popup.run()

        QTimer.singleShot(300, search)
    elif kind == "surgery":
        window.show_area("surgery")
        window.pages["surgery"].show_topic(rest)
    elif kind == "who":  # My CSP, "Who represents…?", the sector typed in
        window.setGeometry(window.screen().availableGeometry())  # the whole screen
        window.show_area("my_csp")
        my_csp = window.pages["my_csp"]
        my_csp.tabs.setCurrentWidget(my_csp.who)
        my_csp.who.sector.setEditText(rest)
    elif kind == "person":  # My CSP, People, the named person selected
        window.setGeometry(window.screen().availableGeometry())  # the whole screen
        window.show_area("my_csp")
        my_csp = window.pages["my_csp"]
        my_csp.tabs.setCurrentIndex(1)
        person = next((p for p in my_csp.directory.people if p.name == rest), None)
        if person is not None:
            my_csp.select_person(person.id)
    elif kind == "preferences":
        QTimer.singleShot(200, window.show_preferences)
    elif kind == "about":
        QTimer.singleShot(200, window.show_about)
    elif kind == "import":
        window.show_area("my_csp")
        QTimer.singleShot(300, lambda: window.pages["my_csp"].import_file(rest))
    return app.exec()


def show_first_run(app, settings, store, step_and_text: list[str]) -> int:
    """The first-run dialog at one step, for screenshots (nothing is saved on the way)."""
    from csp_desktop.core.geography import load_geography
    from csp_desktop.resources import data_file
    from csp_desktop.ui.first_run import FirstRunDialog

    step, text = step_and_text[0], (step_and_text[1] if len(step_and_text) > 1 else "")
    dialog = FirstRunDialog(settings, load_geography(data_file("wales-geography.toml")))
    dialog.show()
    if step == "name":
        dialog.go(dialog.steps.index("name"))
        dialog.name_edit.setText(text)
    elif step in ("council", "tour"):
        dialog.go(dialog.steps.index("council"))
        dialog.council_filter.setText(text)
        if step == "tour":
            dialog.go(dialog.steps.index("tour"))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
