"""The home page, its Site and settings, and a planned maintenance announced ahead."""

import datetime

from django.utils import timezone
from wagtail.models import Page, Site

from core.working_days import add_working_days
from seed import data
from site_home.models import HomePage, MaintenanceWindow, SiteSettings


def default_site():
    """The default Site on a demo HomePage, replacing Wagtail's placeholder welcome page once."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site
    home = HomePage.objects.first()
    if home is None:
        # Keep the placeholder's slug free for the home page.
        Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
        home = Page.get_first_root_node().add_child(
            instance=HomePage(
                title="Trang chủ",
                slug="trang-chu",
                intro="Thông tin chỉ đạo, điều hành và văn bản về công tác nội vụ của tỉnh.",
                agency_links=[("agency", agency) for agency in data.load("site")["agencies"]],
            )
        )
    if site is None:
        return Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    site.root_page = home
    site.save()
    return site


def load(site, out):
    values = data.load("site")["settings"]
    if site.site_name != values["department_name"]:
        site.site_name = values["department_name"]
        site.save()
    site_settings = SiteSettings.for_site(site)
    if not site_settings.address:
        for field, value in values.items():
            setattr(site_settings, field, value)
        site_settings.save()
    if not MaintenanceWindow.objects.filter(site=site).exists():
        # The latest start whose notice shows from today (the admin form, not counting today, wants one day more).
        day = add_working_days(timezone.localdate(), 7)
        starts = timezone.make_aware(datetime.datetime.combine(day, datetime.time(22, 0)))
        MaintenanceWindow.objects.create(
            site=site,
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=6),
            still_available=data.load("site")["maintenance_still_available"],
        )
    out("  Trang chủ, thông tin cơ quan và lịch bảo trì: xong")
