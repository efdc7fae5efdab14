"""``csp-desktop content keygen | pack | install | revert | status``: signed content updates.

Authors make a key pair once (``keygen``) and sign each pack with the private key (``pack``);
the app carries only the public key (resources/keys/). ``install`` checks the whole pack
before it changes anything. See docs/content-format.md, "Content updates".
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

# Tests only: kill this process at a named step of an install, to prove an interrupted
# install leaves the old content or the new, never a mix.
KILL_AT_ENV = "CSP_DESKTOP_TEST_KILL_AT"


def register(actions: argparse._SubParsersAction) -> None:
    keygen = actions.add_parser("keygen", help="make an Ed25519 key pair for signing content updates")
    keygen.add_argument("private", type=Path, help="where to write the private key (keep it secret)")
    keygen.add_argument("public", type=Path, help="where to write the public key (ships with the app)")
    keygen.set_defaults(handler=run_keygen)
    pack = actions.add_parser("pack", help="make a signed content update from a folder")
    pack.add_argument("folder", type=Path, help="folder with pack.toml and changed content/ and data/ files")
    pack.add_argument("--sign", type=Path, required=True, metavar="KEY", help="the private key file")
    pack.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the pack to write")
    pack.set_defaults(handler=run_pack)
    install = actions.add_parser("install", help="check and install a content update")
    install.add_argument("pack", type=Path, help="the content update file")
    install.set_defaults(handler=run_install)
    revert = actions.add_parser("revert", help="go back to the content this version shipped with")
    revert.set_defaults(handler=run_revert)
    status = actions.add_parser("status", help="say which content is in use")
    status.set_defaults(handler=run_status)


def run_keygen(args: argparse.Namespace) -> int:
    from csp_desktop.core.content.pack import generate_key_pair

    for path in (args.private, args.public):
        if path.exists():
            print(f"content keygen: {path} already exists: not overwriting a key", file=sys.stderr)
            return 1
    private, public = generate_key_pair()
    descriptor = os.open(args.private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(private)
    args.public.write_bytes(public)
    print(f"wrote the private key to {args.private} (keep it offline) and the public key to {args.public}")
    return 0


def run_pack(args: argparse.Namespace) -> int:
    from csp_desktop.core.content.pack import PackError, collect_source, public_key_for, write_pack
    from csp_desktop.resources import content_public_keys

    try:
        manifest, files = collect_source(args.folder)
        key = args.sign.read_bytes()
        public = public_key_for(key)
        write_pack(manifest, files, key, args.output)
    except PackError as exc:
        print(f"content pack: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"content pack: {exc.strerror or exc} ({exc.filename or ''})", file=sys.stderr)
        return 1
    problems = _trial_install(args.output, public)
    if problems:
        args.output.unlink(missing_ok=True)
        print("content pack: the pack would fail the app's checks, so it was not kept:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"wrote {args.output}: version {manifest.version}, {len(files)} file(s)")
    if public not in content_public_keys():
        print("note: this key is not the content key this copy of CSP Desktop carries", file=sys.stderr)
    return 0


def _trial_install(pack: Path, public: bytes) -> list[str]:
    """Lay the pack over the bundled content in a scratch folder and run every check the
    app will run, so an author learns of a problem before a councillor does."""
    import tempfile

    from csp_desktop.core.content.pack import PackError, read_pack
    from csp_desktop.core.content.pack_install import install
    from csp_desktop.resources import bundled_content_dir, bundled_data_dir

    with tempfile.TemporaryDirectory() as scratch:
        try:
            install(read_pack(pack, [public]), Path(scratch), bundled_content_dir(), bundled_data_dir())
        except PackError as exc:
            return str(exc).splitlines()
    return []


def _checkpoint():
    stage = os.environ.get(KILL_AT_ENV)

    def checkpoint(name: str) -> None:
        if stage == name:
            os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))

    return checkpoint


def run_install(args: argparse.Namespace) -> int:
    from csp_desktop.core.content.pack import PackError, read_pack
    from csp_desktop.core.content.pack_install import install
    from csp_desktop.core.datadir import DataDirError, ensure_private_dir
    from csp_desktop.locations import data_location
    from csp_desktop.resources import bundled_content_dir, bundled_data_dir, content_public_keys

    location = data_location(args.data_dir)
    try:
        ensure_private_dir(location.path)
        verified = read_pack(args.pack, content_public_keys())
        done = install(verified, location.path, bundled_content_dir(), bundled_data_dir(), _checkpoint())
    except (PackError, DataDirError) as exc:
        print(f"content install: refused, nothing was changed: {exc}", file=sys.stderr)
        return 1
    print(f"installed content version {done.manifest.version} ({done.manifest.date.isoformat()})")
    for change in done.manifest.changes:
        print(f"  - {change.note}")
    return 0


def run_revert(args: argparse.Namespace) -> int:
    from csp_desktop.core.content.pack_install import revert
    from csp_desktop.locations import data_location

    if revert(data_location(args.data_dir).path):
        print("now using the content this version shipped with")
    else:
        print("already using the content this version shipped with")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from csp_desktop.core.content.pack_install import bundled_version, installed
    from csp_desktop.locations import data_location
    from csp_desktop.resources import bundled_content_dir

    active = installed(data_location(args.data_dir).path, bundled_content_dir())
    if active:
        print(f"content update {active.manifest.version} of {active.manifest.date.isoformat()} is in use")
    else:
        print(f"the content this version shipped with ({bundled_version(bundled_content_dir())}) is in use")
    return 0
