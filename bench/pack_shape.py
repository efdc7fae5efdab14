"""The pack's shape check on hostile and ordinary input: it must stay linear.

Run with ``.venv/bin/python -m bench.pack_shape``. The old check stripped strings with a
pattern that retried from every quote of an unterminated string; 100 KB of escaped quotes
took about 20 s. The figures go in docs/benchmarks.md; nothing here is asserted.
"""

from __future__ import annotations

import contextlib
import time

from csp_desktop.core.directory.model import Directory, Person
from csp_desktop.core.interchange import ImportProblem, export_pack
from csp_desktop.core.interchange.pack import _check_shape


def timed(text: str) -> float:
    started = time.perf_counter()
    with contextlib.suppress(ImportProblem):
        _check_shape(text, "bench")
    return time.perf_counter() - started


def main() -> None:
    cases = {}
    for size_kb in (100, 1000, 10_000):
        quotes = '"' + '\\"' * (size_kb * 1024 // 2)
        cases[f"{size_kb:,} KB of escaped quotes (unterminated string)"] = quotes
    people = [Person(f"Person {i}", notes="Nodyn " * 20, emails=[f"p{i}@example.org"]) for i in range(20_000)]
    pack = export_pack(Directory(people=people), None).decode()
    cases[f"ordinary pack, 20,000 people ({len(pack) / 1e6:.1f} MB)"] = pack
    for label, text in cases.items():
        best = min(timed(text) for _ in range(3))
        print(f"{label:<60} {best * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
