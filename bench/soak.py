"""Soak: two processes work on one data folder at once, then the result is checked.

``.venv/bin/python -m bench.soak [--ops 1000] [--seed 1] [--keep DIR]``

Each worker is a separate process with its own connection, as a second copy of the app or a
command-line import would be. It runs random edits, additions, deletes, undos, CSV imports
and pack exports on contacts it owns (so an oracle can say exactly what must be there), and
contested edits of one shared contact, where each save states what it expects to find.

At the end the parent checks: the database passes integrity_check; the row counts and a full
pack export equal the oracle built from both workers' logs; every contested save was based
on the value it replaced, with no two saves based on the same value (no lost update); and
restoring a backup of the final state gives the same export. It prints the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CONTESTED = "Shared contact"


def _open(data: Path):
    from csp_desktop.storage.database import open_store
    from csp_desktop.storage.directory import DirectoryRepository

    store = open_store(data / "csp-desktop.db", data / "backups")
    return store, DirectoryRepository(store)


def worker(data: Path, name: str, ops: int, seed: int, out: Path) -> None:
    """Run ``ops`` random operations; write the oracle of this worker's contacts and its log."""
    import dataclasses

    from csp_desktop.core.directory.model import Membership, Person
    from csp_desktop.core.interchange import read_pack
    from csp_desktop.storage.database import StaleRecordError, WriteError
    from csp_desktop.storage.interchange import apply_import, export_bytes, prepare_import

    rng = random.Random(seed)
    store, repo = _open(data)
    oracle: dict[str, dict] = {}  # name -> fields, this worker's contacts as they must be
    undo: list[tuple] = []  # (kind, payload) newest last
    counts = {k: 0 for k in ("add", "edit", "delete", "undo", "import", "export", "contested")}
    stale = busy = 0
    contested_writes: list[dict] = []
    shared_view = next(p for p in repo.load().people if p.name == CONTESTED)  # as a window would hold it

    def mine() -> dict[str, Person]:
        return {p.name: p for p in repo.load().people if p.name.startswith(name + "-")}

    groups = [g.id for g in repo.load().groups]

    def fields(p: Person, seats: list[str]) -> dict:
        return {"job_title": p.job_title, "notes": p.notes, "emails": p.emails, "seats": sorted(seats)}

    for serial in range(1, ops + 1):
        roll = rng.random()
        people = mine()
        try:
            if roll < 0.15:
                # Edit the shared contact from a view that may be old (the other process may
                # have saved since): the save must be refused then, never overwrite.
                value, base = f"{name}:{serial}", shared_view.notes
                try:
                    repo.save([dataclasses.replace(shared_view, notes=value)], expected=[shared_view])
                finally:  # saved or refused, the "window" then shows what is really there
                    shared_view = next(p for p in repo.load().people if p.name == CONTESTED)
                contested_writes.append({"value": value, "based_on": base})
                counts["contested"] += 1
            elif roll < 0.30 or not people:
                person = Person(
                    f"{name}-{serial}", job_title="officer", emails=[f"{name}{serial}@example.org"]
                )
                seats = [Membership(person.id, rng.choice(groups))] if groups and rng.random() < 0.5 else []
                repo.save([person, *seats])  # a contact with a board seat, in one write
                oracle[person.name] = fields(person, [m.group_id for m in seats])
                undo.append(("add", person))
                counts["add"] += 1
            elif roll < 0.55:
                before = rng.choice(list(people.values()))
                after = dataclasses.replace(before, job_title=f"title {serial}", notes=f"note {serial} ŵ")
                repo.save([after], expected=[before])
                oracle[after.name] = fields(after, oracle[after.name]["seats"])
                undo.append(("edit", (before, after)))
                counts["edit"] += 1
            elif roll < 0.68:
                victim = rng.choice(list(people.values()))
                snapshot = repo.delete(victim)
                del oracle[victim.name]
                undo.append(("delete", snapshot))
                counts["delete"] += 1
            elif roll < 0.80 and undo:
                kind, payload = undo.pop()
                if kind == "add":
                    repo.delete(next(p for p in repo.load().people if p.id == payload.id))
                    del oracle[payload.name]
                elif kind == "edit":
                    before, after = payload
                    repo.save([before], expected=[after])
                    oracle[before.name] = fields(before, oracle[before.name]["seats"])
                else:  # undo a delete: the contact and their seats come back
                    repo.restore(payload)
                    person = payload.records[0]
                    seats = [r.group_id for r in payload.records if isinstance(r, Membership)]
                    oracle[person.name] = fields(person, seats)
                counts["undo"] += 1
            elif roll < 0.92:
                rows = [f"{name}-{serial}-{i},{name}{serial}x{i}@example.org,imported" for i in range(3)]
                source = out.with_suffix(f".{serial}.csv")
                source.write_text("Name,Email,Notes\n" + "\n".join(rows) + "\n", encoding="utf-8")
                apply_import(prepare_import(source, repo), repo)
                source.unlink()
                for i in range(3):
                    oracle[f"{name}-{serial}-{i}"] = {
                        "job_title": "",
                        "notes": "imported",
                        "emails": [f"{name}{serial}x{i}@example.org"],
                        "seats": [],
                    }
                undo.clear()  # an import is not on the undo stack; older undos stay valid but are skipped
                counts["import"] += 1
            else:
                seen = as_oracle(read_pack(export_bytes("pack", repo), "soak.csppack"), name + "-")
                assert seen == oracle, f"{name}: export differs from the oracle mid-run"
                counts["export"] += 1
        except StaleRecordError:
            stale += 1  # only the contested contact can be changed by the other worker
        except WriteError:
            busy += 1
    store.close()
    out.write_text(
        json.dumps(
            {"oracle": oracle, "counts": counts, "stale": stale, "busy": busy, "contested": contested_writes}
        ),
        encoding="utf-8",
    )


def as_oracle(directory, prefix: str) -> dict[str, dict]:
    """The contacts whose names start with ``prefix``, in the oracle's shape."""
    seats: dict[str, list[str]] = {}
    for m in directory.memberships:
        seats.setdefault(m.person_id, []).append(m.group_id)
    return {
        p.name: {
            "job_title": p.job_title,
            "notes": p.notes,
            "emails": p.emails,
            "seats": sorted(seats.get(p.id, [])),
        }
        for p in directory.people
        if p.name.startswith(prefix)
    }


def check_chain(writes: list[dict]) -> int:
    """Every contested save replaced a distinct value: no two saves built on the same one."""
    bases = [w["based_on"] for w in writes]
    assert len(bases) == len(set(bases)), "two saves were based on the same value: a lost update"
    values = {w["value"] for w in writes}
    assert all(b == "" or b in values for b in bases), "a save was based on a value nobody wrote"
    return len(writes)


def soak(ops: int, seed: int, folder: Path) -> dict:
    from csp_desktop.core.directory.model import Person
    from csp_desktop.core.interchange import read_pack
    from csp_desktop.storage import backups
    from csp_desktop.storage.database import restore_snapshot
    from csp_desktop.storage.interchange import export_bytes

    data = folder / "data"
    subprocess.run(
        [sys.executable, "-m", "csp_desktop", "--data-dir", str(data), "setup", "--council", "Cardiff"],
        check=True,
        capture_output=True,
    )
    store, repo = _open(data)
    repo.save([Person(CONTESTED)])
    store.close()
    started = time.perf_counter()
    procs = []
    for index in (1, 2):
        out = folder / f"worker{index}.json"
        cmd = [sys.executable, "-m", "bench.soak", "--worker", f"w{index}", "--ops", str(ops // 2)]
        cmd += ["--seed", str(seed * 10 + index), "--data", str(data), "--out", str(out)]
        procs.append((subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True), out))
    for proc, _ in procs:
        _, err = proc.communicate(timeout=3600)
        assert proc.returncode == 0, err
    elapsed = time.perf_counter() - started
    results = [json.loads(out.read_text(encoding="utf-8")) for _, out in procs]

    store, repo = _open(data)
    verdict = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
    assert verdict == "ok", verdict
    oracle = {**results[0]["oracle"], **results[1]["oracle"]}
    people_rows = store.conn.execute("select count(*) from people").fetchone()[0]
    assert people_rows == len(oracle) + 1, (people_rows, len(oracle) + 1)
    pack = export_bytes("pack", repo)
    exported = as_oracle(read_pack(pack, "final.csppack"), "w")
    assert exported == oracle, "the final export differs from the oracle"
    contested = check_chain(results[0]["contested"] + results[1]["contested"])
    final_shared = next(p.notes for p in repo.load().people if p.name == CONTESTED)
    written = {w["value"] for r in results for w in r["contested"]}
    assert final_shared in written or (not written and final_shared == "")
    copy = backups.copy_database(store.conn, folder / "backup-of-final.db")
    store.close()
    restore_snapshot(copy, data / "csp-desktop.db")
    store, repo = _open(data)
    restored_same = (
        export_bytes("pack", repo).split(b'"exported_at"')[1][40:] == pack.split(b'"exported_at"')[1][40:]
    )
    assert restored_same, "the restored backup differs from the final state"
    tables = ("organisations", "people", "groups", "memberships", "procedures", "search")
    rows = {t: store.conn.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}
    store.close()
    counts = {k: results[0]["counts"][k] + results[1]["counts"][k] for k in results[0]["counts"]}
    return {
        "operations": sum(counts.values()) + sum(r["stale"] + r["busy"] for r in results),
        "by kind": counts,
        "refused as stale (contested contact)": results[0]["stale"] + results[1]["stale"],
        "busy or full (nothing written)": results[0]["busy"] + results[1]["busy"],
        "contested saves, all in one chain": contested,
        "integrity_check": verdict,
        "rows": rows,
        "oracle contacts": len(oracle),
        "seconds": round(elapsed, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak")
    parser.add_argument("--ops", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.data, args.worker, args.ops, args.seed, args.out)
        return 0
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        figures = soak(args.ops, args.seed, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="csp-soak-") as folder:
            figures = soak(args.ops, args.seed, Path(folder))
    for key, value in figures.items():
        print(f"{key:<40} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
