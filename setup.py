"""Build hook: every install path carries the content, the data and the compiled catalogues.

The metadata lives in pyproject.toml; this file only extends setuptools' ``build_py`` so
that the package build itself (``pip install .``, ``pip install -e .``, a wheel, a wheel
built from the sdist) runs Qt's ``lrelease`` on every ``resources/translations/*.ts``.
A ``.qm`` is never committed: it would drift from the ``.ts`` that translators edit.

- Regular build (wheel, ``pip install .``): ``content/``, ``resources/data/``,
  ``resources/icons/`` (drawn by the interface), ``resources/keys/`` (which verify content
  updates) and the compiled ``.qm`` files go into the package as ``csp_desktop/share/``,
  the same relative layout the source checkout and the frozen bundle use (see
  ``csp_desktop.resources``).
- Editable build (``pip install -e .``): the package runs from ``src/`` and reads the
  repository's own folders, so the ``.qm`` files are compiled in place, beside the ``.ts``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
PACKAGE = "csp_desktop"
SHARE = "share"  # csp_desktop/share/{content,resources/{data,icons,keys,translations}}
TRANSLATIONS = Path("resources") / "translations"
COPIED = (Path("content"), *(Path("resources") / name for name in ("data", "icons", "keys")))

# PySide6's own launcher finds lrelease inside the wheel on every platform (lrelease,
# lrelease.exe, or under Qt/libexec), so the build never depends on PATH.
_LRELEASE = (
    "import sys; from PySide6.scripts.pyside_tool import lrelease; "
    "sys.argv[0] = 'pyside6-lrelease'; lrelease()"
)


def compile_catalogues(source: Path, target: Path) -> list[Path]:
    """Compile every ``*.ts`` in ``source`` to a ``.qm`` in ``target``; fail loudly."""
    sources = sorted(source.glob("*.ts"))
    if not sources:
        raise SystemExit(f"no translation sources (*.ts) in {source}")
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sources:
        qm = target / ts.with_suffix(".qm").name
        result = subprocess.run(
            [sys.executable, "-c", _LRELEASE, "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0 or not qm.is_file():
            raise SystemExit(f"lrelease failed for {ts.name}: {result.stdout}{result.stderr}")
        built.append(qm)
    return built


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            compile_catalogues(ROOT / TRANSLATIONS, ROOT / TRANSLATIONS)
            return
        share = Path(self.build_lib) / PACKAGE / SHARE
        for folder in COPIED:
            destination = share / folder
            if destination.exists():
                shutil.rmtree(destination)
            shutil.copytree(ROOT / folder, destination)
        compile_catalogues(ROOT / TRANSLATIONS, share / TRANSLATIONS)


setup(cmdclass={"build_py": BuildWithCatalogues})
