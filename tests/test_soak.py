"""The soak (bench/soak.py): two processes on one data folder, checked against an oracle."""

import pytest
from bench.soak import check_chain, soak


def test_a_short_soak_passes_its_checks(tmp_path):
    """60 operations from two processes: integrity, row counts, export and chain all agree."""
    figures = soak(60, seed=7, folder=tmp_path)
    assert figures["integrity_check"] == "ok"
    assert figures["operations"] == 60


@pytest.mark.slow
def test_the_full_soak_of_a_thousand_operations(tmp_path):
    """1,000 random edit/import/undo/export/restore operations; every check passes."""
    figures = soak(1000, seed=1, folder=tmp_path)
    assert figures["operations"] == 1000 and figures["integrity_check"] == "ok"


def test_the_chain_check_catches_a_lost_update():
    """Two saves built on the same value means one overwrote the other unseen."""
    assert check_chain([{"value": "a", "based_on": ""}, {"value": "b", "based_on": "a"}]) == 2
    with pytest.raises(AssertionError, match="lost update"):
        check_chain([{"value": "a", "based_on": ""}, {"value": "b", "based_on": ""}])
