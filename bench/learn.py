"""Opening modules: a 5,000-word module parsed, rendered and shown in the reader, and the
catalogue read at start-up. Target: under 50 ms per module open."""

from __future__ import annotations

import os
import re
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import percentile

ROOT = Path(__file__).resolve().parents[1]
TARGET_MS = 50.0


def big_module(folder: Path, words: int = 5000) -> Path:
    """A real module's sections repeated until the body has about ``words`` words."""
    source = sorted((ROOT / "content" / "modules").glob("*.en.md"))[0].read_text(encoding="utf-8")
    head, _, body = source.partition("\n+++\n")
    head = re.sub(r'^id = ".*"$', 'id = "big-module"', head, count=1, flags=re.M)
    chunks, count, n = [], 0, 0
    while count < words:
        n += 1
        part = body.replace("{#", f"{{#r{n}-")
        if n > 1:  # one knowledge check only: keep every later copy's sections but drop checks
            part = part.replace(".check}", ".guidance}").replace("```quiz", "```text")
            part = part.replace("```reflection", "```text")
        chunks.append(part)
        count += len(part.split())
    modules = folder / "modules"
    modules.mkdir(parents=True, exist_ok=True)
    path = modules / "99-big-module.en.md"
    path.write_text(head + "\n+++\n" + "\n".join(chunks), encoding="utf-8")
    return path


def run(rounds: int = 15) -> list[tuple[str, str, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from csp_desktop.core.content.catalogue import load_catalogue
    from csp_desktop.core.content.parser import read_module
    from csp_desktop.core.content.render import markdown_to_html
    from csp_desktop.storage.database import open_store
    from csp_desktop.storage.progress import ProgressRepository
    from csp_desktop.ui.learn.reader import ReaderView

    app = QApplication.instance() or QApplication([])
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = big_module(folder)
        module = read_module(path)
        words = module.word_count()
        parse_ms, render_ms, open_ms = [], [], []
        for _ in range(rounds):
            t0 = time.perf_counter()
            module = read_module(path)
            t1 = time.perf_counter()
            for section in module.sections:
                markdown_to_html(section.markdown)
            t2 = time.perf_counter()
            parse_ms.append((t1 - t0) * 1000)
            render_ms.append((t2 - t1) * 1000)
        store = open_store(folder / "db.sqlite", folder / "backups")
        reader = ReaderView(ProgressRepository(store))
        reader.resize(1100, 700)
        reader.show()
        catalogue = load_catalogue(folder)
        entry = catalogue.get(module.id)
        for _ in range(rounds):
            t0 = time.perf_counter()
            reader.open(entry)  # parse + render the first section + lay out and paint
            reader.repaint()
            app.processEvents()
            open_ms.append((time.perf_counter() - t0) * 1000)
        walk = []
        for index in range(len(module.sections)):
            t0 = time.perf_counter()
            reader.go(index)
            reader.repaint()
            app.processEvents()
            walk.append((time.perf_counter() - t0) * 1000)
        reader.leave()
        reader.close()
        store.close()
        from csp_desktop.core.record import build_record, record_html
        from csp_desktop.printing import write_pdf

        pdf_ms = []
        for _ in range(max(3, rounds // 3)):
            t0 = time.perf_counter()
            record = build_record(load_catalogue(ROOT / "content"), {}, "Cllr Test", "Cardiff")
            write_pdf(record_html(record), folder / "record.pdf", "record")
            pdf_ms.append((time.perf_counter() - t0) * 1000)
        cat_ms = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            load_catalogue(ROOT / "content")
            cat_ms.append((time.perf_counter() - t0) * 1000)
    whole = [p + r for p, r in zip(parse_ms, render_ms, strict=True)]
    results.append(
        (f"parse + render all sections ({words} words)", f"{statistics.median(whole):.1f} ms",
         f"p95 {percentile(whole, 95):.1f} ms")
    )  # fmt: skip
    results.append(
        ("open module in reader (parse, first section, paint)", f"{statistics.median(open_ms):.1f} ms",
         f"p95 {percentile(open_ms, 95):.1f} ms (target < {TARGET_MS:.0f} ms)")
    )  # fmt: skip
    results.append(
        ("next section (render + paint)", f"{statistics.median(walk):.1f} ms", f"max {max(walk):.1f} ms")
    )
    results.append(
        ("induction record PDF (build + lay out + write)", f"{statistics.median(pdf_ms):.0f} ms", "")
    )
    results.append(
        ("catalogue load, bundled modules (metadata only)", f"{statistics.median(cat_ms):.1f} ms", "")
    )
    return results
