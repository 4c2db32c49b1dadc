"""The digest's chart (PNG): how many reports stand where, one bar per status."""

from __future__ import annotations

import io
from functools import lru_cache

COLOURS = {
    "complete": "#15803d",
    "on_track": "#2a7ab0",
    "at_risk": "#d97706",
    "overdue": "#b91c1c",
    "unknown": "#9ca3af",
    "not_set_up": "#d0d7de",
}
LABELS = {"on_track": "on track", "at_risk": "at risk", "not_set_up": "not set up"}


@lru_cache(maxsize=256)  # ~0.1 s of CPU to draw; many teams share the same counts
def digest_chart(counts: tuple[tuple[str, int], ...]) -> bytes:
    """Reports per status as a horizontal bar chart (pure Agg, no pyplot state)."""
    # Imported by the first digest chart, not by every process that imports the digests.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    shown = [(status, n) for status, n in counts if n or status in ("complete", "overdue")]
    figure = Figure(figsize=(6.0, 2.6), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.subplots()
    labels = [LABELS.get(status, status) for status, _ in shown][::-1]
    values = [n for _, n in shown][::-1]
    axes.barh(labels, values, color=[COLOURS[s] for s, _ in shown][::-1])
    for y, value in enumerate(values):
        axes.text(value, y, f" {value}", va="center", fontsize=9)
    axes.set_xlabel("people")
    axes.set_title("Where your team stands", fontsize=10)
    axes.set_xlim(0, max([*values, 1]) * 1.15)
    figure.subplots_adjust(left=0.22, right=0.97, bottom=0.2, top=0.86)
    png = io.BytesIO()
    figure.savefig(png, format="png")
    return png.getvalue()
