"""The CSP pack: exported whole, read strictly, merged without losing the councillor's edits."""

import contextlib
import copy
import datetime as dt
import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csp_desktop.core.directory.model import (
    Directory,
    Group,
    Membership,
    Organisation,
    Person,
    Procedure,
    Role,
    Sector,
)
from csp_desktop.core.interchange import (
    ImportProblem,
    ImportProblems,
    UnresolvedConflicts,
    export_pack,
    plan_merge,
    read_pack,
    read_pack_contents,
    record_hash,
)
from csp_desktop.core.interchange.pack import KINDS
from csp_desktop.storage.directory import TABLES, DirectoryRepository
from tests.test_interchange_csv import sample_directory

NOW = dt.datetime(2026, 5, 8, 9, 30, tzinfo=dt.UTC)


def pack_dict(directory: Directory | None = None) -> dict:
    return json.loads(export_pack(directory or sample_directory(), "ceredigion", NOW))


def encode(pack: dict) -> bytes:
    return json.dumps(pack).encode("utf-8")


def refused(data: bytes) -> ImportProblem:
    """The problem a pack is refused with; reading it must also be quick."""
    started = time.perf_counter()
    with pytest.raises(ImportProblem) as caught:
        read_pack(data, "pack.json")
    assert time.perf_counter() - started < 3
    return caught.value


def hashes_of(directory: Directory) -> dict[str, str | None]:
    return {r.id: record_hash(r) for kind in KINDS for r in getattr(directory, kind)}


# -- format -----------------------------------------------------------------------------------


def test_round_trip_gives_the_same_directory():
    """Reading an exported pack gives back exactly the same records, ids and all."""
    directory = sample_directory()
    directory.memberships[0].start_date = dt.date(2025, 5, 1)
    directory.memberships[0].organisation_id = directory.organisations[0].id
    contents = read_pack_contents(export_pack(directory, "ceredigion", NOW), "pack.json")
    assert contents.directory == directory
    assert (contents.council, contents.version, contents.exported_at) == ("ceredigion", 1, NOW)


def test_export_format_is_versioned_sorted_indented_json():
    """The pack says what it is and which version, with records mirroring the directory fields."""
    data = export_pack(sample_directory(), None, NOW)
    assert data.startswith(b'{\n  "council": null,')
    pack = json.loads(data)
    assert (pack["format"], pack["version"], pack["exported_at"]) == (
        "csp-desktop-pack",
        1,
        "2026-05-08T09:30:00+00:00",
    )
    assert pack["people"][0]["name"] == "Cllr Siân Ŵyn" and "Siân".encode() in data
    assert pack["people"][0]["last_verified"] == "2026-01-05"
    assert pack["memberships"][0]["role"] == "chair" and pack["organisations"][0]["sector"] == "council"
    assert list(pack["groups"][0]) == sorted(pack["groups"][0])


def test_schema_matches_the_dataclasses():
    """Every field of every record kind is in the pack schema, so nothing is silently dropped."""
    from dataclasses import fields

    for kind, (cls, schema) in KINDS.items():
        assert set(schema) == {f.name for f in fields(cls)}, kind
        assert TABLES[cls] == kind


def test_record_hash_is_stable_and_content_based():
    """A record's hash depends on its content only, and changes when any field changes."""
    person = sample_directory().people[0]
    same = copy.deepcopy(person)
    assert record_hash(person) == record_hash(same) and len(record_hash(person)) == 64
    same.phones.append("01970 000000")
    assert record_hash(person) != record_hash(same)
    assert record_hash(Group("A", id="g1")) != record_hash(Group("A", id="g1", suggested=True))


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (lambda p: p["people"][0].update(id="../x"), "people[0].id", "not a valid id"),
        (lambda p: p["people"][0].update(id="a" * 65), "people[0].id", "not a valid id"),
        (lambda p: p["people"][0].update(organisation_id="..\\etc"), "people[0].organisation_id", "valid id"),
        (lambda p: p.update(version=2), "version", "made by a newer CSP Desktop"),
        (lambda p: p.update(version="1"), "version", "no valid version"),
        (lambda p: p.update(format="something-else"), "format", "not a CSP pack"),
        (lambda p: p["memberships"][0].update(person_id="nobody"), "memberships[0].person_id", "not in the"),
        (lambda p: p["memberships"][0].update(group_id="nogroup"), "memberships[0].group_id", "not in the"),
        (lambda p: p["groups"][0].update(reports_to="nogroup"), "groups[0].reports_to", "not in the pack"),
        (lambda p: p["groups"][0].update(reports_to=p["groups"][1]["id"]), "groups[0].reports_to", "loop"),
        (lambda p: p["groups"][1].update(reports_to=p["groups"][1]["id"]), "groups[1].reports_to", "loop"),
        (lambda p: p["people"][1].update(id=p["people"][0]["id"]), "people[1].id", "also used by people[0]"),
        (lambda p: p["procedures"][0].update(id=p["groups"][0]["id"]), "procedures[0].id", "also used by"),
        (lambda p: p["people"][0].update(notes="x" * 20_001), "people[0].notes", "longer than 20,000"),
        (lambda p: p["people"][0].update(emails=["a@x.org", 5]), "people[0].emails[1]", "should be a text"),
        (lambda p: p["people"][0].update(emails="a@x.org"), "people[0].emails", "list"),
        (lambda p: p["people"][0].update(last_verified="05/01/20"), "people[0].last_verified", "not a date"),
        (lambda p: p["organisations"][0].update(sector="army"), "organisations[0].sector", "known sector"),
        (lambda p: p["memberships"][0].update(role="boss"), "memberships[0].role", "not a known role"),
        (
            lambda p: p["organisations"][1].update(responsible_authority=1),
            "organisations[1].responsible_authority",
            "true or false",
        ),
        (lambda p: p["people"][0].pop("phones"), "people[0].phones", "is missing"),
        (lambda p: p["people"][0].update(extra=1), "people[0].extra", "not a field"),
        (lambda p: p["people"][0].update(name="  "), "people[0].name", "should not be empty"),
        (lambda p: p["people"].append([]), "people[4]", "should be an object"),
        (lambda p: p.update(surprise=True), "surprise", "not part of a CSP pack"),
        (lambda p: p.pop("procedures"), "procedures", "is missing"),
        (lambda p: p.update(people={}), "people", "should be a list"),
        (lambda p: p.update(council="../../etc"), "council", "not a valid council id"),
        (lambda p: p.update(exported_at="yesterday"), "exported_at", "date and time"),
        (
            lambda p: p["memberships"][0].update(start_date="2026-02-01", end_date="2026-01-01"),
            "memberships[0].end_date",
            "ends before it starts",
        ),
    ],
)
def test_invalid_packs_are_refused_with_the_json_path(change, field, words):
    """Each kind of bad pack is refused, naming the JSON path of the offending field."""
    pack = pack_dict()
    change(pack)
    problem = refused(encode(pack))
    assert (problem.file, problem.field) == ("pack.json", field)
    assert words in str(problem)


def test_several_problems_are_reported_together():
    """All the faults in a pack are listed at once, not one per attempt."""
    pack = pack_dict()
    pack["people"][0]["id"] = "../x"
    pack["people"][2]["emails"] = "nope"
    problem = refused(encode(pack))
    assert isinstance(problem, ImportProblems)
    assert [p.field for p in problem.problems] == ["people[0].id", "people[2].emails"]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "bad JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[1, 2]", "not a CSP pack"),
        (b'{"format": "csp-desktop-pack", "format": "x"}', "appears twice"),
        (b'{"format": "csp-desktop-pack", "version": NaN}', "NaN is not allowed"),
        (b'{"format": "csp-desktop-pack", "version": 1' + b"0" * 5000 + b"}", "not a CSP pack"),
        (b"[" * 100_000 + b"]" * 100_000, "nested deeper"),
        (b'{"a": [{"b": [["x"]]}]}', "nested deeper"),
        (b"[" + b"{}," * 310_000 + b"{}]", "more than 100,000 records"),
    ],
)
def test_malformed_json_is_refused_quickly(data, words):
    """Broken, hostile or deeply nested JSON is refused quickly, before it can use much memory."""
    assert words in str(refused(data))


def test_oversized_pack_is_refused_before_parsing():
    """A pack over 64 MB (the one limit for every format) is refused from its size alone."""
    assert "over 64 MB" in str(refused(b" " * (64 * 1024 * 1024 + 1)))


def test_too_many_records_are_refused():
    """More than 100,000 records in total is refused."""
    pack = pack_dict(Directory())
    pack["procedures"] = [{"id": f"p{i}", "topic": "t", "text": ""} for i in range(100_001)]
    assert "more than 100,000 records" in str(refused(encode(pack)))


def test_newer_version_message_is_clear():
    """A pack from a newer release says so in plain words, rather than listing field errors."""
    pack = pack_dict()
    pack.update(version=7, people="whatever the future holds")
    assert str(refused(encode(pack))) == (
        "pack.json: version: this pack was made by a newer CSP Desktop (pack version 7); "
        "update CSP Desktop to open it"
    )


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_fuzz_read_pack_bytes(data):
    """Whatever bytes arrive, reading gives a directory or an ImportProblem, never a crash."""
    with contextlib.suppress(ImportProblem):
        read_pack(data, "fuzz.json")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)
PACK = pack_dict()


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(list(KINDS)), st.integers(0, 5), st.text(max_size=20), JSON_VALUES, st.booleans())
def test_fuzz_read_pack_fields(kind, index, key, value, existing_key):
    """A valid pack with any one field replaced by any JSON gives a directory or an ImportProblem."""
    pack = copy.deepcopy(PACK)
    records = pack[kind]
    if records:
        record = records[index % len(records)]
        record[sorted(record)[index % len(record)] if existing_key else key] = value
    else:
        pack[kind] = value
    with contextlib.suppress(ImportProblem):
        read_pack(encode(pack), "fuzz.json")


# -- merging ----------------------------------------------------------------------------------


def last_import():
    """A councillor's directory exactly as the last pack left it, with that pack's hashes."""
    pack = sample_directory()
    return pack, copy.deepcopy(pack), hashes_of(pack)


def test_same_pack_again_is_all_unchanged():
    """Importing the same pack twice changes nothing and asks nothing."""
    pack, current, hashes = last_import()
    plan = plan_merge(pack, current, hashes)
    assert len(plan.unchanged) == 15 and not (plan.added or plan.updated or plan.conflicts or plan.local_only)
    records, new_hashes = plan.resolve()
    assert records == [] and new_hashes == hashes


def test_merge_sorts_records_into_added_updated_unchanged_conflicts_and_local_only():
    """Each record lands in the right list: new, updated, unchanged, kept, conflicting or local only."""
    pack, current, hashes = last_import()
    pack.people.append(Person("New in pack", id="newperson"))  # added
    pack.people[1].job_title = "Superintendent"  # updated: not edited locally
    current.people[2].notes = "my own note"  # kept_local: edited locally, pack unchanged
    current.people[0].phones = ["01970 000001"]  # conflict: edited locally ...
    pack.people[0].phones = ["01970 000002"]  # ... and in the pack
    current.procedures.append(Procedure("Mine", id="mine"))  # local only
    current.groups.append(Group("Made here", id="shared"))  # made locally with an id the pack uses
    pack.groups.append(Group("Made there", id="shared"))
    plan = plan_merge(pack, current, hashes)
    assert [r.id for r in plan.added] == ["newperson"]
    assert [(c.id, c.fields()) for c in plan.updated] == [(pack.people[1].id, ["job_title"])]
    assert [c.id for c in plan.kept_local] == [pack.people[2].id]
    assert sorted(c.id for c in plan.conflicts) == sorted([pack.people[0].id, "shared"])
    assert [r.id for r in plan.local_only] == ["mine"]
    assert len(plan.unchanged) == 12
    assert "1 new" in plan.summary() and "2 to decide" in plan.summary()


def test_resolve_refuses_until_every_conflict_has_a_choice():
    """Local edits are never overwritten silently: resolving without a choice for each conflict refuses."""
    pack, current, hashes = last_import()
    current.people[0].name, pack.people[0].name = "Local name", "Pack name"
    plan = plan_merge(pack, current, hashes)
    with pytest.raises(UnresolvedConflicts) as caught:
        plan.resolve()
    assert caught.value.ids == [pack.people[0].id]
    with pytest.raises(UnresolvedConflicts):
        plan.resolve({"someone-else": "pack"})
    with pytest.raises(ValueError, match="'local' or 'pack'"):
        plan.resolve({pack.people[0].id: "both"})


def test_resolve_applies_choices_and_returns_new_hashes_for_every_pack_record():
    """Choosing 'pack' takes the officer's version, 'local' keeps the councillor's, and hashes move on."""
    pack, current, hashes = last_import()
    sian, gwilym = pack.people[0].id, pack.people[1].id
    current.people[0].name, pack.people[0].name = "Local Siân", "Pack Siân"
    current.people[1].name, pack.people[1].name = "Local Gwilym", "Pack Gwilym"
    plan = plan_merge(pack, current, hashes)
    records, new_hashes = plan.resolve({sian: "pack", gwilym: "local"})
    assert {r.id: r.name for r in records} == {sian: "Pack Siân", gwilym: "Local Gwilym"}
    assert new_hashes == hashes_of(pack)
    # Next time the same pack arrives, the kept local edit is left alone rather than asked again.
    current.people[0] = pack.people[0]
    again = plan_merge(pack, current, new_hashes)
    assert [c.id for c in again.kept_local] == [gwilym] and not again.conflicts


def test_resolve_orders_records_for_foreign_keys():
    """Records come out organisations first, parent groups before children, then people and memberships."""
    org = Organisation("Org", Sector.HEALTH, id="org")
    child, parent = Group("Child", reports_to="parent", id="child"), Group("Parent", id="parent")
    person = Person("P", organisation_id="org", id="person")
    pack = Directory(
        [org],
        [person],
        [child, parent],
        [Membership("person", "child", Role.CHAIR, id="m")],
        [Procedure("Topic", id="proc")],
    )
    records, _ = plan_merge(pack, Directory(), {}).resolve()
    assert [r.id for r in records] == ["org", "parent", "child", "person", "m", "proc"]


def test_resolve_refuses_choices_that_make_a_group_loop():
    """Keeping a local group and taking a pack group cannot leave groups reporting to each other."""
    a, b = Group("A", id="a"), Group("B", id="b")
    pack, current = Directory(groups=[a, copy.deepcopy(b)]), Directory(groups=[copy.deepcopy(a), b])
    hashes = hashes_of(pack)
    current.groups[0].reports_to = "b"  # local edit: A reports to B
    pack.groups[1].reports_to = "a"  # the pack: B reports to A
    plan = plan_merge(pack, current, hashes)
    assert [c.id for c in plan.updated] == ["b"] and [c.id for c in plan.kept_local] == ["a"]
    with pytest.raises(ValueError, match="loop"):
        plan.resolve()


def test_merge_saved_through_storage_then_reimported_is_unchanged(store):
    """After saving a merged pack with its hashes, the same pack again finds nothing to do."""
    repo = DirectoryRepository(store)
    repo.save([Procedure("Local procedure", id="localproc")])
    pack = read_pack(export_pack(sample_directory(), "ceredigion", NOW), "pack.json")
    records, hashes = plan_merge(pack, repo.load(), {}).resolve()
    repo.save(records, origin="pack", pack_hashes=hashes)
    stored = {k: v for table in TABLES.values() for k, v in repo.pack_hashes(table).items()}
    again = plan_merge(pack, repo.load(), stored)
    assert len(again.unchanged) == 15 and [r.id for r in again.local_only] == ["localproc"]
    assert again.resolve() == ([], hashes)
