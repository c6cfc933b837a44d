"""New articles and documents carry their author's unit by default."""

from django.dispatch import receiver
from wagtail.signals import init_new_page

from components.viewsets import SiteWorkflowCreateView


def unit_of(user):
    """The unit a user edits for, or None (board members and administrators may have none)."""
    if user is None or not user.is_authenticated:
        return None
    profile = getattr(user, "editor_profile", None)
    return profile.unit if profile else None


def assign_author_unit(obj, user):
    if not hasattr(obj, "unit_id") or obj.unit_id is not None:
        return
    if unit := unit_of(user):
        obj.unit = unit


@receiver(init_new_page)
def preset_page_unit(sender, page, parent, **kwargs):
    # The create view sets the owner to the requesting user before sending the signal.
    assign_author_unit(page, page.owner)


class AuthorUnitCreateViewMixin:
    """For a snippet viewset's `add_view_class`: the create form starts with the author's unit."""

    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance() or self.model()
        assign_author_unit(instance, self.request.user)
        return instance


class AuthorUnitSnippetCreateView(AuthorUnitCreateViewMixin, SiteWorkflowCreateView):
    """`add_view_class` for site-owned snippets with a `unit` field (legal documents)."""
