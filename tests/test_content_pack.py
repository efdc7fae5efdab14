"""Signed content updates: making, checking, installing, reverting, and surviving a kill.

Every test makes its own key pair; the release key's private half is never in the repository.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from csp_desktop.cli import main as cli_main
from csp_desktop.core.content.catalogue import load_catalogue
from csp_desktop.core.content.pack import (
    PackError,
    collect_source,
    generate_key_pair,
    read_pack,
    write_pack,
)
from csp_desktop.core.content.pack_install import install, installed, revert
from csp_desktop.core.content.update_paths import pointer_file
from csp_desktop.core.surgery import load_helplines
from csp_desktop.resources import (
    activate_installed_content,
    bundled_content_dir,
    bundled_data_dir,
    content_dir,
    data_file,
)

MODULE = "08-modern-slavery.en.md"
MARKER = "A sentence only the update has."


@pytest.fixture(scope="module")
def keys() -> tuple[bytes, bytes]:
    return generate_key_pair()


def bump(text: str, version: str) -> str:
    return re.sub(r'^version = ".*"$', f'version = "{version}"', text, count=1, flags=re.M)


def make_source(
    folder: Path,
    version: str,
    module_version: str = "9.0",
    marker: str = MARKER,
    changes: str = '[[changes]]\nmodule = "modern-slavery"\nsections = ["duty-to-notify"]\n'
    'note = "The duty to notify: the labour-abuse authority\'s new home."\n'
    'note_cy = "Y ddyletswydd i hysbysu."\n',
) -> Path:
    (folder / "content" / "modules").mkdir(parents=True)
    (folder / "data").mkdir()
    original = (bundled_content_dir() / "modules" / MODULE).read_text(encoding="utf-8")
    changed = bump(original, module_version).replace(
        "{#duty-to-notify .guidance}\n", "{#duty-to-notify .guidance}\n\n" + marker + "\n", 1
    )
    assert marker in changed
    (folder / "content" / "modules" / MODULE).write_text(changed, encoding="utf-8")
    # A changed module travels with its Welsh twin, brought to the same version.
    twin = MODULE.replace(".en.md", ".cy.md")
    welsh = (bundled_content_dir() / "modules" / twin).read_text(encoding="utf-8")
    welsh = re.sub(
        r'^translated_from = ".*"$', f'translated_from = "{module_version}"', welsh, count=1, flags=re.M
    )
    (folder / "content" / "modules" / twin).write_text(bump(welsh, module_version), encoding="utf-8")
    helplines = (bundled_data_dir() / "helplines.toml").read_text(encoding="utf-8")
    (folder / "data" / "helplines.toml").write_text(helplines + f"\n# pack {version}\n", encoding="utf-8")
    (folder / "pack.toml").write_text(
        f'version = "{version}"\ndate = 2026-12-15\n\n{changes}', encoding="utf-8"
    )
    return folder


def build(tmp_path: Path, keys, version: str = "2026.2", name: str | None = None, **kw) -> Path:
    source = make_source(tmp_path / f"src-{name or version}", version, **kw)
    manifest, files = collect_source(source)
    return write_pack(manifest, files, keys[0], tmp_path / f"{name or version}.csp-content")


def do_install(pack: Path, data: Path, keys) -> None:
    install(read_pack(pack, [keys[1]]), data, bundled_content_dir(), bundled_data_dir())


def module_text(data: Path) -> str:
    activate_installed_content(data)
    return (content_dir() / "modules" / MODULE).read_text(encoding="utf-8")


def snapshot(data: Path) -> dict[str, bytes]:
    root = data / "content-updates"
    if not root.exists():
        return {}
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_good_pack_installs_as_an_overlay_and_reverts(tmp_path, keys):
    data = tmp_path / "data"
    do_install(build(tmp_path, keys), data, keys)
    assert MARKER in module_text(data)
    # Start-up looks for this one file before loading the pack code: it must be the one written.
    assert pointer_file(data).is_file()
    catalogue = load_catalogue(content_dir())
    assert catalogue.get("modern-slavery").meta.version == "9.0"
    assert len(catalogue.entries) == len(load_catalogue(bundled_content_dir()).entries)
    assert "# pack 2026.2" in data_file("helplines.toml").read_text(encoding="utf-8")
    active = installed(data, bundled_content_dir())
    assert active.manifest.version == "2026.2"
    assert active.manifest.changes_for("modern-slavery")[0].sections == ("duty-to-notify",)
    assert revert(data)
    assert MARKER not in module_text(data)
    assert data_file("helplines.toml") == bundled_data_dir() / "helplines.toml"
    assert not [p for p in (data / "content-updates").iterdir() if p.is_dir()]


def refused(pack: Path, data: Path, keys, message: str) -> None:
    before = snapshot(data)
    with pytest.raises(PackError, match=message):
        do_install(pack, data, keys)
    assert snapshot(data) == before


def rewrite(pack: Path, change) -> None:
    with zipfile.ZipFile(pack) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    change(members)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    pack.write_bytes(buffer.getvalue())


def test_a_tampered_file_is_refused_and_changes_nothing(tmp_path, keys):
    data = tmp_path / "data"
    do_install(build(tmp_path, keys, "2026.2"), data, keys)  # something to keep
    pack = build(tmp_path, keys, "2026.3")

    def tamper(members):
        name = f"content/modules/{MODULE}"
        members[name] = members[name].replace(b"National Referral", b"National Reforral", 1)

    rewrite(pack, tamper)
    refused(pack, data, keys, "changed after the pack was signed")
    assert installed(data, bundled_content_dir()).manifest.version == "2026.2"


def test_a_flipped_byte_anywhere_in_the_file_is_refused(tmp_path, keys):
    data = tmp_path / "data"
    pack = build(tmp_path, keys)
    raw = bytearray(pack.read_bytes())
    for offset in (40, len(raw) // 2, len(raw) - 30):
        damaged = tmp_path / f"damaged-{offset}.csp-content"
        copy = bytearray(raw)
        copy[offset] ^= 0x01
        damaged.write_bytes(bytes(copy))
        refused(damaged, data, keys, ".")
    assert installed(data, bundled_content_dir()) is None


def test_a_file_that_is_not_a_pack_is_refused(tmp_path, keys):
    not_a_pack = tmp_path / "notes.csp-content"
    not_a_pack.write_text("These are my notes, not a content update.")
    refused(not_a_pack, tmp_path / "data", keys, "damaged or is not a content update")
    refused(tmp_path / "missing.csp-content", tmp_path / "data", keys, "cannot read")


def test_a_signed_pack_naming_a_path_outside_the_content_is_refused(tmp_path, keys):
    from csp_desktop.core.content.pack import Change, Manifest

    files = {"../../outside.txt": b"x"}
    digests = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    manifest = Manifest("2026.2", dt.date(2026, 12, 1), (Change("x"),), digests)
    pack = write_pack(manifest, files, keys[0], tmp_path / "evil.csp-content")
    refused(pack, tmp_path / "data", keys, "may not hold")
    assert not (tmp_path / "outside.txt").exists()


def test_a_manifest_edited_after_signing_is_refused(tmp_path, keys):
    pack = build(tmp_path, keys)
    rewrite(pack, lambda m: m.update({"manifest.toml": m["manifest.toml"].replace(b"2026.2", b"2026.9")}))
    refused(pack, tmp_path / "data", keys, "signature does not match")


def test_a_pack_signed_with_another_key_is_refused(tmp_path, keys):
    other = generate_key_pair()
    pack = build(tmp_path, other)
    refused(pack, tmp_path / "data", keys, "signature does not match")


def test_an_unsigned_pack_is_refused(tmp_path, keys):
    pack = build(tmp_path, keys)
    rewrite(pack, lambda m: m.pop("manifest.sig"))
    refused(pack, tmp_path / "data", keys, "not signed")


def test_an_extra_file_not_in_the_manifest_is_refused(tmp_path, keys):
    pack = build(tmp_path, keys)
    rewrite(pack, lambda m: m.update({"content/glossary.toml": b"[[term]]\n"}))
    refused(pack, tmp_path / "data", keys, "does not list")


def test_an_older_or_same_version_is_refused(tmp_path, keys):
    data = tmp_path / "data"
    do_install(build(tmp_path, keys, "2026.3"), data, keys)
    refused(build(tmp_path, keys, "2026.2"), data, keys, "older or the same")
    refused(build(tmp_path, keys, "2026.3", name="again"), data, keys, "older or the same")
    # Older than the content this version of the app shipped with.
    refused(build(tmp_path, keys, "2025.9"), tmp_path / "fresh", keys, "older or the same")


def test_a_pack_that_fails_the_content_check_is_refused(tmp_path, keys):
    pack = build(tmp_path, keys, marker="See [nowhere](module:no-such-module).")
    refused(pack, tmp_path / "data", keys, "fails the content check")
    assert not list((tmp_path / "data" / "content-updates").iterdir())


def test_a_changed_module_must_carry_a_new_version(tmp_path, keys):
    original = (bundled_content_dir() / "modules" / MODULE).read_text(encoding="utf-8")
    same = re.search(r'^version = "(.*)"$', original, re.M).group(1)
    pack = build(tmp_path, keys, module_version=same)
    refused(pack, tmp_path / "data", keys, "bump it")


def test_what_changed_must_name_real_sections(tmp_path, keys):
    changes = '[[changes]]\nmodule = "modern-slavery"\nsections = ["no-such-section"]\nnote = "x"\n'
    refused(build(tmp_path, keys, changes=changes), tmp_path / "data", keys, "missing section")


def test_a_pack_may_not_carry_other_files(tmp_path, keys):
    source = make_source(tmp_path / "src", "2026.2")
    (source / "content" / "run-me.py").write_text("print('hi')")
    with pytest.raises(PackError, match="may hold only"):
        collect_source(source)


def test_an_installed_update_older_than_the_bundled_content_is_ignored(tmp_path, keys, monkeypatch):
    data = tmp_path / "data"
    do_install(build(tmp_path, keys, "2026.2"), data, keys)
    import csp_desktop.core.content.pack_install as pi

    monkeypatch.setattr(pi, "bundled_version", lambda _content: "2027.1")  # the app was upgraded
    assert installed(data, bundled_content_dir()) is None


def test_the_cli_makes_a_key_a_pack_and_installs_it(tmp_path, keys, monkeypatch, capsys):
    private, public = tmp_path / "private.pem", tmp_path / "public.pem"
    assert cli_main(["content", "keygen", str(private), str(public)]) == 0
    assert oct(private.stat().st_mode & 0o777) == oct(0o600) or os.name == "nt"
    assert cli_main(["content", "keygen", str(private), str(public)]) == 1  # never overwrites
    source = make_source(tmp_path / "src", "2026.2")
    pack = tmp_path / "update.csp-content"
    assert cli_main(["content", "pack", str(source), "--sign", str(private), "-o", str(pack)]) == 0
    data = tmp_path / "data"
    monkeypatch.setenv("CSP_DESKTOP_CONTENT_KEY", str(tmp_path / "missing.pem"))
    assert cli_main(["--data-dir", str(data), "content", "install", str(pack)]) == 1
    assert "refused, nothing was changed" in capsys.readouterr().err
    monkeypatch.setenv("CSP_DESKTOP_CONTENT_KEY", str(public))
    assert cli_main(["--data-dir", str(data), "content", "install", str(pack)]) == 0
    assert "installed content version 2026.2" in capsys.readouterr().out
    assert cli_main(["--data-dir", str(data), "content", "status"]) == 0
    assert "2026.2" in capsys.readouterr().out
    assert cli_main(["--data-dir", str(data), "content", "revert"]) == 0
    assert installed(data, bundled_content_dir()) is None


def test_the_cli_will_not_keep_a_pack_that_fails_the_checks(tmp_path, keys, capsys):
    private = tmp_path / "private.pem"
    private.write_bytes(keys[0])
    source = make_source(tmp_path / "src", "2026.2", marker="[bad](glossary:no-such-term)")
    pack = tmp_path / "update.csp-content"
    assert cli_main(["content", "pack", str(source), "--sign", str(private), "-o", str(pack)]) == 1
    assert "unknown glossary term" in capsys.readouterr().err
    assert not pack.exists()


def test_the_release_key_ships_and_no_private_key_is_in_the_repository():
    from csp_desktop.resources import content_public_keys, resources_dir

    assert content_public_keys(), "the app must carry a public content key"
    root = resources_dir().parent
    tracked = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True).stdout.split()
    for name in tracked:
        path = root / name
        if path.suffix in (".pem", ".key") and path.is_file():
            assert b"PRIVATE KEY" not in path.read_bytes(), name


@pytest.mark.parametrize("stage", ["copied", "extracted", "renamed", "switched"])
def test_a_kill_during_install_leaves_old_or_new_content_never_a_mix(tmp_path, keys, stage):
    data = tmp_path / "data"
    do_install(build(tmp_path, keys, "2026.2", marker="Old update text."), data, keys)
    new_pack = build(tmp_path, keys, "2026.3", module_version="9.1", marker="New update text.")
    public = tmp_path / "public.pem"
    public.write_bytes(keys[1])
    env = {**os.environ, "CSP_DESKTOP_CONTENT_KEY": str(public), "CSP_DESKTOP_TEST_KILL_AT": stage}
    result = subprocess.run(
        [sys.executable, "-m", "csp_desktop", "--data-dir", str(data), "content", "install", str(new_pack)],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert result.returncode != 0  # it was killed
    active = installed(data, bundled_content_dir())
    text = module_text(data)
    helplines = data_file("helplines.toml").read_text(encoding="utf-8")
    if active.manifest.version == "2026.2":
        assert "Old update text." in text and "New update text." not in text
        assert "# pack 2026.2" in helplines and "# pack 2026.3" not in helplines
    else:
        assert stage == "switched" and active.manifest.version == "2026.3"
        assert "New update text." in text and "Old update text." not in text
        assert "# pack 2026.3" in helplines
    assert load_helplines(data_file("helplines.toml"))
    assert not load_catalogue(content_dir()).errors
    # The next install tidies what the killed one left and succeeds.
    do_install(build(tmp_path, keys, "2026.4", module_version="9.2", marker="Newest."), data, keys)
    assert "Newest." in module_text(data)
    assert len([p for p in (data / "content-updates").iterdir() if p.is_dir()]) == 1


def test_keys_and_signatures_in_the_standard_formats_verify():
    """RFC 8032's first test vector, its key written as any Ed25519 tool writes a public PEM
    (SubjectPublicKeyInfo): a pack signed outside this app verifies, a changed one does not."""
    import base64

    from csp_desktop.core.content.pack import _load_public, _verify_signature
    from csp_desktop.resources import content_public_keys

    public = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
    der = bytes.fromhex("302a300506032b6570032100") + public
    pem = b"-----BEGIN PUBLIC KEY-----\n" + base64.b64encode(der) + b"\n-----END PUBLIC KEY-----\n"
    signature = bytes.fromhex(
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555f"
        "b8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
    )
    _verify_signature(b"", signature, [pem])
    with pytest.raises(PackError, match="signature does not match"):
        _verify_signature(b"x", signature, [pem])
    with pytest.raises(PackError, match="signature does not match"):
        _verify_signature(b"", signature[:-1] + bytes([signature[-1] ^ 1]), [pem])
    for shipped in content_public_keys():
        _load_public(shipped)  # the release key reads as an Ed25519 public key
    with pytest.raises(PackError, match="cannot be read"):
        _load_public(b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")
