from django.apps import AppConfig


class ComponentsConfig(AppConfig):
    name = "components"
    verbose_name = "Trang thành phần"

    def ready(self):
        from components import renaming  # noqa: F401 (connects the receiver that renames a site's groups)
