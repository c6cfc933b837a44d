from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RoyaltiesConfig(AppConfig):
    name = "royalties"
    verbose_name = _("Nhuận bút")

    def ready(self):
        from editorial.roles import groups_ready
        from royalties.roles import setup_royalty_groups

        groups_ready.connect(setup_royalty_groups, dispatch_uid="royalties_groups")
