"""A site's people, workflows and media follow its name (issue #22): its groups "<name> – <role>",
its workflows "<name> – Duyệt tin bài" / "<name> – Duyệt văn bản" with their tasks, and its
collection (components.provisioning) are renamed with it. Wagtail's Sites edit screen (answered
here) runs in one transaction, so a save that fails leaves none of them renamed.

Wagtail's Settings → Sites edit screen refuses a name another site, group, workflow or collection
already has (its address is answered here: components/admin_urls.py); a rename saved some other
way to such a name leaves everything as it was rather than merge two sites' groups.
"""

import logging

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.models import Site, Task, Workflow
from wagtail.sites.forms import SiteForm
from wagtail.sites.views import SiteViewSet

from components.provisioning import (
    document_workflow_name,
    group_name,
    name_error,
    site_group_names,
    workflow_name,
)
from editorial.roles import WORKFLOW_STEPS, collection_of

logger = logging.getLogger(__name__)


def renamed_names(old, new):
    """(model, old name, new name) of what is named after a site called `old`. The default site's
    global groups and workflow have fixed names and are not among them."""
    names = [
        (Group, old_group, new_group)
        for old_group, new_group in zip(site_group_names(old), site_group_names(new), strict=True)
    ]
    names += [(Workflow, workflow_name(old), workflow_name(new))]
    names += [(Workflow, document_workflow_name(old), document_workflow_name(new))]
    names += [(Task, group_name(old, task), group_name(new, task)) for task, _role in WORKFLOW_STEPS]
    return names


def rename_site_objects(old, new):
    for model, old_name, new_name in renamed_names(old, new):
        model.objects.filter(name=old_name).update(name=new_name)
    if (collection := collection_of(old)) is not None:
        collection.name = new
        collection.save(update_fields=["name"])


@receiver(pre_save, sender=Site, dispatch_uid="components.renaming.follow_site_name")
def follow_site_name(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    old = Site.objects.filter(pk=instance.pk).values_list("site_name", flat=True).first()
    new = instance.site_name
    if not old or old == new:
        return
    if error := name_error(new, renamed=instance):
        logger.warning("Site %s renamed to %r: its groups, workflows and collection kept (%s)", instance.pk, new, error)
        return
    rename_site_objects(old, new)


class SiteRenameForm(SiteForm):
    """Wagtail's site form, refusing a new name that is taken (or empty, for a named site)."""

    def clean_site_name(self):
        name = self.cleaned_data["site_name"]
        old = self.initial.get("site_name")
        if self.instance.pk and old and name != old and (error := name_error(name, renamed=self.instance)):
            raise ValidationError(error)
        return name


class RenamingSiteViewSet(SiteViewSet):
    def get_form_class(self, for_update=False):
        return SiteRenameForm


# Wagtail's own "wagtailsites" viewset keeps its URL names; only its edit address is answered here.
site_edit_view = transaction.atomic(RenamingSiteViewSet("wagtailsites", url_prefix="sites").edit_view)
