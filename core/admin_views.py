"""A base for the project's own admin screens."""

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class AdminScreenMixin(WagtailAdminTemplateMixin):
    """An admin screen whose header names it after "Trang chủ", as Wagtail's own screens do.

    Wagtail's mixin stops its breadcrumbs at the home item, and the header shows the last item,
    so a screen that adds nothing reads "Trang chủ" as its title.
    """

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]
