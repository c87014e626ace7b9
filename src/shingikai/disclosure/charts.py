"""Bar and line charts as SVG, drawn on the server by matplotlib with the embedded Noto Sans JP.

Text is written as paths (svg.fonttype = "path"), so a chart looks the same in any browser and in the
WeasyPrint PDF without either needing a Japanese font of its own.
"""
from __future__ import annotations

import functools
import io
import threading

_lock = threading.Lock()
COLOURS = ["#1f5f8b", "#d9822b", "#4f9a5a", "#b23b3b", "#7a5aa6", "#8c6d46", "#5b8fa8"]


@functools.cache
def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager
    from matplotlib import pyplot as plt

    from shingikai.documents.fonts import GOTHIC, font_paths

    path = str(font_paths()[GOTHIC])
    font_manager.fontManager.addfont(path)
    family = font_manager.FontProperties(fname=path).get_name()
    plt.rcParams.update({
        "font.family": family, "svg.fonttype": "path", "svg.hashsalt": "shingikai", "font.size": 9,
        "axes.spines.top": False, "axes.spines.right": False,
    })
    return plt


def _svg(fig) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    _pyplot().close(fig)
    svg = buffer.getvalue()
    return svg[svg.index("<svg"):]


def bar_chart(title: str, labels: list[str], values: list[int], *, unit: str = "件") -> str:
    with _lock:
        plt = _pyplot()
        fig, ax = plt.subplots(figsize=(6.2, 2.6 + 0.05 * len(labels)))
        positions = range(len(labels))
        bars = ax.barh(list(positions), values, color=COLOURS[0])
        ax.set_yticks(list(positions), labels)
        ax.invert_yaxis()
        ax.bar_label(bars, labels=[f"{v:,}{unit}" for v in values], padding=3)
        ax.set_title(title, loc="left")
        ax.xaxis.set_visible(False)
        ax.spines["bottom"].set_visible(False)
        return _svg(fig)


def line_chart(title: str, labels: list[str], series: dict[str, list[float | None]], *,
               percent: dict[str, list[float | None]] | None = None) -> str:
    """Lines over `labels`; the `percent` series on an axis of their own (0–100 %, on the right), since a
    share drawn on the axis of the counts reads as one more count."""
    with _lock:
        plt = _pyplot()
        fig, ax = plt.subplots(figsize=(6.2, 2.8))
        colours = iter(COLOURS)
        highest = max((v for values in series.values() for v in values if v is not None), default=0)
        # Headroom above the highest point keeps the legend clear of the lines.
        top = max(1, highest) * 1.45
        ax.set_ylim(0, top)
        ax.set_ylabel("件", rotation=0, labelpad=8)
        # Where each point stands in the plot's height, to set its value on the side away from the other line's.
        heights = [[None if v is None else v / top for v in values] for values in series.values()]
        handles = []
        if percent:
            share = ax.twinx()
            share.spines["right"].set_visible(True)
            share.set_ylim(0, 145)
            share.set_yticks([0, 25, 50, 75, 100])
            share.set_ylabel("%", rotation=0, labelpad=8)
            heights.append([None if v is None else v / 145 for v in next(iter(percent.values()))])
        for name, values in series.items():
            handles += _plot(ax, labels, name, values, next(colours), "{:,.0f}", heights[0], heights[-1])
        for name, values in (percent or {}).items():
            handles += _plot(share, labels, name, values, next(colours), "{:,.0f}%", heights[-1], heights[0])
        ax.set_title(title, loc="left")
        ax.legend(handles=handles, frameon=False, loc="upper left", ncols=len(handles))
        return _svg(fig)


def _plot(ax, labels, name, values, colour, label_format, own, other):
    """One line with each point's value, set above the point unless the other line's point stands higher there."""
    handles = ax.plot(labels, values, marker="o", color=colour, label=name)
    for x, y, mine, theirs in zip(labels, values, own, other):
        if y is not None:
            above = theirs is None or mine is None or mine >= theirs
            ax.annotate(label_format.format(y), (x, y), textcoords="offset points", xytext=(0, 5 if above else -13),
                        ha="center", color=colour)
    return handles
