"""Bar charts drawn as inline SVG on the server: no JavaScript chart library in the admin."""

from dataclasses import dataclass

WIDTH = 720
HEIGHT = 240
MARGIN_LEFT = 56
MARGIN_BOTTOM = 28
MARGIN_TOP = 12
GRID_LINES = 4


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: int
    show_label: bool


@dataclass(frozen=True)
class GridLine:
    y: float
    value: int


def nice_ceiling(value: int) -> int:
    """The smallest of 1, 2, 2.5 or 5 times a power of ten at least `value`."""
    if value <= 0:
        return 1
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return int(step * magnitude)
    return 10 * magnitude


def bar_chart(points: list[tuple[str, int]], max_labels: int = 12) -> dict:
    """Geometry for `points` [(label, value)] in a WIDTH x HEIGHT box, oldest first."""
    top = nice_ceiling(max((value for _, value in points), default=0))
    plot_width = WIDTH - MARGIN_LEFT
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    slot = plot_width / max(len(points), 1)
    label_every = max(1, -(-len(points) // max_labels))
    bars = []
    for index, (label, value) in enumerate(points):
        height = plot_height * value / top
        bars.append(
            Bar(
                x=round(MARGIN_LEFT + index * slot + slot * 0.15, 1),
                y=round(MARGIN_TOP + plot_height - height, 1),
                width=round(slot * 0.7, 1),
                height=round(height, 1),
                label=label,
                value=value,
                show_label=(len(points) - 1 - index) % label_every == 0,
            )
        )
    grid = [
        GridLine(y=round(MARGIN_TOP + plot_height * (1 - step / GRID_LINES), 1), value=top * step // GRID_LINES)
        for step in range(GRID_LINES + 1)
    ]
    return {
        "bars": bars,
        "grid": grid,
        "width": WIDTH,
        "height": HEIGHT,
        "plot_left": MARGIN_LEFT,
        "label_y": HEIGHT - 8,
        "slot": slot,
    }
