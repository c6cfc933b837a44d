"""A few real documents for the library's tests and browser journeys, each made by its key."""

import datetime

from seed.factories.legal_docs import DocumentTypeFactory, IssuingBodyFactory, LegalDocumentFactory, TopicFactory

CIVIL_SERVICE, ARCHIVES = "Công chức - viên chức", "Văn thư - lưu trữ"
ISSUER_LEVELS = {"Quốc hội": "central", "Chính phủ": "central", "Sở Nội vụ": "department"}

# key: (number, title, document type, issuing body, issue date, field of work)
SAMPLES = {
    "luat_ccvc": ("22/2008/QH12", "Luật Cán bộ, công chức", "Luật", "Quốc hội", (2008, 11, 13), CIVIL_SERVICE),
    "nd_vanthu": ("30/2020/NĐ-CP", "Về công tác văn thư", "Nghị định", "Chính phủ", (2020, 3, 5), ARCHIVES),
    "nd_congchuc": (
        "138/2020/NĐ-CP",
        "Quy định về tuyển dụng, sử dụng và quản lý công chức",
        "Nghị định",
        "Chính phủ",
        (2020, 11, 27),
        CIVIL_SERVICE,
    ),
    "nd_cu": ("110/2004/NĐ-CP", "Về công tác văn thư", "Nghị định", "Chính phủ", (2004, 4, 8), ARCHIVES),
    "kh_kiemtra": (
        "125/KH-SNV",
        "Kiểm tra công tác văn thư, lưu trữ năm 2025",
        "Kế hoạch",
        "Sở Nội vụ",
        (2025, 2, 1),
        ARCHIVES,
    ),
}


def sample_document(key, **overrides):
    number, title, document_type, issuer, issued, field = SAMPLES[key]
    return LegalDocumentFactory(
        number=number,
        title=title,
        document_type=DocumentTypeFactory(name=document_type),
        issuing_body=IssuingBodyFactory(name=issuer, level=ISSUER_LEVELS[issuer]),
        issue_date=datetime.date(*issued),
        topics=[TopicFactory(name=field)],
        **overrides,
    )
