"""Small, dependency-free SVG bar charts for the batch index.

The batch page must work offline and print, so charts are drawn here as
inline SVG rather than by a JS charting library. Every label is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from markupsafe import Markup

_WIDTH, _HEIGHT = 560, 230
_LEFT, _RIGHT, _TOP, _BOTTOM = 44, 12, 14, 46


@dataclass(frozen=True)
class Bar:
    label: str
    value: Optional[float]
    note: str = ""


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def bar_chart(
    bars: Sequence[Bar],
    *,
    chart_id: str,
    title: str,
    y_max: float,
    y_ticks: Sequence[float],
    value_text: Callable[[float], str],
) -> Markup:
    """A labelled bar chart; a bar whose value is None is drawn as a 'no data' gap."""
    plot_w, plot_h = _WIDTH - _LEFT - _RIGHT, _HEIGHT - _TOP - _BOTTOM
    slot = plot_w / max(len(bars), 1)
    bar_w = min(48.0, slot * 0.7)
    parts: list[Markup] = [
        Markup('<svg class="chart" id="{0}" viewBox="0 0 {1} {2}" width="100%" role="img" '
               'aria-labelledby="{0}-title" preserveAspectRatio="xMinYMin meet" '
               'xmlns="http://www.w3.org/2000/svg">').format(chart_id, _WIDTH, _HEIGHT),
        Markup('<title id="{}-title">{}</title>').format(chart_id, title),
    ]

    def y_of(v: float) -> float:
        return _TOP + plot_h * (1 - min(max(v, 0.0), y_max) / y_max)

    for tick in y_ticks:
        y = _fmt(y_of(tick))
        parts.append(Markup('<line class="grid" x1="{}" x2="{}" y1="{}" y2="{}" stroke="#d9d5cc"/>')
                     .format(_LEFT, _WIDTH - _RIGHT, y, y))
        parts.append(Markup('<text class="tick" x="{}" y="{}" text-anchor="end" dominant-baseline="middle" '
                            'font-size="11" fill="#5d5a54">{}</text>').format(_LEFT - 6, y, value_text(tick)))

    rotate = len(bars) > 8
    for i, bar in enumerate(bars):
        cx = _LEFT + slot * (i + 0.5)
        label_y = _HEIGHT - _BOTTOM + 16
        anchor = "end" if rotate else "middle"
        transform = Markup(' transform="rotate(-40 {} {})"').format(_fmt(cx), label_y) if rotate else ""
        parts.append(Markup('<text class="xlabel" x="{}" y="{}" text-anchor="{}" font-size="11" fill="#1d1c1a"{}>'
                            '{}</text>').format(_fmt(cx), label_y, anchor, transform, bar.label))
        if bar.value is None:
            parts.append(Markup('<text class="nodata" x="{}" y="{}" text-anchor="middle" font-size="10" '
                                'fill="#5d5a54">no data</text>').format(_fmt(cx), _fmt(_TOP + plot_h - 6)))
            continue
        top = y_of(bar.value)
        described = f"{bar.label}: {value_text(bar.value)}" + (f" ({bar.note})" if bar.note else "")
        parts.append(Markup('<g class="bar"><title>{}</title><rect x="{}" y="{}" width="{}" height="{}" '
                            'fill="#0b5f9e" stroke="#1d1c1a" stroke-width="0.5"/>'
                            '<text x="{}" y="{}" text-anchor="middle" font-size="11" fill="#1d1c1a">{}</text></g>')
                     .format(described, _fmt(cx - bar_w / 2), _fmt(top), _fmt(bar_w),
                             _fmt(_TOP + plot_h - top), _fmt(cx), _fmt(top - 4), value_text(bar.value)))

    parts.append(Markup('<line x1="{0}" x2="{1}" y1="{2}" y2="{2}" stroke="#1d1c1a"/>')
                 .format(_LEFT, _WIDTH - _RIGHT, _fmt(_TOP + plot_h)))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)

