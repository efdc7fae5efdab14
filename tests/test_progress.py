"""Progress rules and their storage: read, passed, complete, best score, time, resume."""

from pathlib import Path

from csp_desktop.core.content.parser import parse_module
from csp_desktop.core.progress import ModuleProgress, Status, is_complete, minutes_left
from csp_desktop.storage.progress import ProgressRepository
from tests.test_content import FRONT, GOOD_BODY

MODULE = parse_module(FRONT + GOOD_BODY, Path("01-demo.en.md"))
ALL = ["start", "scenario", "think", "check"]


def test_complete_needs_every_section_read_and_the_check_passed():
    """Reading everything is not enough without a pass; a pass is not enough without reading."""
    p = ModuleProgress("demo", sections_read=set(ALL))
    assert not is_complete(p, MODULE)
    p.best["check"] = (1, 1)
    assert is_complete(p, MODULE)
    p.sections_read.discard("think")
    assert not is_complete(p, MODULE)


def test_pass_mark_is_seventy_percent():
    """7 of 10 passes, 6 of 10 does not."""
    p = ModuleProgress("demo", sections_read=set(ALL), best={"check": (6, 10)})
    assert not is_complete(p, MODULE)
    p.best["check"] = (7, 10)
    assert is_complete(p, MODULE)


def test_minutes_left_shrinks_as_sections_are_read():
    """An unopened module shows its full time; half read shows about half."""
    assert minutes_left(ModuleProgress("demo"), 12) == 12
    p = ModuleProgress("demo", sections_read={"start", "scenario"}, sections_total=4, started_at="x")
    assert minutes_left(p, 12) == 6
    assert p.status is Status.IN_PROGRESS


def test_repository_keeps_the_best_score_not_the_last(store):
    """A worse retry never lowers the best score."""
    repo = ProgressRepository(store)
    repo.record_attempt("demo", "check", 2, 5)
    repo.record_attempt("demo", "check", 5, 5)
    repo.record_attempt("demo", "check", 3, 5)
    assert repo.load("demo").best["check"] == (5, 5)
    assert len(repo.attempts("demo")) == 3


def test_repository_round_trip_of_reading_state(store):
    """Sections read, position, reflections and time all come back after reopening."""
    repo = ProgressRepository(store)
    repo.opened("demo", 4)
    assert repo.mark_read("demo", "start") is True
    assert repo.mark_read("demo", "start") is False
    repo.save_position("demo", "scenario", 420)
    repo.save_reflection("demo", "my-ward", "Parking and drugs near the school — Ŵyn")
    repo.add_time("demo", 95)
    repo.add_time("demo", 30)
    p = ProgressRepository(store).load("demo")
    assert p.sections_read == {"start"}
    assert (p.last_section, p.last_position, p.sections_total) == ("scenario", 420, 4)
    assert p.reflections["my-ward"].endswith("Ŵyn")
    assert p.seconds_spent == 125
    assert p.status is Status.IN_PROGRESS and p.started_at


def test_most_recent_unfinished_module_is_offered_to_continue(store):
    """'Continue where I left off' points at the last module touched that is not complete."""
    repo = ProgressRepository(store)
    assert repo.most_recent() is None
    repo.opened("first", 3)
    repo.opened("second", 3)
    assert repo.most_recent() == "second"
    repo.set_completed("second", True)
    assert repo.most_recent() == "first"
    assert repo.load("second").status is Status.COMPLETE


def test_loading_one_module_reads_only_its_own_progress(store):
    """Another module's reads, scores and reflections never leak into this one's."""
    repo = ProgressRepository(store)
    repo.mark_read("one", "intro")
    repo.record_attempt("one", "check", 3, 4)
    repo.save_reflection("two", "ward", "two's answer")
    one = repo.load("one")
    assert one.sections_read == {"intro"} and one.best == {"check": (3, 4)} and one.reflections == {}
    assert repo.load("two").reflections == {"ward": "two's answer"}
    assert repo.load("never-opened").status.value == "not started"
    assert set(repo.load_all()) == {"one", "two"}


def test_remaining_names_unread_sections_and_questions():
    """What is left: unread sections in order, questions still to answer, or a check to pass."""
    from csp_desktop.core.content.catalogue import load_catalogue
    from csp_desktop.core.content.parser import read_module
    from csp_desktop.core.progress import ModuleProgress, remaining
    from csp_desktop.resources import content_dir

    module = read_module(load_catalogue(content_dir()).entries[0].meta.path)
    check = module.check
    progress = ModuleProgress(module.id, sections_read={module.sections[0].id})
    left = remaining(progress, module, answered_now=1)
    assert left.unread == tuple(s.id for s in module.sections[1:])
    assert left.questions_left == len(check.questions) - 1 and not left.check_failed
    progress.best[check.id] = (0, len(check.questions))
    assert remaining(progress, module).check_failed
    progress.best[check.id] = (len(check.questions),) * 2
    progress.sections_read = {s.id for s in module.sections}
    assert remaining(progress, module).nothing
