"""The colours and type sizes of the printed charts.

Colours come from the Okabe-Ito palette (colour-blind safe), chosen so that things drawn side
by side also differ in lightness and survive a grey-scale printer: sky-blue bars under a black
average line; left / right / both sides as dark blue / orange / light yellow, each outlined.
"""

from __future__ import annotations

BLACK = "#000000"
ORANGE = "#E69F00"
SKY = "#56B4E9"
PALE_SKY = "#CFE8F7"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
AXIS = "#4A5560"
GRID = "#D5DBE1"
TEXT = "#1F2933"
SIDE_FILLS = {"left": BLUE, "right": ORANGE, "both": YELLOW}

TICK_PT = 7.0
TITLE_PT = 7.5
