"""Importing into and exporting from the CSP record, shared by the GUI and the command line.

Reading and planning are pure (core.interchange); this module adds the file handling and the
one atomic write. Nothing is written until the user (or --dry-run's absence) says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from csp_desktop.core.interchange import (
    ImportPlan,
    ImportProblem,
    MergePlan,
    export_csv,
    export_pack,
    export_vcards,
    import_vcards,
    limits,
    map_columns,
    plan_merge,
    preview,
    read_csv,
    read_pack_contents,
    to_directory_changes,
    vcards_to_plan,
)
from csp_desktop.core.interchange.errors import Problems
from csp_desktop.storage import filesystem
from csp_desktop.storage.directory import TABLES, DirectoryRepository

MAX_FILE_BYTES = limits.MAX_FILE_BYTES


@dataclass
class PreparedImport:
    kind: str  # "csv", "vcard" or "pack"
    path: Path
    summary: str
    plan: ImportPlan | None = None
    merge: MergePlan | None = None
    preview: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    council: str | None = None
    base: dict = field(default_factory=dict)  # id -> record as it was when the plan was made

    @property
    def conflicts(self) -> list:
        return self.merge.conflicts if self.merge else []


def _kind(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix in (".csppack", ".json"):
        return "pack"
    if suffix in (".csv", ".txt"):
        return "csv"
    head = data[:200].lstrip().lower()
    if head.startswith(b"{"):
        return "pack"
    if head.startswith(b"begin:vcard"):
        return "vcard"
    return "csv"


def read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportProblem(
                path.name, None, None, f"the file is over {MAX_FILE_BYTES // (1024 * 1024)} MB"
            )
        return path.read_bytes()
    except OSError as exc:
        raise ImportProblem(path.name, None, None, f"cannot be read: {exc.strerror or exc}") from None


def prepare_import(path: Path, repo: DirectoryRepository) -> PreparedImport:
    """Read, check and plan an import. Raises ImportProblem; writes nothing."""
    existing = repo.load()
    prepared = _prepare(path, repo, existing)
    # What the plan was made against: applying it later (after the preview dialog, say) must
    # not overwrite a record someone changed meanwhile (see apply_import).
    prepared.base = {r.id: r for kind in TABLES.values() for r in getattr(existing, kind)}
    return prepared


def _prepare(path: Path, repo: DirectoryRepository, existing) -> PreparedImport:
    data = read_file(path)
    kind = _kind(path, data)
    if kind == "csv":
        table = read_csv(data, path.name)
        mapping = map_columns(table.headers, path.name)
        plan = to_directory_changes(table, mapping, existing)
        check_limits(plan.records(), path.name)
        return PreparedImport(
            kind,
            path,
            plan.summary(),
            plan=plan,
            preview=preview(table, mapping, 20),
            warnings=list(plan.warnings),
        )
    if kind == "vcard":
        plan = vcards_to_plan(import_vcards(data, path.name), existing, path.name)
        check_limits(plan.records(), path.name)
        return PreparedImport(kind, path, plan.summary(), plan=plan, warnings=list(plan.warnings))
    contents = read_pack_contents(data, path.name)
    hashes: dict[str, str | None] = {}
    for table in TABLES.values():
        hashes.update(repo.pack_hashes(table))
    merge = plan_merge(contents.directory, existing, hashes)
    warnings = []
    if contents.council and repo.council() and contents.council != repo.council():
        warnings.append(f"This pack was made for another council ({contents.council}).")
    return PreparedImport(
        kind, path, merge.summary(), merge=merge, warnings=warnings, council=contents.council
    )


def check_limits(records: list, filename: str) -> None:
    """Every record an import would save keeps to the one set of limits (limits.py), whatever
    the format, so it can be exported and imported again. Raises ImportProblem(s)."""
    problems = Problems(filename)
    for record in records:
        for field_name, problem in limits.record_problems(record):
            problems.add(None, f"{limits.describe(record)}, {field_name}", problem)
            if problems.full:
                break
    problems.raise_if_any()


def apply_import(
    prepared: PreparedImport, repo: DirectoryRepository, choices: dict[str, str] | None = None
) -> int:
    """Write the whole import in one transaction. Returns the number of records saved."""
    if prepared.merge is not None:
        result = prepared.merge.resolve(choices or {})
        expected = [prepared.base[r.id] for r in result.records if r.id in prepared.base]
        repo.save(result.records, origin="pack", pack_hashes=result.pack_hashes, expected=expected)
        if prepared.council and not repo.council():
            repo.set_council(prepared.council)
        return len(result.records)
    assert prepared.plan is not None
    records = prepared.plan.records()
    expected = [prepared.base[r.id] for r in records if r.id in prepared.base]
    repo.save(records, origin=prepared.kind, expected=expected)  # StaleRecordError if changed since
    return len(records)


def export_bytes(fmt: str, repo: DirectoryRepository) -> bytes:
    directory = repo.load()
    if fmt == "csv":
        return export_csv(directory)
    if fmt == "vcard":
        return export_vcards(directory).encode("utf-8")
    if fmt == "pack":
        return export_pack(directory, repo.council())
    raise ValueError(f"unknown format {fmt!r}: use csv, vcard or pack")


def export_problems(fmt: str, repo: DirectoryRepository, data: bytes) -> list[str]:
    """Why the exported file would not import back (the one set of limits), in plain words."""
    directory = repo.load()
    records = [r for kind in TABLES.values() for r in getattr(directory, kind)]
    return limits.export_warnings(records, len(data), fmt)


def write_atomically(path: Path, data: bytes) -> None:
    filesystem.write_atomically(path, data)  # keeps an existing file's mode; no stray .partial
