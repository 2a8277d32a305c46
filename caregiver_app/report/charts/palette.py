"""The colours and type sizes of the printed charts.

Colours come from the Okabe-Ito palette (colour-blind safe), chosen so that things drawn side
by side also differ in lightness and survive a grey-scale printer: sky-blue bars under a black
average line; left / right / both sides as dark blue / orange / light yellow, each outlined.
"""

from __future__ import annotations

from caregiver_app.palette import (  # noqa: F401 - the printed charts' colours, by name
    BLACK,
    BLUE,
    GREEN,
    GRID,
    ORANGE,
    PURPLE,
    SIDES,
    SKY,
    TEXT,
    VERMILLION,
    YELLOW,
)

PALE_SKY = "#CFE8F7"
AXIS = "#4A5560"
SIDE_FILLS = SIDES

TICK_PT = 7.0
TITLE_PT = 7.5
