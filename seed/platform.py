"""The demo platform of the 2026 province (seed/data/platform.json): four Wagtail Sites on one installation.

- The Sở Nội vụ is the installation's first, default site with the full demo (`seed_site`) and the
  board's global groups, as before the platform. It answers on `sonoivu.localhost` and, being the
  default site, on `127.0.0.1` (an address, not a name: components.middleware).
- The province's portal on `localhost`, the Sở Tư pháp and a phường are components made by
  `components.provisioning.create_component`, each with a smaller demo of its own
  (`seed.content.component`) and its own groups and accounts.
"""

from django.db import transaction
from wagtail.models import Site

import seed
from components.provisioning import create_component
from seed import data
from seed.content.home import default_site


def seed_platform(out=print):
    """Create what is missing of the four sites and fill them; returns them, the default site first."""
    plan = data.load("platform")
    with transaction.atomic():
        home_site = default_site()
        # Before the platform the default site answered on `localhost`, which is now the portal's.
        if home_site.hostname != plan["default_hostname"]:
            home_site.hostname = plan["default_hostname"]
            home_site.save()
    seed.seed_site(home_site, out=out)
    sites = [home_site]
    for spec in plan["components"]:
        site = Site.objects.filter(hostname=spec["hostname"]).first()
        if site is None:
            site = create_component(spec["name"], spec["hostname"], kind=spec["kind"], slug=spec["slug"]).site
        seed.seed_site(site, out=out, areas=["component"])
        sites.append(site)
    return sites
