"""A plain Flesch-Kincaid grade for the Learn pages (English), with a simple syllable counter.

Good enough to keep pages near a reading grade of 8: it counts vowel groups, drops a silent final
"e", and counts at least one syllable a word. Sentences end at . ! ? and at the end of a heading
or list item, since each is read as a unit."""

from __future__ import annotations

import re

from caregiver_app.services.learn import shown_text

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


def syllables(word: str) -> int:
    word = word.lower().strip("'’")
    if len(word) <= 3:
        return 1
    word = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", word)
    word = re.sub(r"^y", "", word)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", word)))


def body_lines(markdown: str, sources_heading: str = "## Sources") -> list[str]:
    """The readable lines of a page, without the Sources list and notice."""
    body = markdown.split(f"\n{sources_heading}\n")[0]
    return [shown_text(line) for line in body.split("\n") if line.strip()]


def grade(lines: list[str]) -> float:
    sentences = 0
    words: list[str] = []
    for line in lines:
        parts = [p for p in re.split(r"(?<=[.!?])\s+", line) if _WORD.search(p)]
        sentences += len(parts)
        words += _WORD.findall(line)
    if not words or not sentences:
        return 0.0
    syl = sum(syllables(w) for w in words)
    return 0.39 * len(words) / sentences + 11.8 * syl / len(words) - 15.59
