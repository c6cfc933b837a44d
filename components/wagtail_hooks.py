"""Settings → Trang thành phần, for platform admins."""

from wagtail import hooks

from components.views import ComponentViewSet


@hooks.register("register_admin_viewset")
def register_component_viewset():
    return ComponentViewSet()
