"""Settings: declared once, typed, defaults not written, preferences apart from window state."""

import pytest

from csp_desktop import settings as S


def test_defaults_until_changed(settings):
    """Every setting reads its declared default on a fresh profile."""
    for setting in S.ALL:
        assert settings.get(setting) == setting.default


def test_preferences_and_window_state_are_separate_files(settings, location):
    """A preference goes to preferences.ini, window state to window-state.ini."""
    settings.set(S.COUNCILLOR_NAME, "Cllr Eleri Ŷr")
    settings.set(S.LAST_AREA, "progress")
    settings.sync()
    prefs = location.preferences_file.read_text(encoding="utf-8")
    state = location.window_state_file.read_text(encoding="utf-8")
    assert "councillor" in prefs and "last_area" not in prefs
    assert "last_area" in state and "councillor" not in state


def test_values_survive_a_restart_and_defaults_are_not_stored(settings, location):
    """Changed values persist; setting a value back to its default removes it from the file."""
    from csp_desktop.settings import Settings

    settings.set(S.TEXT_SCALE, 150)
    settings.set(S.LANGUAGE, "cy")
    settings.set(S.LANGUAGE, "en")
    settings.sync()
    again = Settings(location.preferences_file, location.window_state_file)
    assert again.get(S.TEXT_SCALE) == 150
    assert "language" not in location.preferences_file.read_text()


def test_bad_values_in_the_file_fall_back_to_defaults(settings, location):
    """A hand-edited file with nonsense values does not break the app."""
    location.preferences_file.write_text("[interface]\ntext_scale=huge\nlanguage=klingon\n")
    from csp_desktop.settings import Settings

    again = Settings(location.preferences_file, location.window_state_file)
    assert again.get(S.TEXT_SCALE) == 100
    assert again.get(S.LANGUAGE) == "en"


def test_setting_an_unknown_choice_is_refused(settings):
    """The code cannot store a language the app does not have."""
    with pytest.raises(ValueError):
        settings.set(S.LANGUAGE, "fr")


def test_changed_signal_names_the_key(settings, qtbot):
    """Views can follow a preference as it changes."""
    with qtbot.waitSignal(settings.changed) as blocker:
        settings.set(S.APPEARANCE, "dark")
    assert blocker.args == [S.APPEARANCE.key]
