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
    reviewed: 2026-12-07
    ---

The body is Markdown. It must end with a "## Sources" section listing the pages it was checked
against (`- Organisation — Page title`, a web address after a further ` — ` when known) and the
standard notice line; `reviewed` is the day it was last checked against them, shown at the end
of the page (`review_line`). Links between pages use the `learn:section-id` scheme.

A paragraph or list item ending in `{#anchor-id}` can be opened directly ("Learn more" about an
equipment item opens `learn:adaptive-equipment#rocker-knife`); the marker is not shown. An
equipment item's anchor is its catalogue id.

Search understands the words people type (Botox, fits, brace) through `synonyms.json` beside the
pages of each language: `{"botox": ["botulinum toxin"], ...}`.

No Qt here: the window renders the Markdown, this module only knows what the pages say.

Translations live in a subfolder named by language code (`resources/learn/es/`), with the same
file names, ids and header codes; only the title, summary and body are translated. Each language
has its own sources heading and notice line (`LANGUAGES`). `load_library(language=...)` falls
back to English when there is no folder for the language.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Sequence
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
# Each language also needs its review line and month names in `_REVIEW`.
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
_SOURCE_TITLES = frozenset(heading.lstrip("# ") for heading, _ in LANGUAGES.values())
_REVIEW: dict[str, tuple[str, tuple[str, ...]]] = {
    DEFAULT_LANGUAGE: (
        "Last reviewed on {day} {month} {year}, against the sources listed above.",
        ("January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"),
    ),
    "es": (
        "Revisado por última vez el {day} de {month} de {year}, con las fuentes de arriba.",
        ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"),
    ),
}  # fmt: skip
LINK_SCHEME = "learn"
SYNONYMS_FILE = "synonyms.json"

_REQUIRED_KEYS = ("id", "title", "order", "summary", "reviewed")
_LIST_KEYS = ("triggers", "relief", "equipment")
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FILE_RE = re.compile(r"^(\d+)-(.+)\.md$")
_HTTP_RE = re.compile(r"https?://\S+")
_INTERNAL_LINK_RE = re.compile(rf"\]\({LINK_SCHEME}:([^)\s]*)\)")
_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS_RE = re.compile(r"\*+|`|(?<!\w)_+|_+(?!\w)")
_SNIPPET_CHARS = 160
_ANCHOR_RE = re.compile(r"\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$")
_SOURCE_RE = re.compile(r"^- (\S.*?\S) — (?!https?://)(\S.*?\S)(?: — (https?://\S+))?$")


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
    markdown: str  # without the {#anchor} markers
    path: Path
    reviewed: dt.date = dt.date(1970, 1, 1)
    sources: tuple[str, ...] = ()  # "Organisation — Page title", as listed under Sources
    anchors: tuple[tuple[str, str], ...] = ()  # (anchor id, the start of its paragraph's text)

    def anchor_text(self, anchor: str) -> str | None:
        """How the paragraph with `anchor` starts, as shown on screen; None if there is none."""
        return dict(self.anchors).get(anchor)


@dataclass(frozen=True)
class SearchHit:
    section_id: str
    title: str
    snippet: str
    matches: int
    terms: tuple[str, ...]  # every word or phrase to highlight (typed words and their synonyms)


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
    return Library(sections, language, load_synonyms(folder))


def load_synonyms(folder: Path) -> dict[str, tuple[str, ...]]:
    """The `synonyms.json` of a library folder ({} when there is none): what people type, each
    with the words the pages use for it. Keys and words are lower-case."""
    path = folder / SYNONYMS_FILE
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LearnError(f"{SYNONYMS_FILE}: cannot be read ({exc})") from exc
    if not isinstance(data, dict):
        raise LearnError(f"{SYNONYMS_FILE}: must be an object of word: [words]")
    synonyms: dict[str, tuple[str, ...]] = {}
    for key, words in data.items():
        if key.startswith("_"):
            continue  # a comment
        if (
            key != key.strip().lower()
            or not key
            or not isinstance(words, list)
            or not words
            or not all(isinstance(w, str) and w == w.strip().lower() and w for w in words)
        ):
            raise LearnError(
                f"{SYNONYMS_FILE}: '{key}' must be lower-case and list lower-case words"
            )
        synonyms[key] = tuple(words)
    return synonyms


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

    try:
        reviewed = dt.date.fromisoformat(header["reviewed"])
    except ValueError:
        raise LearnError(
            f"{name}: reviewed '{header['reviewed']}' is not a date like 2026-12-07"
        ) from None
    sources = _check_sources(name, body, language)
    body, anchors = _take_anchors(name, body)
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
        reviewed=reviewed,
        sources=sources,
        anchors=anchors,
    )


def _take_anchors(name: str, body: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The body without its `{#anchor}` markers, and each anchor with its paragraph's text."""
    lines: list[str] = []
    anchors: dict[str, str] = {}
    for line in body.split("\n"):
        match = _ANCHOR_RE.search(line)
        if match is not None:
            anchor = match.group(1)
            if anchor in anchors:
                raise LearnError(f"{name}: anchor '{anchor}' is used twice")
            line = line[: match.start()]
            anchors[anchor] = shown_text(line)
        lines.append(line)
    return "\n".join(lines), tuple(anchors.items())


def shown_text(line: str) -> str:
    """One Markdown line as the window shows it: no list mark, emphasis or link targets."""
    line = _MD_LINK_RE.sub(r"\1", line.strip())
    line = re.sub(r"^(#+|[-*+]|\d+\.|>)\s+", "", line)
    return _EMPHASIS_RE.sub("", line).strip()


def review_line(section: Section, language: str = DEFAULT_LANGUAGE) -> str:
    """The line at the end of a page: when it was last checked, and against what."""
    text, months = _REVIEW.get(language, _REVIEW[DEFAULT_LANGUAGE])
    day = section.reviewed
    return text.format(day=day.day, month=months[day.month - 1], year=day.year)


def page_markdown(section: Section, language: str = DEFAULT_LANGUAGE) -> str:
    """The whole page as shown and printed: its title, the body, and the review line just
    before the closing notice."""
    body = section.markdown.rstrip("\n")
    notice = LANGUAGES.get(language, LANGUAGES[DEFAULT_LANGUAGE])[1]
    review = f"*{review_line(section, language)}*"
    if body.endswith(notice):
        body = f"{body[: -len(notice)].rstrip()}\n\n{review}\n\n{notice}"
    else:
        body = f"{body}\n\n{review}"
    return f"# {section.title}\n\n{body}\n"


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


def _check_sources(name: str, body: str, language: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """The sources listed (each "Organisation — Page title"); raises when there are none, a
    line is not of that form, or the notice line is missing."""
    heading, notice = LANGUAGES.get(language, LANGUAGES[DEFAULT_LANGUAGE])
    lines = body.split("\n")
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == heading)
    except StopIteration:
        raise LearnError(f"{name}: body has no '{heading}' section") from None
    sources: list[str] = []
    for line in lines[start + 1 :]:
        if line.startswith("- "):
            match = _SOURCE_RE.match(line.strip())
            if match is None:
                raise LearnError(
                    f"{name}: source '{line[2:].strip()}' is not 'Organisation — Page title'"
                )
            sources.append(f"{match.group(1)} — {match.group(2)}")
    if not sources:
        raise LearnError(f"{name}: the Sources section lists no sources")
    if notice not in (line.strip() for line in lines[start + 1 :]):
        raise LearnError(f"{name}: the notice line is missing after the Sources section")
    return tuple(sources)


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


_FOLD = {
    "a": "aáàâä", "e": "eéèêë", "i": "iíìîï", "o": "oóòôö", "u": "uúùûü", "n": "nñ", "c": "cç",
}  # fmt: skip
_FOLD_OF = {ch: base for base, chars in _FOLD.items() for ch in chars}


def term_regex(term: str) -> str:
    """The regular expression for a search word: at the start of a word, and blind to accents
    ("crisis epileptica" finds "crisis epiléptica"). Python's `re` and Qt's
    QRegularExpression read it alike; the window highlights with it."""
    parts = []
    for ch in term.lower():
        base = _FOLD_OF.get(ch)
        parts.append(f"[{_FOLD[base]}]" if base else re.escape(ch))
    return r"(?<!\w)" + "".join(parts)


def term_pattern(term: str) -> re.Pattern[str]:
    """How a search word is matched: case-insensitive, accent-blind, at the start of a word
    ("spasm" finds "spasms" but not "antispasmodic")."""
    return re.compile(term_regex(term), re.IGNORECASE)


class Library:
    """All sections, in reading order, with look-ups used by other pages and a simple search."""

    def __init__(
        self,
        sections: Iterable[Section],
        language: str = DEFAULT_LANGUAGE,
        synonyms: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.language = language
        self.sections: tuple[Section, ...] = tuple(sorted(sections, key=lambda s: (s.order, s.id)))
        self.synonyms: dict[str, tuple[str, ...]] = dict(synonyms or {})
        self._by_id = {s.id: s for s in self.sections}
        self._text = {s.id: plain_text(s.markdown) for s in self.sections}
        self._paragraphs: dict[str, list[str]] = {}
        self._headings: dict[str, set[int]] = {}
        for s in self.sections:
            lines = [line for line in s.markdown.split("\n") if shown_text(line)]
            self._paragraphs[s.id] = [shown_text(line) for line in lines]
            self._headings[s.id] = {i for i, line in enumerate(lines) if line.startswith("#")}

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
        """The page to read about an equipment item: the one with a paragraph anchored at the
        item's id, else 'adaptive-equipment' when it lists the item, else the first that does."""
        anchored = next((s for s in self.sections if s.anchor_text(item_id) is not None), None)
        if anchored is not None and item_id in anchored.equipment:
            return anchored
        return self._first(lambda s: item_id in s.equipment, prefer="adaptive-equipment")

    def _first(self, covers: Callable[[Section], bool], prefer: str) -> Section | None:
        preferred = self._by_id.get(prefer)
        if preferred is not None and covers(preferred):
            return preferred
        return next((s for s in self.sections if covers(s)), None)

    def query_groups(self, query: str) -> tuple[tuple[str, ...], ...]:
        """What a query looks for: one group per typed word, each the word and the words the
        pages use for it (synonyms.json). A whole query that is itself a synonym ("baclofen
        pump", "bomba de baclofeno") is one group. A page must match every group."""
        terms = search_terms(query)
        if not terms:
            return ()
        whole = " ".join(terms)
        if len(terms) > 1 and whole in self.synonyms:
            return ((whole, *self.synonyms[whole]),)
        return tuple(
            tuple(dict.fromkeys((t, *self.synonyms.get(t, ()), *self._stem_synonyms(t))))
            for t in terms
        )

    def _stem_synonyms(self, term: str) -> tuple[str, ...]:
        """Synonyms of the singular of a typed plural ("cramps" -> those of "cramp")."""
        for ending in ("es", "s"):
            if term.endswith(ending) and term[: -len(ending)] in self.synonyms:
                return self.synonyms[term[: -len(ending)]]
        return ()

    def search(self, query: str) -> list[SearchHit]:
        """Sections matching every word of `query` (or a word the pages use for it), best first.

        Words match case-insensitively at the start of a word. A match in the title or summary
        counts three times, and the whole query found as a phrase counts five times more, so
        "be fast" ranks the page about BE FAST above pages that merely say "be" and "fast".
        The snippet comes from the paragraph that matches best (`best_paragraph`).
        """
        groups = self.query_groups(query)
        if not groups:
            return []
        terms = search_terms(query)
        phrase = term_pattern(" ".join(terms)) if len(terms) > 1 else None
        flat = tuple(dict.fromkeys(t for group in groups for t in group))
        hits: list[SearchHit] = []
        for section in self.sections:
            text = self._text[section.id]
            heading = f"{section.title} {section.summary}"
            counts = [
                sum(
                    3 * len(term_pattern(t).findall(heading)) + len(term_pattern(t).findall(text))
                    for t in group
                )
                for group in groups
            ]
            if not all(counts):
                continue
            score = sum(counts)
            if phrase is not None:
                score += 5 * (len(phrase.findall(heading)) + len(phrase.findall(text)))
            paragraphs = self._paragraphs[section.id]
            best = best_paragraph(paragraphs, groups)
            source = text or section.summary
            if best is not None:
                source = paragraphs[best]
                if best in self._headings[section.id] and best + 1 < len(paragraphs):
                    # a heading alone says little: the snippet goes on into the text below it
                    source = f"{source.rstrip(':')}: {paragraphs[best + 1]}"
            hits.append(
                SearchHit(
                    section_id=section.id,
                    title=section.title,
                    snippet=_snippet(source, flat),
                    matches=score,
                    terms=flat,
                )
            )
        order = {s.id: i for i, s in enumerate(self.sections)}
        hits.sort(key=lambda h: (-h.matches, order[h.section_id]))
        return hits


def best_paragraph(paragraphs: Sequence[str], groups: Sequence[Sequence[str]]) -> int | None:
    """The index of the paragraph that answers a search best: the most of its groups matched,
    then the most matches of the words as typed (the first of each group), then the most
    matches of any word, then the earliest; None when none matches. The window uses the same
    rule on the shown page to scroll to the right paragraph. The list of sources at the end
    counts only when nothing above it matches: a source's title ("... ataque cerebral") is not
    the answer to a search."""
    end = next(
        (i for i, p in enumerate(paragraphs) if p.strip() in _SOURCE_TITLES), len(paragraphs)
    )
    found = _best_of(paragraphs, range(end), groups)
    return found if found is not None else _best_of(paragraphs, range(len(paragraphs)), groups)


def _best_of(
    paragraphs: Sequence[str], indexes: Iterable[int], groups: Sequence[Sequence[str]]
) -> int | None:
    best: tuple[int, int, int] = (0, 0, 0)
    found: int | None = None
    for index in indexes:
        paragraph = paragraphs[index]
        counts = [[len(term_pattern(t).findall(paragraph)) for t in g] for g in groups]
        score = (
            sum(1 for c in counts if any(c)),
            sum(c[0] for c in counts if c),
            sum(sum(c) for c in counts),
        )
        if score > best:
            best, found = score, index
    return found


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
