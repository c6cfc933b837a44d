"""The site's information pages in the site search (search.sources)."""

from django.utils.translation import gettext_lazy as _

from search.sources import register

register(
    "trang",
    _("Trang thông tin"),
    "site_home.StandardPage",
    "first_published_at",
    60,
    summary_fields=("summary", "body"),
)
