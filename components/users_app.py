"""Wagtail's users app with the site-scoped people screen (components.people): listed in
INSTALLED_APPS in place of "wagtail.users", as Wagtail documents for a custom user viewset."""

from wagtail.users.apps import WagtailUsersAppConfig


class SiteUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "components.people.UserViewSet"
