"""Welsh for the directory: the suggested boards and procedures that prefill offers, and its
notes. (Welsh words for each sector, used by search, are in core.directory.queries.)

Keyed by the English text in ``prefill``, so the two cannot drift apart silently (a test
checks that every suggestion has its Welsh). Drafts awaiting review: docs/translation.md.
"""

from __future__ import annotations

GROUPS_CY = {
    "CSP strategic board": (
        "Bwrdd strategol y PDC",
        "Grŵp strategaeth y bartneriaeth: yr asesiad strategol a'r cynllun.",
    ),
    "Regional VAWDASV board": (
        "Bwrdd VAWDASV rhanbarthol",
        "Partneriaeth ranbarthol ar gyfer trais yn erbyn menywod, cam-drin domestig a thrais rhywiol.",
    ),
    "Area Planning Board (substance misuse)": (
        "Bwrdd Cynllunio Ardal (camddefnyddio sylweddau)",
        "Bwrdd rhanbarthol sy'n comisiynu gwasanaethau camddefnyddio sylweddau.",
    ),
    "CONTEST / Prevent board": (
        "Bwrdd CONTEST / Prevent",
        "Gwrthderfysgaeth: Prevent, Channel, diogelu.",
    ),
    "Youth justice management board": (
        "Bwrdd rheoli cyfiawnder ieuenctid",
        "Yn goruchwylio'r gwasanaeth cyfiawnder ieuenctid lleol.",
    ),
    "MARAC": (
        "MARAC",
        "Cyfarfodydd achos ar gam-drin domestig risg uchel; maent yn gyfrinachol, felly nid yw "
        "cynghorwyr yn eu mynychu.",
    ),
}

PROCEDURES_CY = {
    "ASB case review (community trigger): local threshold and how to apply": (
        "Adolygiad achos ymddygiad gwrthgymdeithasol (sbardun cymunedol): y trothwy lleol a sut i wneud cais"
    ),
    "How to refer a safeguarding concern about a child or adult": (
        "Sut i atgyfeirio pryder diogelu am blentyn neu oedolyn"
    ),
    "Who to tell about suspected exploitation or modern slavery": (
        "Pwy i'w hysbysu am amheuaeth o gamfanteisio neu gaethwasiaeth fodern"
    ),
    "How to raise a Prevent concern": "Sut i godi pryder Prevent",
    "Crime and disorder scrutiny: committee and how to make a Councillor Call for Action": (
        "Craffu ar drosedd ac anhrefn: y pwyllgor a sut i wneud Galwad y Cynghorydd i Weithredu"
    ),
}

NOTES_CY = {
    "pdu": (
        "Mae'r uned gyflawni ar gyfer y cyngor hwn wedi'i chasglu o adroddiadau arolygu cyhoeddedig: "
        "cadarnhewch hi'n lleol, os gwelwch yn dda."
    ),
    "pcc": (
        "Yn cydweithredu â'r PDC ond nid yw'n awdurdod cyfrifol. Mae disgwyl i gomisiynwyr heddlu a "
        "throseddu gael eu diddymu ym mis Mai 2028."
    ),
}
