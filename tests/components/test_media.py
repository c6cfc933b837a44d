"""Each component keeps its images and documents in its own collection: its people upload there
and neither see nor choose another component's media, in the listings or the choosers."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import GroupCollectionPermission
from wagtail_factories import ImageFactory

from components.provisioning import ComponentNotEmpty, create_component, delete_component
from editorial.roles import SITE_ADMINS, UNIT_EDITORS
from royalties.models import RateTable
from seed import seed_site
from seed.factories.editorial import UserFactory
from seed.factories.legal_docs import AttachmentDocumentFactory

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
