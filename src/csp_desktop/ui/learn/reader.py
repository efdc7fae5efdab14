"""The module reader: contents on the left, one section at a time on the right, with its
questions and reflections below the text, and Previous/Next.

What the user reads is recorded by ``reading_record.ReadingRecorder``, by the rules in
core.progress; links in the text are followed here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from csp_desktop.core.content.catalogue import CatalogueEntry
from csp_desktop.core.content.links import LinkKind, classify
from csp_desktop.core.content.model import Module, ModuleMeta, Section
from csp_desktop.core.content.parser import read_module
from csp_desktop.core.content.render import markdown_to_html
from csp_desktop.core.directory.model import Directory, Sector
from csp_desktop.core.placeholders import resolve
from csp_desktop.core.progress import ModuleProgress
from csp_desktop.storage.progress import ProgressRepository
from csp_desktop.ui.confirm import confirm
from csp_desktop.ui.learn.finish import FinishNotice, reviewed_text
from csp_desktop.ui.learn.language_bar import LanguageBar, other_version
from csp_desktop.ui.learn.quiz import QuizPanel, SectionAnswers
from csp_desktop.ui.learn.reading_record import ReadingRecorder
from csp_desktop.ui.learn.reflection import ReflectionWidget
from csp_desktop.ui.learn.section_scroll import SectionScroll
from csp_desktop.ui.learn.updated_notice import UpdatedNotice
from csp_desktop.ui.my_csp.models import sector_label
from csp_desktop.ui.widgets import heading_label

KIND_LABELS = {
    "guidance": QT_TRANSLATE_NOOP("Reader", "Guidance"),
    "case-study": QT_TRANSLATE_NOOP("Reader", "Case study"),
    "scenario": QT_TRANSLATE_NOOP("Reader", "What would you do?"),
    "reflection": QT_TRANSLATE_NOOP("Reader", "Reflection"),
    "check": QT_TRANSLATE_NOOP("Reader", "Knowledge check"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Reader", text)


class ReaderView(QWidget):
    back_requested = Signal()
    open_module_requested = Signal(str, str)  # module id, section id
    glossary_requested = Signal(str)
    progress_changed = Signal(str)

    def __init__(
        self,
        repo: ProgressRepository,
        directory: Callable[[], Directory | None] = lambda: None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("reader")
        self.repo = repo
        self._directory = directory  # the councillor's CSP, for {{local:...}} in content
        self.module: Module | None = None
        self.entry: CatalogueEntry | None = None
        self.shown: ModuleMeta | None = None  # the language version on screen
        self.section_index = 0
        self.recorder = ReadingRecorder(repo, self)
        self.recorder.changed.connect(self._progress_changed)
        self._build()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back_requested)
        self.title_label = heading_label(scale=1.25, name="moduleTitle")
        self.language_bar = LanguageBar()
        self.language_bar.switch_requested.connect(self.switch_language)
        self.language_bar.hide()
        self.notice, self.language_button = self.language_bar.notice, self.language_bar.button
        self.updated_notice = UpdatedNotice()
        self.updated_notice.linkActivated.connect(lambda href: self.follow_link(QUrl(href)))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title_label, 1)

        self.contents = QListWidget()
        self.contents.setObjectName("contents")
        self.contents.currentRowChanged.connect(self._contents_row_changed)
        self.contents.setMinimumWidth(200)
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.scroll = SectionScroll()
        self.kind_label, self.heading = self.scroll.kind_label, self.scroll.heading
        self.browser, self.interactive = self.scroll.browser, self.scroll.interactive
        self.browser.anchorClicked.connect(self.follow_link)
        bar = self.scroll.verticalScrollBar()
        bar.valueChanged.connect(self.recorder.scrolled)
        bar.rangeChanged.connect(lambda *_: self.recorder.scrolled())

        self.previous_button = QPushButton()
        self.previous_button.setObjectName("previousButton")
        self.previous_button.clicked.connect(lambda: self.go(self.section_index - 1))
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self._next)
        self.place_label = QLabel()
        self.place_label.setObjectName("placeLabel")
        self.finish_notice = FinishNotice(self.follow_link)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.place_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.scroll, 1)
        right_layout.addWidget(self.finish_notice)
        right_layout.addLayout(nav)
        splitter = QSplitter()
        splitter.setObjectName("readerSplitter")
        splitter.addWidget(self.contents)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.language_bar)
        layout.addWidget(self.updated_notice)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← All modules"))
        self.back_button.setAccessibleName(self.tr("Back to all modules"))
        self.contents.setAccessibleName(self.tr("Contents"))
        self.browser.setAccessibleName(self.tr("Section text"))
        self.previous_button.setText(self.tr("← Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous section"))
        self.next_button.setText(self.tr("Next →"))
        self.next_button.setAccessibleName(self.tr("Next section"))
        if self.module is not None and 0 <= self.section_index < len(self.module.sections):
            # The Learn page reopens the module in the new language; here only the words
            # that belong to the interface follow.
            self._refresh_contents(self.recorder.read)
            self._show_place()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- opening ---------------------------------------------------------------------------

    def open(
        self, entry: CatalogueEntry, section_id: str | None = None, meta: ModuleMeta | None = None,
        browse: bool = False,
    ) -> None:
        """Open a module at a section (or where the user left off), in ``meta``'s language."""
        shown = meta or entry.meta
        module = read_module(shown.path)  # may raise ContentError: nothing changed yet
        if self.module is not None:
            self.leave()  # save the place in the module we are leaving
        self.entry, self.module, self.shown = entry, module, shown
        self.section_index = -1
        progress = self.recorder.begin(module, browse)
        self.title_label.setText(module.meta.title)
        self.title_label.setAccessibleName(module.meta.title)
        self.language_bar.show_for(entry, shown)
        self.updated_notice.show_for(module, progress)
        self.contents.blockSignals(True)
        self.contents.clear()
        for _ in module.sections:
            QListWidgetItem(self.contents)
        self.contents.blockSignals(False)
        self._refresh_contents(progress.sections_read)
        resume_position = 0
        target = section_id or progress.last_section
        if not section_id and progress.last_section:
            resume_position = progress.last_position
        index = next((i for i, s in enumerate(module.sections) if s.id == target), 0)
        self.go(index, resume_position)
        self.recorder.resume()

    def switch_language(self) -> None:
        """Show the other language version at the same section and scroll position.

        Progress, answers and reflections are keyed by module and section id, never by
        language, so they carry across.
        """
        section = self.current_section()
        other = other_version(self.entry, self.shown) if self.entry and self.shown else None
        if other is None or self.entry is None or section is None:
            return
        bar = self.scroll.verticalScrollBar()
        position = bar.value() * 1000 // bar.maximum() if bar.maximum() else 0
        self.open(self.entry, section.id, other)
        if position:
            QTimer.singleShot(0, lambda: bar.setValue(bar.maximum() * position // 1000))
        self.language_button.setFocus()

    def _refresh_contents(self, read: set[str]) -> None:
        assert self.module is not None
        for row, section in enumerate(self.module.sections):
            item = self.contents.item(row)
            done = section.id in read
            item.setText(("✓ " if done else "    ") + section.title)
            state = self.tr("read") if done else self.tr("not read yet")
            item.setToolTip(f"{tr(KIND_LABELS[section.kind])}: {section.title} ({state})")
            item.setStatusTip(state)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{section.title}, {state}")

    # -- moving between sections -----------------------------------------------------------

    def current_section(self) -> Section | None:
        if self.module is None or not 0 <= self.section_index < len(self.module.sections):
            return None
        return self.module.sections[self.section_index]

    def go(self, index: int, position_per_mille: int = 0) -> None:
        if self.module is None:
            return
        index = max(0, min(index, len(self.module.sections) - 1))
        if self.recorder.browsing and self.section_index >= 0 and index != self.section_index:
            self.recorder.start_recording()  # moving on from the looked-up section is reading
        self.recorder.save_position()
        self.recorder.save_reflections()
        self.section_index = index
        self.finish_notice.hide()
        section = self.module.sections[index]
        self.contents.blockSignals(True)
        self.contents.setCurrentRow(index)
        self.contents.blockSignals(False)
        self.heading.setText(section.title)
        self.browser.setHtml(markdown_to_html(self._resolve_local(section.markdown)))
        self.browser.setVisible(bool(section.markdown.strip()))
        self.browser.setAccessibleDescription(section.title)
        self._build_interactive(section)
        self._show_place()
        bar = self.scroll.verticalScrollBar()
        bar.setValue(0)
        if position_per_mille:
            QTimer.singleShot(0, lambda: bar.setValue(bar.maximum() * position_per_mille // 1000))
        QTimer.singleShot(0, self.recorder.scrolled)

    def _build_interactive(self, section: Section) -> None:
        while self.interactive.count():
            widget = self.interactive.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.recorder.reflections = []
        assert self.module is not None
        progress = self.repo.load(self.module.id)
        if section.questions:
            answers = SectionAnswers(self.repo, self.module.id, section.id, self.recorder.start_recording)
            panel = QuizPanel(section.questions, section.is_check, answers)  # with answers already given
            panel.show_best(progress.best.get(section.id))
            panel.completed.connect(lambda c, t, s=section.id: self._quiz_done(s, c, t))
            self.interactive.addWidget(panel)
        for reflection in section.reflections:
            widget = ReflectionWidget(
                reflection, progress.reflections.get(reflection.id, ""), self.recorder.save_reflection
            )
            self.recorder.reflections.append(widget)
            self.interactive.addWidget(widget)

    def _resolve_local(self, markdown: str) -> str:
        """The module's {{local:...}} contacts, in the language of the module on screen."""
        language = self.shown.language if self.shown else "en"
        return resolve(
            markdown,
            self._directory(),
            missing=self.tr("your CSP's {sector} representative (not recorded yet: add them in My CSP)"),
            language=language,
            sector_names={sector: sector_label(sector) for sector in Sector},
        )

    def _show_place(self) -> None:
        """Kind, "Section n of m", Previous/Next: the words around the section text."""
        assert self.module is not None
        index, total = self.section_index, len(self.module.sections)
        section = self.module.sections[index]
        kind = tr(KIND_LABELS[section.kind])
        self.kind_label.setText(kind.upper())
        self.kind_label.setVisible(kind.casefold() != section.title.casefold())
        place = self.tr("Section %1 of %2").replace("%1", str(index + 1)).replace("%2", str(total))
        self.place_label.setText(f"{place} · {reviewed_text(self.module.meta.last_reviewed)}")
        self.previous_button.setEnabled(index > 0)
        self.next_button.setText(self.tr("Next →") if index + 1 < total else self.tr("Finish"))

    def _contents_row_changed(self, row: int) -> None:
        if row >= 0 and row != self.section_index:
            self.go(row)

    def _next(self) -> None:
        assert self.module is not None
        if self.section_index + 1 < len(self.module.sections):
            self.go(self.section_index + 1)
            return
        self.recorder.start_recording()
        self.leave()
        if not self.finish_notice.show_what_is_left(self.module, self.repo):
            self.back_requested.emit()  # complete; otherwise the notice says what is left

    # -- progress (recorded by the ReadingRecorder) ------------------------------------------

    def _quiz_done(self, section_id: str, correct: int, total: int) -> None:
        best = self.recorder.record_attempt(section_id, correct, total)
        for i in range(self.interactive.count()):
            widget = self.interactive.itemAt(i).widget()
            if isinstance(widget, QuizPanel):
                widget.show_best(best)
        self.recorder.progress_changed()

    def _progress_changed(self, progress: ModuleProgress) -> None:
        assert self.module is not None
        self._refresh_contents(progress.sections_read)
        self.progress_changed.emit(self.module.id)

    def leave(self) -> None:
        """Save everything before the reader is hidden or the app closes."""
        self.recorder.leave()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.module is not None:
            self.recorder.resume()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.module is not None:
            self.leave()
        super().hideEvent(event)

    # -- links -------------------------------------------------------------------------------

    def follow_link(self, url: QUrl) -> None:
        link = classify(url.toString())
        if link.kind is LinkKind.SECTION and self.module is not None:
            index = next((i for i, s in enumerate(self.module.sections) if s.id == link.anchor), None)
            if index is not None:
                self.go(index)
        elif link.kind is LinkKind.MODULE:
            self.open_module_requested.emit(link.target, link.anchor)
        elif link.kind is LinkKind.GLOSSARY:
            self.glossary_requested.emit(link.target)
        elif link.kind is LinkKind.EXTERNAL and confirm(
            self,
            self.tr("Open outside CSP Desktop?"),
            self.tr(
                "This link opens in another program (a web browser, e-mail or phone app):\n\n%1\n\nOpen it?"
            ).replace("%1", link.url),
            self.tr("&Open"),
        ):
            QDesktopServices.openUrl(QUrl(link.url))
        # Anything else is never followed.
