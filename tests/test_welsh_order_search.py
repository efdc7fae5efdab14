"""Welsh order in the lists a Welsh reader scans, and search by Welsh words."""

import pytest

from csp_desktop import settings as S
from csp_desktop.core.collation import welsh_key
from csp_desktop.core.content.glossary import load_glossary
from csp_desktop.core.directory.model import Person, Sector
from csp_desktop.core.geography import load_geography
from csp_desktop.core.search_text import Kind
from csp_desktop.resources import content_dir, data_file
from csp_desktop.storage.directory import DirectoryRepository, apply_prefill
from csp_desktop.storage.search_index import SearchIndex


@pytest.fixture
def geography():
    return load_geography(data_file("wales-geography.toml"))


@pytest.mark.parametrize(
    "words, sector",
    [
        ("heddlu", Sector.POLICE),
        ("gwasanaeth prawf", Sector.PROBATION),
        ("bwrdd iechyd", Sector.HEALTH),
        ("tân ac achub", Sector.FIRE),
    ],
)
def test_search_finds_organisations_and_people_by_welsh_words(store, geography, words, sector):
    """Even a record set up in English is found by the Welsh name of the body and its sector."""
    repo = DirectoryRepository(store)
    apply_prefill(repo, geography.find("caerphilly"), "en")
    org = next(o for o in repo.load().organisations if o.sector is sector)
    repo.save([Person("Eleri Gŵyn", "Swyddog partneriaeth", org.id)])
    hits = SearchIndex(store).query(words)
    assert (Kind.ORGANISATION, org.name) in [(h.kind, h.title) for h in hits], hits
    assert (Kind.PERSON, "Eleri Gŵyn") in [(h.kind, h.title) for h in hits], hits


def test_glossary_in_welsh_lists_welsh_headwords_in_welsh_order(qtbot):
    from csp_desktop.ui.learn.glossary_dialog import GlossaryDialog

    terms = load_glossary(content_dir())
    dialog = GlossaryDialog(terms, {}, None, "cy")
    qtbot.addWidget(dialog)
    shown = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert shown == sorted(shown, key=welsh_key)
    csp = next(t for t in terms if t.id == "csp")
    assert csp.term_cy in shown and csp.term not in shown
    # ch after every other c-word: Welsh order, not English order.
    c_words = [w for w in shown if w[:1].lower() == "c"]
    if any(w.lower().startswith("ch") for w in c_words):
        first_ch = next(i for i, w in enumerate(c_words) if w.lower().startswith("ch"))
        assert all(w.lower().startswith("ch") for w in c_words[first_ch:])
    english = GlossaryDialog(terms, {}, None, "en")
    qtbot.addWidget(english)
    assert csp.term in [english.list.item(r).text() for r in range(english.list.count())]


def test_council_list_in_preferences_is_in_welsh_order(qtbot, settings, geography):
    from csp_desktop.ui.preferences_dialog import PreferencesDialog

    settings.set(S.LANGUAGE, "cy")
    dialog = PreferencesDialog(settings, geography)
    qtbot.addWidget(dialog)
    labels = [dialog.council_combo.itemText(i) for i in range(1, dialog.council_combo.count())]
    welsh_names = [label.split(" / ")[0] for label in labels]
    assert welsh_names == sorted(welsh_names, key=welsh_key)
    assert welsh_names.index("Caerffili") < welsh_names.index("Ceredigion")
    assert welsh_names.index("Rhondda Cynon Taf") > welsh_names.index("Powys")
    assert labels[welsh_names.index("Caerffili")] == "Caerffili / Caerphilly"


def test_glossary_search_results_show_the_welsh_term_in_welsh(store):
    from csp_desktop.core.search_docs import content_documents

    index = SearchIndex(store)
    index.ensure_content("cy", lambda: content_documents(content_dir(), "cy"))
    titles = [h.title for h in index.query("partneriaeth diogelwch") if h.kind == Kind.GLOSSARY]
    assert "Partneriaeth Diogelwch Cymunedol (PDC)" in titles
    assert [h.title for h in index.query("CSP") if h.kind == Kind.GLOSSARY][:1] == [
        "Partneriaeth Diogelwch Cymunedol (PDC)"
    ]  # the English acronym still finds it
