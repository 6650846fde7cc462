"""Inline SVG charts for the report: a training loss curve and pass-rate bars with CI whiskers.

Pure Python, no URLs (inline SVG in HTML needs no xmlns), every label escaped.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup, escape

STAGE_COLORS = {"base": "#64748b", "adapter": "#d97706", "merged": "#2563eb"}
FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"'


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """About ``count`` round tick values covering [lo, hi]."""
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return [0.0, 1.0]
    if hi <= lo:
        hi = lo + (abs(lo) or 1.0)
    raw = (hi - lo) / max(count - 1, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks, t = [], start
    while t < hi + step * 0.999:
        ticks.append(round(t, 10))
        t += step
    return ticks


def _fmt_tick(v: float) -> str:
    if v == int(v) and abs(v) >= 1:
        return f"{int(v):,}"
    return f"{v:.3g}"


def loss_chart(
    loss: Sequence[Sequence[float]],
    eval_loss: Sequence[Sequence[float]] | None = None,
    width: int = 760,
    height: int = 300,
) -> Markup:
    """Training loss (solid line) and eval loss (dashed, dots) against optimizer step."""
    series = [("train loss", [(float(s), float(v)) for s, v in loss], "#2563eb", "")]
    if eval_loss:
        series.append(("eval loss", [(float(s), float(v)) for s, v in eval_loss], "#dc2626", "6 4"))
    points = [p for _, pts, _, _ in series for p in pts if math.isfinite(p[1])]
    if not points:
        return Markup("")
    ml, mr, mt, mb = 56, 16, 28, 44
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    xt = nice_ticks(min(xs), max(xs), 6)
    yt = nice_ticks(min(ys), max(ys), 5)
    x0, x1, y0, y1 = xt[0], xt[-1], yt[0], yt[-1]

    def px(x: float) -> float:
        return ml + (x - x0) / (x1 - x0) * (width - ml - mr)

    def py(y: float) -> float:
        return height - mb - (y - y0) / (y1 - y0) * (height - mt - mb)

    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-labelledby="loss-title" {FONT} font-size="12">',
        '<title id="loss-title">Training loss by step</title>',
    ]
    for t in yt:
        out.append(f'<line x1="{ml}" x2="{width - mr}" y1="{py(t):.1f}" y2="{py(t):.1f}" stroke="#e5e7eb"/>')
        out.append(f'<text x="{ml - 8}" y="{py(t) + 4:.1f}" text-anchor="end" fill="#6b7280">{_fmt_tick(t)}</text>')
    for t in xt:
        out.append(f'<line x1="{px(t):.1f}" x2="{px(t):.1f}" y1="{height - mb}" y2="{height - mb + 5}" stroke="#9ca3af"/>')
        out.append(f'<text x="{px(t):.1f}" y="{height - mb + 18}" text-anchor="middle" fill="#6b7280">{_fmt_tick(t)}</text>')
    out.append(f'<line x1="{ml}" x2="{width - mr}" y1="{height - mb}" y2="{height - mb}" stroke="#9ca3af"/>')
    out.append(f'<line x1="{ml}" x2="{ml}" y1="{mt}" y2="{height - mb}" stroke="#9ca3af"/>')
    out.append(f'<text x="{(ml + width - mr) / 2:.0f}" y="{height - 6}" text-anchor="middle" fill="#374151">step</text>')
    out.append(f'<text transform="translate(14 {(mt + height - mb) / 2:.0f}) rotate(-90)" text-anchor="middle" '
               'fill="#374151">loss</text>')
    for i, (name, pts, color, dash) in enumerate(series):
        pts = [p for p in pts if math.isfinite(p[1])]
        coords = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in pts)
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        cls = "loss-train" if i == 0 else "loss-eval"
        out.append(f'<polyline class="{cls}" points="{coords}" fill="none" stroke="{color}" stroke-width="2"'
                   f' stroke-linejoin="round"{dash_attr}/>')
        if i > 0 or len(pts) == 1:
            out.extend(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3.5" fill="{color}"/>' for x, y in pts)
        lx = width - mr - 190 + i * 95
        out.append(f'<line x1="{lx}" x2="{lx + 20}" y1="{mt - 12}" y2="{mt - 12}" stroke="{color}" '
                   f'stroke-width="2"{dash_attr}/>')
        out.append(f'<text x="{lx + 26}" y="{mt - 8}" fill="#374151">{escape(name)}</text>')
    out.append("</svg>")
    return Markup("\n".join(out))


def bar_chart(
    groups: Sequence[tuple[str, Sequence[tuple[str, float, Sequence[float] | None]]]],
    width: int = 760,
    height: int = 280,
) -> Markup:
    """Grouped bars in percent: ``groups`` is [(label, [(stage, value 0..1, ci95 or None), ...])]."""
    groups = [(g, bars) for g, bars in groups if bars]
    if not groups:
        return Markup("")
    ml, mr, mt, mb = 48, 16, 46, 40
    plot_w, plot_h = width - ml - mr, height - mt - mb
    stages = list(dict.fromkeys(s for _, bars in groups for s, _, _ in bars))

    def py(v: float) -> float:
        return mt + plot_h * (1 - max(0.0, min(1.0, v)))

    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-labelledby="bars-title" {FONT} font-size="12">',
        '<title id="bars-title">Pass rates by stage with 95% confidence intervals</title>',
    ]
    for t in range(0, 101, 20):
        y = py(t / 100)
        out.append(f'<line x1="{ml}" x2="{width - mr}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e7eb"/>')
        out.append(f'<text x="{ml - 8}" y="{y + 4:.1f}" text-anchor="end" fill="#6b7280">{t}%</text>')
    gw = plot_w / len(groups)
    bw = min(56.0, gw * 0.7 / max(len(stages), 1))
    for gi, (label, bars) in enumerate(groups):
        cx = ml + gw * (gi + 0.5)
        start = cx - bw * len(bars) / 2
        for bi, (stage, value, ci) in enumerate(bars):
            x = start + bi * bw
            color = STAGE_COLORS.get(stage, "#6b7280")
            out.append(f'<rect x="{x + 3:.1f}" y="{py(value):.1f}" width="{bw - 6:.1f}" '
                       f'height="{py(0) - py(value):.1f}" rx="2" fill="{color}">'
                       f'<title>{escape(stage)}: {100 * value:.1f}%</title></rect>')
            mid = x + bw / 2
            top = py(value)
            if ci and all(math.isfinite(c) for c in ci):
                lo, hi = py(ci[0]), py(ci[1])
                out.append(f'<path d="M{mid:.1f} {lo:.1f}V{hi:.1f}M{mid - 5:.1f} {lo:.1f}h10M{mid - 5:.1f} '
                           f'{hi:.1f}h10" stroke="#111827" stroke-width="1.3" fill="none"/>')
                top = min(top, hi)
            out.append(f'<text x="{mid:.1f}" y="{top - 5:.1f}" text-anchor="middle" fill="#111827" '
                       f'font-size="11">{100 * value:.1f}</text>')
        out.append(f'<text x="{cx:.1f}" y="{height - mb + 18}" text-anchor="middle" fill="#374151">'
                   f"{escape(label)}</text>")
    out.append(f'<line x1="{ml}" x2="{width - mr}" y1="{py(0):.1f}" y2="{py(0):.1f}" stroke="#9ca3af"/>')
    for i, stage in enumerate(stages):
        lx = ml + 8 + i * 110
        out.append(f'<rect x="{lx}" y="4" width="12" height="12" rx="2" '
                   f'fill="{STAGE_COLORS.get(stage, "#6b7280")}"/>')
        out.append(f'<text x="{lx + 18}" y="14" fill="#374151">{escape(stage)}</text>')
    out.append("</svg>")
    return Markup("\n".join(out))
