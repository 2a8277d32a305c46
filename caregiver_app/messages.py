"""Messages with stable codes, so the window can say them in the user's language. No Qt.

Both `store/` and `services/` say what went wrong with a `Message`: a code, its parameters, and
the English template it was made from (each layer keeps its own table of templates: see
store/messages.py and services/messages.py; ui/service_text.py translates every code). `str()`
gives the English sentence, which the command line and the logs use.

A parameter may itself be a message (e.g. why a backup failed, inside "the update was not
made"); the window translates it too. A number with decimals is a message as well (`number`),
so the window writes it the reader's way ("17,2" in Spanish). A `MessageError` is an exception
that says one message.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

# Codes that belong to no layer: a text passed through as it is, several sentences in a row,
# and a number with a fixed count of decimals.
ENGLISH: dict[str, str] = {"text": "{text}", "sentences": "{first} {then}", "number": "{value}"}


def fill(template: str, values: Mapping[str, str]) -> str:
    """`template` with each {name} replaced by its value (nothing else in it is touched)."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template


@dataclass(frozen=True)
class Message:
    code: str
    params: tuple[tuple[str, str | Message], ...] = ()
    english: str = dataclasses.field(default="", compare=False, repr=False)

    def values(self) -> dict[str, str]:
        """The parameters as English text."""
        return {name: str(value) for name, value in self.params}

    def __str__(self) -> str:
        return fill(self.english, self.values())


def make(english: Mapping[str, str], code: str, /, **params: object) -> Message:
    """The message `code` of the table `english`; a parameter that is a Message stays one."""
    if code not in english:
        raise KeyError(f"no message with the code {code!r}")
    return Message(
        code,
        tuple(
            (name, value if isinstance(value, Message) else str(value))
            for name, value in params.items()
        ),
        english[code],
    )


def plain(text: str) -> Message:
    """A text that has no code of its own; shown as it is."""
    return make(ENGLISH, "text", text=text)


def number(value: float, decimals: int) -> Message:
    """A number to put in a message: "17.2" in English, in the reader's style in the window."""
    return make(ENGLISH, "number", value=f"{value:.{decimals}f}", decimals=decimals)


def joined(said: tuple[Message, ...]) -> Message:
    """Several sentences as one message ("First. Second."), each still translated on its own."""
    if not said:
        return plain("")
    first, *rest = said
    if not rest:
        return first
    return make(ENGLISH, "sentences", first=first, then=joined(tuple(rest)))


class MessageError(Exception):
    """An error that says what went wrong with a message (`said`); `str()` is the English."""

    def __init__(self, said: Message | str) -> None:
        self.said = said if isinstance(said, Message) else plain(said)
        super().__init__(str(self.said))
