"""The frozen bundle builds, starts, and passes its own self-test.

Slow (about 30 s to build); CI runs it. Skip locally with -m "not slow".
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from csp_desktop import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    if shutil.which("pyinstaller") is None and not (Path(sys.executable).parent / "pyinstaller").exists():
        pytest.fail("pyinstaller is not installed: install the 'build' extra")
    work = tmp_path_factory.mktemp("pyinstaller")
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    result = subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    exe = work / "dist" / APP_ID / (APP_ID + (".exe" if os.name == "nt" else ""))
    assert exe.is_file()
    return exe


def test_frozen_version(bundle):
    """The bundle reports the package's version."""
    result = subprocess.run([str(bundle), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"CSP Desktop {__version__}"


def test_frozen_self_test(bundle, tmp_path):
    """The bundle finds its content and data, migrates a database and starts Qt."""
    env = {**os.environ, "CSP_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    env.pop("CSP_DESKTOP_CONTENT_DIR", None)
    result = subprocess.run([str(bundle), "self-test"], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "ok    cymraeg" in result.stdout  # the bundle carries the compiled Welsh catalogue


def test_bundle_leaves_out_what_the_app_never_uses(bundle):
    """No WebEngine, QML, network or GTK theme libraries ship in the bundle."""
    names = [p.name for p in bundle.parent.rglob("*")]
    for unwanted in ("WebEngine", "Qt6Qml", "Qt6Quick", "Qt6Network", "libqgtk3", "libssl"):
        assert not [n for n in names if unwanted in n], unwanted
