"""Demo content for this area (filled in by its issue)."""


def load(command):
    pass
