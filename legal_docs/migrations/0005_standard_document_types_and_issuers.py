"""The standard document types and the common issuing bodies, so a fresh install can import.

Names and slugs are frozen here (a migration must not follow later code). An entry whose name or
slug is already taken is left as it is; nothing is removed when migrating backwards, since
documents may use the entries by then.
"""

from django.db import migrations

# (name, slug), in the order the filters list them.
DOCUMENT_TYPES = [
    ("Luật", "luat"),
    ("Pháp lệnh", "phap-lenh"),
    ("Nghị quyết", "nghi-quyet"),
    ("Nghị định", "nghi-dinh"),
    ("Quyết định", "quyet-dinh"),
    ("Thông tư", "thong-tu"),
    ("Thông tư liên tịch", "thong-tu-lien-tich"),
    ("Chỉ thị", "chi-thi"),
    ("Kế hoạch", "ke-hoach"),
    ("Hướng dẫn", "huong-dan"),
    ("Công văn", "cong-van"),
    ("Thông báo", "thong-bao"),
    ("Báo cáo", "bao-cao"),
    ("Tờ trình", "to-trinh"),
    ("Văn bản hợp nhất", "van-ban-hop-nhat"),
]

# (name, slug, level)
ISSUING_BODIES = [
    ("Quốc hội", "quoc-hoi", "central"),
    ("Ủy ban Thường vụ Quốc hội", "uy-ban-thuong-vu-quoc-hoi", "central"),
    ("Chủ tịch nước", "chu-tich-nuoc", "central"),
    ("Chính phủ", "chinh-phu", "central"),
    ("Thủ tướng Chính phủ", "thu-tuong-chinh-phu", "central"),
    ("Bộ Nội vụ", "bo-noi-vu", "central"),
    ("Hội đồng nhân dân tỉnh", "hoi-dong-nhan-dan-tinh", "province"),
    ("Ủy ban nhân dân tỉnh", "uy-ban-nhan-dan-tinh", "province"),
    ("Sở Nội vụ", "so-noi-vu", "department"),
    ("Ủy ban nhân dân xã", "uy-ban-nhan-dan-xa", "district"),
]


def create_entries(apps, schema_editor):
    DocumentType = apps.get_model("legal_docs", "DocumentType")
    IssuingBody = apps.get_model("legal_docs", "IssuingBody")
    for order, (name, slug) in enumerate(DOCUMENT_TYPES):
        if not DocumentType.objects.filter(name=name).exists() and not DocumentType.objects.filter(slug=slug).exists():
            DocumentType.objects.create(name=name, slug=slug, sort_order=order)
    for order, (name, slug, level) in enumerate(ISSUING_BODIES):
        if not IssuingBody.objects.filter(name=name).exists() and not IssuingBody.objects.filter(slug=slug).exists():
            IssuingBody.objects.create(name=name, slug=slug, sort_order=order, level=level)


class Migration(migrations.Migration):
    dependencies = [("legal_docs", "0004_relation_kind_corrects")]

    operations = [migrations.RunPython(create_entries, migrations.RunPython.noop)]
