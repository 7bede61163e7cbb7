"""Overview figures for the console, over the last OVERVIEW_DAYS, and the per-day chart as server-made SVG.

Every query is bounded by a range of request ids (time-ordered), so it reads only the window's rows through
the primary key; entity counts come from the side table audit_entities, not from the records' JSON.
The chart is plain SVG built here, with every label escaped: no chart library, no script.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from html import escape
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.console.review import id_bound
from gateway.errors import ServiceUnavailable
from gateway.storage.tables import audit_entities, audit_records

__all__ = ["OVERVIEW_DAYS", "Overview", "daily_chart_svg", "load_overview"]

OVERVIEW_DAYS = 30
TOP_N = 10
CHART_W, CHART_H, CHART_PAD = 720, 220, 28
CHART_COLOURS = {"blocked": "#c0392b", "masked": "#e0a526"}


@dataclass(frozen=True, slots=True)
class Overview:
    days: list[date]
    per_day: dict[date, dict[str, int]]  # day -> decision -> count (blocked, masked)
    entities: list[tuple[str, int]]
    departments: list[tuple[str, int]]
    providers: list[tuple[str, int]]
    decisions: dict[str, int]


def _as_day(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


async def load_overview(engine: AsyncEngine, today: date | None = None) -> Overview:
    today = today or datetime.now(UTC).date()
    first = today - timedelta(days=OVERVIEW_DAYS - 1)
    lo = id_bound(first)
    c = audit_records.c
    e = audit_entities.c
    day = sa.func.date(c.ts)
    in_window = c.id >= lo
    queries: list[sa.Select[Any]] = [
        sa.select(day.label("day"), c.decision, sa.func.count().label("n"))
        .where(in_window, c.decision.in_(("blocked", "masked")))
        .group_by(day, c.decision),
        sa.select(c.decision, sa.func.count()).where(in_window).group_by(c.decision),
        sa.select(c.department, sa.func.count().label("n"))
        .where(in_window, c.department.is_not(None), c.decision.in_(("blocked", "masked", "warned")))
        .group_by(c.department)
        .order_by(sa.desc("n"))
        .limit(TOP_N),
        sa.select(c.provider_id, sa.func.count().label("n"))
        .where(in_window, c.provider_id.is_not(None))
        .group_by(c.provider_id)
        .order_by(sa.desc("n"))
        .limit(TOP_N),
        sa.select(e.entity, sa.func.sum(e.n).label("n"))
        .where(e.request_id >= lo)
        .group_by(e.entity)
        .order_by(sa.desc("n"))
        .limit(TOP_N),
    ]

    async def run(q: sa.Select[Any]) -> list[Any]:
        async with engine.connect() as conn:
            return list((await conn.execute(q)).all())

    try:
        # Each reads the whole window: on connections of their own they run side by side (PostgreSQL backends;
        # SQLite readers in WAL mode, each on its own thread), so the page takes about as long as the slowest.
        daily, decisions, departments, providers, entities = await asyncio.gather(*(run(q) for q in queries))
    except (SQLAlchemyError, OSError) as exc:
        raise ServiceUnavailable("Audit storage is unreachable.") from exc
    days = [first + timedelta(days=i) for i in range(OVERVIEW_DAYS)]
    per_day: dict[date, dict[str, int]] = {d: {"blocked": 0, "masked": 0} for d in days}
    for raw_day, decision, n in daily:
        d = _as_day(raw_day)
        if d in per_day:
            per_day[d][decision] = int(n)
    return Overview(
        days=days,
        per_day=per_day,
        entities=[(str(e), int(n)) for e, n in entities],
        departments=[(str(d), int(n)) for d, n in departments],
        providers=[(str(p), int(n)) for p, n in providers],
        decisions=dict(Counter({str(k): int(v) for k, v in decisions})),
    )


def daily_chart_svg(ov: Overview, title: str, labels: dict[str, str]) -> str:
    """Stacked bars per day (blocked under masked), an axis with the maximum, and a legend; escaped text."""
    inner_w, inner_h = CHART_W - 2 * CHART_PAD, CHART_H - 2 * CHART_PAD
    peak = max((v["blocked"] + v["masked"] for v in ov.per_day.values()), default=0) or 1
    step = inner_w / len(ov.days)
    bar_w = max(step - 3, 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {CHART_W} {CHART_H}" role="img" '
        f'aria-label="{escape(title)}" class="chart">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{CHART_PAD}" y1="{CHART_H - CHART_PAD}" x2="{CHART_W - CHART_PAD}" '
        f'y2="{CHART_H - CHART_PAD}" stroke="#888"/>',
        f'<text x="2" y="{CHART_PAD + 4}" font-size="11" fill="#555">{peak}</text>',
    ]
    for i, d in enumerate(ov.days):
        x = CHART_PAD + i * step
        y = float(CHART_H - CHART_PAD)
        for decision in ("blocked", "masked"):
            n = ov.per_day[d][decision]
            if not n:
                continue
            h = inner_h * n / peak
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{CHART_COLOURS[decision]}">'
                f"<title>{d.isoformat()} {escape(labels[decision])}: {n}</title></rect>"
            )
        if i % 5 == 0 or i == len(ov.days) - 1:
            parts.append(f'<text x="{x:.1f}" y="{CHART_H - 8}" font-size="10" fill="#555">{d.strftime("%m-%d")}</text>')
    lx = CHART_W - CHART_PAD - 180
    for j, decision in enumerate(("blocked", "masked")):
        parts.append(f'<rect x="{lx + j * 90}" y="6" width="10" height="10" fill="{CHART_COLOURS[decision]}"/>')
        parts.append(f'<text x="{lx + j * 90 + 14}" y="15" font-size="11">{escape(labels[decision])}</text>')
    parts.append("</svg>")
    return "".join(parts)
