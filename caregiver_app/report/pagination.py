"""Placing a flow of blocks on pages: a block split where it allows it, a heading kept with
what follows it, a page break starting a new page (never an empty one).

Only measures (`Block.wrap`, `min_height`, `split`); painting the pages is `document.render_flow`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from caregiver_app.report.blocks import Block, Metrics, PageBreak


@dataclass
class Placed:
    block: Block
    y: float


def paginate(
    blocks: Sequence[Block], m: Metrics, width: float, height: float
) -> list[list[Placed]]:
    """Blocks placed on pages: split where they allow it, a heading kept with what follows,
    a page break starting a new page (never an empty one)."""
    pages: list[list[Placed]] = [[]]
    y = 0.0
    queue = list(reversed(blocks))
    while queue:
        block = queue.pop()
        if isinstance(block, PageBreak):
            if pages[-1]:
                pages.append([])
                y = 0.0
            continue
        gap = m.mm(block.space_before_mm) if y > 0 else 0.0
        need = block.wrap(m, width)
        if block.keep_with_next:
            # A heading (and its caption) goes with the first piece of what follows.
            for following in reversed(queue):
                if isinstance(following, PageBreak):
                    break
                need += m.mm(following.space_before_mm)
                if not following.keep_with_next:
                    need += following.min_height(m, width)
                    break
                need += following.wrap(m, width)
        if y + gap + need <= height:
            pages[-1].append(Placed(block, y + gap))
            y += gap + block.wrap(m, width)
            continue
        if not block.keep_with_next:
            parts = block.split(m, width, height - y - gap)
            if parts is not None:
                head, tail = parts
                pages[-1].append(Placed(head, y + gap))
                pages.append([])
                y = 0.0
                queue.append(tail)
                continue
        if y > 0:  # start it on a new page
            pages.append([])
            y = 0.0
            queue.append(block)
            continue
        # Taller than a whole page: cut it wherever it allows; else the page edge cuts it.
        parts = block.split(m, width, height, strict=False)
        if parts is not None:
            head, tail = parts
            pages[-1].append(Placed(head, 0.0))
            pages.append([])
            queue.append(tail)
            continue
        pages[-1].append(Placed(block, 0.0))
        y = block.wrap(m, width)
    if len(pages) > 1 and not pages[-1]:
        pages.pop()
    return pages
