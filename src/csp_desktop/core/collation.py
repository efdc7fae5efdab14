"""Alphabetical order for English and Welsh lists.

In Welsh, ch, dd, ff, ng, ll, ph, rh and th are single letters, each sorted after the letter
it starts with: "Cyngor" comes before "Chwilio", and "Llanelli" after "Lyndon". Accents do
not change a word's place (â sorts as a) except to break a tie. Letters Welsh borrows (k, q,
v, x, z) keep their English places. Python's sort and locale modules know none of this, and
an ICU dependency would be heavy for two short lists, so the rule is written out here.

Known limit: "ng" is always read as one letter, so a word such as "Bangor" (n + g) sorts as
if it were spelled with the letter ng. The lists this app sorts (councils, glossary terms,
organisations) are not affected in a way a reader would notice.
"""

from __future__ import annotations

import unicodedata

WELSH_ALPHABET = [
    "a",
    "b",
    "c",
    "ch",
    "d",
    "dd",
    "e",
    "f",
    "ff",
    "g",
    "ng",
    "h",
    "i",
    "j",
    "k",
    "l",
    "ll",
    "m",
    "n",
    "o",
    "p",
    "ph",
    "q",
    "r",
    "rh",
    "s",
    "t",
    "th",
    "u",
    "v",
    "w",
    "x",
    "y",
    "z",
]
_DIGRAPHS = tuple(letter for letter in WELSH_ALPHABET if len(letter) == 2)
_RANK = {letter: rank for rank, letter in enumerate(WELSH_ALPHABET)}


def _plain(text: str) -> str:
    """Lower case without accents: the primary level of the comparison."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def welsh_letters(text: str) -> list[str]:
    """Split a word into Welsh letters: 'llongau' -> ['ll', 'o', 'ng', 'a', 'u']."""
    plain = _plain(text)
    letters, i = [], 0
    while i < len(plain):
        pair = plain[i : i + 2]
        if pair in _DIGRAPHS:
            letters.append(pair)
            i += 2
        else:
            letters.append(plain[i])
            i += 1
    return letters


def welsh_key(text: str) -> tuple:
    """Sort key for Welsh order. Characters that are not letters (digits, spaces, hyphens)
    sort before the letters, in code-point order, as they do in English lists."""
    primary = tuple(
        (1, _RANK[letter], "") if letter in _RANK else (0, 0, letter) for letter in welsh_letters(text)
    )
    return primary, text.casefold(), text


def english_key(text: str) -> tuple:
    return _plain(text), text.casefold(), text


def sort_key(language: str):
    """The sort key for ``language`` ("cy" or "en")."""
    return welsh_key if language == "cy" else english_key
