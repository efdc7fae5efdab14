"""Open the app at a given place, for screenshots: python scripts/show_state.py STATE [--data-dir D]

STATE: learn | module:ID[#SECTION] | area:ID | glossary:TERM | search:TEXT | surgery:TOPIC |
       preferences | about | import:FILE (the import preview of FILE; nothing is saved unless accepted)
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
    window = MainWindow(build_context(location, settings, store, log_file))
    window.show()
    kind, _, rest = args.state.partition(":")
    learn = window.pages["learn"]
    if kind == "module":
        module_id, _, section = rest.partition("#")
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
    elif kind == "preferences":
        QTimer.singleShot(200, window.show_preferences)
    elif kind == "about":
        QTimer.singleShot(200, window.show_about)
    elif kind == "import":
        window.show_area("my_csp")
        QTimer.singleShot(300, lambda: window.pages["my_csp"].import_file(rest))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
