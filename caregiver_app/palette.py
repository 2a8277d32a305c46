"""The Okabe-Ito palette (colour-blind safe), shared by the charts on screen and in print.

Hex strings only (no Qt), so both the window's charts (ui/charts/style.py) and the printed
ones (report/charts/palette.py) take their colours from one place.
"""

from __future__ import annotations

BLACK = "#000000"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"

# Left / right / both sides, on screen and in print alike: they also differ in lightness (dark
# blue, orange, light yellow), so they survive a grey-scale printer; each bar is outlined.
SIDES = {"left": BLUE, "right": ORANGE, "both": YELLOW}

# Not Okabe-Ito: the text and grid lines of every chart.
TEXT = "#1F2933"
GRID = "#D5DBE1"
