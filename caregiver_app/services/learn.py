"""The Learn library: Markdown pages under `resources/learn/`, loaded, checked and searched.

Each file is named `NN-id.md` and starts with a small header block::

    ---
    id: why-twitching
    title: Why twitching happens after a stroke or brain injury
    order: 1
    summary: One sentence shown under the title in the contents list.
    triggers: stress, poor_sleep
    relief: stretching, splint
    equipment: weighted-utensils, button-hook
    ---

The body is Markdown. It must end with a "## Sources" section holding at least one http(s)
link and the standard notice line. Links between pages use the `learn:section-id` scheme.
No Qt here: the window renders the Markdown, this module only knows what the pages say.

Translations live in a subfolder named by language code (`resources/learn/es/`), with the same
file names, ids and header codes; only the title, summary and body are translated. Each language
has its own sources heading and notice line (`LANGUAGES`). `load_library(language=...)` falls
back to English when there is no folder for the language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from caregiver_app.resources import resource_path
from caregiver_app.services.codes import RELIEF, TRIGGERS

NOTICE = (
    "> This is general information, not medical advice. Talk to the care team about what is "
    "right for the person you care for. In an emergency, call your local emergency number."
)
SOURCES_HEADING = "## Sources"
DEFAULT_LANGUAGE = "en"
# {language code: (sources heading, notice line)}; a translated library must use its own pair.
LANGUAGES: dict[str, tuple[str, str]] = {
    DEFAULT_LANGUAGE: (SOURCES_HEADING, NOTICE),
    "es": (
        "## Fuentes",
        "> Esta es información general, no consejo médico. Hable con el equipo de atención sobre "
        "lo que es adecuado para la persona que usted cuida. En una emergencia, llame al número "
        "de emergencias local.",
    ),
}
_NOTICES = frozenset(notice for _, notice in LANGUAGES.values())
LINK_SCHEME = "learn"

_REQUIRED_KEYS = ("id", "title", "order", "summary")
_LIST_KEYS = ("triggers", "relief", "equipment")
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FILE_RE = re.compile(r"^(\d+)-(.+)\.md$")
_HTTP_RE = re.compile(r"https?://\S+")
_INTERNAL_LINK_RE = re.compile(rf"\]\({LINK_SCHEME}:([^)\s]*)\)")
_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS_RE = re.compile(r"\*+|`|(?<!\w)_+|_+(?!\w)")
_SNIPPET_CHARS = 160


class LearnError(Exception):
    """A library file is missing or malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    order: int
    summary: str
    triggers: tuple[str, ...]
    relief: tuple[str, ...]
    equipment: tuple[str, ...]
    markdown: str
    path: Path


@dataclass(frozen=True)
class SearchHit:
    section_id: str
    title: str
    snippet: str
    matches: int
    terms: tuple[str, ...]


def library_language(language: str = DEFAULT_LANGUAGE) -> str:
    """The language the built-in library will be shown in: `language` when it has a folder
    under `resources/learn/` and known sources heading and notice, otherwise English."""
    code = language.strip().lower()
    if code != DEFAULT_LANGUAGE and code in LANGUAGES and resource_path("learn", code).is_dir():
        return code
    return DEFAULT_LANGUAGE


def load_library(folder: Path | None = None, language: str = DEFAULT_LANGUAGE) -> Library:
    """Read every `*.md` file in `folder` (default: the app's `resources/learn`, or its
    `language` subfolder when there is one; English otherwise).

    With an explicit `folder`, `language` only says which sources heading and notice to expect
    (English for a language not in `LANGUAGES`)."""
    if folder is None:
        language = library_language(language)
        folder = (
            resource_path("learn")
            if language == DEFAULT_LANGUAGE
            else resource_path("learn", language)
        )
    else:
        language = language.strip().lower()
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
    if not folder.is_dir():
        raise LearnError(f"{folder}: the library folder is missing")
    files = sorted(folder.glob("*.md"))
    if not files:
        raise LearnError(f"{folder}: the library folder has no .md files")
    sections = [parse_section(path, language) for path in files]
    seen: dict[str, Path] = {}
    for section in sections:
        if section.id in seen:
            raise LearnError(
                f"{section.path.name}: id '{section.id}' is already used by {seen[section.id].name}"
            )
        seen[section.id] = section.path
    for section in sections:
        for target in _INTERNAL_LINK_RE.findall(section.markdown):
            if target not in seen:
                raise LearnError(f"{section.path.name}: link to unknown section 'learn:{target}'")
    return Library(sections, language)


def parse_section(path: Path, language: str = DEFAULT_LANGUAGE) -> Section:
    """Parse and check one library file (its sources heading and notice in `language`)."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LearnError(f"{name}: cannot be read ({exc})") from exc
    header, body = _split_header(name, text.replace("\r\n", "\n"))
    for key in _REQUIRED_KEYS:
        if not header.get(key):
            raise LearnError(f"{name}: header is missing '{key}'")

    section_id = header["id"]
    if not _ID_RE.match(section_id):
        raise LearnError(f"{name}: id '{section_id}' must be lowercase words joined by hyphens")
    match = _FILE_RE.match(name)
    if not match or match.group(2) != section_id:
        raise LearnError(f"{name}: file name must be 'NN-{section_id}.md'")
    try:
        order = int(header["order"])
    except ValueError:
        raise LearnError(f"{name}: order '{header['order']}' is not a whole number") from None

    triggers = _codes(name, header.get("triggers", ""), "trigger", TRIGGERS)
    relief = _codes(name, header.get("relief", ""), "relief", RELIEF)
    equipment = _split_list(header.get("equipment", ""))
    for item in equipment:
        if not _ID_RE.match(item):
            raise LearnError(f"{name}: equipment id '{item}' is not lowercase-with-hyphens")

    _check_sources(name, body, language)
    return Section(
        id=section_id,
        title=header["title"],
        order=order,
        summary=header["summary"],
        triggers=triggers,
        relief=relief,
        equipment=equipment,
        markdown=body,
        path=path,
    )


def _split_header(name: str, text: str) -> tuple[dict[str, str], str]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise LearnError(f"{name}: header is missing (the file must start with a '---' line)")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise LearnError(f"{name}: header is not closed with a '---' line") from None
    header: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        key = key.strip()
        if not sep:
            raise LearnError(f"{name}: header line {number} is not 'key: value'")
        if key not in _REQUIRED_KEYS and key not in _LIST_KEYS:
            raise LearnError(f"{name}: header has unknown key '{key}'")
        if key in header:
            raise LearnError(f"{name}: header repeats '{key}'")
        header[key] = value.strip()
    body = "\n".join(lines[end + 1 :]).strip() + "\n"
    return header, body


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _codes(name: str, value: str, kind: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    codes = _split_list(value)
    for code in codes:
        if code not in allowed:
            raise LearnError(f"{name}: unknown {kind} code '{code}'")
    return codes


def _check_sources(name: str, body: str, language: str = DEFAULT_LANGUAGE) -> None:
    heading, notice = LANGUAGES.get(language, LANGUAGES[DEFAULT_LANGUAGE])
    lines = body.split("\n")
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == heading)
    except StopIteration:
        raise LearnError(f"{name}: body has no '{heading}' section") from None
    tail = "\n".join(lines[start + 1 :])
    if not _HTTP_RE.search(tail):
        raise LearnError(f"{name}: the Sources section has no http(s) link")
    if notice not in (line.strip() for line in lines[start + 1 :]):
        raise LearnError(f"{name}: the notice line is missing after the Sources section")


def plain_text(markdown: str) -> str:
    """The readable words of a page: no Markdown marks, no web addresses, no notice line.

    Headings end in a colon and list items in a semicolon, so a snippet cut from the middle
    still reads as text."""
    out: list[str] = []
    for raw in markdown.split("\n"):
        line = raw.strip()
        if not line or line in _NOTICES:
            continue
        heading = line.startswith("#")
        line = _MD_LINK_RE.sub(r"\1", line)
        line = _HTTP_RE.sub("", line)
        line = re.sub(r"^(#+|[-*+]|\d+\.|>)\s+", "", line)
        line = _EMPHASIS_RE.sub("", line)
        line = re.sub(r"\s+—\s*$", "", line).strip()  # a source title left without its address
        if line and line[-1] not in ".,;:!?…":
            line += ":" if heading else ";"
        out.append(line)
    return " ".join(part for part in out if part)


def search_terms(query: str) -> tuple[str, ...]:
    """The lower-case words of a query, without surrounding punctuation, duplicates removed."""
    words = (w.strip(".,;:!?\"'()[]") for w in query.lower().split())
    return tuple(dict.fromkeys(w for w in words if w))


def term_pattern(term: str) -> re.Pattern[str]:
    """How a search word is matched: case-insensitive, at the start of a word ("spasm" finds
    "spasms" but not "antispasmodic"). The window highlights with the same rule."""
    return re.compile(r"(?<!\w)" + re.escape(term), re.IGNORECASE)


class Library:
    """All sections, in reading order, with look-ups used by other pages and a simple search."""

    def __init__(self, sections: Iterable[Section], language: str = DEFAULT_LANGUAGE) -> None:
        self.language = language
        self.sections: tuple[Section, ...] = tuple(sorted(sections, key=lambda s: (s.order, s.id)))
        self._by_id = {s.id: s for s in self.sections}
        self._text = {s.id: plain_text(s.markdown) for s in self.sections}

    def __len__(self) -> int:
        return len(self.sections)

    def get(self, section_id: str) -> Section | None:
        return self._by_id.get(section_id)

    def for_trigger(self, code: str) -> Section | None:
        """The page to read about a trigger; the 'triggers' page when it covers the code."""
        return self._first(lambda s: code in s.triggers, prefer="triggers")

    def for_relief(self, code: str) -> Section | None:
        """The page to read about a relief measure; 'day-to-day' when it covers the code."""
        return self._first(lambda s: code in s.relief, prefer="day-to-day")

    def for_equipment(self, item_id: str) -> Section | None:
        """The page to read about an equipment item; 'adaptive-equipment' when it covers it."""
        return self._first(lambda s: item_id in s.equipment, prefer="adaptive-equipment")

    def _first(self, covers: Callable[[Section], bool], prefer: str) -> Section | None:
        preferred = self._by_id.get(prefer)
        if preferred is not None and covers(preferred):
            return preferred
        return next((s for s in self.sections if covers(s)), None)

    def search(self, query: str) -> list[SearchHit]:
        """Sections containing every word of `query`, best first.

        Words match case-insensitively at the start of a word. A match in the title or summary
        counts three times, and the whole query found as a phrase counts five times more, so
        "be fast" ranks the page about BE FAST above pages that merely say "be" and "fast".
        """
        terms = search_terms(query)
        if not terms:
            return []
        phrase = term_pattern(" ".join(terms)) if len(terms) > 1 else None
        hits: list[SearchHit] = []
        for section in self.sections:
            text = self._text[section.id]
            heading = f"{section.title} {section.summary}"
            counts = [
                3 * len(term_pattern(t).findall(heading)) + len(term_pattern(t).findall(text))
                for t in terms
            ]
            if not all(counts):
                continue
            score = sum(counts)
            if phrase is not None:
                score += 5 * (len(phrase.findall(heading)) + len(phrase.findall(text)))
            hits.append(
                SearchHit(
                    section_id=section.id,
                    title=section.title,
                    snippet=_snippet(text or section.summary, terms),
                    matches=score,
                    terms=terms,
                )
            )
        order = {s.id: i for i, s in enumerate(self.sections)}
        hits.sort(key=lambda h: (-h.matches, order[h.section_id]))
        return hits


def _snippet(text: str, terms: tuple[str, ...]) -> str:
    found = (term_pattern(t).search(text) for t in terms)
    positions = [m.start() for m in found if m is not None]
    if not positions:
        return _shorten(text, 0)
    return _shorten(text, min(positions))


def _shorten(text: str, at: int) -> str:
    """About `_SNIPPET_CHARS` characters from shortly before position `at`, starting at a
    sentence when one starts close by, otherwise at a word, and ending at a word."""
    start = 0
    if at > _SNIPPET_CHARS // 3:
        window = text[max(0, at - _SNIPPET_CHARS // 2) : at]
        sentence = max(window.rfind(". "), window.rfind(": "), window.rfind("; "))
        if sentence >= 0:
            start = at - len(window) + sentence + 2
        else:
            space = text.find(" ", at - _SNIPPET_CHARS // 3)
            start = space + 1 if 0 <= space < at else at
    end = min(len(text), start + _SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", at, end)
        end = space if space > at else end
    snippet = text[start:end].strip().rstrip(";:,")
    if end < len(text):
        snippet = snippet.rstrip(".")
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")
