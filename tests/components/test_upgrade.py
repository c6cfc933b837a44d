"""Upgrading a single-site installation keeps everything: the schema before site ownership is
built with django-test-migrations, filled with a row in each table, migrated forward, and every
row is still there, on the default site (not merely the first one)."""

import datetime
import uuid
from collections import defaultdict

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

BEFORE = [
    ("editorial", "0003_unit_chart_and_contacts"),
    ("legal_docs", "0006_effective_date_unknown_is_not_invented"),
    ("feedback", "0002_content_ratings"),
    ("access_info", "0001_information_catalogue_and_requests"),
    ("agency", "0002_english_home_page"),
    ("consultations", "0001_drafts_files_comments"),
    ("disclosure", "0001_items_and_files"),
    ("work_calendar", "0001_work_calendar_entries"),
]


def migrate(targets=None):
    """The schema at `targets` (today's with None), reached as `manage.py migrate` would from the
    current one: going back unapplies every later migration of those apps and of the apps that
    depend on them, so the old schema has none of what the upgrade adds."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    applied = MigrationLoader(connection)
    nodes = [node for node in applied.applied_migrations if node in applied.graph.nodes]  # not the squashed
    return applied.project_state(nodes).apps


OWNED = [
    "editorial.Unit",
    "legal_docs.LegalDocument",
    "feedback.Question",
    "feedback.Feedback",
    "feedback.ContentRating",
    "access_info.InformationRequest",
    "agency.Leader",
    "consultations.DraftDocument",
    "disclosure.DisclosureItem",
    "work_calendar.WorkCalendarEntry",
]
FOLLOWERS = ["editorial.UnitQuota"]  # rows that belong to a site through their parent
ROYALTIES_OWNED = ["royalties.RateTable", "royalties.RoyaltyItem", "royalties.RoyaltyStatement"]
ROYALTIES_FOLLOWERS = ["royalties.Genre", "royalties.RoyaltyLine"]


def tree(apps):
    """Two sites of the old schema; the default one is created second, so "first" is not it."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Site.objects.all().delete()
    Page.objects.all().delete()
    page_type = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")[0]
    locale = Locale.objects.get_or_create(language_code="vi")[0]
    common = {"content_type": page_type, "locale": locale, "numchild": 0}
    Page.objects.create(title="Root", slug="root", path="0001", depth=1, url_path="/", **common)
    other = Page.objects.create(title="Khác", slug="khac", path="00010001", depth=2, url_path="/khac/", **common)
    home = Page.objects.create(title="Trang chủ", slug="trang-chu", path="00010002", depth=2, url_path="/tc/", **common)
    Site.objects.create(hostname="cu.localhost", port=80, root_page=other, is_default_site=False)
    return Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Sở")


def fill(apps):
    get = apps.get_model
    unit = get("editorial", "Unit").objects.create(name="Văn phòng", slug="van-phong")
    get("editorial", "UnitQuota").objects.create(unit=unit, valid_from=datetime.date(2026, 1, 1), articles_per_month=4)
    topic = get("core", "Topic").objects.create(name="Tiền lương", slug="tien-luong")
    get("legal_docs", "LegalDocument").objects.create(
        number="15/QĐ-SNV",
        number_normalized="15/QD-SNV",
        slug="15-qd-snv",
        title="Quy chế làm việc",
        document_type=get("legal_docs", "DocumentType").objects.get_or_create(name="Quyết định")[0],
        issuing_body=get("legal_docs", "IssuingBody").objects.get_or_create(name="Sở Nội vụ Đà Nẵng")[0],
        issue_date=datetime.date(2026, 3, 1),
        issue_year=2026,
    )
    get("feedback", "Question").objects.create(
        name="An", topic=topic, title="Nâng lương", question="Khi nào?", tracking_code="HD-1"
    )
    get("feedback", "Feedback").objects.create(target_title="Giới thiệu", name="Bích", content="Góp ý")
    page_type = get("contenttypes", "ContentType").objects.get(app_label="wagtailcore", model="page")
    get("feedback", "ContentRating").objects.create(
        content_type=page_type, object_id=1, target_title="Giới thiệu", level=3, voter_key="k"
    )
    get("access_info", "InformationRequest").objects.create(
        name="Cường",
        id_number="001200000001",
        email="c@example.vn",
        address="Hải Châu",
        information="Kế hoạch",
        purpose="Tìm hiểu",
        tracking_code="TT-1",
    )
    get("agency", "Leader").objects.create(name="Nguyễn Văn A", position="Giám đốc Sở")
    site = get("wagtailcore", "Site").objects.get(is_default_site=True)
    get("consultations", "DraftDocument").objects.create(
        site=site, title="Dự thảo", closes_on=datetime.date(2026, 12, 31)
    )
    get("disclosure", "DisclosureItem").objects.create(site=site, kind="ke-hoach", title="Dự toán", year=2026)
    get("work_calendar", "WorkCalendarEntry").objects.create(
        site=site, starts_at=timezone.now(), title="Họp giao ban", leaders="Giám đốc"
    )


def fill_royalties(apps):
    get = apps.get_model
    # The old schema really is the one before royalties belonged to a site.
    assert all(field.name != "site" for field in get("royalties", "RoyaltyItem")._meta.get_fields())
    table = get("royalties", "RateTable").objects.create(
        name="Bảng 2026",
        legal_basis="Nghị định 18/2014/NĐ-CP",
        valid_from=datetime.date(2026, 1, 1),
        base_salary=2_340_000,
    )
    genre = get("royalties", "Genre").objects.create(table=table, name="Tin", coefficient_min=1, coefficient_max=2)
    item = get("royalties", "RoyaltyItem").objects.create(title="Hội nghị", genre=genre, coefficient=1)
    statement = get("royalties", "RoyaltyStatement").objects.create(month=datetime.date(2026, 3, 1))
    get("royalties", "RoyaltyLine").objects.create(
        statement=statement,
        item=item,
        title="Hội nghị",
        published_on=datetime.date(2026, 3, 10),
        author_name="Lê Thị Hoa",
        role="text",
        genre_name="Tin",
        coefficient=1,
        share=100,
        amount=46_800,
    )


def counts(apps):
    return {label: apps.get_model(label).objects.count() for label in OWNED + FOLLOWERS}


@pytest.mark.django_db(transaction=True)
def test_upgrade_keeps_every_row_on_the_default_site(migrator):  # the fixture migrates back afterwards
    old = migrate(BEFORE)
    default_site = tree(old)
    fill(old)
    before = counts(old)
    assert all(before.values())
    for label in OWNED[:7]:  # the old schema: these rows did not know their site yet (the others did)
        assert "site" not in {field.name for field in old.get_model(label)._meta.get_fields()}, label

    new = migrate()
    assert counts(new) == before
    for label in OWNED:
        sites = set(new.get_model(label).objects.values_list("site_id", flat=True))
        assert sites == {default_site.pk}, label


def component_of(apps, root_page_path="00010003", name="Sở Tư pháp", slug="so-tu-phap"):
    """A component made before components had collections: its site, workflow and site admins,
    whose image permission is on the root collection beside the default site's global group's."""
    get = apps.get_model
    Page = get("wagtailcore", "Page")
    home = Page.objects.get(path="00010002")
    page = Page.objects.create(
        title=name,
        slug=slug,
        path=root_page_path,
        depth=2,
        url_path=f"/{slug}/",
        content_type=home.content_type,
        locale=home.locale,
        numchild=0,
    )
    site = get("wagtailcore", "Site").objects.create(
        hostname=f"{slug.replace('-', '')}.localhost", port=80, root_page=page, site_name=name
    )
    workflow = get("wagtailcore", "Workflow").objects.create(name=f"{name} – Duyệt tin bài", active=True)
    get("wagtailcore", "WorkflowPage").objects.create(page=page, workflow=workflow)
    return site


@pytest.mark.django_db(transaction=True)
def test_upgrade_gives_existing_components_their_own_collection(migrator):
    old = migrator.apply_initial_migration([("editorial", "0006_unit_names_unique_per_site")])
    get = old.apps.get_model
    tree(old.apps)
    component_of(old.apps)
    Collection = get("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).first() or Collection.objects.create(
        name="Root", path="0001", depth=1, numchild=0
    )
    Collection.objects.create(name="Ảnh cũ", path=root.path + "0001", depth=2, numchild=0)
    root.numchild = 1
    root.save()
    choose = get("auth", "Permission").objects.get(content_type__app_label="wagtailimages", codename="choose_image")
    for name in ("Sở Tư pháp – Quản trị trang", "Quản trị trang"):
        group = get("auth", "Group").objects.create(name=name)
        get("wagtailcore", "GroupCollectionPermission").objects.create(group=group, collection=root, permission=choose)
    get("wagtailimages", "Image").objects.create(title="Ảnh cũ", file="anh.jpg", width=1, height=1, collection=root)
    before = {label: get(label).objects.count() for label in ("wagtailimages.Image", "auth.Group")}

    new = migrator.apply_tested_migration([("editorial", "0007_component_collections")])
    get = new.apps.get_model
    assert {label: get(label).objects.count() for label in before} == before
    grants = dict(
        get("wagtailcore", "GroupCollectionPermission")
        .objects.filter(group__name__endswith="Quản trị trang")
        .values_list("group__name", "collection__name")
    )
    assert grants == {"Sở Tư pháp – Quản trị trang": "Sở Tư pháp", "Quản trị trang": "Root"}
    own = get("wagtailcore", "Collection").objects.get(name="Sở Tư pháp")
    assert (own.depth, own.path) == (2, "00010002")  # the root's second child, after "Ảnh cũ"
    assert get("wagtailcore", "Collection").objects.get(depth=1).numchild == 2
    assert get("wagtailimages", "Image").objects.get().collection.name == "Root"


@pytest.mark.django_db(transaction=True)
def test_upgrade_gives_every_royalty_to_the_default_site(migrator):
    # Migrated on its own: django-test-migrations applies every migration planned before the last
    # target, so with the other apps' targets the old state would already have the royalties' site.
    old = migrator.apply_initial_migration([("royalties", "0001_rate_tables_items_statements")])
    default_site = tree(old.apps)
    fill_royalties(old.apps)
    labels = ROYALTIES_OWNED + ROYALTIES_FOLLOWERS
    before = {label: old.apps.get_model(label).objects.count() for label in labels}
    assert all(before.values())

    new = migrator.apply_tested_migration([("royalties", "0003_site_required")])
    assert {label: new.apps.get_model(label).objects.count() for label in labels} == before
    for label in ROYALTIES_OWNED:
        assert set(new.apps.get_model(label).objects.values_list("site_id", flat=True)) == {default_site.pk}, label


@pytest.mark.django_db(transaction=True)
def test_upgrade_gives_existing_components_a_document_workflow_of_their_own_tasks(migrator):
    old = migrator.apply_initial_migration([("editorial", "0007_component_collections")])
    get = old.apps.get_model
    default_site = tree(old.apps)
    site = component_of(old.apps)
    Workflow, WorkflowTask, Task = (get("wagtailcore", name) for name in ("Workflow", "WorkflowTask", "Task"))
    board = Workflow.objects.create(name="Duyệt tin bài", active=True)
    get("wagtailcore", "WorkflowPage").objects.create(page_id=default_site.root_page_id, workflow=board)
    pages = Workflow.objects.get(name="Sở Tư pháp – Duyệt tin bài")
    content_type = get("contenttypes", "ContentType").objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )[0]
    for order, step in enumerate(["Thành viên Ban Biên tập duyệt", "Trưởng Ban Biên tập phê duyệt"]):
        task = Task.objects.create(name=f"{site.site_name} – {step}", content_type=content_type, active=True)
        WorkflowTask.objects.create(workflow=pages, task=task, sort_order=order)

    new = migrator.apply_tested_migration([("editorial", "0008_component_document_workflows")])
    get = new.apps.get_model
    documents = get("wagtailcore", "Workflow").objects.get(name="Sở Tư pháp – Duyệt văn bản")
    steps = get("wagtailcore", "WorkflowTask").objects.filter(workflow=documents).order_by("sort_order")
    assert documents.active
    assert [step.task.name for step in steps] == [
        "Sở Tư pháp – Thành viên Ban Biên tập duyệt",
        "Sở Tư pháp – Trưởng Ban Biên tập phê duyệt",
    ]
    # The default site keeps the board's workflows: nothing is made for it.
    assert get("wagtailcore", "Workflow").objects.filter(name__endswith="Duyệt văn bản").count() == 1


def uses(apps, source, media):
    """Wagtail's reference index row saying `source` (a page or a site-owned row) uses `media`."""
    ContentType = apps.get_model("contenttypes", "ContentType")

    def type_of(obj):
        return ContentType.objects.get_or_create(app_label=obj._meta.app_label, model=obj._meta.model_name)[0]

    apps.get_model("wagtailcore", "ReferenceIndex").objects.create(
        content_type=type_of(source),
        base_content_type=type_of(source),
        object_id=str(source.pk),
        to_content_type=type_of(media),
        to_object_id=str(media.pk),
        model_path="image",
        content_path="image",
        content_path_hash=uuid.uuid4(),
    )


def grants(apps):
    """{group name: the collections its image and document permissions are on}."""
    held = defaultdict(set)
    for group, collection in (
        apps.get_model("wagtailcore", "GroupCollectionPermission")
        .objects.values_list("group__name", "collection__name")
        .distinct()
    ):
        held[group].add(collection)
    return dict(held)


@pytest.mark.django_db(transaction=True)
def test_upgrade_gives_the_default_site_its_collection_and_each_site_its_media(migrator):
    old = migrator.apply_initial_migration([("editorial", "0008_component_document_workflows")])
    get = old.apps.get_model
    tree(old.apps)
    tuphap = component_of(old.apps)
    phuong = component_of(old.apps, "00010004", "UBND phường Hải Châu", "phuong-hai-chau")
    Page = get("wagtailcore", "Page")
    home, old_site_home = Page.objects.get(path="00010002"), Page.objects.get(path="00010001")
    Collection = get("wagtailcore", "Collection")
    Collection.objects.all().delete()
    root = Collection.objects.create(name="Root", path="0001", depth=1, numchild=1)
    tuphap_collection = Collection.objects.create(name="Sở Tư pháp", path="00010001", depth=2, numchild=0)  # 0007's
    Group, Permission = get("auth", "Group"), get("auth", "Permission")
    perms = Permission.objects.filter(codename__in=["choose_image", "add_document"])

    def group(name, collection):
        made = Group.objects.create(name=name)
        for perm in perms:
            get("wagtailcore", "GroupCollectionPermission").objects.create(
                group=made, collection=collection, permission=perm
            )
        return made

    board, own = group("Quản trị trang", root), group("Sở – Biên tập viên đơn vị", root)
    group("Quản trị nền tảng", root)
    tuphap_admins = group("Sở Tư pháp – Quản trị trang", tuphap_collection)
    before = grants(old.apps)

    def person(username, *groups):
        user = get("auth", "User").objects.create(username=username)
        user.groups.set(groups)
        return user

    board_member, tuphap_admin = person("quantri", board, own), person("quantri.tuphap", tuphap_admins)
    superuser = get("auth", "User").objects.create(username="admin", is_superuser=True)
    Image, Document = get("wagtailimages", "Image"), get("legal_docs", "AttachmentDocument")

    def image(title, user=None, *used_by):
        made = Image.objects.create(
            title=title, file=f"{title}.jpg", width=1, height=1, collection=root, uploaded_by_user=user
        )
        for source in used_by:
            uses(old.apps, source, made)

    image("Ảnh của Sở", board_member)
    image("Ảnh không rõ của ai")
    image("Ảnh người quản trị hệ thống tải lên", superuser)
    image("Ảnh trang Tư pháp", None, tuphap.root_page)
    image("Ảnh người Tư pháp tải lên", tuphap_admin)
    image("Ảnh người Tư pháp tải lên cho Sở", tuphap_admin, home)
    image("Ảnh hai thành phần dùng", board_member, tuphap.root_page, phuong.root_page)
    image("Ảnh Sở và phường dùng", None, home, phuong.root_page)
    image("Ảnh trang cũ", tuphap_admin, old_site_home)  # a site before components: the global groups'
    Image.objects.create(title="Ảnh đã ở Tư pháp", file="a.jpg", width=1, height=1, collection=tuphap_collection)
    phuong_plan = get("disclosure", "DisclosureItem").objects.create(
        site=phuong, kind="ke-hoach", title="Dự toán", year=2026
    )
    document = Document.objects.create(title="Dự toán của phường", file="du-toan.pdf", collection=root)
    uses(old.apps, phuong_plan, document)
    Document.objects.create(
        title="Tài liệu của Sở", file="tai-lieu.pdf", collection=root, uploaded_by_user=board_member
    )
    counts = {model: model.objects.count() for model in (Image, Document)}

    new = migrator.apply_tested_migration([("editorial", "0009_default_site_collection")])
    get = new.apps.get_model
    placed = {
        title: collection
        for label in ("wagtailimages.Image", "legal_docs.AttachmentDocument")
        for title, collection in get(label).objects.values_list("title", "collection__name")
    }
    assert placed == {
        "Ảnh của Sở": "Sở",
        "Ảnh không rõ của ai": "Sở",
        "Ảnh người quản trị hệ thống tải lên": "Sở",
        "Ảnh trang Tư pháp": "Sở Tư pháp",
        "Ảnh người Tư pháp tải lên": "Sở Tư pháp",
        "Ảnh người Tư pháp tải lên cho Sở": "Sở",
        "Ảnh hai thành phần dùng": "Root",
        "Ảnh Sở và phường dùng": "Sở",
        "Ảnh trang cũ": "Sở",
        "Ảnh đã ở Tư pháp": "Sở Tư pháp",
        "Dự toán của phường": "UBND phường Hải Châu",
        "Tài liệu của Sở": "Sở",
    }
    assert {model: get(model._meta.label).objects.count() for model in counts} == counts
    assert grants(new.apps) == {
        "Quản trị trang": {"Sở"},
        "Sở – Biên tập viên đơn vị": {"Sở"},
        "Quản trị nền tảng": {"Root"},  # the platform's: every site's media
        "Sở Tư pháp – Quản trị trang": {"Sở Tư pháp"},
    }
    # Made as treebeard would: the root's next children, counted on the root.
    collections = get("wagtailcore", "Collection").objects
    assert dict(collections.values_list("name", "path")) == {
        "Root": "0001",
        "Sở Tư pháp": "00010001",
        "Sở": "00010002",
        "UBND phường Hải Châu": "00010003",
    }
    assert collections.get(depth=1).numchild == 3

    # Going back gives the default site's groups the root again; the media stay where they are.
    assert grants(migrate([("editorial", "0008_component_document_workflows")])) == before
