"""Each site keeps its images and documents in its own collection, the default site as each
component: its people upload there and neither see, choose, count nor edit another site's media,
in the listings, the choosers, the dashboard or by a crafted address."""

import re
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import GroupCollectionPermission
from wagtail_factories import ImageFactory

from components.provisioning import ComponentNotEmpty, create_component, delete_component
from editorial.roles import SITE_ADMINS, UNIT_EDITORS, default_site_collection, root_collection, setup_editorial
from royalties.models import RateTable
from seed import seed_site
from seed.factories.editorial import UserFactory
from seed.factories.legal_docs import AttachmentDocumentFactory
from tests.components.test_site_workflows import refused

pytestmark = pytest.mark.django_db


def page_text(response):
    """A listing's HTML, or a chooser's (its modal answers JSON)."""
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


@pytest.fixture
def components(home_page):
    a = create_component("Sở Tư pháp", "sotuphap.localhost")
    b = create_component("UBND phường Hải Châu", "haichau.localhost", kind="phuong")
    return a, b


def test_each_component_has_its_own_collection_and_none_on_the_root(components):
    a, b = components
    assert a.collection.name == "Sở Tư pháp" and b.collection.name == "UBND phường Hải Châu"
    for component in components:
        held = set(
            GroupCollectionPermission.objects.filter(group__in=component.groups.values()).values_list(
                "collection", flat=True
            )
        )
        assert held == {component.collection.pk}


def test_an_editor_sees_and_chooses_only_their_components_media(client, components):
    a, b = components
    ImageFactory(title="Ảnh hội nghị Sở Tư pháp", collection=a.collection)
    ImageFactory(title="Ảnh chỉnh trang phường", collection=b.collection)
    AttachmentDocumentFactory(title="Tài liệu của Sở Tư pháp", collection=a.collection)
    AttachmentDocumentFactory(title="Tài liệu của phường", collection=b.collection)
    # Site admins manage the collection (its listings); unit editors upload and choose.
    screens = {
        SITE_ADMINS: [
            "wagtailimages:index",
            "wagtailimages_chooser:choose",
            "wagtaildocs:index",
            "wagtaildocs_chooser:choose",
        ],
        UNIT_EDITORS: ["wagtailimages_chooser:choose", "wagtaildocs_chooser:choose"],
    }
    for role, url_names in screens.items():
        client.force_login(UserFactory(username=f"a-{len(role)}", groups=[f"Sở Tư pháp – {role}"]))
        for url_name in url_names:
            content = page_text(client.get(reverse(url_name)))
            own, other = ("Ảnh hội nghị Sở Tư pháp", "Ảnh chỉnh trang phường")
            if url_name.startswith("wagtaildocs"):
                own, other = ("Tài liệu của Sở Tư pháp", "Tài liệu của phường")
            assert own in content, (role, url_name)
            assert other not in content, (role, url_name)


def test_an_upload_goes_to_the_components_collection(client, components):
    a, b = components
    client.force_login(UserFactory(username="qt-tuphap", groups=[f"Sở Tư pháp – {SITE_ADMINS}"]))
    upload = SimpleUploadedFile("hoi-nghi.png", get_test_image_file().file.getvalue(), content_type="image/png")
    response = client.post(reverse("wagtailimages:add"), {"title": "Ảnh hội nghị", "file": upload})
    assert response.status_code == 302
    assert get_image_model().objects.get(title="Ảnh hội nghị").collection == a.collection
    # Another component's collection is refused, even asked for by hand.
    upload = SimpleUploadedFile("khac.png", get_test_image_file().file.getvalue(), content_type="image/png")
    client.post(reverse("wagtailimages:add"), {"title": "Ảnh khác", "file": upload, "collection": b.collection.pk})
    assert not get_image_model().objects.filter(title="Ảnh khác", collection=b.collection).exists()


def test_a_component_with_media_is_not_deleted_with_them(components):
    a, _b = components
    ImageFactory(title="Ảnh hội nghị", collection=a.collection)
    with pytest.raises(ComponentNotEmpty, match="ảnh và tài liệu"):
        delete_component(a.site)
    assert get_image_model().objects.filter(title="Ảnh hội nghị").exists()


def test_an_empty_component_takes_its_collection_away(components):
    a, _b = components
    delete_component(a.site)
    assert not type(a.collection).objects.filter(name="Sở Tư pháp").exists()


def test_a_seeded_components_demo_is_its_own(home_page, settings):
    settings.DEBUG = False  # no demo accounts
    component = create_component("Sở Tư pháp", "sotuphap.localhost", slug="so-tu-phap")
    seed_site(component.site, out=lambda line: None, areas=["component"])
    images = get_image_model().objects.filter(title__in=component.home.get_descendants().values("title"))
    assert images.exists() and set(images.values_list("collection", flat=True)) == {component.collection.pk}
    assert RateTable.objects.filter(site=component.site).exists()


# The default site (the home_page fixture's "Sở Nội vụ", whose people are the global groups) and
# a component, each with an image and a document of its own, and the platform's in the root.
OWN_MEDIA = {
    "default": ("Ảnh hội nghị Sở Nội vụ", "Tài liệu của Sở Nội vụ"),
    "component": ("Ảnh hội nghị Sở Tư pháp", "Tài liệu của Sở Tư pháp"),
}
PLATFORM_MEDIA = ("Ảnh chung của nền tảng", "Tài liệu chung của nền tảng")
LISTINGS_AND_CHOOSERS = [
    "wagtailimages:index",
    "wagtailimages_chooser:choose",
    "wagtaildocs:index",
    "wagtaildocs_chooser:choose",
]


@pytest.fixture
def platform(home_page):
    setup_editorial()
    component = create_component("Sở Tư pháp", "sotuphap.localhost")
    collections = {
        "default": default_site_collection(),
        "component": component.collection,
        "platform": root_collection(),
    }
    media = {}
    for side, (image_title, document_title) in [*OWN_MEDIA.items(), ("platform", PLATFORM_MEDIA)]:
        media[side] = (
            ImageFactory(title=image_title, collection=collections[side]),
            AttachmentDocumentFactory(title=document_title, collection=collections[side]),
        )
    users = {
        "default": UserFactory(username="quantri", groups=[SITE_ADMINS]),
        "component": UserFactory(username="quantri.tuphap", groups=[f"Sở Tư pháp – {SITE_ADMINS}"]),
    }
    return SimpleNamespace(collections=collections, media=media, users=users)


def others(side):
    return [
        title
        for other, titles in [*OWN_MEDIA.items(), ("platform", PLATFORM_MEDIA)]
        if other != side
        for title in titles
    ]


@pytest.mark.parametrize("side", OWN_MEDIA)
@pytest.mark.parametrize("url_name", LISTINGS_AND_CHOOSERS)
def test_each_sites_people_see_and_choose_only_its_own_media(client, platform, side, url_name):
    client.force_login(platform.users[side])
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    content = page_text(response)
    own_image, own_document = OWN_MEDIA[side]
    assert (own_document if url_name.startswith("wagtaildocs") else own_image) in content
    for title in others(side):
        assert title not in content


@pytest.mark.parametrize("side", OWN_MEDIA)
def test_another_sites_media_are_refused_when_asked_for_by_address(client, platform, side):
    client.force_login(platform.users[side])
    other = "component" if side == "default" else "default"
    for item, app in zip(platform.media[other], ("wagtailimages", "wagtaildocs"), strict=True):
        edit = reverse(f"{app}:edit", args=(item.pk,))
        assert refused(client.get(edit))
        assert refused(client.post(edit, {"title": "Đã bị sửa", "tags": ""}))
        assert refused(client.post(reverse(f"{app}:delete", args=(item.pk,))))
        assert type(item).objects.get(pk=item.pk).title == item.title  # neither changed nor deleted
        assert refused(client.get(reverse(f"{app}_chooser:chosen", args=(item.pk,))))
    # Their own are theirs to edit.
    for item, app in zip(platform.media[side], ("wagtailimages", "wagtaildocs"), strict=True):
        assert client.get(reverse(f"{app}:edit", args=(item.pk,))).status_code == 200


def summary_count(content, url_name):
    """The number the dashboard's summary shows on its link to `url_name`'s listing."""
    match = re.search(rf'<a href="{re.escape(reverse(url_name))}">\s*([\d.,]+)', content)
    return int(re.sub(r"[.,]", "", match.group(1)))


@pytest.mark.parametrize("side", OWN_MEDIA)
def test_the_dashboard_counts_only_the_sites_own_media(client, platform, side):
    ImageFactory.create_batch(2, collection=platform.collections["default"])  # the counts differ per site
    client.force_login(platform.users[side])
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    own = platform.collections[side]
    assert summary_count(content, "wagtailimages:index") == get_image_model().objects.filter(collection=own).count()
    assert summary_count(content, "wagtaildocs:index") == get_document_model().objects.filter(collection=own).count()


def test_setup_editorial_takes_the_default_sites_groups_off_the_root(client, platform):
    """An installation whose default site was named after its groups were set up: running
    `setup_editorial` again moves their grants from the root to the default site's collection."""
    admins = Group.objects.get(name=SITE_ADMINS)
    choose = Permission.objects.get(content_type__app_label="wagtailimages", codename="choose_image")
    GroupCollectionPermission.objects.create(group=admins, collection=root_collection(), permission=choose)
    client.force_login(platform.users["default"])
    assert PLATFORM_MEDIA[0] in page_text(client.get(reverse("wagtailimages_chooser:choose")))

    setup_editorial()
    content = page_text(client.get(reverse("wagtailimages_chooser:choose")))
    assert OWN_MEDIA["default"][0] in content and PLATFORM_MEDIA[0] not in content
