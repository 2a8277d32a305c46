"""The Spanish Learn library: a faithful twin of the English one, loaded by language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from caregiver_app.resources import resource_path
from caregiver_app.services.learn import (
    LANGUAGES,
    NOTICE,
    LearnError,
    Library,
    library_language,
    load_library,
    page_markdown,
    parse_section,
    review_line,
)

EN_DIR = resource_path("learn")
ES_DIR = resource_path("learn", "es")
ES_FILES = sorted(ES_DIR.glob("*.md"))
ES_HEADING, ES_NOTICE = LANGUAGES["es"]
LINK_RE = re.compile(r"\]\(learn:([^)\s]*)\)")
# One word from each Spanish page that the English page does not use.
SEARCH_WORDS = {
    "why-twitching": "hemiparesia",
    "nerve-messages": "médula",
    "twitch-spasm-spasticity-clonus": "clono",
    "neuroplasticity": "neuroplasticidad",
    "triggers": "estreñimiento",
    "pain-and-anticipation": "anticipación",
    "day-to-day": "estiramientos",
    "rehab-team": "fisioterapeuta",
    "adaptive-equipment": "abotonador",
    "get-help-now": "equilibrio",
    "caregiver-self-care": "cuidador",
}


@pytest.fixture(scope="module")
def english() -> Library:
    return load_library()


@pytest.fixture(scope="module")
def spanish() -> Library:
    return load_library(language="es")


def test_the_spanish_folder_mirrors_the_english_one() -> None:
    assert ES_FILES, "resources/learn/es has no pages"
    assert [p.name for p in ES_FILES] == [p.name for p in sorted(EN_DIR.glob("*.md"))]


def test_spanish_is_chosen_by_language_and_unknown_languages_fall_back(
    english: Library, spanish: Library
) -> None:
    assert spanish.language == "es" and english.language == "en"
    assert {s.path.parent for s in spanish.sections} == {ES_DIR}
    assert library_language("es") == "es"
    for code in ("en", "fr", "xx", "", "../es"):
        assert library_language(code) == "en"
        fallback = load_library(language=code)
        assert fallback.language == "en"
        assert [s.title for s in fallback.sections] == [s.title for s in english.sections]


@pytest.mark.parametrize("path", ES_FILES, ids=lambda p: p.name)
def test_each_spanish_page_matches_its_english_twin(path: Path) -> None:
    ours = parse_section(path, "es")
    twin = parse_section(EN_DIR / path.name)
    assert (ours.id, ours.order) == (twin.id, twin.order)
    assert ours.triggers == twin.triggers
    assert ours.relief == twin.relief
    assert ours.equipment == twin.equipment
    assert ours.title != twin.title and ours.summary != twin.summary
    assert LINK_RE.findall(ours.markdown) == LINK_RE.findall(twin.markdown)
    assert len(re.findall(r"^## ", ours.markdown, re.MULTILINE)) == len(
        re.findall(r"^## ", twin.markdown, re.MULTILINE)
    )


@pytest.mark.parametrize("path", ES_FILES, ids=lambda p: p.name)
def test_each_spanish_page_has_spanish_sources_a_review_date_and_the_notice(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert f"\n{ES_HEADING}\n" in text and "\n## Sources\n" not in text
    ours = parse_section(path, "es")
    assert len(ours.sources) >= 3, ours.sources
    spanish = [s for s in ours.sources if "en español" in s or "AEMPS" in s or "RÁPIDO" in s]
    assert spanish, f"{path.name}: no source in Spanish"
    assert ours.reviewed == parse_section(EN_DIR / path.name).reviewed
    assert review_line(ours, "es").startswith("Revisado por última vez el ")
    shown = page_markdown(ours, "es")
    assert shown.index(ES_HEADING) < shown.index(review_line(ours, "es")) < shown.index(ES_NOTICE)
    assert text.rstrip("\n").endswith(ES_NOTICE)
    assert NOTICE not in text
    body = text.split(f"\n{ES_HEADING}\n")[0].split("---\n", 2)[2]
    assert 350 <= len(body.split()) <= 1250


@pytest.mark.parametrize("path", ES_FILES, ids=lambda p: p.name)
def test_each_spanish_page_has_the_same_anchors_as_its_english_twin(path: Path) -> None:
    ours = parse_section(path, "es")
    twin = parse_section(EN_DIR / path.name)
    assert [a for a, _ in ours.anchors] == [a for a, _ in twin.anchors]


def test_every_english_page_has_a_spanish_twin() -> None:
    english = {p.name for p in EN_DIR.glob("*.md")}
    assert english == {p.name for p in ES_FILES}


def test_a_flicker_is_not_a_tremor_and_a_seizure_is_a_crisis_epileptica(spanish: Library) -> None:
    for section in spanish.sections:
        body = section.markdown.split(ES_HEADING)[0]
        for line in body.split("\n"):
            if "temblor" in line.lower() and section.id != "adaptive-equipment":
                raise AssertionError(f"{section.id}: 'temblor' means tremor: {line!r}")
            if "convuls" in line.lower():
                assert "crisis epiléptica" in line, f"{section.id}: {line!r}"
    one = spanish.get("why-twitching")
    assert one is not None and "fasciculación" in one.markdown
    assert "contracción breve" in one.markdown


def test_the_spanish_emergency_page_lists_the_numbers_and_rapido(spanish: Library) -> None:
    section = spanish.get("get-help-now")
    assert section is not None
    numbers = section.markdown.split("## ")[0]
    for country, number in (
        ("España", "112"), ("México", "911"), ("Argentina", "107"), ("Argentina", "911"),
        ("Colombia", "123"), ("Chile", "131"), ("Perú", "106"), ("Perú", "116"),
        ("Estados Unidos", "911"),
    ):  # fmt: skip
        line = next(line for line in numbers.split("\n") if f"**{country}:**" in line)
        assert number in line, (country, number)
    for letter in ("R — Rostro", "Á — Alteración", "P — Pérdida", "I — Impedimento",
                   "D — Dificultad", "O — Obtenga"):  # fmt: skip
        assert f"- **{letter}" in section.markdown, letter


@pytest.mark.parametrize(
    ("query", "section_id", "anchor"),
    [
        ("bótox", "medicine-safety", "botulinum-toxin"),
        ("Botox", "medicine-safety", "botulinum-toxin"),
        ("bomba de baclofeno", "medicine-safety", "baclofen-pump"),
        ("convulsiones", "get-help-now", ""),
        ("crisis epileptica", "get-help-now", "focal-seizure"),
        ("calambre", "twitch-spasm-spasticity-clonus", "cramps"),
        ("férula", "day-to-day", ""),
    ],
)
def test_spanish_search_understands_the_words_people_type(
    spanish: Library, query: str, section_id: str, anchor: str
) -> None:
    hits = spanish.search(query)
    assert hits and hits[0].section_id == section_id, [h.section_id for h in hits]
    section = spanish.get(section_id)
    assert section is not None
    if anchor:
        paragraph = section.anchor_text(anchor)
        assert paragraph is not None and paragraph[:30] in hits[0].snippet


def test_the_spanish_notice_is_the_agreed_one() -> None:
    assert ES_HEADING == "## Fuentes"
    assert ES_NOTICE == (
        "> Esta es información general, no consejo médico. Hable con el equipo de atención sobre "
        "lo que es adecuado para la persona que usted cuida. En una emergencia, llame al número "
        "de emergencias local."
    )


@pytest.mark.parametrize(("section_id", "word"), sorted(SEARCH_WORDS.items()))
def test_search_finds_a_word_from_each_spanish_page(
    spanish: Library, section_id: str, word: str
) -> None:
    hits = spanish.search(word)
    assert section_id in [h.section_id for h in hits], word
    for hit in hits:
        assert "información general" not in hit.snippet  # the notice is not page text


def test_be_fast_leads_the_spanish_emergency_page(spanish: Library) -> None:
    assert spanish.search("be fast")[0].section_id == "get-help-now"
    section = spanish.get("get-help-now")
    assert section is not None
    first, rest = section.markdown.split("\n## ", 1)
    assert first.startswith("**") and "llame ahora al número de emergencias local" in first
    assert rest.startswith("Señales de un nuevo accidente cerebrovascular: BE FAST y RÁPIDO\n")
    for letter in ("B (Balance", "E (Eyes", "F (Face", "A (Arms", "S (Speech", "T (Time"):
        assert f"- **{letter}" in rest, letter


def test_the_spanish_look_ups_match_the_english_ones(english: Library, spanish: Library) -> None:
    for code in ("stress", "poor_sleep", "fatigue"):
        en, es = english.for_trigger(code), spanish.for_trigger(code)
        assert (en.id if en else None) == (es.id if es else None)
    en_item, es_item = english.for_equipment("button-hook"), spanish.for_equipment("button-hook")
    assert en_item is not None and es_item is not None and en_item.id == es_item.id


def test_a_spanish_folder_needs_the_spanish_heading_and_notice(tmp_path: Path) -> None:
    page = (ES_DIR / "01-why-twitching.md").read_text(encoding="utf-8")
    page = LINK_RE.sub("](https://example.org/)", page)
    (tmp_path / "01-why-twitching.md").write_text(page, encoding="utf-8")
    assert load_library(tmp_path, language="es").get("why-twitching") is not None
    with pytest.raises(LearnError, match="no '## Sources' section"):
        load_library(tmp_path)  # English rules by default
    broken = page.replace(ES_NOTICE, "> Tenga cuidado.")
    (tmp_path / "01-why-twitching.md").write_text(broken, encoding="utf-8")
    with pytest.raises(LearnError, match=r"01-why-twitching\.md: the notice line is missing"):
        load_library(tmp_path, language="es")


def test_learn_more_in_spanish_opens_a_paragraph_with_the_items_spanish_name(
    spanish: Library,
) -> None:
    from caregiver_app.services import equipment

    catalogue = equipment.load_catalogue(language="es")
    listed = {item for s in spanish.sections for item in s.equipment}
    for item_id in listed:
        section = spanish.for_equipment(item_id)
        assert section is not None, item_id
        paragraph = section.anchor_text(item_id)
        item = catalogue.get(item_id)
        assert paragraph is not None and item is not None, item_id
        name = item.name.split(" (")[0].lower()
        assert name in paragraph.lower(), f"{item_id}: '{item.name}' not in {paragraph!r}"
