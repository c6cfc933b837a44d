"""Two component sites made as the platform makes them (components.provisioning), a Sở and a
phường, each with a unit, a person per role, and content of its own from the seed factories: the
ground for tests that one site's people never reach the other's content."""

from types import SimpleNamespace

from components.provisioning import create_component
from editorial.roles import UNIT_EDITORS
from news_pages.models import NewsIndexPage
from seed.factories.editorial import UnitFactory, editor_of
from seed.factories.feedback import QuestionFactory
from seed.factories.legal_docs import LegalDocumentFactory
from seed.factories.news_pages import NewsCategoryPageFactory, NewsPageFactory
from site_home.models import SiteKind

SIDES = [
    ("so", "Sở Nội vụ tỉnh", "so.localhost", SiteKind.DEPARTMENT, "7/2026/QĐ-SNV", "Quy chế tuyển dụng công chức"),
    (
        "phuong",
        "UBND phường Cẩm Thành",
        "phuong.localhost",
        SiteKind.COMMUNE,
        "15/KH-UBND",
        "Kế hoạch chỉnh trang vỉa hè",
    ),
]


def build_side(key, name, host, kind, number, document_title, port=80):
    component = create_component(name, host, kind=kind, port=port)
    site = component.site
    unit = UnitFactory(site=site, name=f"Văn phòng {name}", short_name="VP")
    people = {
        role: editor_of(unit, f"{key}_{n}", groups=[group.name])
        for n, (role, group) in enumerate(component.groups.items())
    }
    author = people[UNIT_EDITORS]
    news = NewsIndexPage.objects.child_of(component.home).get()
    category = NewsCategoryPageFactory(parent=news, title=f"Hoạt động {name}", slug="hoat-dong")
    article = NewsPageFactory(parent=category, title=f"Tin bài chờ duyệt của {name}", unit=unit, featured_image=None)
    article.owner = author
    article.save()
    article.save_revision(user=author)
    article.get_workflow().start(article, author)
    return SimpleNamespace(
        key=key,
        name=name,
        host=host,
        site=site,
        component=component,
        unit=unit,
        people=people,
        category=category,
        article=article,
        document=LegalDocumentFactory(site=site, number=number, title=document_title),
        question=QuestionFactory.published(site=site, unit=unit, title=f"Câu hỏi gửi {name}"),
    )


def build_platform(port=80):
    """{"so": side, "phuong": side}; every person's password is the factories' "matkhau@123"."""
    return {side[0]: build_side(*side, port=port) for side in SIDES}


def titles(side):
    """What of `side` must never show on the other site's screens."""
    return [side.article.title, side.document.title, side.question.title, side.unit.name, side.category.title]
