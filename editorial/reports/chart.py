"""A horizontal bar chart (published against quota per unit) drawn as SVG on the server."""

LABEL_WIDTH = 260
BAR_AREA = 440
ROW_HEIGHT = 34
TOP = 30


def bar_chart(rows):
    """Geometry for templates/editorial/reports/chart.svg: one pair of bars per unit."""
    scale_max = max([row.published for row in rows] + [row.quota for row in rows] + [1])
    bars = []
    for index, row in enumerate(rows):
        y = TOP + index * ROW_HEIGHT
        bars.append(
            {
                "label": row.name,
                "y": y,
                "text_y": y + 14,
                "published": row.published,
                "quota": row.quota,
                "published_width": round(BAR_AREA * row.published / scale_max),
                "quota_width": round(BAR_AREA * row.quota / scale_max),
                "value_x": LABEL_WIDTH + 16 + round(BAR_AREA * max(row.published, row.quota) / scale_max),
                "quota_y": y + 16,
                "below": row.below_quota,
            }
        )
    return {
        "bars": bars,
        "label_width": LABEL_WIDTH,
        "bar_x": LABEL_WIDTH + 10,
        "legend_x": LABEL_WIDTH + 26,
        "legend_quota_x": LABEL_WIDTH + 100,
        "legend_quota_text_x": LABEL_WIDTH + 116,
        "width": LABEL_WIDTH + BAR_AREA + 60,
        "height": TOP + len(rows) * ROW_HEIGHT + 10,
    }
