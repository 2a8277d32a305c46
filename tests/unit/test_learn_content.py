"""The Learn library: every page is well formed, linked to real codes, and findable by search."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from caregiver_app.resources import resource_path
from caregiver_app.services.codes import RELIEF, TRIGGERS
from caregiver_app.services.learn import NOTICE, LearnError, Library, load_library

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
    "caregiver-self-care",
)
EQUIPMENT_IDS = (
    "weighted-utensils", "large-grip-utensils", "pen-grip", "thick-barrel-pen", "wide-ruled-paper",
    "long-handled-brush", "long-handled-shoe-horn", "button-hook", "resting-hand-splint",
    "ankle-foot-orthosis", "plate-guard", "non-slip-mat", "rocker-knife", "two-handled-cup",
    "elastic-laces", "sock-aid", "reacher", "long-handled-sponge", "shower-chair", "grab-bars",
)  # fmt: skip
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
    sources = text.split("\n## Sources\n", 1)
    assert len(sources) == 2, f"{path.name} has no Sources section"
    assert re.search(r"^- .+ — https?://\S+$", sources[1], re.MULTILINE)
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
    assert 350 <= len(body.split()) <= 800
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


def test_every_equipment_item_and_relief_has_a_page_to_read(library: Library) -> None:
    for item in EQUIPMENT_IDS:
        section = library.for_equipment(item)
        assert section is not None and section.id == "adaptive-equipment", item
    for code in RELIEF:
        if code != "none":
            assert library.for_relief(code) is not None, code
    assert library.for_relief("none") is None
    assert library.for_equipment("jet-pack") is None


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
---

Some words about {word}.

## Sources

- Example — https://example.org/

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
        (GOOD_FILE.replace("https://example.org/", "example.org"), "has no http(s) link"),
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
