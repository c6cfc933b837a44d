import datetime

import pytest

from seed.factories.legal_docs import DocumentTypeFactory, IssuingBodyFactory, LegalDocumentFactory, TopicFactory


@pytest.fixture
def documents(home_page):
    law, decree = DocumentTypeFactory(name="Luật"), DocumentTypeFactory(name="Nghị định")
    assembly, government = IssuingBodyFactory(name="Quốc hội"), IssuingBodyFactory(name="Chính phủ")
    civil, archives = TopicFactory(name="Công chức - viên chức"), TopicFactory(name="Văn thư - lưu trữ")

    def document(number, title, kind, issuer, date, topic, **kwargs):
        return LegalDocumentFactory(
            number=number,
            title=title,
            document_type=kind,
            issuing_body=issuer,
            issue_date=date,
            topics=[topic],
            attachments=[],
            **kwargs,
        )

    return {
        "luat": document("22/2008/QH12", "Luật Cán bộ, công chức", law, assembly, datetime.date(2008, 11, 13), civil),
        "vanthu": document(
            "30/2020/NĐ-CP", "Về công tác văn thư", decree, government, datetime.date(2020, 3, 5), archives
        ),
        "congchuc": document(
            "138/2020/NĐ-CP",
            '=HYPERLINK("http://x") tuyển dụng công chức',
            decree,
            government,
            datetime.date(2020, 11, 27),
            civil,
        ),
        "cu": document(
            "110/2004/NĐ-CP",
            "Về công tác văn thư",
            decree,
            government,
            datetime.date(2004, 4, 8),
            archives,
            validity_override="expired",
        ),
        "draft": document(
            "99/2024/NĐ-CP", "Dự thảo về công chức", decree, government, datetime.date(2024, 1, 2), civil, live=False
        ),
    }
