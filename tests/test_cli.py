"""The command line as IT would use it: --version, self-test, --data-dir, content check."""

import os
import subprocess
import sys

import pytest

from csp_desktop import __version__
from csp_desktop.cli import main


def run_cli(*args, env=None, timeout=120):
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "csp_desktop", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
    )


def test_version(capsys):
    """--version prints the name and the one version number."""
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"CSP Desktop {__version__}"


def test_help_lists_the_commands(capsys):
    """--help names the subcommands and the data folder options."""
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for word in ("self-test", "content", "--data-dir", "CSP_DESKTOP_DATA_DIR"):
        assert word in out


def test_self_test_passes_and_leaves_user_data_alone(isolated_profile):
    """self-test exits 0 and does not create or change anything in the data folder."""
    result = run_cli("self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    for check in ("content", "geography", "database", "interface"):
        assert f"ok    {check}" in result.stdout
    assert not isolated_profile.exists()


def test_self_test_migrates_a_copy_of_existing_data(isolated_profile):
    """With existing data, self-test works on a copy and leaves the original byte-identical."""
    from csp_desktop.storage.database import open_store

    isolated_profile.mkdir()
    open_store(isolated_profile / "csp-desktop.db", isolated_profile / "backups").close()
    before = (isolated_profile / "csp-desktop.db").read_bytes()
    result = run_cli("self-test")
    assert result.returncode == 0, result.stdout
    assert "a copy of" in result.stdout
    assert (isolated_profile / "csp-desktop.db").read_bytes() == before


def test_self_test_reports_a_broken_content_folder(tmp_path):
    """A broken install gives a readable FAIL line and a non-zero exit, not a traceback."""
    (tmp_path / "modules").mkdir()
    (tmp_path / "modules" / "01-bad.en.md").write_text("no front matter here\n")
    result = run_cli("self-test", env={"CSP_DESKTOP_CONTENT_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert "FAIL  content" in result.stdout and "01-bad.en.md:1" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_data_dir_option_puts_the_database_there(tmp_path):
    """--data-dir DIR starts the app with its data in DIR (Welsh letters and spaces too)."""
    target = tmp_path / "Data Cyngor Ŵyn"
    result = run_cli("--data-dir", str(target), "--quit-after-paint", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert (target / "csp-desktop.db").is_file()
    assert (target / "logs" / "csp-desktop.log").is_file()


def test_environment_variable_sets_the_data_folder(isolated_profile):
    """CSP_DESKTOP_DATA_DIR is honoured when no --data-dir is given."""
    result = run_cli("--quit-after-paint", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert (isolated_profile / "csp-desktop.db").is_file()


def test_content_check_passes_on_bundled_content(capsys):
    """The shipped content passes the author's check."""
    assert main(["content", "check"]) == 0, capsys.readouterr().out


def test_starting_the_gui_without_a_display_explains_itself():
    """On a machine with no desktop session the app says what to do instead of aborting."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "csp_desktop"], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 2
    assert "needs a desktop session" in result.stderr and "self-test" in result.stderr
