"""The administrative procedures the department handles, in the site search and the catalogue's filter."""

from django.utils.translation import gettext_lazy as _

from search.sources import register

register(
    "thu-tuc",
    _("Thủ tục hành chính"),
    "procedures.Procedure",
    "updated_at",
    40,
    title_field="name",
    summary_fields=("field",),
    public_filter={"is_active": True},
)
