"""Run every benchmark and print one table: ``python -m bench [--rounds N]``."""

from __future__ import annotations

import argparse
import datetime as dt

from bench import directory, import_xlsx, learn, search, startup
from bench.common import machine

BENCHMARKS = (
    ("start-up", startup.run),
    ("learn", learn.run),
    ("directory", directory.run),
    ("import", import_xlsx.run),
    ("search", search.run),
)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--rounds", type=int, default=15, help="repetitions per measurement")
    args = parser.parse_args()
    print(f"CSP Desktop benchmarks, {dt.datetime.now():%Y-%m-%d %H:%M}; {machine()}")
    print(f"{'measure':<48} {'result':>10}  target / comparison")
    for _, bench in BENCHMARKS:
        for name, value, note in bench(args.rounds):
            print(f"{name:<48} {value:>10}  {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
