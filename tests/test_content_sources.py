"""Sources: primary publishers only, legislation with the date it was checked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from csp_desktop.cli import main as cli_main
from csp_desktop.core.content.catalogue import read_meta
from csp_desktop.core.content.model import ContentError
from csp_desktop.core.content.sources import module_source_warnings, source_problem
from csp_desktop.resources import bundled_content_dir

MODULE = (bundled_content_dir() / "modules" / "02-csp-basics.en.md").read_text(encoding="utf-8")


def with_sources(tmp_path: Path, block: str) -> Path:
    start = MODULE.index("sources = [")
    end = MODULE.index("]\n", start) + 2
    folder = tmp_path / "content" / "modules"
    folder.mkdir(parents=True)
    path = folder / "02-csp-basics.en.md"
    path.write_text(MODULE[:start] + block + MODULE[end:], encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://18.130.18.90/?p=15953", "raw IP address"),
        ("https://wl001.dd-staging.co.uk/programmes-support-page/safer-communities-wales", "staging"),
        ("https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=1", "staging"),
        ("https://parliamentary-search-265cced0397e.herokuapp.com/search-prototype/objects", "staging"),
        ("https://docslib.org/doc/11266517/psb-full-papers", "document-sharing"),
        ("https://zoomlaw.co.uk/1998-2452-uksi.html", "document-sharing"),
        ("http://www.ethicsguidebook.ac.uk/Crime-and-Disorder-Act-113.html", "document-sharing"),
        ("https://www.scribd.com/document/1", "document-sharing"),
        ("https://www.legislation.gov.uk/ukpga/1998/37/section/5", None),
        ("https://www.gov.wales/south-wales-fire-and-rescue-authority-intervention", None),
        ("https://developer.example.org/page", None),
    ],
)
def test_weak_sources_are_named(url, expected):
    problem = source_problem(url)
    assert (problem is None) if expected is None else (expected in problem)


def test_sources_may_be_plain_or_carry_a_checked_date(tmp_path):
    path = with_sources(
        tmp_path,
        'sources = [\n  "https://www.gov.wales/a-page",\n'
        '  { url = "https://www.legislation.gov.uk/ukpga/1998/37/section/5", checked = 2026-11-29 },\n]\n',
    )
    meta = read_meta(path)
    assert meta.sources == (
        "https://www.gov.wales/a-page",
        "https://www.legislation.gov.uk/ukpga/1998/37/section/5",
    )
    assert meta.source_checked == (
        ("https://www.legislation.gov.uk/ukpga/1998/37/section/5", dt.date(2026, 11, 29)),
    )
    assert module_source_warnings(path) == []


def test_a_bad_checked_date_is_an_error_with_its_file(tmp_path):
    path = with_sources(tmp_path, 'sources = [{ url = "https://www.gov.wales/x", checked = "last week" }]\n')
    with pytest.raises(ContentError, match="checked"):
        read_meta(path)


def test_content_check_warns_with_file_and_line_but_does_not_fail(tmp_path, capsys):
    path = with_sources(
        tmp_path,
        'sources = [\n  "http://18.130.18.90/?p=1",\n  "https://www.legislation.gov.uk/ukpga/1998/37/section/6",\n]\n',
    )
    (tmp_path / "content" / "glossary.toml").write_text(
        (bundled_content_dir() / "glossary.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    line = path.read_text(encoding="utf-8").splitlines().index('  "http://18.130.18.90/?p=1",') + 1
    cli_main(["content", "check", str(tmp_path / "content")])
    out = capsys.readouterr().out
    assert f"warning: 02-csp-basics.en.md:{line}: source http://18.130.18.90/?p=1 is a raw IP address" in out
    assert "section/6 has no 'checked' date" in out


def test_the_english_modules_cite_only_primary_sources_with_checked_legislation():
    warnings = []
    for path in sorted((bundled_content_dir() / "modules").glob("*.en.md")):
        warnings.extend(str(w) for w in module_source_warnings(path))
    assert warnings == []
