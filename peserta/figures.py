"""Plotly figures, one function per chart, named for what it shows. Pure: data in, Figure out."""

from __future__ import annotations

from typing import Final

import pandas as pd
import plotly.graph_objects as go

from peserta.stats import format_count, format_share

SECTOR_COLOURS: Final[dict[str, str]] = {
    "central": "#1f4e79",
    "regional": "#c55a11",
    "other": "#7f7f7f",
    "unknown": "#bfbfbf",
}


def participants_by_sector(counts: pd.DataFrame, *, keep_empty: bool = False) -> go.Figure:
    """Bar chart of count_by_sector's table: K/L vs Pemda (other/unknown only when present)."""
    shown = (
        counts
        if keep_empty
        else counts[(counts["count"] > 0) | counts["sector"].isin(["central", "regional"])]
    )
    texts = [
        f"{format_count(int(c))} ({format_share(float(s))})"
        for c, s in zip(shown["count"], shown["share"], strict=True)
    ]
    figure = go.Figure(
        go.Bar(
            x=shown["label"].tolist(),
            y=shown["count"].tolist(),
            text=texts,
            textposition="outside",
            marker_color=[SECTOR_COLOURS[s] for s in shown["sector"]],
            hovertemplate="%{x}: %{text}<extra></extra>",
        )
    )
    figure.update_layout(
        separators=",.",
        yaxis_title="Peserta",
        xaxis_title=None,
        showlegend=False,
        margin={"t": 30, "b": 10, "l": 10, "r": 10},
        height=360,
    )
    figure.update_yaxes(rangemode="tozero", tickformat=",d")
    return figure
