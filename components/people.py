"""Người dùng (Settings → Users) for a site's admins: the people and groups of their sites only.

A group is of a site when it is the site's own ("<site_name> – <role>", components.provisioning)
or when every page permission it holds lies within the sites. A site admin lists, edits and
creates people of those groups only, grants those groups only, and never grants the platform's
administrator rights: without this, Wagtail's user form lets anyone who may add users make an
administrator or put someone in another site's groups. Superusers and the platform admins keep
Wagtail's whole screen. The viewset replaces Wagtail's through the users app's `user_viewset`
(components.users_app, in INSTALLED_APPS in place of "wagtail.users").
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users
from wagtail.users.views.bulk_actions.assign_role import AssignRoleBulkAction

from components.membership import groups_of_user_sites, people_of_user_sites, works_on_every_site
from components.viewsets import guard_urlpatterns

User = get_user_model()


class SiteGroupsFormMixin:
    """The groups offered are the user's sites' groups; a person's groups of other sites are kept
    as they are; "Quản trị viên" (superuser) is the platform admins' to grant."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_user = for_user
        self.groups_before = list(self.instance.groups.all()) if self.instance.pk else []
        if for_user is None or works_on_every_site(for_user):
            return
        self.fields.pop("is_superuser", None)
        groups = self.fields["groups"]
        groups.queryset = groups_of_user_sites(for_user)
        # A person of no group would be nobody's to see again (people_of_user_sites).
        groups.required = True
        groups.error_messages["required"] = _("Hãy chọn ít nhất một nhóm của trang.")

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit and self.for_user is not None and not works_on_every_site(self.for_user):
            user.groups.add(*set(self.groups_before) - set(groups_of_user_sites(self.for_user)))
        return user


class SiteUserCreationForm(SiteGroupsFormMixin, UserCreationForm):
    pass


class SiteUserEditForm(SiteGroupsFormMixin, UserEditForm):
    pass


class SiteFormKwargsMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class UserFilterSet(users.UserFilterSet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.request is not None:
            self.filters["group"].queryset = groups_of_user_sites(self.request.user)


class IndexView(users.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(pk__in=people_of_user_sites(self.request.user).values("pk"))


class CreateView(SiteFormKwargsMixin, users.CreateView):
    pass


class EditView(SiteFormKwargsMixin, users.EditView):
    pass


class UserViewSet(users.UserViewSet):
    filterset_class = UserFilterSet
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView

    def get_form_class(self, for_update=False):
        return SiteUserEditForm if for_update else SiteUserCreationForm

    def get_urlpatterns(self):
        return guard_urlpatterns(super().get_urlpatterns(), person_is_visible)


def person_is_visible(request, pk):
    try:
        return people_of_user_sites(request.user).filter(pk=pk).exists()
    except (ValueError, ValidationError):
        return False


class SiteAssignRoleBulkAction(AssignRoleBulkAction):
    """Users → select → "Assign role": the roles offered are the user's sites' groups."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["role"].queryset = groups_of_user_sites(self.request.user)
        return form
