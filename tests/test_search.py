"""Search: ranking, Welsh letters, any typed text accepted, kept in step with edits."""

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csp_desktop.core.directory.model import Organisation, Person, Sector
from csp_desktop.core.search_docs import content_documents
from csp_desktop.core.search_text import Kind, fts_query
from csp_desktop.resources import content_dir
from csp_desktop.storage.directory import DirectoryRepository
from csp_desktop.storage.search_index import SearchIndex


@pytest.fixture
def index(store):
    idx = SearchIndex(store)
    idx.ensure_content("test", lambda: content_documents(content_dir(), "en"))
    return idx


def test_content_is_indexed_once(index, store):
    """Modules, glossary and surgery topics are all in the index; a second check rebuilds nothing."""
    assert (
        index.count(Kind.MODULE) > 50 and index.count(Kind.GLOSSARY) > 40 and index.count(Kind.SURGERY) == 10
    )
    assert index.ensure_content("test", lambda: pytest.fail("should not rebuild")) is False


def test_an_exact_name_beats_a_passing_mention(index):
    """Searching MARAC puts the glossary entry called MARAC before module sections that mention it."""
    hits = index.query("marac")
    titles = [(h.kind, h.title) for h in hits]
    glossary = titles.index((Kind.GLOSSARY, "MARAC"))
    assert all(kind != Kind.MODULE for kind, _ in titles[:glossary])


def test_welsh_letters_fold(index, store):
    """'gwyn' finds 'Gŵyn' and 'Gwyn' finds 'gŵyn'."""
    repo = DirectoryRepository(store)
    repo.save([Person("Eleri Gŵyn", "ASB officer")])
    assert [h.title for h in index.query("gwyn") if h.kind == Kind.PERSON] == ["Eleri Gŵyn"]
    assert [h.title for h in index.query("GŴYN") if h.kind == Kind.PERSON] == ["Eleri Gŵyn"]


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        "*",
        "-",
        "NEAR(a b)",
        "a OR",
        "(",
        ")",
        "^",
        ":",
        "AND",
        "'",
        "col:x",
        "x*y",
        "\\",
        "😀",
        "   ",
        "drug -dealing",
        'NOT "x',
    ],
)
def test_any_typed_text_is_accepted(index, text):
    """FTS syntax and odd characters never raise."""
    index.query(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_fuzzed_queries_never_raise(text):
    """Whatever is typed becomes a safe query or none."""
    query = fts_query(text)
    assert query is None or all(part.startswith('"') and part.endswith('"*') for part in query.split(" "))


def test_index_follows_directory_edits(index, store):
    """Adding, renaming and deleting a contact is reflected in search at once."""
    repo = DirectoryRepository(store)
    org = Organisation("Tai Calon", Sector.HOUSING)
    person = Person("Rhodri Price", "Tenancy officer", org.id)
    repo.save([org, person])
    assert [h.title for h in index.query("rhodri")] == ["Rhodri Price"]
    assert any(h.title == "Rhodri Price" for h in index.query("tai calon"))  # found by employer too
    import dataclasses

    repo.save([dataclasses.replace(person, name="Rhodri Pryce")])
    assert [h.title for h in index.query("pryce")] == ["Rhodri Pryce"]
    assert index.query("price") == [] or all(h.title != "Rhodri Price" for h in index.query("price"))
    repo.delete(dataclasses.replace(person, name="Rhodri Pryce"))
    assert index.query("pryce") == []


def test_missing_directory_index_is_rebuilt(store):
    """If the index lost the directory (or is out of step), it is rebuilt quietly."""
    repo = DirectoryRepository(store)
    repo.save([Person("Nia Morgan")])
    store.db.execute("delete from search")
    assert repo.ensure_index() is True
    assert [h.title for h in SearchIndex(store).query("nia")] == ["Nia Morgan"]
    assert repo.ensure_index() is False


def test_search_command_prints_ranked_results(isolated_profile):
    """`csp-desktop search QUERY` works headless and lists the best matches first."""
    result = subprocess.run(
        [sys.executable, "-m", "csp_desktop", "search", "county lines"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines and "county lines" in lines[0].lower()


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("domestic abuse", "domestic-abuse"),
        ("prevent", "radicalisation-concerns"),
        ("hate", "hate-incidents"),
    ],
)
def test_action_words_find_the_surgery_topic_first(index, text, topic):
    """What a resident raises leads to what to do about it, not to a module paragraph."""
    hits = index.query(text)
    assert (hits[0].kind, hits[0].ref) == (Kind.SURGERY, topic)


def test_people_and_organisations_rank_above_module_sections(index, store):
    """A contact whose work matches the words comes before module sections that mention them."""
    repo = DirectoryRepository(store)
    org = Organisation("Gwent Police", Sector.POLICE)
    repo.save([org, Person("Carys Bevan", "Domestic abuse officer", org.id)])
    kinds = [h.kind for h in index.query("domestic abuse officer")]
    assert Kind.PERSON in kinds
    first_module = kinds.index(Kind.MODULE) if Kind.MODULE in kinds else len(kinds)
    assert kinds.index(Kind.PERSON) < first_module


def test_reflections_and_knowledge_checks_are_not_results(index):
    """Blank reflection boxes and quizzes answer nothing, so search never offers them."""
    from csp_desktop.core.content.catalogue import load_catalogue
    from csp_desktop.core.content.parser import read_module

    hidden = set()
    for entry in load_catalogue(content_dir()).entries:
        module = read_module(entry.meta.path)
        hidden |= {f"{module.id}#{s.id}" for s in module.sections if s.kind in ("reflection", "check")}
    assert hidden
    for text in ("reflection", "domestic abuse", "knowledge check", "prevent", "which of these"):
        assert not {h.ref for h in index.query(text, limit=200)} & hidden


def test_results_say_where_they_are_with_the_match_marked(index):
    """A module section names its module; the snippet marks the words that matched."""
    from csp_desktop.core.search_text import MARK_END, MARK_START

    hit = next(h for h in index.query("county lines") if h.kind == Kind.MODULE)
    assert hit.where and hit.where[0].isdigit()  # "8. Serious violence and organised crime"
    assert f"{MARK_START}" in hit.snippet and MARK_END in hit.snippet
