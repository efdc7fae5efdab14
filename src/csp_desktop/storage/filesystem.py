"""Where the database file sits decides how SQLite may journal it."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afs", "9p", "davfs", "ncpfs"}
_DRIVE_REMOTE = 4  # GetDriveTypeW


def is_network_path(path: Path) -> bool:
    """True when ``path`` is on a network share, where WAL mode is unsafe.

    WAL needs shared memory between processes on the same host; SQLite's docs warn it does
    not work over a network filesystem, and roaming profiles are often redirected to one.
    """
    path = Path(path).absolute()
    if os.name == "nt":
        text = str(path)
        if text.startswith("\\\\"):
            return True
        try:
            import ctypes

            drive = os.path.splitdrive(text)[0] + "\\"
            return ctypes.windll.kernel32.GetDriveTypeW(drive) == _DRIVE_REMOTE
        except (AttributeError, OSError):
            return False
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    best, best_fs = "", ""
    text = str(path)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = text == mount_point or text.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_fs = mount_point, parts[2]
    return best_fs in _NETWORK_FS


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (via ``NAME.partial``, renamed into
    place). Writing over an existing file keeps that file's permissions: the user (or IT) chose
    who may read it. A failed write leaves neither a partial file nor a changed target."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else None
        with open(partial, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if mode is not None:
            os.chmod(partial, mode)
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
