"""A permission policy for the screens of rows that belong to no site but concern them all (the
mail outbox, search promotions): its model permissions count only for a person who works on
every site, so a component's people cannot read or change what other sites own."""

from wagtail.permission_policies import ModelPermissionPolicy

from components.membership import works_on_all_sites


class AllSitesPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return works_on_all_sites(user) and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return works_on_all_sites(user) and super().user_has_any_permission(user, actions)
