"""Progress charts (PNG): hours by topic against required, and cumulative hours against pace."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from bot.messages import Image
from bot.rules import Progress
from store.models import Completion

SIZE_INCHES = (9.0, 3.6)
DPI = 100  # 900 x 360 pixels: readable in a Slack message and a Teams card
EARNED, REQUIRED, PACE = "#2a7ab0", "#d0d7de", "#c2410c"


def progress_chart(progress: Progress, completions: Sequence[Completion], today: date) -> bytes:
    """One license's chart as PNG bytes (pure Agg: no display, no pyplot global state)."""
    rows = [("Total", progress.total_counted_range[0], progress.total_required)]
    rows += [(t.label, t.earned, t.required) for t in progress.topics if t.applies]
    excluded = {done_id for done_id, _ in progress.excluded}
    start, end = progress.cycle_start, progress.renewal_date
    counted = sorted(
        (done.completed_on, done.hours)
        for done in completions
        if start <= done.completed_on <= end and done.id not in excluded
    )
    title = f"{progress.license_label} — renews {end:%b %-d, %Y}"
    return _draw(title, tuple(rows), tuple(counted), start, end, today, progress.total_required)


@lru_cache(maxsize=256)  # drawing takes ~0.2 s of CPU; the same numbers give the same picture
def _draw(
    title: str,
    rows: tuple[tuple[str, float, float | None], ...],
    counted: tuple[tuple[date, float], ...],
    start: date,
    end: date,
    today: date,
    required: float | None,
) -> bytes:
    # matplotlib (~0.5 s to import) is loaded by the first chart, not by every process.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=SIZE_INCHES, dpi=DPI)
    FigureCanvasAgg(figure)
    by_topic, over_time = figure.subplots(1, 2, gridspec_kw={"width_ratios": (1.1, 1)})
    _by_topic(by_topic, rows)
    _over_time(over_time, counted, start, end, today, required)
    figure.suptitle(title)
    figure.subplots_adjust(left=0.25, right=0.97, bottom=0.16, top=0.84, wspace=0.35)
    png = io.BytesIO()
    figure.savefig(png, format="png", dpi=DPI)
    return png.getvalue()


def _by_topic(axes, rows) -> None:
    labels = [_short(label) for label, _, _ in rows][::-1]
    earned = [e for _, e, _ in rows][::-1]
    required = [r or 0 for _, _, r in rows][::-1]
    axes.barh(labels, required, color=REQUIRED, label="required")
    axes.barh(labels, earned, color=EARNED, height=0.5, label="earned")
    axes.set_xlabel("hours")
    axes.set_title("Hours by topic", fontsize=10)
    axes.tick_params(axis="y", labelsize=8)
    axes.legend(fontsize=7, loc="lower right")


def _over_time(axes, counted, start: date, end: date, today: date, required) -> None:
    days, totals, running = [start], [0.0], 0.0
    for day, hours in counted:
        running += hours
        days.append(day)
        totals.append(running)
    days.append(min(max(today, start), end))
    totals.append(running)
    axes.step(days, totals, where="post", color=EARNED, label="your hours")
    if required:
        axes.plot([start, end], [0, required], "--", color=PACE, label="pace")
    axes.axvline(today, color="#888888", linewidth=0.8)
    axes.set_xlim(start, end)
    axes.set_ylim(bottom=0)
    axes.set_title("Hours over the cycle", fontsize=10)
    axes.tick_params(axis="x", labelsize=7, rotation=20)
    axes.legend(fontsize=7, loc="upper left")


def _short(label: str, width: int = 28) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def chart_image(progress: Progress, completions: Sequence[Completion], today: date) -> Image:
    """The chart as an Image reply; its alt text carries the numbers for text-only platforms."""
    total = (
        f"{progress.counted_words} of {progress.total_required:g} h"
        if progress.total_required is not None
        else f"{progress.counted_words} h (total unknown)"
    )
    topics = "; ".join(
        f"{t.label} {t.earned:g}/{'?' if t.required is None else format(t.required, 'g')} h"
        for t in progress.topics
        if t.applies
    )
    alt = f"Progress chart for {progress.license_label}: {total}" + (
        f"; {topics}" if topics else ""
    )
    return Image(progress_chart(progress, completions, today), alt)
