"""The demo's words, kept as plain files beside this module: JSON, a CSV export and one text."""

import json
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).parent


def path(name: str) -> Path:
    return FOLDER / name


@cache
def load(name: str):
    """The parsed `<name>.json`."""
    return json.loads(path(f"{name}.json").read_text(encoding="utf-8"))


def strings(*names, min_length=12):
    """Every text of at least `min_length` characters in the named files, in file order."""

    def walk(value):
        if isinstance(value, str):
            if len(value) >= min_length:
                yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from walk(item)
        elif isinstance(value, list):
            for item in value:
                yield from walk(item)

    for name in names:
        yield from walk(load(name))
