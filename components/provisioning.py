"""Create and remove a component site of the province's platform (Decree 224/2026/NĐ-CP art. 11).

A component is a Wagtail Site with its own home page and empty sections, its settings, its own
groups "<site name> – <role>" (the roles of editorial.roles, page permissions on its tree only),
its own collection of images and documents named after it (its groups' collection permissions are
on it alone, so its people neither see nor choose other sites' media) and its own "Duyệt tin bài"
workflow on its root. Both `manage.py create_component_site` and the
admin screen (components.views) go through `validate_component` and `create_component`.
"""

import re
from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import router, transaction
from django.db.models import ProtectedError, RestrictedError
from django.db.models.deletion import Collector
from django.dispatch import Signal
from django.utils.translation import gettext as _
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupApprovalTask, Page, Site, Workflow, WorkflowPage, WorkflowTask

from access_info.models import AccessInfoPage
from agency.models import AboutPage
from components.membership import works_on_every_site
from components.models import ContentExport
from components.workflows import DOCUMENT_WORKFLOW_SUFFIX
from core.text import vietnamese_slugify
from editorial.roles import (
    ROLE_GROUPS,
    UNIT_EDITORS,
    WORKFLOW_NAME,
    WORKFLOW_STEPS,
    collection_of,
    grant_role,
    groups_ready,
    site_collection,
    site_group_name,
)
from news_pages.models import NewsIndexPage
from procedures.models import ProcedureIndexPage
from royalties.roles import ROYALTY_ROLES
from site_home.models import HomePage, SiteKind, SiteSettings

# The sections every component starts with, empty. Those whose text is required (functions, the
# focal point for information requests) start as drafts for the site's people to write and publish.
SECTIONS = [
    (NewsIndexPage, "Tin tức - Sự kiện", "tin-tuc", True),
    (AboutPage, "Giới thiệu", "gioi-thieu", False),
    (ProcedureIndexPage, "Thủ tục hành chính", "thu-tuc-hanh-chinh", True),
    (AccessInfoPage, "Tiếp cận thông tin", "tiep-can-thong-tin", False),
]
SECTION_MODELS = tuple(model for model, *_rest in SECTIONS)

# RFC 1123 host names: dot-separated labels of letters, digits and inner hyphens, 63 characters each.
HOST_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
MAX_NAME_LENGTH = 100  # leaves room for " – <role>" in a group's 150 characters


def is_platform_admin(user):
    """Superusers and the platform's own administrators create and remove components."""
    return works_on_every_site(user)


def group_name(site_name, role):
    return site_group_name(site_name, role)


def workflow_name(site_name):
    return f"{site_name} – {WORKFLOW_NAME}"


def document_workflow_name(site_name):
    """The component's workflow for its legal documents (components.workflows), of the same tasks."""
    return f"{site_name}{DOCUMENT_WORKFLOW_SUFFIX}"


def normalise_hostname(hostname):
    return (hostname or "").strip().lower().rstrip(".")


def hostname_errors(hostname):
    if not hostname:
        return [_("Hãy nhập tên miền, ví dụ sonoivu.quangngai.gov.vn.")]
    labels = hostname.split(".")
    if len(hostname) > 253 or not all(HOST_LABEL.match(label) for label in labels):
        return [
            _(
                "Tên miền “%(host)s” không hợp lệ: chỉ gồm chữ không dấu, chữ số và dấu gạch ngang giữa các phần "
                "cách nhau bởi dấu chấm (mỗi phần tối đa 63 ký tự), không có http:// hay đường dẫn."
            )
            % {"host": hostname}
        ]
    if Site.objects.filter(hostname=hostname).exists():
        return [_("Tên miền “%(host)s” đã có trang phục vụ.") % {"host": hostname}]
    return []


def validate_component(name, hostname, slug=""):
    """Raise ValidationError keyed by field ("name", "hostname", "slug") with what is wrong, in Vietnamese."""
    name, hostname = (name or "").strip(), normalise_hostname(hostname)
    errors = {}
    if message := name_error(name):
        errors["name"] = [message]
    if host_errors := hostname_errors(hostname):
        errors["hostname"] = host_errors
    slug = slug or vietnamese_slugify(name)
    if name and not slug:
        errors["slug"] = [_("Không tạo được đường dẫn từ tên này: hãy nhập đường dẫn (chữ không dấu).")]
    elif slug and Page.get_first_root_node().get_children().filter(slug=slug).exists():
        errors["slug"] = [
            _("Đường dẫn “%(slug)s” đã được một trang gốc khác dùng: hãy chọn đường dẫn khác.") % {"slug": slug}
        ]
    if errors:
        raise ValidationError(errors)
    return name, hostname, slug


def name_error(name, renamed=None):
    """What is wrong with `name` for a new component, or for the site `renamed` (whose groups,
    workflows and collection are renamed with it: components.renaming), None when nothing.

    A name is taken by another site, or by groups, workflows or a collection named after it (an
    operator's collection of that name is taken over by a new component, not by a rename)."""
    if not name:
        return _("Hãy nhập tên trang thành phần, ví dụ Sở Nội vụ.")
    if len(name) > MAX_NAME_LENGTH:
        return _("Tên quá dài: tối đa %(max)d ký tự.") % {"max": MAX_NAME_LENGTH}
    other_sites = Site.objects.filter(site_name__iexact=name)
    taken = Group.objects.filter(name__in=site_group_names(name)).exists()
    if renamed is not None:
        other_sites = other_sites.exclude(pk=renamed.pk)
        taken = (
            taken
            or collection_of(name) is not None
            or Workflow.objects.filter(name__in=[workflow_name(name), document_workflow_name(name)]).exists()
        )
    if taken or other_sites.exists():
        return _("Đã có trang thành phần tên “%(name)s”.") % {"name": name}
    return None


@dataclass
class Component:
    site: Site
    home: HomePage
    groups: dict  # role -> Group
    workflow: Workflow
    collection: Collection


# Sent with `component` after a component is created, for other areas to add what they keep per site.
component_created = Signal()


@transaction.atomic
def create_component(name, hostname, kind=SiteKind.DEPARTMENT, parent_body="", port=80, slug=""):
    name, hostname, slug = validate_component(name, hostname, slug)
    home = Page.get_first_root_node().add_child(instance=HomePage(title=name, slug=slug))
    sections = {}
    for model, title, section_slug, live in SECTIONS:
        sections[model] = home.add_child(instance=model(title=title, slug=section_slug, live=live, show_in_menus=True))
    site = Site.objects.create(hostname=hostname, port=port, root_page=home, site_name=name)

    site_settings = SiteSettings.for_site(site)
    site_settings.kind, site_settings.department_name, site_settings.parent_agency = kind, name, parent_body
    site_settings.save()

    collection = site_collection(site)
    groups = {}
    for role in ROLE_GROUPS:
        groups[role] = Group.objects.create(name=group_name(name, role))
        # Unit editors write in the news section only, as the global group does; the others on the whole tree.
        grant_role(groups[role], role, [sections[NewsIndexPage]] if role == UNIT_EDITORS else [home], collection)
    groups_ready.send(sender=create_component, groups=groups, site=site)

    workflow = Workflow.objects.create(name=workflow_name(name), active=True)
    for order, (task_name, role) in enumerate(WORKFLOW_STEPS):
        task = GroupApprovalTask.objects.create(name=group_name(name, task_name))
        task.groups.set([groups[role]])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    WorkflowPage.objects.create(page=home, workflow=workflow)
    add_document_workflow(workflow, name)

    component = Component(site=site, home=home, groups=groups, workflow=workflow, collection=collection)
    component_created.send(sender=create_component, component=component)
    return component


def add_document_workflow(workflow, site_name):
    """The component's "<name> – Duyệt văn bản", made of the tasks of its page `workflow` (so its
    legal documents go to its own board, under a name that says what is reviewed)."""
    documents, _created = Workflow.objects.get_or_create(
        name=document_workflow_name(site_name), defaults={"active": True}
    )
    for workflow_task in WorkflowTask.objects.filter(workflow=workflow):
        WorkflowTask.objects.get_or_create(
            workflow=documents, task_id=workflow_task.task_id, defaults={"sort_order": workflow_task.sort_order}
        )
    return documents


def site_workflows_of(site):
    """The component's own workflows, its page workflow first (none for the default site)."""
    root, name = site.root_page, site.site_name
    workflow = Workflow.objects.filter(workflow_pages__page=root, name=workflow_name(name)).first()
    if workflow is None:
        return []
    documents = Workflow.objects.filter(name=document_workflow_name(name), workflow_tasks__task__in=workflow.tasks)
    return [workflow, *documents.distinct()]


def is_section(page, root):
    return page.depth == root.depth + 1 and isinstance(page, SECTION_MODELS)


def content_held(site):
    """What still belongs to `site` beyond its sections and settings: what it is, [] when none.

    Pages are looked up under its root; rows of other areas that point at the site are found by
    Django's deletion collector (as editorial's unit deletion does), without deleting anything.
    """
    root = site.root_page
    held = []
    pages = [page for page in root.get_descendants().specific() if not is_section(page, root)]
    if pages:
        held.append(_("%(count)d trang nội dung") % {"count": len(pages)})
    media = media_held(site.site_name)
    if media:
        held.append(_("%(count)d ảnh và tài liệu") % {"count": media})
    collector = Collector(using=router.db_for_write(Site))
    try:
        collector.collect([site])
    except (ProtectedError, RestrictedError) as error:
        objects = getattr(error, "protected_objects", None) or error.restricted_objects
        held.extend(sorted({str(obj._meta.verbose_name_plural) for obj in objects}))
        return held
    kinds = {model._meta.verbose_name_plural for model, objs in collector.data.items() if objs and owned(model)}
    kinds |= {qs.model._meta.verbose_name_plural for qs in collector.fast_deletes if owned(qs.model) and qs.exists()}
    return held + sorted(str(kind) for kind in kinds)


def media_held(site_name):
    """Images and documents in the component's collection and those below it (deleting a
    collection would delete them: Wagtail's media cascade with their collection)."""
    collection = collection_of(site_name)
    if collection is None:
        return 0
    collections = Collection.objects.descendant_of(collection, inclusive=True)
    return sum(
        model.objects.filter(collection__in=collections).count() for model in (get_image_model(), get_document_model())
    )


def owned(model):
    """Rows that belong to the site themselves (not its settings), rather than to a row that does
    (the collector also gathers what those rows cascade to: search index entries, revisions)."""
    points_at_site = any(field.many_to_one and field.related_model is Site for field in model._meta.get_fields())
    return points_at_site and not issubclass(model, (BaseSiteSetting, ContentExport))


class ComponentNotEmpty(Exception):
    def __init__(self, held):
        super().__init__(", ".join(held))
        self.held = held


@transaction.atomic
def delete_component(site, with_content=False):
    """Remove a component: its tree, groups, workflow and tasks, and the site. With content held,
    only when `with_content` (the caller checked it was exported): its pages and every row that
    carries the site go too, and its collection with its images and documents."""
    if site.is_default_site:
        raise ComponentNotEmpty([_("trang mặc định của hệ thống")])
    if (held := content_held(site)) and not with_content:
        raise ComponentNotEmpty(held)
    root, name = site.root_page, site.site_name
    workflows = site_workflows_of(site)
    try:
        if held:
            delete_site_rows(site)
        site.delete()
        WorkflowPage.objects.filter(page=root).delete()
        root.delete()
    except (ProtectedError, RestrictedError) as error:
        # Rows of another site that point at this one's pages or rows.
        objects = getattr(error, "protected_objects", None) or error.restricted_objects
        raise ComponentNotEmpty(sorted({str(obj._meta.verbose_name_plural) for obj in objects})) from error
    if workflows:
        tasks = list(workflows[0].tasks)
        for workflow in workflows:
            workflow.delete()
        for task in tasks:
            task.delete()
    Group.objects.filter(name__in=site_group_names(name)).delete()
    if (collection := collection_of(name)) is not None:
        collection.delete()  # its images and documents with it: they are in the export


def delete_site_rows(site):
    """Delete every row that carries `site` (not its settings). Rows may protect one another (a
    question its unit): each model's rows are tried in turn until none is left."""
    pending = [
        model._default_manager.filter(**{field.name: site})
        for model in apps.get_models()
        if owned(model)
        for field in model._meta.concrete_fields
        if field.many_to_one and field.related_model is Site
    ]
    while pending:
        blocked = []
        for queryset in pending:
            try:
                with transaction.atomic():
                    queryset.delete()
            except (ProtectedError, RestrictedError):
                blocked.append(queryset)
        if len(blocked) == len(pending):
            queryset.delete()  # raises what holds them, for the caller to report
        pending = blocked


def site_group_names(site_name):
    """The component's role groups, and royalties' head and accountant added for it."""
    return [group_name(site_name, role) for role in [*ROLE_GROUPS, *ROYALTY_ROLES]]
