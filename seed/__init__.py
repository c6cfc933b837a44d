"""One way to make data, in three sizes.

- `seed.factories`: factory_boy factories, one module per area; the tests build with them.
- `seed_site(site)`: the demo a visitor sees (home, sections, documents, Q&A, accounts…) in one
  Wagtail Site's tree, from the plain files under `seed/data/`; `manage.py load_demo_content`
  runs it for the default site. Running it again changes nothing.
- `seed.bulk.generate(scale)`: the benchmark's bulk rows (10k, 100k) on top of the demo
  structure; `python -m bench generate --scale 10k` runs it.
"""

from importlib import import_module

# Order matters: later areas refer to what earlier ones create (units, topics, the sections).
AREAS = [
    "home",
    "topics",
    "units",
    "about",  # needs the units
    "procedures",
    "access_info",  # links to the sections above
    "news",
    "documents",
    "questions",
    "calendar",
    "consultations",
    "disclosure",
    "workflow",  # needs the news section: articles through the board's workflow
    "royalties",  # last month's articles with their approved royalty statement
    "statistics",  # views of every page made above, so a second run finds nothing new to count
]


def seed_site(site, out=print, areas=AREAS):
    """Fill `site` (a wagtail Site whose root page is a HomePage) with the demo; `out` gets a line per area."""
    from django.db import transaction

    for name in areas:
        with transaction.atomic():
            import_module(f"seed.content.{name}").load(site, out)
