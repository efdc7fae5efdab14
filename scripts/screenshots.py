"""Screenshots of every area for docs/screenshots/, as a councillor's 1366x768 laptop shows them.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out docs/screenshots]
        [--scale 100 200] [--theme light high-contrast] [--language en cy]

One process per combination (the language and content load at start-up, as in the app).
The window is the size of a maximised window on a 1366x768 screen with a task bar, and holds
a sample partnership (Cardiff, prefilled, with three invented contacts). Files are named
AREA-LANGUAGE-SCALE-THEME.png, e.g. my_csp-cy-200-high-contrast.png.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREEN = (1366, 768)
# A maximised window on that screen: a 40 px task bar and a 30 px title bar.
WINDOW = (1366, 698)
AREAS = ("learn", "my_csp", "surgery", "progress")
# At 200 % text, also the screens that were hardest to fit: a module open, the People table.
MORE_AT_200 = ("reader", "people")


def sample_data(data_dir: Path, language: str, scale: int, theme: str) -> None:
    from csp_desktop import settings as S
    from csp_desktop.core.datadir import ensure_private_dir
    from csp_desktop.core.directory.model import Membership, Person, Role, Sector
    from csp_desktop.core.geography import load_geography
    from csp_desktop.locations import data_location
    from csp_desktop.resources import data_file
    from csp_desktop.settings import Settings
    from csp_desktop.storage.database import open_store
    from csp_desktop.storage.directory import DirectoryRepository, apply_prefill

    location = data_location(str(data_dir))
    ensure_private_dir(location.path)
    settings = Settings(location.preferences_file, location.window_state_file)
    settings.set(S.LANGUAGE, language)
    settings.set(S.TEXT_SCALE, scale)
    settings.set(S.APPEARANCE, theme)
    settings.set(S.COUNCILLOR_NAME, "Siân Pritchard")
    settings.set(S.COUNCIL, "cardiff")
    settings.set(S.LAST_AREA, "learn")
    settings.sync()
    store = open_store(location.database, location.backups)
    try:
        repo = DirectoryRepository(store)
        apply_prefill(repo, load_geography(data_file("wales-geography.toml")).find("cardiff"))
        directory = repo.load()
        org = {o.sector: o.id for o in directory.organisations}
        people = [
            Person("Dr Siân Pritchard", "Community safety manager", org.get(Sector.COUNCIL),
                   ["sian.pritchard@example.org"], ["029 2087 2087"], last_verified=dt.date.today()),
            Person("Insp. Gareth Lloyd", "Neighbourhood inspector", org.get(Sector.POLICE),
                   ["gareth.lloyd@example.org"], ["101 ext 2345"]),
            Person("Mererid Owen", "Area manager", org.get(Sector.FIRE),
                   ["mererid.owen@example.org"], ["0370 606 0699"], last_verified=dt.date(2024, 3, 1)),
        ]  # fmt: skip
        board = next(g for g in directory.groups if g.reports_to is None)
        members = [Membership(people[0].id, board.id, Role.CHAIR, people[0].organisation_id),
                   Membership(people[1].id, board.id, Role.MEMBER, people[1].organisation_id)]  # fmt: skip
        repo.save([*people, *members])
    finally:
        store.close()


def shoot(data_dir: Path, out: Path, suffix: str, scale: int) -> None:
    from PySide6.QtWidgets import QApplication

    from csp_desktop.app import Appearance, build_context, create_application
    from csp_desktop.locations import data_location
    from csp_desktop.settings import Settings
    from csp_desktop.storage.database import open_store
    from csp_desktop.ui.main_window import MainWindow

    app = create_application([])
    location = data_location(str(data_dir))
    settings = Settings(location.preferences_file, location.window_state_file, app)
    Appearance(app, settings).apply_all()
    store = open_store(location.database, location.backups)
    window = MainWindow(build_context(location, settings, store, location.path / "shots.log"))
    window.resize(*WINDOW)
    window.move(0, 0)
    data_label = getattr(window, "data_label", None)
    if data_label is not None:
        data_label.hide()  # the sample data folder is a temporary one: not worth showing
    window.show()

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()

    for area in AREAS + (MORE_AT_200 if scale >= 200 else ()):
        if area == "reader":
            window.show_area("learn")
            window.pages["learn"].open_module("csp-basics")
        elif area == "people":
            window.show_area("my_csp")
            window.pages["my_csp"].tabs.setCurrentIndex(1)
        else:
            window.show_area(area)
            if area == "learn":
                window.pages["learn"].show_catalogue()
            if area == "my_csp":
                window.pages["my_csp"].tabs.setCurrentIndex(0)
        settle()
        window.grab().save(str(out / f"{area}-{suffix}.png"))
    window.close()
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--scale", nargs="+", type=int, default=[100, 200])
    parser.add_argument("--theme", nargs="+", default=["light", "high-contrast"])
    parser.add_argument("--language", nargs="+", default=["en", "cy"])
    parser.add_argument(
        "--one", nargs=4, metavar=("DATA", "LANGUAGE", "SCALE", "THEME"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.one:
        data, language, scale, theme = args.one
        sample_data(Path(data), language, int(scale), theme)
        shoot(Path(data), out, f"{language}-{scale}-{theme}", int(scale))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "screen.json"
        width, height = SCREEN
        screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
        config.write_text(json.dumps({"screens": [screen]}))
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
        for language in args.language:
            for scale in args.scale:
                for theme in args.theme:
                    data = Path(tmp) / f"{language}-{scale}-{theme}"
                    command = [sys.executable, __file__, "--out", str(out), "--one", str(data), language]
                    subprocess.run([*command, str(scale), theme], env=env, check=True)
                    print(f"{language} {scale}% {theme}: done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
