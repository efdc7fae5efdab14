"""The first run, in three steps and a tour: language, your name, your council; then the
partners filled in for that council and the four areas in a sentence each.

The language question is asked in both languages (Welsh Language Standards). The council
list has no default: a wrong council prefilled silently is worse than one more click.
IT's ``csp-desktop setup --council`` has already chosen it, so that step is skipped.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from csp_desktop import APP_NAME
from csp_desktop import settings as S
from csp_desktop.core.folding import fold
from csp_desktop.core.geography import Council, Geography
from csp_desktop.settings import Settings
from csp_desktop.ui import pages
from csp_desktop.ui.widgets import heading_label

CouncilRole = Qt.ItemDataRole.UserRole + 1
STEPS = ("language", "name", "council", "tour")


def council_label(council: Council, language: str) -> str:
    """'Ynys Môn / Isle of Anglesey' in Welsh, 'Isle of Anglesey / Ynys Môn' in English."""
    first = council.display_name(language)
    other = council.name if language == "cy" else council.name_cy
    return f"{first} / {other}" if other and other != first else first


def council_matches(council: Council, typed: str) -> bool:
    """Either name, any part of it, ignoring case and accents: 'ynys', 'mon', 'anglesey'."""
    wanted = fold(typed)
    return not wanted or any(wanted in fold(n) for n in (council.name, council.name_cy, council.id))


class _FilterBox(QLineEdit):
    """The type-to-find box: Down and Enter reach into the list below it."""

    def __init__(self, listing: QListWidget):
        super().__init__()
        self._list = listing

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            visible = [i for i in range(self._list.count()) if not self._list.item(i).isHidden()]
            if visible:
                rows = visible if event.key() == Qt.Key.Key_Down else visible[::-1]
                current = self._list.currentRow()
                after = [r for r in rows if (r > current if event.key() == Qt.Key.Key_Down else r < current)]
                self._list.setCurrentRow((after or rows)[0] if current in visible else rows[0])
            return
        super().keyPressEvent(event)


class FirstRunDialog(QDialog):
    def __init__(self, settings: Settings, geography: Geography, prefill=None, parent: QWidget | None = None):
        """``prefill(council) -> bool`` fills in an empty CSP record; True if it did."""
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.settings, self.geography, self._prefill = settings, geography, prefill
        preset = geography.find(settings.get(S.COUNCIL)) if settings.get(S.COUNCIL) else None
        self.steps = [s for s in STEPS if not (s == "council" and preset is not None)]
        self.stack = QStackedWidget()
        builders = {
            "language": self._language_page,
            "name": self._name_page,
            "council": self._council_page,
            "tour": self._tour_page,
        }
        for step in self.steps:
            # Each step scrolls rather than squeezes its text at large text sizes.
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop of its own
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(builders[step]())
            self.stack.addWidget(scroll)
        self.back_button = QPushButton()
        self.back_button.setObjectName("firstRunBack")
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next_button = QPushButton()
        self.next_button.setObjectName("firstRunNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.step_label = QLabel()
        self.step_label.setObjectName("firstRunStep")
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_label)
        buttons.addStretch(1)  # the buttons keep their size when the step label is hidden
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.setWindowTitle(APP_NAME)
        # About 70 characters wide at any text size, within the screen.
        em = self.fontMetrics().averageCharWidth()
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = max(640, em * 75), max(520, em * 60)
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)
        self.retranslate()
        self.go(0)

    # -- pages -----------------------------------------------------------------------------

    def _language_page(self) -> QWidget:
        page = QWidget()
        self.language_heading = heading_label("Croeso · Welcome", scale=1.6)
        # Both languages at once, never translated: the user has not chosen yet.
        question = QLabel("Pa iaith hoffech chi ei defnyddio?\nWhich language would you like to use?")
        question.setWordWrap(True)
        self.welsh_button = QPushButton("Cymraeg")
        self.welsh_button.setObjectName("chooseCymraeg")
        self.welsh_button.setAccessibleName("Cymraeg")
        self.english_button = QPushButton("English")
        self.english_button.setObjectName("chooseEnglish")
        self.english_button.setAccessibleName("English")
        for button, code in ((self.welsh_button, "cy"), (self.english_button, "en")):
            button.setMinimumHeight(button.sizeHint().height() * 2)
            button.clicked.connect(lambda _c=False, code=code: self.choose_language(code))
        layout = QVBoxLayout(page)
        layout.addWidget(self.language_heading)
        layout.addWidget(question)
        layout.addWidget(self.welsh_button)
        layout.addWidget(self.english_button)
        from csp_desktop.ui.preferences_dialog import WELSH_DRAFT_NOTE

        # Honest about the Welsh before it is chosen: some of it awaits a fluent reviewer.
        self.welsh_note = QLabel(WELSH_DRAFT_NOTE)
        self.welsh_note.setObjectName("welshDraftNote")
        self.welsh_note.setWordWrap(True)
        layout.addWidget(self.welsh_note)
        layout.addStretch(1)
        return page

    def _name_page(self) -> QWidget:
        page = QWidget()
        self.name_heading = heading_label(scale=1.5)
        self.name_intro = QLabel()
        self.name_intro.setWordWrap(True)
        self.name_edit = QLineEdit(self.settings.get(S.COUNCILLOR_NAME))
        self.name_edit.setObjectName("firstRunName")
        self.name_edit.setMaxLength(120)
        self.name_edit.returnPressed.connect(self.next)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        layout = QVBoxLayout(page)
        layout.addWidget(self.name_heading)
        layout.addWidget(self.name_intro)
        layout.addWidget(self.name_label)
        layout.addWidget(self.name_edit)
        layout.addStretch(1)
        return page

    def _council_page(self) -> QWidget:
        page = QWidget()
        self.council_heading = heading_label(scale=1.5)
        self.council_intro = QLabel()
        self.council_intro.setWordWrap(True)
        self.council_list = QListWidget()
        self.council_list.setObjectName("firstRunCouncils")
        self.council_filter = _FilterBox(self.council_list)
        self.council_filter.setObjectName("firstRunCouncilFilter")
        self.council_filter.setClearButtonEnabled(True)
        self.council_filter.textChanged.connect(self._filter)
        self.council_filter.returnPressed.connect(self._filter_enter)
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.council_filter)
        for council in self.geography.councils:
            item = QListWidgetItem()
            item.setData(CouncilRole, council.id)
            self.council_list.addItem(item)
        self.council_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.council_list.itemActivated.connect(lambda _item: self.next())
        self.no_match = QLabel()
        self.no_match.setObjectName("firstRunNoMatch")
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.council_heading)
        layout.addWidget(self.council_intro)
        layout.addWidget(self.filter_label)
        layout.addWidget(self.council_filter)
        layout.addWidget(self.council_list, 1)
        layout.addWidget(self.no_match)
        return page

    def _tour_page(self) -> QWidget:
        page = QWidget()
        self.tour_heading = heading_label(scale=1.5)
        self.partners = QLabel()
        self.partners.setObjectName("firstRunPartners")
        self.partners.setWordWrap(True)
        self.partners.setTextFormat(Qt.TextFormat.PlainText)
        self.areas = QLabel()
        self.areas.setObjectName("firstRunTour")
        self.areas.setWordWrap(True)
        self.areas.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        layout.addWidget(self.tour_heading)
        layout.addWidget(self.partners)
        layout.addWidget(self.areas)
        layout.addStretch(1)
        return page

    # -- text ------------------------------------------------------------------------------

    def language(self) -> str:
        return self.settings.get(S.LANGUAGE)

    def retranslate(self) -> None:
        language = self.language()
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        if "name" in self.steps:
            self.name_heading.setText(self.tr("Your name"))
            self.name_intro.setText(
                self.tr(
                    "As it should appear on your induction record for Democratic Services. "
                    "You can change it later in Preferences."
                )
            )
            self.name_label.setText(self.tr("Your &name:"))
            self.name_edit.setAccessibleName(self.tr("Your name"))
        if "council" in self.steps:
            self.council_heading.setText(self.tr("Your council"))
            self.council_intro.setText(
                self.tr(
                    "Choose the council you were elected to. CSP Desktop fills in the statutory "
                    "partners for that area. Type part of its name, in English or Welsh."
                )
            )
            self.filter_label.setText(self.tr("&Find your council:"))
            self.council_filter.setAccessibleName(self.tr("Find your council"))
            self.council_filter.setPlaceholderText(self.tr("For example: Anglesey, Ynys Môn, Caerphilly"))
            self.council_list.setAccessibleName(self.tr("Councils"))
            self.no_match.setText(self.tr("No council matches that. Try another part of its name."))
            for row in range(self.council_list.count()):
                item = self.council_list.item(row)
                council = self.geography.find(item.data(CouncilRole))
                item.setText(council_label(council, language))
            self.council_list.sortItems()
        self.tour_heading.setText(self.tr("Your CSP is ready"))
        self.areas.setAccessibleName(self.tr("The four areas"))
        self.partners.setAccessibleName(self.tr("Your partners"))
        self._update_tour()
        self._update_buttons()

    def _update_tour(self) -> None:
        lines = [self.tr("CSP Desktop has four areas, always on the left:"), ""]
        for area in pages.WORK_AREAS:
            lines.append(f"• {pages.tr(area.title)}: {pages.tr(area.heading)}")
        lines += ["", self.tr("Home, at the top, always says what to do next.")]
        self.areas.setText("\n".join(lines))
        council = self.chosen_council()
        if council is None:
            self.partners.setText(self.tr("No council chosen: choose one later in My CSP."))
            return
        names = [council.display_name(self.language()), council.police, council.health, council.fire]
        names += [council.probation, council.pcc]
        self.partners.setText(
            self.tr(
                "My CSP is filled in with the statutory partners for %1. Add the people you work "
                "with there, or import the list your CSP officer sends."
            ).replace("%1", council.display_name(self.language()))
            + "\n\n"
            + "\n".join(f"• {n}" for n in names if n)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.go(self.stack.currentIndex())
        super().changeEvent(event)

    # -- behaviour -------------------------------------------------------------------------

    def choose_language(self, code: str) -> None:
        self.settings.set(S.LANGUAGE, code)  # the app installs the translators at once
        self.retranslate()
        self.next()

    def chosen_council(self) -> Council | None:
        if "council" not in self.steps:
            return self.geography.find(self.settings.get(S.COUNCIL))
        item = self.council_list.currentItem()
        if item is None or item.isHidden():
            return None
        return self.geography.find(item.data(CouncilRole))

    def _filter(self, text: str) -> None:
        shown = 0
        for row in range(self.council_list.count()):
            item = self.council_list.item(row)
            hide = not council_matches(self.geography.find(item.data(CouncilRole)), text)
            item.setHidden(hide)
            shown += not hide
        current = self.council_list.currentItem()
        if current is not None and current.isHidden():
            self.council_list.setCurrentRow(-1)
        visible = [r for r in range(self.council_list.count()) if not self.council_list.item(r).isHidden()]
        if len(visible) == 1:
            self.council_list.setCurrentRow(visible[0])
        self.no_match.setVisible(shown == 0)
        self._update_buttons()

    def _filter_enter(self) -> None:
        if self.chosen_council() is not None:
            self.next()

    def current_step(self) -> str:
        return self.steps[self.stack.currentIndex()]

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.steps) - 1))
        self.stack.setCurrentIndex(index)
        step = self.steps[index]
        if step == "tour":
            self._update_tour()
        # The three questions are the steps; the language one is asked before any translation.
        questions = len(self.steps) - 1
        self.step_label.setText(
            self.tr("Step %1 of %2").replace("%1", str(index + 1)).replace("%2", str(questions))
        )
        self.step_label.setVisible(step not in ("language", "tour"))
        focus = {
            "language": self.english_button if self.language() == "en" else self.welsh_button,
            "name": getattr(self, "name_edit", None),
            "council": getattr(self, "council_filter", None),
            "tour": self.next_button,
        }[step]
        if focus is not None:
            focus.setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        if not hasattr(self, "next_button"):
            return
        step = self.current_step()
        self.back_button.setEnabled(self.stack.currentIndex() > 0)
        last = step == "tour"
        self.next_button.setText(self.tr("&Start using CSP Desktop") if last else self.tr("&Next"))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        self.next_button.setVisible(step != "language")
        self.next_button.setEnabled(step != "council" or self.chosen_council() is not None)

    def next(self) -> None:
        step = self.current_step()
        if step == "council" and self.chosen_council() is None:
            return
        if step == "name":
            self.settings.set(S.COUNCILLOR_NAME, self.name_edit.text().strip())
        if step == "council":
            self.settings.set(S.COUNCIL, self.chosen_council().id)
        if step == "tour":
            self.accept()
            return
        self.go(self.stack.currentIndex() + 1)

    def done(self, result: int) -> None:
        # Closing early keeps what was chosen and does not ask again: the user can finish
        # in Preferences and My CSP, and Home says what is still missing.
        council = self.chosen_council()
        if council is not None:
            self.settings.set(S.COUNCIL, council.id)
            if self._prefill is not None:
                self._prefill(council)  # once, at the end: going Back and changing is free
        self.settings.set(S.FIRST_RUN_DONE, 1)
        self.settings.sync()
        super().done(result)
