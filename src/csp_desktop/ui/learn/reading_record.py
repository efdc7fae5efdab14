"""What a visit to a module records, by the rules in core.progress: a section counts as read
when the user has scrolled to its end; the exact position is saved as they go, so they can
resume; time counts while the app is in front of them; answers and reflections are saved as
they are given. Looking something up (browse) records nothing until the user reads on."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from csp_desktop.core.content.model import Module
from csp_desktop.core.progress import ModuleProgress, is_complete
from csp_desktop.storage.progress import ProgressRepository
from csp_desktop.ui.learn.reflection import ReflectionWidget

END_TOLERANCE_PX = 12
TIME_FLUSH_MS = 30_000


class ReadingRecorder(QObject):
    """Records the reader's module as the user reads it; owned by the reader, whose module,
    section on screen and scroll position it reads."""

    changed = Signal(object)  # the module's ModuleProgress, after a section read or a check answered

    def __init__(self, repo: ProgressRepository, reader):
        super().__init__(reader)
        self.repo = repo
        self._reader = reader
        self.read: set[str] = set()  # sections of this module already recorded as read
        self.browsing = False  # looking something up: record nothing until the user reads on
        self.reflections: list[ReflectionWidget] = []  # on screen now, saved when leaving
        self._clock = QElapsedTimer()
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(TIME_FLUSH_MS)
        self._flush_timer.timeout.connect(self.flush_time)
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(500)
        self._position_timer.timeout.connect(self.save_position)

    @property
    def module(self) -> Module | None:
        return self._reader.module

    def begin(self, module: Module, browse: bool) -> ModuleProgress:
        """A module is being opened: start a visit (unless only looking something up)."""
        self.browsing = browse
        if not browse:
            self.repo.opened(module.id, len(module.sections))
        progress = self.repo.load(module.id)
        self.read = set(progress.sections_read)
        return progress

    def resume(self) -> None:
        """Count time from now (the module is open and on screen)."""
        self._clock.start()
        self._flush_timer.start()

    def start_recording(self) -> None:
        """Leave look-up mode: from now on this visit counts as studying the module."""
        if self.browsing and self.module is not None:
            self.browsing = False
            self.repo.opened(self.module.id, len(self.module.sections))
            self._clock.start()

    def scrolled(self, *_: object) -> None:
        section = self._reader.current_section()
        if section is None or not self._reader.isVisible():
            return  # only what the user can see counts as read
        bar = self._reader.scroll.verticalScrollBar()
        if self.browsing and bar.value() <= 0:
            return
        self.start_recording()  # scrolling on from a looked-up section is reading
        # Scrolling at the bottom fires often: only the first arrival writes to the database.
        if bar.value() >= bar.maximum() - END_TOLERANCE_PX and section.id not in self.read:
            assert self.module is not None
            self.read.add(section.id)
            if self.repo.mark_read(self.module.id, section.id):
                self.progress_changed()
        self._position_timer.start()

    def save_position(self) -> None:
        section = self._reader.current_section()
        if section is None or self.module is None or self.browsing:
            return
        bar = self._reader.scroll.verticalScrollBar()
        per_mille = bar.value() * 1000 // bar.maximum() if bar.maximum() else 0
        self.repo.save_position(self.module.id, section.id, per_mille)

    def record_attempt(self, section_id: str, correct: int, total: int) -> tuple[int, int] | None:
        """Save a knowledge-check attempt; returns the best score for that section now."""
        assert self.module is not None
        self.repo.record_attempt(self.module.id, section_id, correct, total)
        return self.repo.load(self.module.id).best.get(section_id)

    def save_reflection(self, reflection_id: str, text: str) -> None:
        if self.module is not None:
            self.start_recording()
            self.repo.save_reflection(self.module.id, reflection_id, text)

    def save_reflections(self) -> None:
        for widget in self.reflections:
            widget.save_now()

    def progress_changed(self) -> None:
        assert self.module is not None
        progress = self.repo.load(self.module.id)
        self.repo.set_completed(self.module.id, is_complete(progress, self.module), self.module.meta.version)
        self.changed.emit(progress)

    def flush_time(self) -> None:
        if self.module is None or not self._clock.isValid() or self.browsing:
            return
        seconds = self._clock.restart() // 1000
        # Count time only while the app is in front of the user.
        if QApplication.applicationState() == Qt.ApplicationState.ApplicationActive or seconds < 60:
            self.repo.add_time(self.module.id, int(seconds))

    def leave(self) -> None:
        """Save everything before the reader is hidden or the app closes."""
        self._position_timer.stop()
        self.save_reflections()
        self.save_position()
        self.flush_time()
        self._flush_timer.stop()
