"""Offline by design: a whole session opens no socket and writes nowhere but the data folder
and the files the user chooses."""

import socket
import sys

import pytest
from bench.directory import people_csv
from PySide6.QtWidgets import QApplication


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("CSP Desktop tried to open a network socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_a_whole_session_opens_no_socket_and_writes_only_the_data_folder(
    qtbot, make_window, no_network, tmp_path, isolated_profile
):
    """Open every page, read a module, search, import, export: no socket, no stray files."""
    home = tmp_path / "home"
    before_home = sorted(p.relative_to(home) for p in home.rglob("*"))
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    for area in ("learn", "my_csp", "surgery", "progress"):
        window.show_area(area)
        QApplication.processEvents()
    window.pages["my_csp"].prefill("cardiff")
    window.pages["learn"].open_module("vawdasv")
    window.keep_search_current()
    window.search_box.setText("marac")
    assert window.search_popup.run()
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    source = chosen / "people.csv"
    source.write_bytes(people_csv(50))
    from csp_desktop.ui.my_csp import import_dialog, transfer

    import_dialog.ImportDialog.exec = lambda self: True  # the user presses Import
    try:
        assert transfer.import_file(window.pages["my_csp"], str(source)) > 0
        assert transfer.export_file(window.pages["my_csp"], str(chosen / "out.vcf"), "vcard")
    finally:
        del import_dialog.ImportDialog.exec
    window.close()
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules
    assert sorted(p.relative_to(home) for p in home.rglob("*")) == before_home  # nothing in the profile
    outside = {p.name for p in tmp_path.iterdir()} - {"home", "data", "chosen"}
    assert outside == set()
    assert {p.name for p in chosen.iterdir()} == {"people.csv", "out.vcf"}
