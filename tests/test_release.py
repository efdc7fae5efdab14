"""The hosted-CI release workflow and the Windows installer script are checked here.

They run only on the hosted service, so mistakes would surface only after a push: the
workflow is linted with actionlint and both are checked for the settings IT relies on.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import yaml

from csp_desktop import APP_ID, APP_NAME

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
INSTALLER = ROOT / "packaging" / "windows" / "csp-desktop.iss"


def actionlint() -> str:
    found = shutil.which("actionlint") or shutil.which("actionlint", path=str(Path(sys.executable).parent))
    if not found:
        pytest.fail("actionlint is not installed: install the 'test' extra (pip install -e '.[test]')")
    return found


def test_workflows_pass_actionlint():
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
    assert WORKFLOW in workflows
    result = subprocess.run(
        [actionlint(), "-no-color", *map(str, workflows)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    """The lint really runs: an unknown runner context and a bad expression are reported."""
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n"
        "      - run: echo ${{ runner.nonsense }}\n"
    )
    result = subprocess.run(
        [actionlint(), "-no-color", str(broken)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "nonsense" in result.stdout


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps_text(workflow: dict) -> str:
    return "\n".join(str(step.get("run", "")) for step in workflow["jobs"]["build"]["steps"])


def test_workflow_builds_on_windows_macos_and_linux(workflow):
    systems = workflow["jobs"]["build"]["strategy"]["matrix"]["os"]
    for family in ("windows", "macos", "ubuntu"):
        assert [s for s in systems if s.startswith(family)], family
    assert workflow["jobs"]["build"]["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_workflow_installs_tests_bundles_and_self_tests(workflow):
    text = steps_text(workflow)
    assert 'pip install -e ".[test,build]"' in text  # the README's own install command
    assert "-m pytest" in text
    assert "pyinstaller" in text and "build.spec" in text
    assert "self-test" in text
    assert "csp-desktop-cli.exe" in text  # the console twin prints on Windows


def test_workflow_packages_for_each_system(workflow):
    text = steps_text(workflow)
    assert "packaging\\windows\\csp-desktop.iss" in text
    assert "Compress-Archive" in text  # the zip of the folder bundle for IT
    assert "hdiutil create" in text and ".dmg" in text
    assert "tar -C dist -czf" in text and ".tar.gz" in text
    publish = workflow["jobs"]["publish"]
    assert publish["if"] == "startsWith(github.ref, 'refs/tags/v')"
    assert publish["permissions"] == {"contents": "write"}
    assert workflow["permissions"] == {"contents": "read"}  # only publishing may write


def read_iss(path: Path) -> dict[str, list[str]]:
    """Inno Setup sections and their lines, without comments or preprocessor lines."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
        elif current:
            sections[current].append(line)
    return sections


def setup_directives(sections: dict[str, list[str]]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections["Setup"])


def test_installer_needs_no_admin_rights_and_installs_per_user():
    setup = setup_directives(read_iss(INSTALLER))
    assert setup["PrivilegesRequired"] == "lowest"
    # {autopf} is {userpf} (%LOCALAPPDATA%\Programs) in the default non-administrative mode;
    # only an explicit /ALLUSERS on IT's command line may choose Program Files.
    assert setup["PrivilegesRequiredOverridesAllowed"] == "commandline"
    assert setup["DefaultDirName"].startswith(("{autopf}\\", "{userpf}\\"))
    assert uuid.UUID(setup["AppId"].strip("{}"))  # fixed forever: upgrades find the old install
    assert "{#AppVersion}" in setup["OutputBaseFilename"]


def test_installer_adds_a_start_menu_entry_for_the_gui():
    icons = read_iss(INSTALLER)["Icons"]
    start_menu = [
        line for line in icons if line.startswith(('Name: "{autoprograms}', 'Name: "{userprograms}'))
    ]
    assert start_menu and "{#AppExe}" in start_menu[0]
    text = INSTALLER.read_text(encoding="utf-8")
    assert f'#define AppExe "{APP_ID}.exe"' in text
    assert f'#define AppName "{APP_NAME}"' in text


def test_uninstall_and_update_keep_the_users_data():
    sections = read_iss(INSTALLER)
    assert "UninstallDelete" not in sections  # the uninstaller removes only what it installed
    for line in sections.get("InstallDelete", []):
        assert 'Name: "{app}\\' in line, line  # an update clears only the program folder
    directives = "\n".join(line for lines in sections.values() for line in lines)
    for data_place in ("{localappdata}", "{userappdata}", "{commonappdata}", "{%LOCALAPPDATA"):
        assert data_place not in directives, data_place  # nothing here touches the data folder


def test_installer_wraps_the_bundle_that_build_spec_makes():
    text = INSTALLER.read_text(encoding="utf-8")
    bundle = re.search(r'#define BundleDir "(.+)"', text).group(1)
    assert (INSTALLER.parent / bundle.replace("\\", "/")).resolve() == ROOT / "dist" / APP_ID
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'name=f"{NAME}-cli"' in spec  # the console twin the installer runs for /COUNCIL
    assert f'#define CliExe "{APP_ID}-cli.exe"' in text
    assert (
        INSTALLER.parent / setup_directives(read_iss(INSTALLER))["LicenseFile"].replace("\\", "/")
    ).is_file()
    assert "setup --council" in text


def test_deployment_guide_covers_what_it_does():
    guide = (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
    for needed in (
        "/VERYSILENT",
        "/SUPPRESSMSGBOXES",
        "/NORESTART",
        "/CURRENTUSER",
        "%LOCALAPPDATA%",
        "setup --council",
        "/COUNCIL=",
        "self-test",
        "uninstall",
    ):
        assert needed in guide, needed
