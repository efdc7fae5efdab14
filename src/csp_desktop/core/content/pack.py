"""Signed content update packs: the file format, signing, and checking a pack before use.

A pack is a zip file holding ``manifest.toml`` (version, date, what changed, and the SHA-256
of every other file), ``manifest.sig`` (an Ed25519 signature of the manifest's exact bytes)
and the changed files under ``content/`` and ``data/``. Signing the manifest and checking
each file against its hash makes one signature cover the whole pack. See
docs/content-format.md, "Content updates".
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import zipfile

# zipfile, hashlib and base64 are imported where a pack is made or read: the app only needs
# this module's data classes at start-up, to read the installed update's manifest.

MANIFEST = "manifest.toml"
SIGNATURE = "manifest.sig"
AUTHOR_FILE = "pack.toml"  # what the author writes in the pack's source folder
# Only these files may travel in a pack: anything else (a script, a path outside the
# content folder, a database) is refused before a byte is written.
PACK_PATH_RE = re.compile(
    r"^(content/(modules|surgery)/\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.(en|cy)\.md"
    r"|content/glossary\.toml|data/helplines\.toml|data/wales-geography\.toml)$"
)
VERSION_RE = re.compile(r"^\d{1,6}(\.\d{1,6}){0,3}$")
MAX_FILES = 200
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_TOTAL_BYTES = 20 * 1024 * 1024


class PackError(Exception):
    """Why a pack cannot be made or installed, in words for the person holding it."""


@dataclass(frozen=True)
class Change:
    """One line of "what changed": a module and its changed sections, or a data file."""

    note: str
    note_cy: str = ""
    module: str = ""
    sections: tuple[str, ...] = ()

    def note_in(self, language: str) -> str:
        return self.note_cy if language == "cy" and self.note_cy else self.note


@dataclass(frozen=True)
class Manifest:
    """A content update's version, date, what it changed, and the checksum of every file."""

    version: str
    date: dt.date
    changes: tuple[Change, ...]
    files: dict[str, str] = field(default_factory=dict)  # pack path -> sha256 hex

    def changes_for(self, module_id: str) -> list[Change]:
        return [c for c in self.changes if c.module == module_id]


@dataclass(frozen=True)
class VerifiedPack:
    """A content update whose signature and checksums have been checked, ready to install."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    files: dict[str, bytes]


def version_key(version: str) -> tuple[int, ...]:
    if not VERSION_RE.match(version or ""):
        raise PackError(f"version {version!r} must be numbers joined by dots, such as 2027.1")
    return tuple(int(part) for part in version.split("."))


def _change(raw: object, where: str) -> Change:
    if not isinstance(raw, dict) or not isinstance(raw.get("note"), str) or not raw["note"].strip():
        raise PackError(f"{where}: each [[changes]] entry needs a 'note' saying what changed")
    sections = raw.get("sections", [])
    if not isinstance(sections, list) or not all(isinstance(s, str) for s in sections):
        raise PackError(f"{where}: 'sections' must be a list of section ids")
    return Change(
        note=raw["note"].strip(),
        note_cy=str(raw.get("note_cy", "")).strip(),
        module=str(raw.get("module", "")).strip(),
        sections=tuple(sections),
    )


def parse_manifest(text: str, where: str = MANIFEST) -> Manifest:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{where} is not valid TOML: {exc}") from None
    version = data.get("version")
    if not isinstance(version, str):
        raise PackError(f"{where}: 'version' is missing (a string such as \"2027.1\")")
    version_key(version)
    date = data.get("date")
    if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
        raise PackError(f"{where}: 'date' is missing or is not a date such as 2027-03-01")
    raw_changes = data.get("changes", [])
    if not isinstance(raw_changes, list) or not raw_changes:
        raise PackError(f"{where}: the pack must say what changed ([[changes]] with a 'note')")
    files = data.get("files", {})
    if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
        raise PackError(f"{where}: [files] must map each file's path to its SHA-256")
    return Manifest(version, date, tuple(_change(c, where) for c in raw_changes), dict(files))


def _toml_string(value: str) -> str:
    # A JSON string is a valid TOML basic string (both escape with \", \\ and \uXXXX).
    return json.dumps(value, ensure_ascii=False)


def manifest_text(manifest: Manifest) -> str:
    lines = [f"version = {_toml_string(manifest.version)}", f"date = {manifest.date.isoformat()}", ""]
    for change in manifest.changes:
        lines.append("[[changes]]")
        if change.module:
            lines.append(f"module = {_toml_string(change.module)}")
        if change.sections:
            lines.append(f"sections = [{', '.join(_toml_string(s) for s in change.sections)}]")
        lines.append(f"note = {_toml_string(change.note)}")
        if change.note_cy:
            lines.append(f"note_cy = {_toml_string(change.note_cy)}")
        lines.append("")
    lines.append("[files]")
    lines.extend(
        f"{_toml_string(path)} = {_toml_string(digest)}" for path, digest in sorted(manifest.files.items())
    )
    return "\n".join(lines) + "\n"


# -- keys --------------------------------------------------------------------------------


# python-ecdsa (pure Python) rather than cryptography: cryptography's compiled core carries
# its own OpenSSL, 11.6 MB that would push the frozen bundle over its size budget, for one
# signature check per installed update. The keys are the standard PEM files (PKCS#8 and
# SubjectPublicKeyInfo) any Ed25519 tool reads and writes.


def generate_key_pair() -> tuple[bytes, bytes]:
    """A new Ed25519 key pair as (private PEM, public PEM)."""
    from ecdsa import Ed25519, SigningKey

    key = SigningKey.generate(curve=Ed25519)
    return key.to_pem(format="pkcs8"), key.get_verifying_key().to_pem()


def _load_key(pem: bytes, private: bool):
    from ecdsa import Ed25519, SigningKey, VerifyingKey

    kind, name = (SigningKey, "signing key") if private else (VerifyingKey, "content key")
    try:
        key = kind.from_pem(pem)
    except Exception as exc:  # ecdsa raises ValueError, UnexpectedDER or MalformedPointError
        raise PackError(f"the {name} cannot be read: {exc}") from None
    if key.curve != Ed25519:
        raise PackError(f"the {name} is not an Ed25519 {'private' if private else 'public'} key")
    return key


def _load_private(pem: bytes):
    return _load_key(pem, private=True)


def public_key_for(private_pem: bytes) -> bytes:
    return _load_private(private_pem).get_verifying_key().to_pem()


def _load_public(pem: bytes):
    return _load_key(pem, private=False)


# -- making a pack (authors) ---------------------------------------------------------------


def collect_source(source: Path) -> tuple[Manifest, dict[str, bytes]]:
    """Read an author's pack folder: pack.toml plus content/ and data/ files."""
    import hashlib

    author_file = source / AUTHOR_FILE
    if not author_file.is_file():
        raise PackError(f"{source} has no {AUTHOR_FILE} (version, date and what changed)")
    manifest = parse_manifest(author_file.read_text(encoding="utf-8"), AUTHOR_FILE)
    files: dict[str, bytes] = {}
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        relative = path.relative_to(source).as_posix()
        if relative == AUTHOR_FILE:
            continue
        if not PACK_PATH_RE.match(relative):
            raise PackError(
                f"{relative}: a pack may hold only content/modules, content/surgery, "
                "content/glossary.toml, data/helplines.toml and data/wales-geography.toml"
            )
        files[relative] = path.read_bytes()
    if not files:
        raise PackError(f"{source} holds no changed files under content/ or data/")
    digests = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    return Manifest(manifest.version, manifest.date, manifest.changes, digests), files


def write_pack(manifest: Manifest, files: dict[str, bytes], private_pem: bytes, target: Path) -> Path:
    import base64
    import zipfile

    key = _load_private(private_pem)
    manifest_bytes = manifest_text(manifest).encode("utf-8")
    signature = base64.b64encode(key.sign(manifest_bytes)) + b"\n"
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, signature)
        for name in sorted(files):
            archive.writestr(name, files[name])
    os.replace(partial, target)
    return target


# -- reading a pack (the app) --------------------------------------------------------------


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with archive.open(info) as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise PackError(f"{info.filename} is larger than a content file can be")
    return data


def read_pack(pack: Path, public_keys: list[bytes]) -> VerifiedPack:
    """Open and check a pack completely, in memory. Raises PackError; writes nothing."""
    import base64
    import hashlib
    import io
    import zipfile
    import zlib

    if not public_keys:
        raise PackError("this copy of CSP Desktop has no content key, so it cannot check updates")
    try:
        raw = Path(pack).read_bytes()
    except OSError as exc:
        raise PackError(f"cannot read {pack}: {exc.strerror or exc}") from None
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
        names = [i.filename for i in infos]
        if MANIFEST not in names:
            raise PackError(f"{Path(pack).name} is not a CSP Desktop content update (no {MANIFEST})")
        if SIGNATURE not in names:
            raise PackError(f"{Path(pack).name} is not signed: only signed content updates can be installed")
        if len(names) != len(set(names)):
            raise PackError(f"{Path(pack).name} lists a file twice")
        if len(infos) > MAX_FILES + 2 or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise PackError(f"{Path(pack).name} is larger than a content update can be")
        members: dict[str, bytes] = {}
        total = 0
        for info in infos:  # sizes in the zip's directory can lie: count what is really read
            members[info.filename] = _read_member(archive, info)
            total += len(members[info.filename])
            if total > MAX_TOTAL_BYTES:
                raise PackError(f"{Path(pack).name} is larger than a content update can be")
    # A damaged byte inside compressed data surfaces as zlib.error, which is none of the others.
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise PackError(f"{Path(pack).name} is damaged or is not a content update ({exc})") from None
    manifest_bytes = members.pop(MANIFEST)
    signature_text = members.pop(SIGNATURE)
    try:
        signature = base64.b64decode(signature_text.strip(), validate=True)
    except ValueError:
        raise PackError(f"{SIGNATURE} is not a signature") from None
    _verify_signature(manifest_bytes, signature, public_keys)
    try:
        manifest = parse_manifest(manifest_bytes.decode("utf-8"))
    except UnicodeDecodeError:
        raise PackError(f"{MANIFEST} is not UTF-8 text") from None
    for name in manifest.files:
        if not PACK_PATH_RE.match(name):
            raise PackError(f"the pack lists {name!r}, which a content update may not hold")
    extra = sorted(set(members) - set(manifest.files))
    if extra:
        raise PackError(f"the pack holds {extra[0]}, which its signed manifest does not list")
    for name, digest in manifest.files.items():
        if name not in members:
            raise PackError(f"the pack is missing {name}, which its manifest lists")
        if hashlib.sha256(members[name]).hexdigest() != digest:
            raise PackError(f"{name} was changed after the pack was signed")
    return VerifiedPack(manifest, manifest_bytes, signature, members)


def _verify_signature(message: bytes, signature: bytes, public_keys: list[bytes]) -> None:
    from ecdsa import BadSignatureError

    for pem in public_keys:
        try:
            _load_public(pem).verify(signature, message)
            return
        except BadSignatureError:
            continue
    raise PackError(
        "the signature does not match CSP Desktop's content key: the pack was changed after "
        "signing, or was not signed by the CSP Desktop content team"
    )
