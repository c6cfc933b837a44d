"""A site with the board's groups, workflow, one unit, its editor, a board member and the chair."""

from types import SimpleNamespace

import pytest

from editorial import roles
from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, setup_editorial
from tests.editorial.factories import UnitFactory, UnitQuotaFactory, UserFactory, editor_of


@pytest.fixture
def section(home_page):
    """Where unit editors write: the news index once news_pages provides it, else the home page."""
    return home_page


@pytest.fixture
def board(section, monkeypatch):
    if section.specific_class.__name__ != "NewsIndexPage":
        monkeypatch.setattr(roles, "EDITOR_SECTION_MODELS", [section.specific_class._meta.label])
    groups, workflow = setup_editorial()
    unit = UnitFactory(name="Văn phòng Sở", short_name="VP")
    UnitQuotaFactory(unit=unit)
    return SimpleNamespace(
        groups=groups,
        workflow=workflow,
        unit=unit,
        section=section,
        editor=editor_of(unit, "bientap"),
        member=UserFactory(username="thanhvien", first_name="Phạm Minh", last_name="Tuấn", groups=[BOARD_MEMBERS]),
        chair=UserFactory(username="truongban", first_name="Trần Thị Thúy", last_name="Hiền", groups=[BOARD_CHAIR]),
    )


@pytest.fixture
def article_form():
    """POST data of the page create/edit form for an article under the section."""
    from wagtail.test.utils.form_data import nested_form_data, rich_text

    def build(title, **extra):
        return nested_form_data(
            {
                "title": title,
                "slug": extra.pop("slug", "bai-viet"),
                "summary": "Tóm tắt bài viết.",
                "body": rich_text("<p>Nội dung bài viết của đơn vị.</p>"),
                **extra,
            }
        )

    return build


@pytest.fixture
def article_model():
    from site_home.models import StandardPage

    return StandardPage
