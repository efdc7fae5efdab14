"""Importing into and exporting from the CSP record, shared by the GUI and the command line.

Reading and planning are pure (core.interchange); this module adds the file handling, the
user's remembered column choices (kept in the database's app_meta table, keyed by the file's
headings) and the one atomic write. Nothing is written until the user (or --dry-run's
absence) says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from csp_desktop.core.directory.model import Directory
from csp_desktop.core.interchange import (
    CsvTable,
    ImportPlan,
    ImportProblem,
    MergePlan,
    OrgChoice,
    export_csv,
    export_pack,
    export_vcards,
    has_name,
    import_vcards,
    is_workbook,
    limits,
    map_columns,
    plan_merge,
    preview,
    read_csv,
    read_pack_contents,
    read_xlsx,
    signature,
    to_directory_changes,
    vcards_to_plan,
)
from csp_desktop.core.interchange.errors import Problems
from csp_desktop.storage import filesystem
from csp_desktop.storage.directory import TABLES, DirectoryRepository

MAX_FILE_BYTES = limits.MAX_FILE_BYTES
COLUMNS_KEY = "import.columns."  # + the file's header signature: the user's column choices


@dataclass
class PreparedImport:
    """A file read and planned, not yet saved. For a table (CSV or workbook) the plan can be
    made again with other column or organisation choices, without reading the file again."""

    kind: str  # "csv", "xlsx", "vcard" or "pack"
    path: Path
    summary: str
    plan: ImportPlan | None = None
    merge: MergePlan | None = None
    preview: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    council: str | None = None
    base: dict = field(default_factory=dict)  # id -> record as it was when the plan was made
    table: CsvTable | None = None
    columns: dict[int, str] = field(default_factory=dict)  # column index -> field
    org_choices: dict[str, OrgChoice] = field(default_factory=dict)
    existing: Directory | None = None
    vcards: list = field(default_factory=list)
    problem: ImportProblem | None = None  # why there is no plan yet (no name column chosen)

    @property
    def conflicts(self) -> list:
        return self.merge.conflicts if self.merge else []

    @property
    def notices(self) -> list:
        """The plan's warnings as objects (kind, line, field, value) for a translated display."""
        return list(self.plan.warnings) if self.plan else []


def _kind(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix in (".csppack", ".json"):
        return "pack"
    if suffix in (".xlsx", ".xlsm") or is_workbook(data):
        return "xlsx"
    if suffix in (".csv", ".txt", ".tsv"):
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


def remembered_columns(
    repo: DirectoryRepository | RecordSnapshot, headers: list[str]
) -> dict[int, str] | None:
    """The columns the user chose last time for a file with exactly these headers."""
    raw = repo.meta(COLUMNS_KEY + signature(headers))
    try:
        stored = json.loads(raw) if raw else None
        return {int(k): str(v) for k, v in stored.items() if 0 <= int(k) < len(headers)} if stored else None
    except (ValueError, TypeError, AttributeError):
        return None


def remember_columns(repo: DirectoryRepository, headers: list[str], columns: dict[int, str]) -> None:
    repo.set_meta(COLUMNS_KEY + signature(headers), json.dumps({str(k): v for k, v in columns.items()}))


@dataclass
class RecordSnapshot:
    """What planning an import or building an export reads from the record, loaded at once.

    The window reads and plans a large file on a worker thread, and an SQLite connection must
    not be used from a thread other than the one that opened it. Loading these few things on
    the window's thread first (a record of a few hundred rows loads in milliseconds) and handing
    the snapshot over is simpler than opening a second connection, and the plan is still checked
    against the database when it is saved (apply_import's ``expected``). It answers the same
    read calls as DirectoryRepository, so prepare_import takes either.
    """

    directory: Directory
    council_id: str | None
    column_choices: dict[str, str]  # app_meta rows under COLUMNS_KEY
    hashes: dict[str, dict[str, str | None]]  # table -> id -> pack hash

    @classmethod
    def of(cls, repo: DirectoryRepository) -> RecordSnapshot:
        return cls(
            repo.load(),
            repo.council(),
            repo.meta_items(COLUMNS_KEY),
            {table: repo.pack_hashes(table) for table in TABLES.values()},
        )

    def load(self) -> Directory:
        return self.directory

    def council(self) -> str | None:
        return self.council_id

    def meta(self, key: str) -> str | None:
        return self.column_choices.get(key)

    def pack_hashes(self, table: str) -> dict[str, str | None]:
        return dict(self.hashes.get(table, {}))


def prepare_import(
    path: Path,
    repo: DirectoryRepository | RecordSnapshot,
    sheet: str | None = None,
    columns: dict[int, str] | None = None,
    need_names: bool = True,
) -> PreparedImport:
    """Read, check and plan an import. Raises ImportProblem; writes nothing.

    Columns come from ``columns``, else the user's choices for the same headers last time,
    else the headers. With need_names=False a table whose names cannot be found is returned
    unplanned (``problem`` set), so the preview can ask which column holds them.
    """
    data = read_file(path)
    kind = _kind(path, data)
    existing = repo.load()
    # What the plan is made against: applying it later (after the preview dialog, say) must
    # not overwrite a record someone changed meanwhile (see apply_import).
    base = {r.id: r for kind in TABLES.values() for r in getattr(existing, kind)}
    if kind in ("csv", "xlsx"):
        table = read_xlsx(data, path.name, sheet) if kind == "xlsx" else read_csv(data, path.name)
        if columns is None:
            columns = remembered_columns(repo, table.headers)
        if columns is None:
            columns = map_columns(table.headers, [r.cells for r in table.rows[:50]])
        prepared = PreparedImport(kind, path, "", table=table, columns=columns, existing=existing, base=base)
        try:
            return replan(prepared)
        except ImportProblem as exc:
            if need_names or has_name(columns):
                raise
            prepared.problem = exc
            prepared.summary = exc.message
            prepared.preview = preview(table, columns, 20)
            return prepared
    if kind == "vcard":
        prepared = PreparedImport(
            kind, path, "", existing=existing, vcards=import_vcards(data, path.name), base=base
        )
        return replan(prepared)
    contents = read_pack_contents(data, path.name)
    hashes: dict[str, str | None] = {}
    for table in TABLES.values():
        hashes.update(repo.pack_hashes(table))
    merge = plan_merge(contents.directory, existing, hashes)
    warnings = []
    if contents.council and repo.council() and contents.council != repo.council():
        warnings.append(f"This pack was made for another council ({contents.council}).")
    return PreparedImport(
        kind, path, merge.summary(), merge=merge, warnings=warnings, council=contents.council, base=base
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


def replan(
    prepared: PreparedImport,
    columns: dict[int, str] | None = None,
    org_choices: dict[str, OrgChoice] | None = None,
) -> PreparedImport:
    """Plan again with new column or organisation choices; raises ImportProblem if a row is wrong."""
    if columns is not None:
        prepared.columns = dict(columns)
    if org_choices is not None:
        prepared.org_choices = dict(org_choices)
    existing = prepared.existing or Directory()
    if prepared.kind == "vcard":
        plan = vcards_to_plan(prepared.vcards, existing, prepared.path.name, prepared.org_choices)
    else:
        assert prepared.table is not None
        plan = to_directory_changes(prepared.table, prepared.columns, existing, prepared.org_choices)
        prepared.preview = preview(prepared.table, prepared.columns, 20)
    check_limits(plan.records(), prepared.path.name)
    prepared.plan, prepared.problem = plan, None
    prepared.summary = plan.summary()
    prepared.warnings = [str(w) for w in plan.warnings]
    return prepared


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
    if prepared.plan is None:
        raise ImportProblem(prepared.path.name, None, None, "choose which column holds the names first")
    records = prepared.plan.records()
    expected = [prepared.base[r.id] for r in records if r.id in prepared.base]
    # StaleRecordError if a record changed since the plan was made.
    repo.save(records, origin="xlsx" if prepared.kind == "xlsx" else prepared.kind, expected=expected)
    if prepared.table is not None:
        remember_columns(repo, prepared.table.headers, prepared.columns)
    return len(records)


def export_bytes(fmt: str, repo: DirectoryRepository | RecordSnapshot) -> bytes:
    directory = repo.load()
    if fmt == "csv":
        return export_csv(directory)
    if fmt == "vcard":
        return export_vcards(directory).encode("utf-8")
    if fmt == "pack":
        return export_pack(directory, repo.council())
    raise ValueError(f"unknown format {fmt!r}: use csv, vcard or pack")


def export_problems(fmt: str, repo: DirectoryRepository | RecordSnapshot, data: bytes) -> list[str]:
    """Why the exported file would not import back (the one set of limits), in plain words."""
    directory = repo.load()
    records = [r for kind in TABLES.values() for r in getattr(directory, kind)]
    return limits.export_warnings(records, len(data), fmt)


def write_atomically(path: Path, data: bytes) -> None:
    filesystem.write_atomically(path, data)  # keeps an existing file's mode; no stray .partial
