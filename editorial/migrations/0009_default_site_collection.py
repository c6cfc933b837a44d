"""The default site gets its own collection, as each component has (0007). The root collection
covers every site's media, so while the default site's groups held their image and document
permissions on it, its editors saw and chose every component's images and documents.

- The collection is the root's child named after the default site, and the default site's
  groups (the global role groups and any "<default site> – <role>" group) have their grants on
  the root moved to it. Other groups' grants on the root (the platform's administrators, a group
  an operator made for every site) stay.
- The images and documents in the root itself go where they belong. The evidence is who uses
  one (Wagtail's reference index: pages by their site, rows by their `site`), or, when nothing
  does, who uploaded it (someone whose groups are all one component's speaks for that component;
  the global groups for the default site):
  * the evidence names one component alone: that component's collection (since 0007 its
    people's grants are on it alone, so they could no longer see it in the root);
  * it names several components and not the default site: the root, shared, for a platform
    administrator to place;
  * otherwise (the default site's, or nothing tells): the default site's collection, since before
    components the root was the default site's.
- A default site without a name has nothing to name a collection after: nothing changes (its
  groups keep the root until it is named and `setup_editorial` runs).

Reversed, the grants go back to the root; images and documents stay where they are (grants on
the root cover its children).
"""

from collections import defaultdict

from django.conf import settings
from django.db import migrations

from components.migration_operations import child_collection

COMPONENT_WORKFLOW_SUFFIX = " – Duyệt tin bài"
GLOBAL_GROUPS = ["Biên tập viên đơn vị", "Thành viên Ban Biên tập", "Trưởng Ban Biên tập", "Quản trị trang"]
DEFAULT = "default"  # the side of the sites whose people are the global groups
MEDIA_MODELS = [
    getattr(settings, "WAGTAILIMAGES_IMAGE_MODEL", "wagtailimages.Image"),
    getattr(settings, "WAGTAILDOCS_DOCUMENT_MODEL", "wagtaildocs.Document"),
]


def root_of(apps):
    return apps.get_model("wagtailcore", "Collection").objects.filter(depth=1).order_by("path").first()


def components_of(apps):
    """{site id: site} of the component sites: those whose root has their own page workflow."""
    Site = apps.get_model("wagtailcore", "Site")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    own = {
        (page_id, name.removesuffix(COMPONENT_WORKFLOW_SUFFIX))
        for page_id, name in WorkflowPage.objects.filter(
            workflow__name__endswith=COMPONENT_WORKFLOW_SUFFIX
        ).values_list("page_id", "workflow__name")
    }
    return {site.pk: site for site in Site.objects.exclude(site_name="") if (site.root_page_id, site.site_name) in own}


def default_groups(apps, default_site, components):
    Group = apps.get_model("auth", "Group")
    groups = Group.objects.filter(name__in=GLOBAL_GROUPS) | Group.objects.filter(
        name__startswith=f"{default_site.site_name} – "
    )
    for site in components.values():
        groups = groups.exclude(name__startswith=f"{site.site_name} – ")
    return groups


class Sides:
    """Which side (a component's site id, or DEFAULT) pages, rows and uploaders belong to."""

    def __init__(self, apps, default_site, components):
        self.apps = apps
        self.default_prefix = f"{default_site.site_name} – "
        self.components = components
        Site = apps.get_model("wagtailcore", "Site")
        roots = Site.objects.values_list("pk", "root_page__path")
        # The longest root path first: a site's pages are below its root.
        self.roots = sorted(((path, pk) for pk, path in roots), key=lambda root: -len(root[0]))

    def of_site(self, site_id):
        return site_id if site_id in self.components else DEFAULT

    def of_path(self, path):
        for root_path, site_id in self.roots:
            if path.startswith(root_path):
                return self.of_site(site_id)
        return None  # above every site (the tree's root): nobody's

    def of_objects(self, content_type, object_ids):
        """{object id as text: side} of the rows of `content_type` (pages by their path, rows by
        their `site`; rows of a model with neither tell nothing)."""
        try:
            model = self.apps.get_model(content_type.app_label, content_type.model)
        except LookupError:
            return {}
        rows = model.objects.filter(pk__in=object_ids)
        if content_type.app_label == "wagtailcore" and content_type.model == "page":
            return {str(pk): self.of_path(path) for pk, path in rows.values_list("pk", "path")}
        if any(field.name == "site" and field.many_to_one for field in model._meta.concrete_fields):
            return {str(pk): self.of_site(site_id) for pk, site_id in rows.values_list("pk", "site_id")}
        return {}

    def of_uploaders(self, user_ids):
        """{user id: side} of uploaders whose groups are all one component's, or global groups only."""
        User = self.apps.get_model(settings.AUTH_USER_MODEL)
        names = defaultdict(set)
        for user_id, name in User.groups.through.objects.filter(
            **{f"{User._meta.model_name}_id__in": user_ids}
        ).values_list(f"{User._meta.model_name}_id", "group__name"):
            names[user_id].add(name)
        superusers = set(User.objects.filter(pk__in=user_ids, is_superuser=True).values_list("pk", flat=True))
        sides = {}
        for user_id, groups in names.items():
            if user_id in superusers:
                continue
            if all(name in GLOBAL_GROUPS or name.startswith(self.default_prefix) for name in groups):
                sides[user_id] = DEFAULT
                continue
            for site in self.components.values():
                if all(name.startswith(f"{site.site_name} – ") for name in groups):
                    sides[user_id] = site.pk
        return sides


def used_by(apps, model, media_ids, sides):
    """{media pk: the sides of what uses it} from Wagtail's reference index."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    media_type = ContentType.objects.filter(app_label=model._meta.app_label, model=model._meta.model_name).first()
    if media_type is None:
        return {}
    references = ReferenceIndex.objects.filter(
        to_content_type=media_type, to_object_id__in=[str(pk) for pk in media_ids]
    ).values_list("to_object_id", "base_content_type_id", "object_id")
    by_type = defaultdict(set)
    for _media_id, type_id, object_id in references:
        by_type[type_id].add(object_id)
    side_of = {
        (type_id, object_id): side
        for type_id, object_ids in by_type.items()
        for object_id, side in sides.of_objects(ContentType.objects.get(pk=type_id), object_ids).items()
    }
    uses = defaultdict(set)
    for media_id, type_id, object_id in references:
        if (side := side_of.get((type_id, object_id))) is not None:
            uses[media_id].add(side)
    return uses


def destination(evidence):
    """Where an image or document of the root goes: a component's site id, DEFAULT, or None (stays)."""
    if len(evidence) == 1 and DEFAULT not in evidence:
        return next(iter(evidence))
    if evidence and DEFAULT not in evidence:
        return None  # shared by several components
    return DEFAULT


def place_root_media(apps, root, default_site, components):
    Collection = apps.get_model("wagtailcore", "Collection")
    sides = Sides(apps, default_site, components)
    for label in MEDIA_MODELS:
        model = apps.get_model(label)
        in_root = dict(model.objects.filter(collection=root).values_list("pk", "uploaded_by_user_id"))
        if not in_root:
            continue
        uses = used_by(apps, model, list(in_root), sides)
        uploaders = sides.of_uploaders({user_id for user_id in in_root.values() if user_id is not None})
        going = defaultdict(list)
        for pk, user_id in in_root.items():
            evidence = uses.get(str(pk)) or ({uploaders[user_id]} if user_id in uploaders else set())
            going[destination(evidence)].append(pk)
        for side, pks in going.items():
            if side is None:
                continue
            site = default_site if side == DEFAULT else components[side]
            collection = child_collection(Collection, root, site.site_name)
            model.objects.filter(pk__in=pks).update(collection=collection)


def give_the_default_site_its_collection(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    default_site = apps.get_model("wagtailcore", "Site").objects.filter(is_default_site=True).first()
    root = root_of(apps)
    if root is None or default_site is None or not default_site.site_name:
        return
    components = components_of(apps)
    on_root = GroupCollectionPermission.objects.filter(
        collection=root, group__in=default_groups(apps, default_site, components)
    )
    if on_root.exists():
        collection = child_collection(Collection, root, default_site.site_name)
        for grant in on_root:
            GroupCollectionPermission.objects.get_or_create(
                group_id=grant.group_id, collection=collection, permission_id=grant.permission_id
            )
        on_root.delete()
    place_root_media(apps, root, default_site, components)


def give_the_root_back(apps, schema_editor):
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    default_site = apps.get_model("wagtailcore", "Site").objects.filter(is_default_site=True).first()
    root = root_of(apps)
    if root is None or default_site is None or not default_site.site_name:
        return
    own = GroupCollectionPermission.objects.filter(
        collection__depth=root.depth + 1,
        collection__path__startswith=root.path,
        collection__name=default_site.site_name,
        group__in=default_groups(apps, default_site, components_of(apps)),
    )
    for grant in own:
        GroupCollectionPermission.objects.get_or_create(
            group_id=grant.group_id, collection=root, permission_id=grant.permission_id
        )
    own.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0008_component_document_workflows"),
        ("legal_docs", "0008_site_required"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(give_the_default_site_its_collection, give_the_root_back)]
