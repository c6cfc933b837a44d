"""Decree 224/2026 duties seen by a citizen: rating any information, maintenance notices,
the leaders' work calendar and drafts open for comment."""

from feedback.models import ContentRating
from tests.browser.conftest import serious_axe_violations
from tests.feedback.factories import UnitFactory
from tests.news_pages.factories import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory


def test_citizen_rates_an_article_served_from_the_cache(page, live_server, site):
    unit = UnitFactory(name="Phòng Lao động - Việc làm")
    category = NewsCategoryPageFactory(parent=NewsIndexPageFactory(parent=site), slug="lao-dong")
    article = NewsPageFactory(parent=category, title="Phiên giao dịch việc làm tháng 12/2026", unit=unit)

    page.goto(live_server.url + article.url)
    widget = page.locator("#danh-gia-thong-tin")
    assert serious_axe_violations(page) == []
    widget.get_by_label("Hài lòng", exact=True).check()
    widget.get_by_role("button", name="Gửi đánh giá").click()
    status = widget.locator("[role=status]")
    status.filter(has_text="Cảm ơn bạn đã đánh giá.").wait_for()
    assert page.url.endswith(article.url)  # rated in place, the page did not change

    widget.get_by_label("Rất hài lòng").check()
    widget.get_by_role("button", name="Gửi đánh giá").click()
    status.filter(has_text="đã được cập nhật").wait_for()
    rating = ContentRating.objects.get()
    assert (rating.level, rating.unit) == (3, unit)
