"""The ward-surgery quick reference: topics, helplines, local contacts, the printed sheet,
and modules that name the councillor's own contacts."""

import datetime as dt
import unicodedata

import pytest
from pypdf import PdfReader

from csp_desktop.core.content.render import markdown_to_html
from csp_desktop.core.directory.model import Directory, Membership, Organisation, Person, Role, Sector
from csp_desktop.core.placeholders import resolve
from csp_desktop.core.surgery import load_helplines, load_topics
from csp_desktop.core.surgery_sheet import sheet_html, topic_html
from csp_desktop.resources import content_dir, data_file

TODAY = dt.date(2026, 11, 28)
LABELS = {
    "emergency": "In an emergency call 999.",
    "fallback": "English only",
    "helplines": "National helplines",
    "local": "Your local contacts",
    "none": "No %1 contact yet.",
    "add": "Add one",
    "look_for": "Ask for:",
    "sheet_title": "Who to call",
    "by_topic": "By situation",
    "not_recorded": "not recorded",
    "footer": "Printed %1",
}


@pytest.fixture(scope="module")
def topics():
    found, errors = load_topics(content_dir())
    assert errors == []
    return found


@pytest.fixture(scope="module")
def helplines():
    return load_helplines(data_file("helplines.toml"))


def test_ten_topics_with_verified_helplines(topics, helplines):
    """Every topic exists, has its sections, and names only helplines from the verified list."""
    assert [t.id for t in topics][:2] == ["emergency", "anti-social-behaviour"] and len(topics) == 10
    for topic in topics:
        assert [s[0] for s in topic.sections][:4] == ["do-now", "say", "do-not-promise", "then"], topic.id
        assert topic.helplines and all(h in helplines for h in topic.helplines), topic.id
    assert helplines["report-fraud"].number == "0300 123 2040"
    assert helplines["live-fear-free"].number == "0808 80 10 800"
    assert "rape" not in " ".join(helplines).lower()  # the number is not verified: not shown


def health_directory(name="Dr Nia Prys"):
    org = Organisation("Cardiff and Vale University Health Board", Sector.HEALTH, True)
    police = Organisation("South Wales Police", Sector.POLICE, True)
    person = Person(name, "Head of safeguarding", org.id, ["nia@example.nhs.wales"], ["029 2074 0000"])
    from csp_desktop.core.directory.model import Group

    board = Group("CSP strategic board")
    return Directory([org, police], [person], [board], [Membership(person.id, board.id, Role.MEMBER, org.id)])


def test_topic_shows_local_contacts_or_a_prompt(topics, helplines):
    """With a contact recorded the page shows them; without, it prompts to add one."""
    abuse = next(t for t in topics if t.id == "domestic-abuse")
    empty = topic_html(abuse, helplines, Directory(), TODAY, LABELS)
    assert "add:" in empty and "0808 80 10 800" in empty
    if Sector.HEALTH in abuse.local:
        full = topic_html(abuse, helplines, health_directory(), TODAY, LABELS)
        assert "Dr Nia Prys" in full and "mailto:nia@example.nhs.wales" in full


def test_contact_names_are_shown_as_text(topics, helplines):
    """A contact called <script> never becomes markup on the surgery page or the sheet."""
    directory = health_directory("<script>alert(1)</script>")
    html = sheet_html(topics, helplines, directory, TODAY, "Cardiff", LABELS)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_who_to_call_sheet_is_one_printable_page(topics, helplines, qapp, tmp_path):
    """The sheet prints to a one-page PDF with the emergency line, helplines and local contacts."""
    from csp_desktop.printing import write_pdf

    html = sheet_html(topics, helplines, health_directory(), TODAY, "Cardiff", LABELS)
    pdf = write_pdf(html, tmp_path / "who.pdf", "Who to call")
    reader = PdfReader(pdf)
    text = " ".join(unicodedata.normalize("NFKC", reader.pages[0].extract_text()).split())
    assert len(reader.pages) == 1
    assert "999" in text and "Dr Nia Prys" in text and "0300 123 2040" in text


def test_placeholders_resolve_to_the_councillors_own_contacts():
    """{{local:health}} shows the health representative, or a clear prompt; never the raw text."""
    html = markdown_to_html(
        resolve("Health: {{local:health}}. Fire: {{local:fire}}.", health_directory(), TODAY)
    )
    assert "Dr Nia Prys" in html and "nia@example.nhs.wales" in html
    assert "not recorded yet" in html and "{{" not in html


def test_placeholders_in_a_welsh_module_use_welsh_names():
    """In a Welsh module the organisation takes its Welsh name, and the prompt for a sector
    with nobody recorded is in the words the reader passes (the interface's language)."""
    directory = health_directory()
    directory.organisations[0].name_cy = "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro"
    html = markdown_to_html(
        resolve(
            "{{local:health}} / {{local:fire}}",
            directory,
            TODAY,
            missing="cynrychiolydd {sector} eich PDC (heb ei gofnodi eto)",
            language="cy",
            sector_names={Sector.HEALTH: "Iechyd", Sector.FIRE: "Tân ac achub"},
        )
    )
    assert "Caerdydd a&#x27;r Fro" in html or "Caerdydd a'r Fro" in html
    assert "Cardiff and Vale" not in html
    assert "cynrychiolydd tân ac achub eich PDC" in html


def test_placeholder_names_are_escaped():
    """A representative called <script> appears as text inside a module."""
    html = markdown_to_html(resolve("{{local:health}}", health_directory("<script>x</script>"), TODAY))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_surgery_page_add_link_and_local_contacts(qtbot, topics, helplines):
    """The page lists topics, shows a topic, and asks to add a missing local contact."""
    from csp_desktop.ui.surgery_page import SurgeryPage

    page = SurgeryPage(topics, helplines, Directory, lambda: "Cardiff")
    qtbot.addWidget(page)
    assert page.model.rowCount() == 10
    assert page.show_topic("hate-incidents")
    assert "0300 3031 982" in page.view.toPlainText()
    from PySide6.QtCore import QUrl

    with qtbot.waitSignal(page.add_contact_requested) as signal:
        page._link(QUrl("add:police"))
    assert signal.args == ["police"]
