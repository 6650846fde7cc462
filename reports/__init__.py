"""Report rendering: one self-contained HTML file and a Markdown summary per run."""

from reports.compare import build_comparisons
from reports.render import render_report

__all__ = ["build_comparisons", "render_report"]
