"""Bases for the project's own admin screens."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton


class AdminScreenMixin(WagtailAdminTemplateMixin):
    """An admin screen whose header names it after "Trang chủ", as Wagtail's own screens do.

    Wagtail's mixin stops its breadcrumbs at the home item, and the header shows the last item,
    so a screen that adds nothing reads "Trang chủ" as its title.
    """

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class ConfirmScreen(AdminScreenMixin, FormView):
    """A screen that asks before doing one thing: what will happen (`warning`), and one button.

    The button is named after the screen unless `submit_label` says otherwise; a subclass with a
    warning that depends on the object passes `warning` to `get_context_data`.
    """

    template_name = "editorial/admin/confirm_form.html"
    form_class = forms.Form
    header_icon = "warning"
    warning = ""
    submit_label = None

    def get_context_data(self, **kwargs):
        kwargs.setdefault("warning", self.warning)
        label = self.submit_label or self.get_page_title()
        return super().get_context_data(
            action_url=self.request.get_full_path(),
            submit_button_label=label,
            submit_button_active_label=label,
            **kwargs,
        )


class OmittedViewsMixin:
    """A viewset without some of its views, e.g. no "add" for what only citizens send.

    The views' URLs are not registered and no button links to them.
    """

    omitted_views = ("add",)

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(**{f"{name}_url_name": None for name in self.omitted_views}, **kwargs)

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name not in self.omitted_views]


class ImportButtonMixin:
    """A listing's "import from a file" button, shown to whoever may add to the listing."""

    import_url_name = None

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if self.permission_policy.user_has_permission(self.request.user, "add"):
            buttons.append(
                HeaderButton(_("Nhập từ tệp CSV/XLSX"), url=reverse(self.import_url_name), icon_name="upload")
            )
        return buttons


class ImportFileForm(forms.Form):
    """A spreadsheet upload (the `file` field) refused above `max_megabytes`."""

    max_megabytes = 5

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.max_megabytes * 1024 * 1024:
            raise forms.ValidationError(
                _("Tệp quá lớn; tối đa %(size)s MB. Hãy chia thành nhiều tệp.") % {"size": self.max_megabytes}
            )
        return upload


class ImportScreen(WagtailAdminTemplateMixin, FormView):
    """An import screen under a listing, for whoever holds all of `required_permissions`."""

    header_icon = "upload"
    required_permissions = ()
    listing_url_name = None
    listing_label = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perms(self.required_permissions):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.listing_url_name), "label": self.listing_label},
            {"url": "", "label": self.get_page_title()},
        ]
