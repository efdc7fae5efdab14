"""British dates everywhere, from one function: '29 Nov 2026', and Welsh month names in Welsh."""

import datetime as dt

import pytest

from csp_desktop.core.dates import short_date


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        (dt.date(2026, 11, 29), "en", "29 Nov 2026"),
        (dt.date(2026, 11, 29), "cy", "29 Tach 2026"),
        (dt.datetime(2026, 2, 1, 9, 30), "cy", "1 Chwef 2026"),
        ("2026-07-04T10:00:00", "en", "4 Jul 2026"),
        ("2026-09-04", "en", "4 Sept 2026"),
        (None, "en", ""),
        ("", "cy", ""),
    ],
)
def test_short_date(value, language, expected):
    """Dates, datetimes and ISO text from storage all read the British way."""
    assert short_date(value, language) == expected


def test_short_date_agrees_with_qt_date_fields(qapp):
    """Date fields (QDateEdit with the app's en_GB / cy_GB locale) show the same text."""
    from PySide6.QtCore import QDate, QLocale

    from csp_desktop.core.dates import LOCALES, QT_DATE_FORMAT

    for language, name in LOCALES.items():
        for month in range(1, 13):
            qt = QLocale(name).toString(QDate(2026, month, 3), QT_DATE_FORMAT)
            assert qt == short_date(dt.date(2026, month, 3), language)


def test_contact_form_shows_a_british_date(qtbot, qapp):
    """The contact form's 'last checked' field never shows the US 11/29/26."""
    from PySide6.QtCore import QLocale

    from csp_desktop.core.directory.model import Directory, Person
    from csp_desktop.i18n import install_translators
    from csp_desktop.ui.my_csp.editors import PersonDialog

    install_translators(qapp, "en")
    try:
        dialog = PersonDialog(Person("Nia", last_verified=dt.date(2026, 11, 29)), Directory())
        qtbot.addWidget(dialog)
        assert dialog.checked_date.text() == "29 Nov 2026"
    finally:
        QLocale.setDefault(QLocale.c())


def test_record_uses_british_dates(qapp):
    """The printed record's 'produced' and 'completed' dates read '29 Nov 2026'."""
    from csp_desktop.core.progress import Status
    from csp_desktop.core.record import InductionRecord, RecordRow, record_html

    row = RecordRow(1, "m", "Module", "1", 10, Status.COMPLETE, "2026-11-02", "2026-11-29", (5, 5), 600, 0)
    record = InductionRecord("Cllr Nia", "Cardiff", dt.datetime(2026, 11, 30, 10, 0), [row])
    html = record_html(record)
    assert "30 Nov 2026" in html and "29 Nov 2026" in html and "2026-11-29" not in html
    assert "30 Tach 2026" in record_html(record, {"language": "cy"})


def test_last_reviewed_on_topics_the_sheet_and_modules(qtbot, make_window):
    """Every surgery topic, the printed sheet's footer and every module say when they were last reviewed."""
    window = make_window()
    window.show()
    window.show_area("surgery")
    surgery = window.pages["surgery"]
    for topic in surgery.topics:
        surgery.show_topic(topic.id)
        assert f"Last reviewed {short_date(topic.reviewed)}." in surgery.view.toPlainText()
    oldest = min(t.reviewed for t in surgery.topics)
    assert f"Last reviewed {short_date(oldest)}." in surgery.printable()[0]
    learn = window.pages["learn"]
    for row, entry in enumerate(learn.catalogue.entries):
        learn.table.setCurrentIndex(learn.model.index(row, 0))
        assert f"Last reviewed {short_date(entry.meta.last_reviewed)}." in learn.details.text()
    learn.open_module(learn.catalogue.entries[0].meta.id)
    reviewed = short_date(learn.catalogue.entries[0].meta.last_reviewed)
    assert (
        learn.reader.place_label.text()
        == f"Section 1 of {len(learn.reader.module.sections)} · Last reviewed {reviewed}."
    )
