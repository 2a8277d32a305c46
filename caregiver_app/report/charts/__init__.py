"""Charts for paper, drawn with QPainter straight onto the page: vector, sharp at any zoom.

Every axis says what it counts and in which unit. Each `draw_*` function paints into a rectangle
in device pixels; `Metrics` turns millimetres and points into pixels for the device (a 300 dpi
PDF, a 1200 dpi printer, a preview). Text is drawn as real text, so a PDF's chart labels can be
selected and searched.

One module per chart: `episodes` (episodes a day, with treatment markers), `severity_pain`,
`counts` (by hour of the day and by day of the week) and `regions` (by body region and side).
What they share: `bins` (a bar a day, a week or a month, and what each bar shows), `ticks`
(round numbers and natural dates for the axes), `plot` (the frame a chart draws in: axes, tick
labels, titles, legend), `marks` (pens, bars, point markers, legend swatches) and `palette`
(colours and type sizes). Callers import the `draw_*` functions from their modules.
"""
