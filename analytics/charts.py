"""Bar charts drawn as inline SVG on the server: no JavaScript chart library in the admin."""

from dataclasses import dataclass

WIDTH = 720
HEIGHT = 240
MARGIN_LEFT = 56
MARGIN_BOTTOM = 28
MARGIN_TOP = 12
MARGIN_RIGHT = 24
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

    @property
    def center(self) -> float:
        return round(self.x + self.width / 2, 1)


@dataclass(frozen=True)
class GridLine:
    y: float
    value: int


def nice_ceiling(value: int) -> int:
    """The axis top: GRID_LINES round steps (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) reaching `value`."""
    needed = max(value, 1) / GRID_LINES
    magnitude = 10 ** (len(str(int(needed))) - 1)
    step = next(
        s * magnitude
        for s in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10)
        if needed <= s * magnitude and (s * magnitude) % 1 == 0
    )
    return int(step * GRID_LINES)


def bar_chart(points: list[tuple[str, int]], max_labels: int = 12) -> dict:
    """Geometry for `points` [(label, value)] in a WIDTH x HEIGHT box, oldest first."""
    top = nice_ceiling(max((value for _, value in points), default=0))
    plot_width = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
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
        "plot_right": WIDTH - MARGIN_RIGHT,
        "label_y": HEIGHT - 8,
    }
