"""The catalogue's metadata cache: used only while the module files are unchanged, never
the source of an error, and never in the way of a folder that cannot be written."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from csp_desktop.core.content.catalogue import load_catalogue
from csp_desktop.resources import content_dir
from csp_desktop.storage.content_cache import load_catalogue_cached
from tests.test_content import FRONT, GOOD_BODY


def test_cached_catalogue_is_the_same_as_reading_the_files(tmp_path):
    cache = tmp_path / "cache" / "catalogue.marshal"
    for language in ("en", "cy"):
        fresh = load_catalogue(content_dir(), language)
        first = load_catalogue_cached(content_dir(), language, cache)  # writes the cache
        assert cache.is_file()
        again = load_catalogue_cached(content_dir(), language, cache)  # read from it
        assert first == fresh and again == fresh
        assert [e.twin for e in again.entries] == [e.twin for e in fresh.entries]
    if os.name != "nt":  # owner-only, like everything in the data folder
        assert (cache.stat().st_mode & 0o777, cache.parent.stat().st_mode & 0o777) == (0o600, 0o700)


def test_a_cache_hit_parses_no_toml(tmp_path):
    """The point of the cache: a start with unchanged content never imports the TOML parser."""
    cache = tmp_path / "catalogue.marshal"
    load_catalogue_cached(content_dir(), "en", cache)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from csp_desktop.resources import content_dir\n"
        "from csp_desktop.storage.content_cache import load_catalogue_cached\n"
        f"c = load_catalogue_cached(content_dir(), 'en', Path({str(cache)!r}))\n"
        "print(len(c.entries), 'tomllib' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [str(len(load_catalogue(content_dir()).entries)), "False"]


def write_module(folder, title: str) -> None:
    (folder / "modules").mkdir(exist_ok=True)
    (folder / "modules" / "01-demo.en.md").write_text(
        FRONT.replace("Demo module", title) + GOOD_BODY, encoding="utf-8"
    )


def test_a_changed_module_file_is_read_again(tmp_path):
    content, cache = tmp_path / "content", tmp_path / "catalogue.marshal"
    content.mkdir()
    write_module(content, "First title")
    assert load_catalogue_cached(content, "en", cache).entries[0].meta.title == "First title"
    write_module(content, "A longer second title")
    path = content / "modules" / "01-demo.en.md"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert load_catalogue_cached(content, "en", cache).entries[0].meta.title == "A longer second title"


def test_a_damaged_cache_is_a_miss_not_an_error(tmp_path):
    cache = tmp_path / "catalogue.marshal"
    cache.write_bytes(b"\x00not marshal at all")
    catalogue = load_catalogue_cached(content_dir(), "en", cache)
    assert catalogue == load_catalogue(content_dir()) and not catalogue.errors
    assert load_catalogue_cached(content_dir(), "en", cache) == catalogue  # and it was rewritten


def test_a_broken_module_is_never_cached_so_it_is_reported_every_time(tmp_path):
    content, cache = tmp_path / "content", tmp_path / "catalogue.marshal"
    content.mkdir()
    write_module(content, "Fine")
    (content / "modules" / "02-broken.en.md").write_text("+++\nid = 'broken'\n", encoding="utf-8")
    for _ in range(2):
        catalogue = load_catalogue_cached(content, "en", cache)
        assert catalogue.ids() == ["demo"] and len(catalogue.errors) == 1
    assert not cache.exists()


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root can write anywhere")
def test_a_folder_that_cannot_be_written_still_gives_the_catalogue(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        catalogue = load_catalogue_cached(content_dir(), "en", locked / "cache" / "catalogue.marshal")
    finally:
        locked.chmod(0o700)
    assert catalogue == load_catalogue(content_dir())


def test_a_cache_that_cannot_be_written_still_gives_the_catalogue(tmp_path):
    """As root a read-only folder is no obstacle: a file where the folder should be is."""
    (tmp_path / "cache").write_text("a file, not a folder", encoding="utf-8")
    catalogue = load_catalogue_cached(content_dir(), "en", tmp_path / "cache" / "catalogue.marshal")
    assert catalogue == load_catalogue(content_dir()) and not catalogue.errors
