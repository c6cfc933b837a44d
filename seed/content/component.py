"""A smaller demo for a component site of the platform (seed/data/platform.json): its settings, units,
a few articles of its own and one account per board role in its own groups.

The site is found in the file by its hostname; units and articles are matched by name and title
within the site, so running it again creates nothing new.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from components.provisioning import group_name
from editorial.models import EditorProfile, Unit
from editorial.roles import site_collection
from news_pages.models import NewsIndexPage, NewsPage
from seed import data
from seed.content.news import _category, _publish
from seed.content.royalties import load_tables
from seed.content.units import demo_account
from seed.images import demo_image
from site_home.models import SiteSettings


def spec_for(site):
    return next(spec for spec in data.load("platform")["components"] if spec["hostname"] == site.hostname)


def load(site, out):
    spec = spec_for(site)
    home = site.root_page.specific
    if not home.intro:
        home.intro = spec["intro"]
        home.save_revision().publish()
    site_settings = SiteSettings.for_site(site)
    if not site_settings.address:
        for field, value in spec["settings"].items():
            setattr(site_settings, field, value)
        site_settings.save()

    load_tables(data.load("royalties"), site)  # its own rate tables, for its chair to confirm royalties

    units = {}
    for order, (short_name, name) in enumerate(spec["units"]):
        units[short_name], _ = Unit.objects.get_or_create(
            site=site, short_name=short_name, defaults={"name": name, "sort_order": order}
        )

    index = NewsIndexPage.objects.child_of(home).first()
    category = _category(index, *spec["category"])
    existing = set(NewsPage.objects.descendant_of(index).values_list("title", flat=True))
    now = timezone.now()
    for number, (title, summary, unit) in enumerate(spec["articles"]):
        if title in existing:
            continue
        article = NewsPage(
            title=title,
            summary=summary,
            body=[("paragraph", f"<p>{summary}</p>")],
            unit=units[unit],
            featured_image=demo_image(200 + number, title, site_collection(site)),
            featured_image_caption=f"{title} (ảnh minh họa)",
        )
        _publish(category, article, now - timedelta(days=1 + number * 3))
    out(f"  {site.site_name}: {len(units)} đơn vị, {NewsPage.objects.descendant_of(index).live().count()} tin bài")

    if not settings.DEBUG:
        return
    for username, first_name, last_name, role, unit in spec["accounts"]:
        user = demo_account(site, username, first_name, last_name, group_name(site.site_name, role))
        if unit:
            EditorProfile.objects.update_or_create(user=user, defaults={"unit": units[unit]})


def account_lines(site):
    """This site's demo accounts, one line each, for `load_demo_content`'s last lines."""
    lines = []
    for username, _first, _last, role, unit in spec_for(site)["accounts"]:
        lines.append(f"    {username:<18} {role}" + (f" – {unit}" if unit else ""))
    return lines
