"""The backup and restore of docs/deployment.md, run for real: pg_dump and the media folder of a
site with content, restored into a new database and a new media folder, give the same site."""

import shutil
import subprocess
import tarfile
import uuid

import psycopg2
import pytest
from django.db import connection

from legal_docs.models import LegalDocument
from seed.factories.legal_docs import LegalDocumentFactory
from seed.factories.news_pages import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.skipif(not shutil.which("pg_dump"), reason="needs PostgreSQL's client tools")


def connection_args(name):
    params = connection.settings_dict
    return {
        "host": params["HOST"] or "127.0.0.1",
        "port": params["PORT"] or 5432,
        "user": params["USER"],
        "dbname": name,
    }


def rows(dbname, sql):
    with psycopg2.connect(**connection_args(dbname)) as db, db.cursor() as cursor:
        cursor.execute(sql)
        return sorted(cursor.fetchall())


@pytest.fixture
def restored_db():
    name = f"restore_{uuid.uuid4().hex[:8]}"
    yield name
    args = connection_args("postgres")
    subprocess.run(
        ["dropdb", "--if-exists", "-h", str(args["host"]), "-p", str(args["port"]), "-U", args["user"], name]
    )


def test_a_site_backed_up_and_restored_has_the_same_content_and_files(
    transactional_db, home_page, settings, tmp_path, restored_db
):
    settings.MEDIA_ROOT = tmp_path / "media"
    news = NewsIndexPageFactory(parent=home_page, title="Tin tức", slug="tin-tuc")
    NewsPageFactory(parent=news, title="Hội nghị tổng kết công tác nội vụ năm 2026", slug="hoi-nghi")
    LegalDocumentFactory(title="Quyết định về công tác văn thư")
    stored_file = settings.MEDIA_ROOT / "documents" / "quyet-dinh.pdf"
    stored_file.parent.mkdir(parents=True, exist_ok=True)
    stored_file.write_bytes(b"%PDF-1.4 noi dung")

    source = connection.settings_dict["NAME"]
    args = connection_args(source)
    server = ["-h", str(args["host"]), "-p", str(args["port"]), "-U", args["user"]]
    dump, media_archive = tmp_path / "site.dump", tmp_path / "media.tar.gz"
    subprocess.run(["pg_dump", *server, "--format=custom", "--no-owner", f"--file={dump}", source], check=True)
    with tarfile.open(media_archive, "w:gz") as archive:
        archive.add(settings.MEDIA_ROOT, arcname=".")

    subprocess.run(["createdb", *server, restored_db], check=True)
    subprocess.run(["pg_restore", *server, "--no-owner", f"--dbname={restored_db}", str(dump)], check=True)
    restored_media = tmp_path / "restored-media"
    with tarfile.open(media_archive) as archive:
        archive.extractall(restored_media, filter="data")

    for sql in (
        "SELECT title, url_path, live FROM wagtailcore_page",
        f"SELECT title, number FROM {LegalDocument._meta.db_table}",
        "SELECT username, password FROM auth_user",
    ):
        assert rows(restored_db, sql) == rows(source, sql)
    assert ("Hội nghị tổng kết công tác nội vụ năm 2026",) in rows(restored_db, "SELECT title FROM wagtailcore_page")
    assert (restored_media / "documents" / "quyet-dinh.pdf").read_bytes() == stored_file.read_bytes()
