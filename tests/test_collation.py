"""Welsh alphabetical order: digraphs are letters, accents only break ties."""

import pytest

from csp_desktop.core.collation import english_key, sort_key, welsh_key, welsh_letters


def welsh_sorted(words):
    return sorted(words, key=welsh_key)


@pytest.mark.parametrize(
    "before, after",
    [
        ("cyngor", "chwilio"),  # ch comes after every c-word
        ("cyw", "ch"),
        ("dydd", "ddoe"),  # dd after d
        ("fyny", "ffordd"),  # ff after f
        ("gwyn", "nghymru"),  # n...
        ("gwyn", "ngwlad"),
        ("lyndon", "llanelli"),  # ll after l
        ("pys", "pharaoh"),  # ph after p
        ("rygbi", "rhondda"),  # rh after r
        ("tywydd", "theatr"),  # th after t
        ("gwynt", "nghymru"),
        ("ynys", "ynys môn"),
        ("adran", "awdurdod"),
    ],
)
def test_welsh_letters_come_in_welsh_order(before, after):
    assert welsh_key(before) < welsh_key(after)


def test_ng_is_one_letter_after_g():
    assert welsh_letters("llongau") == ["ll", "o", "ng", "a", "u"]
    assert welsh_sorted(["ngh", "gwyl", "hwyl"]) == ["gwyl", "ngh", "hwyl"]


def test_accents_and_case_only_break_ties():
    assert welsh_sorted(["Tân", "tan", "Tan", "tanc"]) == ["Tan", "tan", "Tân", "tanc"]
    assert welsh_key("Môn") < welsh_key("Mor")


def test_council_names_in_welsh_order():
    names = [
        "Caerdydd",
        "Ceredigion",
        "Conwy",
        "Casnewydd",
        "Castell-nedd Port Talbot",
        "Caerffili",
        "Rhondda Cynon Taf",
        "Powys",
        "Pen-y-bont ar Ogwr",
        "Merthyr Tudful",
        "Sir Ddinbych",
    ]
    assert welsh_sorted(names) == [
        "Caerdydd",
        "Caerffili",
        "Casnewydd",
        "Castell-nedd Port Talbot",
        "Ceredigion",
        "Conwy",
        "Merthyr Tudful",
        "Pen-y-bont ar Ogwr",
        "Powys",
        "Rhondda Cynon Taf",
        "Sir Ddinbych",
    ]


def test_english_order_is_unchanged():
    words = ["Llanelli", "Lyndon", "Chester", "Cyngor"]
    assert sorted(words, key=english_key) == ["Chester", "Cyngor", "Llanelli", "Lyndon"]
    assert sorted(words, key=sort_key("en")) == sorted(words, key=english_key)
    assert sorted(words, key=sort_key("cy")) == ["Cyngor", "Chester", "Lyndon", "Llanelli"]
