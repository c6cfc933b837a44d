import pytest

from seed.factories.legal_docs import root_collection


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def collection_root(db):
    """Uploads need Wagtail's root collection, which a transactional test elsewhere may have flushed."""
    return root_collection()
