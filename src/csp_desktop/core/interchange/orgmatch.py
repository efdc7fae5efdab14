"""Which organisation in the record an incoming organisation name means.

Officers write "Caerphilly County Borough Council", "Probation Service Wales", "ABUHB" or
"Heddlu Gwent" where the prefilled record says "Caerphilly Council", "Probation Service
Wales (Gwent delivery unit)", "Aneurin Bevan University Health Board" and "Gwent Police".
Creating a duplicate with sector "Other" would hide those people from "who represents" and
the ward-surgery contacts, so a name is matched, in order, by:

  name    the same name once case, accents, spacing and a bracketed note are ignored
  alias   the same distinctive words (designators such as "County Borough Council" dropped,
          common Welsh words read as their English equivalents, "UHB" spelt out), the
          initials ("ABUHB"), or words that belong to exactly one organisation
  domain  the e-mail domain of the incoming people: one already used by people of exactly
          one organisation, or one whose labels spell an organisation's distinctive words
          ("caerphilly.gov.uk", "gwent.police.uk")

A match must be unambiguous; otherwise the organisation is new, and the user sees and can
change every outcome in the preview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from csp_desktop.core.directory.model import Organisation, Sector
from csp_desktop.core.folding import fold

BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
NON_WORD = re.compile(r"[^0-9a-z]+")
# Words that say what kind of body it is, not which one: dropped before comparing.
DESIGNATORS = {
    "the",
    "of",
    "and",
    "a",
    "ac",
    "y",
    "yr",
    "council",
    "county",
    "borough",
    "city",
    "cbc",
    "cc",
    "service",
    "services",
    "cyngor",
    "bwrdeistref",
    "sirol",
    "sir",
    "dinas",
    "gwasanaeth",
    "ltd",
    "limited",
}
WELSH = {
    "heddlu": "police",
    "iechyd": "health",
    "bwrdd": "board",
    "prifysgol": "university",
    "addysgu": "teaching",
    "tan": "fire",
    "achub": "rescue",
    "prawf": "probation",
    "cymru": "wales",
    "de": "south",
    "gogledd": "north",
    "canolbarth": "mid",
    "gorllewin": "west",
    "comisiynydd": "commissioner",
    "throseddu": "crime",
    "troseddu": "crime",
}
ABBREVIATIONS = {
    "uhb": ("university", "health", "board"),
    "lhb": ("health", "board"),
    "thb": ("teaching", "health", "board"),
    "frs": ("fire", "rescue"),
    "pcc": ("police", "crime", "commissioner"),
    "opcc": ("police", "crime", "commissioner"),
    "cbc": (),
}
# Addresses anyone can have say nothing about the employer.
SHARED_DOMAINS = {
    "gmail.com",
    "googlemail.com",
    "hotmail.com",
    "hotmail.co.uk",
    "outlook.com",
    "live.co.uk",
    "yahoo.com",
    "yahoo.co.uk",
    "btinternet.com",
    "icloud.com",
    "aol.com",
    "sky.com",
    "virginmedia.com",
    "talktalk.net",
    "protonmail.com",
    "example.com",
    "example.org",
    "example.net",
    "wales.nhs.uk",
    "nhs.net",
    "nhs.wales",
    "gov.wales",
    "llyw.cymru",
    "justice.gov.uk",
    "police.uk",
}
GENERIC_DOMAIN_LABELS = {"gov", "uk", "org", "co", "com", "net", "wales", "cymru", "llyw", "nhs", "pnn", "ac"}


def name_key(text: str) -> str:
    """The name without case, accents, spacing, punctuation or a bracketed note."""
    return " ".join(NON_WORD.sub(" ", fold(BRACKETS.sub(" ", text)).replace("&", " and ")).split())


def words(text: str) -> tuple[str, ...]:
    """The distinctive words of a name, in order, in English where a Welsh word is known."""
    out: list[str] = []
    for word in name_key(text).split():
        word = WELSH.get(word, word)
        expanded = ABBREVIATIONS.get(word, (word,))
        out += [w for w in expanded if w not in DESIGNATORS]
    return tuple(out)


def initials(text: str) -> str:
    return "".join(w[0] for w in name_key(text).split() if w not in ("of", "and", "the"))


@dataclass
class OrgOutcome:
    """What one incoming organisation name becomes; shown and changeable in the preview."""

    name: str  # as written in the file (first spelling seen)
    key: str  # name_key(name): what rows with this organisation share
    existing: Organisation | None = None  # joins this one ...
    how: str = ""  # ... found by "name", "alias" or "domain", or "chosen" by the user
    sector: Sector | None = None  # ... or a new organisation with this sector (None: not known)
    sector_from: str = ""  # "file", "name" or "chosen": where the sector came from
    rows: int = 0
    new: Organisation | None = None  # the record to create, when not joining

    @property
    def joins(self) -> bool:
        return self.existing is not None


@dataclass
class OrgChoice:
    """The user's decision in the preview: join an existing organisation, or a new one's sector."""

    existing_id: str | None = None
    sector: Sector | None = None


@dataclass
class OrgMatcher:
    """Finds the organisation in the record an incoming name or e-mail domain means."""

    organisations: list[Organisation]
    domains: dict[str, set[str]] = field(default_factory=dict)  # e-mail domain -> organisation ids

    def __post_init__(self) -> None:
        self.by_name: dict[str, list[Organisation]] = {}
        self.by_words: dict[frozenset[str], list[Organisation]] = {}
        self.by_initials: dict[str, list[Organisation]] = {}
        self.word_sets: list[tuple[frozenset[str], Organisation]] = []
        self.joined: dict[str, list[Organisation]] = {}  # "caerphilly", "gwentpolice"
        self.postings: dict[str, list[int]] = {}  # word -> positions in word_sets
        self.by_id = {o.id: o for o in self.organisations}
        for org in self.organisations:
            for name in {org.name, org.name_cy} - {""}:
                self.by_name.setdefault(name_key(name), []).append(org)
                ws = frozenset(words(name))
                if ws:
                    self.by_words.setdefault(ws, []).append(org)
                    for word in ws:
                        self.postings.setdefault(word, []).append(len(self.word_sets))
                    self.word_sets.append((ws, org))
                    self.joined.setdefault("".join(words(name)), []).append(org)
                if len(name_key(name).split()) >= 3:
                    self.by_initials.setdefault(initials(name), []).append(org)

    def learn_domain(self, email: str, org_id: str) -> None:
        domain = email.rpartition("@")[2].strip().casefold()
        if domain and domain not in SHARED_DOMAINS:
            self.domains.setdefault(domain, set()).add(org_id)

    def match(self, name: str, emails: list[str]) -> tuple[Organisation | None, str]:
        """The one organisation ``name`` means, and how it was found; (None, "") if none."""
        found = _one(self.by_name.get(name_key(name), []))
        if found:
            return found, "name"
        ws = frozenset(words(name))
        if ws:
            found = _one(self.by_words.get(ws, []))
            if not found and " " not in name_key(name):  # one word: perhaps initials, "ABUHB"
                found = _one(self.by_initials.get(name_key(name), []))
            if not found:  # "Aneurin Bevan" is in exactly one organisation's name
                found = _one(self._containing(ws))
            if found:
                return found, "alias"
        found = self.match_domains(emails)
        return (found, "domain") if found else (None, "")

    def _containing(self, ws: frozenset[str]) -> list[Organisation]:
        """Organisations whose words include all of ``ws`` and more, via the word index (an
        import of thousands of organisations must not compare each with every other)."""
        lists = sorted((self.postings.get(w, []) for w in ws), key=len)
        if not lists or not lists[0]:
            return []
        common = set(lists[0]).intersection(*lists[1:])
        return [self.word_sets[i][1] for i in sorted(common) if ws < self.word_sets[i][0]]

    def match_domains(self, emails: list[str]) -> Organisation | None:
        orgs = self.by_id
        candidates: set[str] = set()
        for email in emails:
            domain = email.rpartition("@")[2].strip().casefold()
            if not domain or domain in SHARED_DOMAINS:
                continue
            learned = self.domains.get(domain, set())
            if len(learned) == 1:
                candidates |= learned
                continue
            labels = [p for label in domain.split(".") for p in label.split("-")]
            distinctive = frozenset(w for w in labels if w not in GENERIC_DOMAIN_LABELS)
            if not distinctive:
                continue
            spelt = [o for s, o in self.word_sets if s == distinctive]
            spelt = spelt or [o for label in labels for o in self.joined.get(label, [])]
            if (one := _one(spelt)) is not None:
                candidates.add(one.id)
        return orgs[next(iter(candidates))] if len(candidates) == 1 else None


def _one(orgs: list[Organisation]) -> Organisation | None:
    unique = {o.id: o for o in orgs}
    return next(iter(unique.values())) if len(unique) == 1 else None
