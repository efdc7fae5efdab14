"""Text folded for matching: what someone types against names as they are written.

Its own module because search, Home and the CSP record all match names, and none of them
should pay for loading the council geography (and its TOML parser) to do it.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case and strip accents, so 'Ynys Mon' finds 'Ynys Môn'."""
    lowered = text.casefold()
    if lowered.isascii():  # the common case, and much cheaper than decomposing
        return lowered.replace("-", " ").strip()
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("-", " ").strip()
