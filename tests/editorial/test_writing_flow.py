"""Writing an article as a unit editor: the category in plain words, a body that starts with a paragraph,
"Gửi vào quy trình" as the main button, and the list of articles after submitting."""

import pytest
from django.urls import reverse

from seed.factories.news_pages import NewsCategoryPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

CHOOSE_CATEGORY = "/admin/news_pages/choose_parent/"


def test_add_article_asks_for_the_category_as_a_plain_list(client, board):
    NewsCategoryPageFactory(parent=board.section, title="Cải cách hành chính", slug="cchc")
    client.force_login(board.editor)
    response = client.get(CHOOSE_CATEGORY)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Thêm tin bài" in html and "Chuyên mục" in html and "Viết tin bài" in html
    assert 'type="radio"' in html and "Hoạt động của Sở" in html and "Cải cách hành chính" in html
    assert "Trang cha" not in html and "Parent page" not in html

    response = client.post(CHOOSE_CATEGORY, {"parent_page": board.parent.pk})
    assert response.url == reverse("wagtailadmin_pages:add", args=("news_pages", "newspage", board.parent.pk))


def test_choosing_no_category_says_so_and_stays(client, board):
    NewsCategoryPageFactory(parent=board.section, title="Cải cách hành chính", slug="cchc")
    client.force_login(board.editor)
    response = client.post(CHOOSE_CATEGORY, {})
    assert response.status_code == 200
    assert "Hãy chọn một chuyên mục." in response.content.decode()


def test_a_new_article_body_opens_with_one_empty_paragraph(client, board):
    client.force_login(board.editor)
    response = client.get(reverse("wagtailadmin_pages:add", args=("news_pages", "newspage", board.parent.pk)))
    body = response.context["form"]["body"].value()
    assert [block.block_type for block in body] == ["paragraph"]


def test_submit_is_the_editors_main_button(client, board):
    article = NewsPageFactory(parent=board.parent, unit=board.unit, featured_image=None, live=False)
    article.save_revision(user=board.editor)
    client.force_login(board.editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(article.pk,))).content.decode()
    action_menu = html[html.rindex("<footer") :]
    main, _arrow, menu = action_menu.partition('data-w-dropdown-target="toggle"')
    assert 'name="action-submit"' in main and 'name="action-submit"' not in menu
    assert "Lưu bản nháp" in menu, "saving a draft is still one click away"


def test_after_submitting_the_editor_lands_on_the_list_of_articles(client, board, article_form):
    client.force_login(board.editor)
    url = reverse("wagtailadmin_pages:add", args=("news_pages", "newspage", board.parent.pk))
    response = client.post(url, article_form("Tập huấn văn thư", **{"action-submit": "Gửi duyệt"}))
    assert response.url == "/admin/news_pages/"
    assert "Tập huấn văn thư" in client.get(response.url).content.decode()

    saved = client.post(url, article_form("Bản nháp khác", slug="ban-nhap"))  # a draft stays in its editor
    assert saved.url != "/admin/news_pages/"
