"""Imports at scale: a 10,000-row Excel workbook until the preview is ready (target < 3 s),
and imports of 1,250 / 2,500 / 5,000 distinct organisations, whose time should grow in step
with the count (linear), not with its square (re-indexing used to be quadratic)."""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import people_count
from bench.directory import FIRST, LAST, ORGS, ROLES

SIZES = (1250, 2500, 5000)


def workbook(rows: int, seed: int = 11) -> bytes:
    """An officer's list as Excel saves it: a title row, headings, dates and numbers as cells."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Partners")
    sheet.append(["CSP partner contacts"])
    sheet.append(
        [
            "First name",
            "Last name",
            "Title",
            "Job title",
            "Company",
            "E-mail",
            "Phone",
            "Role",
            "Last checked",
        ]
    )
    for i in range(rows):
        org, _sector = rng.choice(ORGS)
        sheet.append(
            [
                rng.choice(FIRST),
                f"{rng.choice(LAST)} {i}",
                rng.choice(["Ms", "Mr", "Dr", ""]),
                f"Officer {i % 40}",
                org,
                f"person{i}@example.gov.wales",
                1632960000 + i % 1000,
                rng.choice([*ROLES, "Community Safety Manager"]),
                dt.date(2026, 1 + i % 9, 15),
            ]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def organisations_csv(count: int) -> bytes:
    lines = ["Name,Organisation,Sector,E-mail"]
    lines += [
        f"Person {i},Cwm Community Project {i},third sector,p{i}@project{i}.example.org" for i in range(count)
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _fresh(folder: Path):
    from csp_desktop.core.geography import load_geography
    from csp_desktop.resources import data_file
    from csp_desktop.storage.database import open_store
    from csp_desktop.storage.directory import DirectoryRepository, apply_prefill

    store = open_store(folder / "db.sqlite", folder / "backups")
    repo = DirectoryRepository(store)
    apply_prefill(repo, load_geography(data_file("wales-geography.toml")).find("caerphilly"))
    return store, repo


def run(rounds: int = 15) -> list[tuple[str, str, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from csp_desktop.storage.interchange import apply_import, prepare_import
    from csp_desktop.ui.my_csp.import_dialog import ImportDialog

    app = QApplication.instance() or QApplication([])
    rows = people_count()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "partners.xlsx"
        source.write_bytes(workbook(rows))
        store, repo = _fresh(folder)
        previews = []
        for _ in range(max(1, min(rounds, 5))):
            t0 = time.perf_counter()
            prepared = prepare_import(source, repo)
            t1 = time.perf_counter()
            dialog = ImportDialog(prepared, None, repo)
            dialog.show()
            app.processEvents()
            t2 = time.perf_counter()
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
            previews.append((t1 - t0, t2 - t1))
        read = statistics.median(p[0] for p in previews)
        shown = statistics.median(p[1] for p in previews)
        t = time.perf_counter()
        apply_import(prepared, repo)
        saved = time.perf_counter() - t
        store.close()
        results += [
            (f".xlsx import of {rows:,} rows: read + plan", f"{read:.2f} s", ""),
            (
                ".xlsx import: preview dialog shown",
                f"{shown:.2f} s",
                f"preview ready {read + shown:.2f} s (target < 3 s); save {saved:.2f} s",
            ),
        ]
        times = {}
        for count in SIZES:
            samples = []
            for attempt in range(max(1, min(rounds, 3))):
                sub = folder / f"orgs{count}-{attempt}"
                sub.mkdir()
                csv_file = sub / "orgs.csv"
                csv_file.write_bytes(organisations_csv(count))
                store, repo = _fresh(sub)
                t = time.perf_counter()
                apply_import(prepare_import(csv_file, repo), repo)  # read, plan, save, re-index
                samples.append(time.perf_counter() - t)
                store.close()
            times[count] = statistics.median(samples)
        for count in SIZES:
            results.append((f"import with {count:,} distinct organisations", f"{times[count]:.2f} s", ""))
        ratio = times[SIZES[-1]] / times[SIZES[0]]
        results.append(
            (
                "organisations: 5,000 vs 1,250 (4x the rows)",
                f"{ratio:.1f}x",
                "linear is about 4x; quadratic 16x",
            )
        )
    return results
