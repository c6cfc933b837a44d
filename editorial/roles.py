"""The board's groups, their permissions and the "Duyệt tin bài" workflow, created idempotently.

Content models of other areas are looked up by name, so this runs before those areas exist and
picks them up when they do (run `manage.py setup_editorial` again after adding one).
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.dispatch import Signal
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Task,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.permissions import policy_registry

from components.membership import sites_for_user
from components.workflows import COMPONENT_WORKFLOW_SUFFIX

UNIT_EDITORS = "Biên tập viên đơn vị"
BOARD_MEMBERS = "Thành viên Ban Biên tập"
BOARD_CHAIR = "Trưởng Ban Biên tập"
SITE_ADMINS = "Quản trị trang"
ROLE_GROUPS = [UNIT_EDITORS, BOARD_MEMBERS, BOARD_CHAIR, SITE_ADMINS]

# What Wagtail's own migrations create and this site never uses (English names, in every admin list).
WAGTAIL_DEFAULT_GROUPS = ["Moderators", "Editors"]
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

WORKFLOW_NAME = "Duyệt tin bài"
REVIEW_TASK_NAME = "Thành viên Ban Biên tập duyệt"
FINAL_TASK_NAME = "Trưởng Ban Biên tập phê duyệt"
# The workflow's steps in order, each approved by one role's group.
WORKFLOW_STEPS = [(REVIEW_TASK_NAME, BOARD_MEMBERS), (FINAL_TASK_NAME, BOARD_CHAIR)]

# Page types whose subtree unit editors may write in; the workflow itself covers every site.
EDITOR_SECTION_MODELS = ["news_pages.NewsIndexPage"]
# Snippets that go through the board's workflow: "app_label.ModelName".
WORKFLOW_SNIPPET_MODELS = [
    "legal_docs.LegalDocument",
    "feedback.Question",  # a question carries its answer
    "work_calendar.WorkCalendarEntry",
    "consultations.DraftDocument",
    "disclosure.DisclosureItem",
]
# Snippets whose workflow is named after them; same steps and groups as WORKFLOW_NAME.
OWN_WORKFLOW_NAMES = {"legal_docs.LegalDocument": "Duyệt văn bản"}

# Finishing the workflow publishes as the approver, so the group of its LAST step needs `publish`; any
# earlier group with it would be offered Wagtail's plain "Xuất bản", which skips the remaining steps.
PUBLISHING_GROUPS = [BOARD_CHAIR, SITE_ADMINS]

# Page permissions per group, granted on the editor sections (editors) or each site's root page.
PAGE_PERMISSIONS = {
    UNIT_EDITORS: ["add", "change"],
    BOARD_MEMBERS: ["add", "change", "lock"],
    BOARD_CHAIR: ["add", "change", "publish", "lock", "unlock"],
    SITE_ADMINS: ["add", "change", "publish", "bulk_delete", "lock", "unlock"],
}
# Snippet permissions per group (publish: see PUBLISHING_GROUPS).
SNIPPET_ACTIONS = {
    UNIT_EDITORS: ["add", "change"],
    BOARD_MEMBERS: ["add", "change"],
    BOARD_CHAIR: ["add", "change", "publish"],
    SITE_ADMINS: ["add", "change", "delete", "publish", "lock", "unlock"],
}
COLLECTION_ACTIONS = {
    UNIT_EDITORS: ["add", "choose"],
    BOARD_MEMBERS: ["add", "choose", "change"],
    BOARD_CHAIR: ["add", "choose", "change"],
    SITE_ADMINS: ["add", "choose", "change", "delete"],
}
# Plain model permissions ("app_label.codename") beyond admin access.
# Citizens' feedback is handled by the board (and site admins), who also read the visit report; the
# outbox holds citizens' addresses and is the site admins' alone. Missing areas are skipped.
FEEDBACK_HANDLING = ["feedback.view_feedback", "feedback.change_feedback", "analytics.view_dailyvisits"]
EXTRA_PERMISSIONS = {
    UNIT_EDITORS: ["editorial.view_unit"],  # their own unit only (editorial.scope), not the report
    BOARD_MEMBERS: ["editorial.view_unit", *FEEDBACK_HANDLING],
    BOARD_CHAIR: [
        "editorial.view_unit",
        "editorial.change_unit",
        "editorial.add_unit",
        *FEEDBACK_HANDLING,
        "access_info.view_informationrequest",
        "access_info.change_informationrequest",
    ],
    SITE_ADMINS: [
        *FEEDBACK_HANDLING,
        "feedback.view_pendingemail",
        "feedback.change_pendingemail",
        "editorial.add_unit",
        "editorial.change_unit",
        "editorial.view_unit",
        "editorial.add_editorprofile",
        "editorial.change_editorprofile",
        "editorial.delete_editorprofile",
        "editorial.view_editorprofile",
        "site_home.change_sitesettings",
        "access_info.view_informationrequest",
        "access_info.change_informationrequest",
        "auth.add_user",
        "auth.change_user",
        "auth.view_user",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
    ],
}


def optional_models(labels):
    found = []
    for label in labels:
        try:
            found.append(apps.get_model(label))
        except LookupError:
            continue
    return found


def site_group_name(site_name, role):
    """The group holding `role` on one component site only (components.provisioning creates them)."""
    return f"{site_name} – {role}"


def sites_with_role(user, *roles):
    """The sites on which `user` holds one of `roles`, as a lazy queryset (usable as `site__in=`).

    A component site's own groups "<site_name> – <role>" count on that site alone; the global group
    of a role counts on the sites the user works on that are not components (the installation's own
    site and those set up before components), whose people are the global groups. Superusers hold
    every role everywhere.
    """
    if not user.is_authenticated or not user.is_active:
        return Site.objects.none()
    if user.is_superuser:
        return Site.objects.all()
    names = set(user.groups.values_list("name", flat=True))
    own_sites = [
        name.removesuffix(suffix)
        for name in names
        for suffix in (f" – {role}" for role in roles)
        if name.endswith(suffix)
    ]
    query = Q(site_name__in=own_sites)
    if names.intersection(roles):
        not_component = ~Q(root_page__workflowpage__workflow__name__endswith=COMPONENT_WORKFLOW_SUFFIX)
        query |= Q(not_component, pk__in=sites_for_user(user))
    return Site.objects.filter(query)


def has_role(user, role, site):
    """Whether `user` holds `role` (one of ROLE_GROUPS, or a list of them) on `site`."""
    roles = [role] if isinstance(role, str) else role
    return site is not None and sites_with_role(user, *roles).filter(pk=site.pk).exists()


def users_with_role(role, site):
    """The active users holding `role` on `site` through its groups (superusers excluded)."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.filter(is_active=True)
    own = users.filter(groups__name=site_group_name(site.site_name, role))
    if component_roots().filter(pk=site.root_page_id).exists():
        return own
    return (own | users.filter(groups__name=role)).distinct()


def component_roots():
    """Roots of the component sites that have their own groups and workflow "<site> – Duyệt tin bài"
    (components.provisioning): the global groups and workflow stay out of them."""
    return Page.objects.filter(workflowpage__workflow__name__endswith=COMPONENT_WORKFLOW_SUFFIX)


def editor_sections():
    """Pages under which unit editors may create content: the news index(es) once they exist."""
    pages = Page.objects.none()
    for model in optional_models(EDITOR_SECTION_MODELS):
        pages = pages | Page.objects.type(model)
    for root in component_roots():
        pages = pages.not_descendant_of(root)
    return list(pages)


def site_roots():
    components = component_roots()
    return [site.root_page for site in Site.objects.select_related("root_page") if site.root_page not in components]


def permission(label):
    app_label, codename = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def existing_permissions(labels):
    """The permissions named "app_label.codename" whose app is installed."""
    query = Q(pk__in=[])
    for label in labels:
        app_label, codename = label.split(".")
        query |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(query)


def model_permissions(model, actions):
    codenames = [f"{action}_{model._meta.model_name}" for action in actions]
    return Permission.objects.filter(content_type=ContentType.objects.get_for_model(model), codename__in=codenames)


def grant_page_permissions(group, pages, codenames):
    for page in pages:
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission(f"wagtailcore.{codename}_page")
            )


def revoke_stale_publish(group, snippets):
    """Take `publish` back from a group that must not have it: installs set up before the rule had it."""
    GroupPagePermission.objects.filter(group=group, permission__codename="publish_page").delete()
    group.permissions.remove(*model_permissions_for(snippets, ["publish"]))


def model_permissions_for(models, actions):
    return [perm for model in models for perm in model_permissions(model, actions)]


def root_collection():
    # Wagtail's migrations create the root collection; a flushed database (transactional tests) has none.
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def collection_of(site_name):
    """A site's collection: the root collection's child of its name (an operator's collection of
    that name, made before the site had one, is taken over)."""
    return root_collection().get_children().filter(name=site_name).first()


def site_collection(site):
    """The collection of `site`'s images and documents, made when missing; the root for a site
    without a name (there is nothing to name it after)."""
    if site is None or not site.site_name:
        return root_collection()
    return collection_of(site.site_name) or root_collection().add_child(instance=Collection(name=site.site_name))


def default_site_collection():
    """The default site's collection, which its global groups' image and document permissions are
    on (and the media of the sites that are not components go to)."""
    return site_collection(Site.objects.filter(is_default_site=True).first())


def grant_role(group, role, pages, collection):
    """Give `group` what `role` may do, with its page permissions on `pages` (a site's root or sections)
    and its image and document permissions on `collection` (and the collections below it) alone.

    Used for the global role groups (on the default site's collection) and for each component
    site's own groups (on the component's own collection: components.provisioning). Grants left on
    the root, which covers every site's media, from before sites had collections are taken back.
    """
    snippets = optional_models(WORKFLOW_SNIPPET_MODELS)
    group.permissions.add(permission("wagtailadmin.access_admin"), *existing_permissions(EXTRA_PERMISSIONS[role]))
    group.permissions.add(*model_permissions_for(snippets, SNIPPET_ACTIONS[role]))
    for model in (get_image_model(), get_document_model()):
        # Custom image and document models are checked against Wagtail's base model's permissions.
        auth_model = policy_registry.get_by_type(model).auth_model
        perms = model_permissions(auth_model, COLLECTION_ACTIONS[role])
        for perm in perms:
            GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=perm)
        GroupCollectionPermission.objects.filter(
            group=group, collection=root_collection(), permission__in=perms
        ).exclude(collection=collection).delete()
    grant_page_permissions(group, pages, PAGE_PERMISSIONS[role])
    if role not in PUBLISHING_GROUPS:
        revoke_stale_publish(group, snippets)


def setup_groups():
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLE_GROUPS}
    collection = default_site_collection()
    for name, group in groups.items():
        grant_role(group, name, editor_sections() if name == UNIT_EDITORS else site_roots(), collection)
    return groups


def approval_task(name, group):
    task = GroupApprovalTask.objects.filter(name=name).first() or GroupApprovalTask.objects.create(name=name)
    task.groups.set([group])
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
    return task


def active_workflow(name, tasks):
    """The workflow called `name`, active and made of `tasks` in order (tasks may be shared by workflows)."""
    workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    for order, task in enumerate(tasks):
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    return workflow


def setup_workflow(groups):
    tasks = [approval_task(task_name, groups[role]) for task_name, role in WORKFLOW_STEPS]
    workflow = active_workflow(WORKFLOW_NAME, tasks)
    # The nearest ancestor's workflow wins, so linking each site's root covers the news index and every
    # other section, ahead of Wagtail's default "Moderators approval" on the tree root. A component
    # site's root keeps the workflow of its own groups (components.provisioning).
    for page in site_roots():
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    for label in WORKFLOW_SNIPPET_MODELS:
        for model in optional_models([label]):
            # The editor's button reads "Gửi vào quy trình <name>": a document is not a "tin bài".
            own_name = OWN_WORKFLOW_NAMES.get(label)
            WorkflowContentType.objects.update_or_create(
                content_type=ContentType.objects.get_for_model(model),
                defaults={"workflow": active_workflow(own_name, tasks) if own_name else workflow},
            )
    return workflow


# Sent with `groups` (name -> Group) so other areas (royalties) add their groups and permissions.
groups_ready = Signal()


def remove_wagtail_defaults():
    """Drop Wagtail's default groups, workflow and task, as long as nobody and nothing uses them."""
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, workflow_states__isnull=True).delete()
    Task.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, task_states__isnull=True, workflow_tasks__isnull=True).delete()
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True).delete()


@transaction.atomic
def setup_editorial():
    groups = setup_groups()
    workflow = setup_workflow(groups)
    groups_ready.send(sender=setup_editorial, groups=groups)
    remove_wagtail_defaults()
    return groups, workflow
