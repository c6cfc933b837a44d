"""Images whose declared size would take gigabytes to decode are refused at upload."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db


def png(width, height):
    output = io.BytesIO()
    Image.new("1", (width, height)).save(output, "PNG")  # one bit per pixel: compresses to almost nothing
    return output.getvalue()


def upload(client, data):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Ảnh",
            "file": SimpleUploadedFile("anh.png", data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_an_image_of_too_many_pixels_is_refused_with_a_message(admin_client):
    data = png(9000, 9000)  # 81 megapixels in a few kilobytes
    assert len(data) < 100 * 1024
    response = upload(admin_client, data)
    assert response.status_code == 200
    assert "Tệp có quá nhiều điểm ảnh" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_a_photo_sized_image_is_accepted(admin_client):
    assert upload(admin_client, png(4000, 3000)).status_code == 302
    assert get_image_model().objects.count() == 1
