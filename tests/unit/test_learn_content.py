"""The Learn library: every page is well formed, linked to real codes, and findable by search."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from caregiver_app.resources import resource_path
from caregiver_app.services import equipment
from caregiver_app.services.codes import RELIEF, TRIGGERS
from caregiver_app.services.learn import (
    NOTICE,
    LearnError,
    Library,
    load_library,
    page_markdown,
    review_line,
)
from tests.unit.readability import body_lines, grade

REQUIRED_IDS = (
    "why-twitching",
    "nerve-messages",
    "twitch-spasm-spasticity-clonus",
    "neuroplasticity",
    "triggers",
    "pain-and-anticipation",
    "day-to-day",
    "rehab-team",
    "adaptive-equipment",
    "get-help-now",
    "medicine-safety",
    "caregiver-self-care",
)
EQUIPMENT_IDS = tuple(item.id for item in equipment.load_catalogue().items)
MAX_GRADE = 8.5  # Flesch-Kincaid, "about grade 8 or below"
LEARN_DIR = resource_path("learn")
FILES = sorted(LEARN_DIR.glob("*.md"))


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def test_every_file_in_the_folder_becomes_a_section(library: Library) -> None:
    assert FILES, "resources/learn has no pages"
    assert sorted(s.path.name for s in library.sections) == [p.name for p in FILES]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_page_has_a_header_sources_with_a_link_and_the_notice(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    header = text.split("---\n")[1]
    for key in ("id", "title", "order", "summary"):
        assert re.search(rf"^{key}: \S", header, re.MULTILINE), f"{path.name} lacks {key}"
    assert re.search(r"^reviewed: \d{4}-\d{2}-\d{2}$", header, re.MULTILINE), path.name
    sources = text.split("\n## Sources\n", 1)
    assert len(sources) == 2, f"{path.name} has no Sources section"
    assert re.search(r"^- .+ — .+$", sources[1], re.MULTILINE)
    assert text.rstrip("\n").endswith(NOTICE)


def test_pages_come_in_the_agreed_order_with_the_agreed_ids(library: Library) -> None:
    assert tuple(s.id for s in library.sections) == REQUIRED_IDS
    assert [s.order for s in library.sections] == sorted({s.order for s in library.sections})
    for section in library.sections:
        assert section.path.name == f"{section.order:02d}-{section.id}.md"


@pytest.mark.parametrize("section_id", REQUIRED_IDS)
def test_each_page_is_a_real_page_of_reading(library: Library, section_id: str) -> None:
    section = library.get(section_id)
    assert section is not None
    body = section.markdown.split("## Sources")[0]
    assert 350 <= len(body.split()) <= 1000
    assert len(re.findall(r"^## ", body, re.MULTILINE)) >= 3


def test_every_code_and_equipment_id_is_a_known_one(library: Library) -> None:
    for section in library.sections:
        assert set(section.triggers) <= set(TRIGGERS), section.id
        assert set(section.relief) <= set(RELIEF), section.id
        assert set(section.equipment) <= set(EQUIPMENT_IDS), section.id


def test_the_triggers_page_covers_every_trigger(library: Library) -> None:
    triggers = library.get("triggers")
    assert triggers is not None
    assert set(triggers.triggers) == set(TRIGGERS)
    for code in TRIGGERS:
        assert library.for_trigger(code) == triggers


def test_every_equipment_item_a_page_lists_opens_at_its_own_paragraph_with_its_name(
    library: Library,
) -> None:
    catalogue = equipment.load_catalogue()
    listed = {item for s in library.sections for item in s.equipment}
    assert len(listed) >= 30
    for item_id in listed:
        section = library.for_equipment(item_id)
        assert section is not None, item_id
        paragraph = section.anchor_text(item_id)
        assert paragraph is not None, f"{section.id} has no paragraph anchored at {item_id}"
        item = catalogue.get(item_id)
        assert item is not None
        name = item.name.split(" (")[0].lower()  # "Reacher (grabber)" -> "reacher"
        assert name in paragraph.lower(), f"{item_id}: '{item.name}' not in {paragraph!r}"


def test_every_relief_has_a_page_to_read(library: Library) -> None:
    for code in RELIEF:
        if code != "none":
            assert library.for_relief(code) is not None, code
    assert library.for_relief("none") is None
    assert library.for_equipment("jet-pack") is None


@pytest.mark.parametrize("section_id", REQUIRED_IDS)
def test_each_page_says_when_it_was_reviewed_and_against_which_sources(
    library: Library, section_id: str
) -> None:
    section = library.get(section_id)
    assert section is not None
    assert dt.date(2026, 1, 1) <= section.reviewed <= dt.date.today()
    assert len(section.sources) >= 3, section.sources
    for source in section.sources:
        organisation, title = source.split(" — ", 1)
        assert organisation and len(title) >= 4, source
    # shown at the end of the page, before the notice
    shown = page_markdown(section)
    line = review_line(section)
    assert line.startswith("Last reviewed on ") and str(section.reviewed.year) in line
    assert shown.index("## Sources") < shown.index(line) < shown.index(NOTICE)


@pytest.mark.parametrize("section_id", REQUIRED_IDS)
def test_each_page_reads_at_about_grade_eight(library: Library, section_id: str) -> None:
    section = library.get(section_id)
    assert section is not None
    assert grade(body_lines(section.markdown)) <= MAX_GRADE


def test_the_reading_grade_check_can_tell_hard_text_from_easy_text() -> None:
    easy = ["The cat sat on the mat.", "It was warm. We had tea."]
    hard = [
        "Pharmacological intervention necessitates comprehensive multidisciplinary "
        "consideration of contraindications, particularly hepatotoxicity and "
        "cardiovascular instability, alongside individualised titration regimens."
    ]
    assert grade(easy) < 3 < MAX_GRADE < grade(hard)


def _paragraph(library: Library, section_id: str, anchor: str) -> str:
    section = library.get(section_id)
    assert section is not None
    text = section.anchor_text(anchor)
    assert text is not None, f"{section_id} has no paragraph '{anchor}'"
    return text


def test_the_safety_facts_are_on_the_pages(library: Library) -> None:
    body = {s.id: s.markdown for s in library.sections}
    meds = body["medicine-safety"]
    assert "**Baclofen must never be stopped suddenly.**" in meds
    for sign in ("hallucinations", "fits", "high temperature", "much worse"):
        assert sign in meds, sign
    assert "pump alarm, or a missed refill date, is an emergency" in meds
    botox = _paragraph(library, "medicine-safety", "botulinum-toxin")
    assert "Botox" in botox
    assert "trouble swallowing, speaking or breathing" in meds
    assert "far from the ones that were injected" in meds
    for sign in ("yellow skin", "dark urine", "low blood pressure", "drowsiness"):
        assert sign in meds.split("## Tizanidine and dantrolene")[1].split("## Diazepam")[0]
    assert "**falls**" in meds.split("## Diazepam")[1]
    falls = body["get-help-now"].split("## After a fall")[1].split("\n## ")[0]
    assert "blood thinner" in falls and "same day" in falls
    focal = body["get-help-now"].split("**A focal seizure can look like a spasm.**")[1]
    for clue in ("does not stop when you move", "spreads", "a minute or two", "confusion"):
        assert clue in focal.split("\n\n## ")[0], clue
    assert "film it" in focal
    stiff = body["triggers"].split("## When stiffness suddenly gets worse")[1].split("\n## ")[0]
    for cause in (
        "infection", "constipation", "full bladder", "pressure sore", "ingrown toenail",
        "tight clothing", "blood clot", "broken bone",
    ):  # fmt: skip
        assert cause in stiff, cause
    shoulder = body["day-to-day"].split("## The weak shoulder")[1].split("\n## ")[0]
    assert "Never pull on the weak arm" in shoulder and "as the therapist advises" in shoulder
    assert "shoulder pain is common" in shoulder and "can be treated" in shoulder
    drinks = _paragraph(library, "triggers", "drinks")
    assert "little and often" in drinks and "limit on fluids" in drinks
    assert "heart and kidney" in drinks and "thicken" in drinks
    strong = _paragraph(library, "why-twitching", "strong-side-twitching")
    assert "strong side" in strong and "thinner" in strong and "doctor" in strong


@pytest.mark.parametrize(
    ("query", "section_id", "anchor"),
    [
        ("Botox", "medicine-safety", "botulinum-toxin"),
        ("baclofen pump", "medicine-safety", "baclofen-pump"),
        ("fits", "get-help-now", ""),
        ("cramp", "twitch-spasm-spasticity-clonus", "cramps"),
        ("brace", "day-to-day", ""),
        ("utensils", "adaptive-equipment", ""),
    ],
)
def test_search_understands_the_words_people_type(
    library: Library, query: str, section_id: str, anchor: str
) -> None:
    hits = library.search(query)
    assert hits and hits[0].section_id == section_id, [h.section_id for h in hits]
    if anchor:
        assert _paragraph(library, section_id, anchor)[:30] in hits[0].snippet


def test_the_emergency_page_puts_the_most_urgent_message_first(library: Library) -> None:
    section = library.get("get-help-now")
    assert section is not None
    first_paragraph = section.markdown.strip().split("\n\n")[0]
    assert "emergency number now" in first_paragraph
    for word in ("Balance", "Eyes", "Face", "Arms", "Speech", "Time"):
        assert f"**{word[0]} — {word}" in section.markdown


def test_pages_never_tell_the_reader_to_start_or_stop_a_medicine() -> None:
    risky = re.compile(
        r"\b(stop|start|increase|reduce|double|skip) (taking |giving )?(the |their |your )?"
        r"(medicine|medication|dose|tablets)",
        re.IGNORECASE,
    )
    for path in FILES:
        for sentence in re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8")):
            if risky.search(sentence):
                assert re.search(r"\b(never|not|ask the doctor)\b", sentence, re.IGNORECASE), (
                    f"{path.name}: {sentence!r}"
                )


def _distinctive_word(markdown: str) -> str:
    """The first long word of the page's first paragraph."""
    first_paragraph = next(
        block for block in markdown.split("\n\n") if block.strip() and not block.startswith("#")
    )
    return next(w for w in re.findall(r"[A-Za-z]+", first_paragraph) if len(w) >= 8)


@pytest.mark.parametrize("section_id", REQUIRED_IDS)
def test_search_finds_a_word_from_each_page(library: Library, section_id: str) -> None:
    section = library.get(section_id)
    assert section is not None
    word = _distinctive_word(section.markdown)
    hits = library.search(word.upper())
    assert section_id in [h.section_id for h in hits], word
    hit = next(h for h in hits if h.section_id == section_id)
    assert word.lower() in hit.snippet.lower()
    assert hit.title == section.title


def test_search_needs_every_word_and_ranks_the_best_page_first(library: Library) -> None:
    assert library.search("") == []
    assert library.search("clonus zebra") == []
    hits = library.search("clonus ankle")
    assert hits and hits[0].section_id == "twitch-spasm-spasticity-clonus"
    assert library.search("be fast")[0].section_id == "get-help-now"
    counts = [h.matches for h in library.search("twitching")]
    assert counts == sorted(counts, reverse=True) and len(counts) > 3


def test_snippets_are_plain_text(library: Library) -> None:
    for hit in library.search("splint"):
        assert not re.search(r"\*\*|\]\(|https?://|^#", hit.snippet), hit.snippet
        assert len(hit.snippet) <= 200


GOOD_FILE = """---
id: sample
title: A sample page
order: 1
summary: Just for the test.
triggers: stress
relief: rest
equipment: button-hook
reviewed: 2026-12-07
---

Some words about {word}.

## Sources

- Example — A page — https://example.org/

{notice}
"""


def _write(folder: Path, text: str, name: str = "01-sample.md") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_well_formed_file_loads(tmp_path: Path) -> None:
    _write(tmp_path, GOOD_FILE.format(word="otters", notice=NOTICE))
    library = load_library(tmp_path)
    section = library.get("sample")
    assert section is not None
    assert section.triggers == ("stress",) and section.equipment == ("button-hook",)
    assert section.markdown.startswith("Some words about otters.")
    assert [h.section_id for h in library.search("OTTERS")] == ["sample"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            GOOD_FILE.replace("title: A sample page\n", ""),
            "header is missing 'title'",
        ),
        (GOOD_FILE.replace("triggers: stress", "triggers: stres"), "unknown trigger code 'stres'"),
        (GOOD_FILE.replace("relief: rest", "relief: nap"), "unknown relief code 'nap'"),
        (GOOD_FILE.replace("order: 1", "order: first"), "order 'first' is not a whole number"),
        (GOOD_FILE.replace("---\nid", "id"), "header is missing"),
        (GOOD_FILE.replace("## Sources", "## Reading"), "no '## Sources' section"),
        (GOOD_FILE.replace("- Example — A page — https://example.org/", ""), "lists no sources"),
        (
            GOOD_FILE.replace("- Example — A page —", "- Example —"),
            "is not 'Organisation — Page title'",
        ),
        (GOOD_FILE.replace("reviewed: 2026-12-07", "reviewed: last week"), "not a date"),
        (GOOD_FILE.replace("reviewed: 2026-12-07\n", ""), "header is missing 'reviewed'"),
        (
            GOOD_FILE.replace("{word}.", "{word}. {#a}\n\nMore. {#a}"),
            "anchor 'a' is used twice",
        ),
        (GOOD_FILE.replace("{notice}", "> Be careful."), "notice line is missing"),
        (GOOD_FILE.replace("{word}.", "[more](learn:nowhere)."), "unknown section 'learn:nowhere'"),
        (GOOD_FILE.replace("id: sample", "id: Sample Page"), "lowercase words joined by hyphens"),
    ],
)
def test_a_broken_file_is_reported_by_name_and_problem(
    tmp_path: Path, text: str, problem: str
) -> None:
    _write(tmp_path, text.replace("{word}", "otters").replace("{notice}", NOTICE))
    with pytest.raises(LearnError) as caught:
        load_library(tmp_path)
    assert "01-sample.md" in str(caught.value)
    assert problem in str(caught.value)


def test_duplicate_ids_and_misnamed_files_are_reported(tmp_path: Path) -> None:
    good = GOOD_FILE.format(word="otters", notice=NOTICE)
    _write(tmp_path, good)
    _write(tmp_path, good.replace("order: 1", "order: 2"), name="02-sample.md")
    with pytest.raises(LearnError, match=r"02-sample\.md: id 'sample' is already used"):
        load_library(tmp_path)

    other = tmp_path / "other"
    other.mkdir()
    _write(other, good, name="01-example.md")
    with pytest.raises(LearnError, match=r"01-example\.md: file name must be 'NN-sample\.md'"):
        load_library(other)


def test_an_empty_or_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(LearnError, match=r"no \.md files"):
        load_library(tmp_path)
    with pytest.raises(LearnError, match="missing"):
        load_library(tmp_path / "absent")
