"""Every install path carries the content, the data and the compiled Welsh catalogue.

The package build itself (setup.py's build hook) compiles each resources/translations/*.ts
to a .qm, so a wheel, an sdist rebuilt into a wheel, ``pip install .`` and ``pip install -e .``
all have Welsh, not only a checkout that ran scripts/dev.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SHARE = "csp_desktop/share"


def catalogue_names() -> list[str]:
    names = sorted(ts.with_suffix(".qm").name for ts in TRANSLATIONS.glob("*.ts"))
    assert "csp_desktop_cy.qm" in names
    return names


def build_wheel(source: Path, out: Path) -> Path:
    """``pip wheel`` with the build hook, in a temporary folder, without network access."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PIP_NO_INPUT": "1"},
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    wheels = list(out.glob("csp_desktop-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """A copy of the repository's files, so builds never leave build/ or egg-info here."""
    copy = tmp_path_factory.mktemp("source") / "csp-desktop"
    # Compiled catalogues are left behind on purpose: the build must make its own.
    skip = shutil.ignore_patterns(
        ".git",
        ".venv",
        "venv",
        "build",
        "dist",
        "release",
        "*.egg-info",
        "__pycache__",
        "*.qm",
        ".*_cache",
        "tests",
    )
    shutil.copytree(ROOT, copy, ignore=skip)
    return copy


@pytest.fixture(scope="module")
def wheel(source, tmp_path_factory) -> Path:
    return build_wheel(source, tmp_path_factory.mktemp("wheel"))


def test_wheel_carries_every_compiled_catalogue(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for qm in catalogue_names():
        assert f"{SHARE}/resources/translations/{qm}" in names, qm
    assert not [n for n in names if n.endswith(".ts")], "sources stay out of the wheel"


def test_wheel_carries_the_content_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = sorted(p.name for p in (ROOT / "content" / "modules").glob("*.md"))
    assert modules
    for module in modules:
        assert f"{SHARE}/content/modules/{module}" in names
    for data in (ROOT / "resources" / "data").glob("*.toml"):
        assert f"{SHARE}/resources/data/{data.name}" in names
    # The interface draws these icons, content updates are verified with these keys, and
    # the in-app guide reads content/help.
    for folder in (ROOT / "resources" / "icons", ROOT / "resources" / "keys", ROOT / "content" / "help"):
        files = [p for p in folder.rglob("*") if p.is_file()]
        assert files, folder
        for file in files:
            assert f"{SHARE}/{file.relative_to(ROOT).as_posix()}" in names


def test_installed_wheel_finds_its_welsh_catalogue(wheel, tmp_path):
    """Installed away from the checkout, the app's own self-test finds the catalogue."""
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)  # what pip install does, minus the scripts
    env = {**os.environ, "PYTHONPATH": str(target), "CSP_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    env.pop("CSP_DESKTOP_CONTENT_DIR", None)
    where = subprocess.run(
        [sys.executable, "-c", "import csp_desktop.resources as r; print(r.translations_dir())"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert Path(where.stdout.strip()) == target / SHARE / "resources" / "translations", where.stderr
    result = subprocess.run(
        [sys.executable, "-m", "csp_desktop", "self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok    cymraeg" in result.stdout
    assert "ok    content" in result.stdout


def test_sdist_rebuilds_into_a_complete_wheel(source, tmp_path):
    """The sdist carries the .ts sources and the content; a wheel built from it has the .qm."""
    out = tmp_path / "sdist"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from setuptools.build_meta import build_sdist; print(build_sdist(sys.argv[1]))",
            str(out),
        ],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    sdist = out / result.stdout.strip().splitlines()[-1]
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
        top = names[0].split("/")[0]
        assert f"{top}/resources/translations/csp_desktop_cy.ts" in names
        assert f"{top}/setup.py" in names
        assert f"{top}/content/modules/01-community-safety-in-wales.en.md" in names
        assert not [n for n in names if n.endswith(".qm")], "compiled files are never in the sdist"
        # The "data" filter exists from Python 3.11.4; Debian 12 ships 3.11.2.
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        archive.extractall(tmp_path / "unpacked", **safe)
    rebuilt = build_wheel(tmp_path / "unpacked" / top, tmp_path / "rebuilt")
    rebuilt_names = set(zipfile.ZipFile(rebuilt).namelist())
    for qm in catalogue_names():
        assert f"{SHARE}/resources/translations/{qm}" in rebuilt_names, qm
