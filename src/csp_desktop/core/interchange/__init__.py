"""Import and export: people as CSV, Excel workbooks (import) and vCards, the whole
directory as a "CSP pack".

Spreadsheets go: read (csv_io, xlsx) -> which column is what (columns) -> rows to people, with
Welsh and English words (rows, vocabulary) -> a plan that matches people and organisations
(plan, orgmatch). Everything here is pure: readers take bytes and return data or raise ImportProblem (never a
partial result); the caller saves the outcome with one atomic DirectoryRepository.save.
"""

from csp_desktop.core.interchange.columns import FIELD_LABELS, has_name, map_columns, signature
from csp_desktop.core.interchange.csv_io import CsvRow, CsvTable, export_csv, read_csv
from csp_desktop.core.interchange.errors import ImportNotice, ImportProblem, ImportProblems
from csp_desktop.core.interchange.merge import (
    Change,
    Conflict,
    MergePlan,
    MergeResult,
    UnresolvedConflicts,
    plan_merge,
)
from csp_desktop.core.interchange.orgmatch import OrgChoice, OrgOutcome
from csp_desktop.core.interchange.pack import (
    PackContents,
    export_pack,
    read_pack,
    read_pack_contents,
    record_hash,
)
from csp_desktop.core.interchange.plan import ImportPlan
from csp_desktop.core.interchange.rows import preview, to_directory_changes
from csp_desktop.core.interchange.vcard import VCardContact, export_vcards, import_vcards, vcards_to_plan
from csp_desktop.core.interchange.xlsx import is_workbook, read_xlsx

__all__ = [
    "FIELD_LABELS",
    "Change",
    "Conflict",
    "CsvRow",
    "CsvTable",
    "ImportNotice",
    "ImportPlan",
    "ImportProblem",
    "ImportProblems",
    "MergePlan",
    "MergeResult",
    "OrgChoice",
    "OrgOutcome",
    "PackContents",
    "UnresolvedConflicts",
    "VCardContact",
    "export_csv",
    "export_pack",
    "export_vcards",
    "has_name",
    "import_vcards",
    "is_workbook",
    "map_columns",
    "plan_merge",
    "preview",
    "read_csv",
    "read_pack",
    "read_pack_contents",
    "read_xlsx",
    "record_hash",
    "signature",
    "to_directory_changes",
    "vcards_to_plan",
]
