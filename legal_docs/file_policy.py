"""Files follow their item: a file the public sees changes only through the item's workflow.

Wagtail's document policy lets whoever uploaded a file (or has `change` on its collection) edit,
replace or delete it, and the change is public at once. Here a file shown by a live item (see
`legal_docs.access`) is locked for everyone who may not publish: to replace it, the editor uploads
a new file and attaches it in a new draft of the item, which the board and the chair approve; the
public keeps the old file until then. Those who publish (the chair, site admins) keep the right.

Registered for the document model in LegalDocsConfig.ready(), so every Wagtail view (edit,
replace, delete, bulk actions, the listing) asks it.
"""

from django.db.models import Q
from wagtail.documents import get_document_model_string
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy

from legal_docs.access import shown_by_live_content

LOCKED_ACTIONS = {"change", "delete"}
PUBLISH_PERMISSION = "legal_docs.publish_legaldocument"


def may_change_live_files(user):
    """Changing a file the public sees is publishing it: only those who publish may."""
    return user.is_active and user.has_perm(PUBLISH_PERMISSION)


class LiveFilePermissionPolicy(CollectionOwnershipPermissionPolicy):
    def locks(self, user, actions):
        return bool(set(actions) & LOCKED_ACTIONS) and not may_change_live_files(user)

    def is_shown_live(self, instance):
        return self.model._default_manager.filter(pk=instance.pk).filter(shown_by_live_content()).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if self.locks(user, actions) and self.is_shown_live(instance):
            actions = set(actions) - LOCKED_ACTIONS
            if not actions:
                return False
        return super().user_has_any_permission_for_instance(user, actions, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if not self.locks(user, actions):
            return instances
        unlocked = instances.exclude(shown_by_live_content())
        if other_actions := set(actions) - LOCKED_ACTIONS:
            return instances.filter(
                Q(pk__in=unlocked.values("pk"))
                | Q(pk__in=super().instances_user_has_any_permission_for(user, other_actions).values("pk"))
            )
        return unlocked


def document_permission_policy():
    """Wagtail's own arguments (wagtail.documents.get_permission_policy), with the lock above."""
    return LiveFilePermissionPolicy(
        get_document_model_string(), auth_model="wagtaildocs.Document", owner_field_name="uploaded_by_user"
    )
