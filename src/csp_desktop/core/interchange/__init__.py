"""Import and export: people as CSV and vCards, the whole directory as a "CSP pack".

Everything here is pure: readers take bytes and return data or raise ImportProblem (never a
partial result); the caller saves the outcome with one atomic DirectoryRepository.save.
"""

from csp_desktop.core.interchange.csv_io import (
    CsvRow,
    CsvTable,
    export_csv,
    map_columns,
    preview,
    read_csv,
    to_directory_changes,
)
from csp_desktop.core.interchange.errors import ImportProblem, ImportProblems
from csp_desktop.core.interchange.merge import (
    Change,
    Conflict,
    MergePlan,
    MergeResult,
    UnresolvedConflicts,
    plan_merge,
)
from csp_desktop.core.interchange.pack import (
    PackContents,
    export_pack,
    read_pack,
    read_pack_contents,
    record_hash,
)
from csp_desktop.core.interchange.plan import ImportPlan
from csp_desktop.core.interchange.vcard import VCardContact, export_vcards, import_vcards, vcards_to_plan

__all__ = [
    "Change",
    "Conflict",
    "CsvRow",
    "CsvTable",
    "ImportPlan",
    "ImportProblem",
    "ImportProblems",
    "MergePlan",
    "MergeResult",
    "PackContents",
    "UnresolvedConflicts",
    "VCardContact",
    "export_csv",
    "export_pack",
    "export_vcards",
    "import_vcards",
    "map_columns",
    "plan_merge",
    "preview",
    "read_csv",
    "read_pack",
    "read_pack_contents",
    "record_hash",
    "to_directory_changes",
    "vcards_to_plan",
]
