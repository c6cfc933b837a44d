"""Royalties belong to the site of their article: each site has its own rate tables, proposals
and monthly statements, its own head and accountant, and a component's people neither see nor
reach another site's, in the listings, the statements, their exports or the approval."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from editorial.roles import BOARD_CHAIR, SITE_ADMINS, setup_editorial
from news_pages.models import NewsIndexPage
from royalties.models import RoyaltyItem, RoyaltyStatement
from royalties.roles import ACCOUNTANT, HEAD
from seed.factories.editorial import UnitFactory, UserFactory
from seed.factories.news_pages import NewsIndexPageFactory, NewsPageFactory
from seed.factories.royalties import RateTableFactory, make_item
from tests.royalties.test_views import proposal

pytestmark = pytest.mark.django_db

COMPONENT = "Sở Tư pháp"


def article(index, unit, title):
    moment = datetime.datetime(2026, 3, 10, 9, tzinfo=timezone.get_current_timezone())
    return NewsPageFactory(parent=index, title=title, unit=unit, publication_date=moment, featured_image=None)


@pytest.fixture
def royalties(component, home_page):
    """The default site (the Sở Nội vụ, its global groups) and the component, each with its own
    rate table, a confirmed article on March's statement and a proposal waiting."""
    setup_editorial()
    default_site = home_page.get_site()
    chair = UserFactory(username="truongban", groups=[BOARD_CHAIR])
    table_a = RateTableFactory(site=default_site, name="Bảng của Sở Nội vụ", valid_from=datetime.date(2026, 1, 1))
    table_b = RateTableFactory(
        site=component, name="Bảng của Sở Tư pháp", valid_from=datetime.date(2026, 1, 1), site_factor=Decimal(50)
    )
    index_a = NewsIndexPageFactory(parent=home_page)
    index_b = NewsIndexPage.objects.child_of(component.root_page).get()
    unit_a, unit_b = UnitFactory(site=default_site, name="Văn phòng Sở"), UnitFactory(site=component, name="Phòng BTTP")
    confirmed_a = make_item(article(index_a, unit_a, "Hội nghị cán bộ Sở Nội vụ"))
    confirmed_a.confirm(chair)
    chair_b = UserFactory(username="truongban-tp", groups=[f"{COMPONENT} – {BOARD_CHAIR}"])
    confirmed_b = make_item(article(index_b, unit_b, "Trợ giúp pháp lý lưu động"))
    confirmed_b.confirm(chair_b)
    return {
        "tables": (table_a, table_b),
        "confirmed": (confirmed_a, confirmed_b),
        "waiting": (
            make_item(article(index_a, unit_a, "Tuyển dụng công chức")),
            make_item(article(index_b, unit_b, "Phổ biến pháp luật")),
        ),
        "statements": (
            RoyaltyStatement.objects.get(site=default_site),
            RoyaltyStatement.objects.get(site=component),
        ),
        "chair_b": chair_b,
    }


def test_a_component_gets_its_own_head_and_accountant(component):
    for role, permission in ((HEAD, "approve_royaltystatement"), (ACCOUNTANT, "pay_royaltystatement")):
        group = Group.objects.get(name=f"{COMPONENT} – {role}")
        assert group.permissions.filter(codename=permission).exists()


def test_an_article_is_paid_from_its_sites_table_on_its_sites_statement(royalties):
    confirmed_a, confirmed_b = royalties["confirmed"]
    table_a, table_b = royalties["tables"]
    assert (confirmed_a.rate_table, confirmed_b.rate_table) == (table_a, table_b)
    assert confirmed_b.amount == confirmed_a.amount * 50 / 20  # the component's own site factor
    statement_a, statement_b = royalties["statements"]
    assert statement_a.month == statement_b.month == datetime.date(2026, 3, 1)
    assert list(statement_b.lines.values_list("title", flat=True)) == ["Trợ giúp pháp lý lưu động"]


def test_the_components_chair_sees_and_confirms_only_its_royalties(client, royalties):
    waiting_a, waiting_b = royalties["waiting"]
    client.force_login(royalties["chair_b"])
    listing = client.get(reverse("royalty_items:index")).content.decode()
    assert "Trợ giúp pháp lý lưu động" in listing and "Phổ biến pháp luật" in listing
    assert "Hội nghị cán bộ Sở Nội vụ" not in listing and "Tuyển dụng công chức" not in listing
    assert client.get(reverse("royalty_items:edit", args=[waiting_b.pk])).status_code == 200
    for url_name in ("edit", "inspect", "confirm"):
        assert client.get(reverse(f"royalty_items:{url_name}", args=[waiting_a.pk])).status_code == 404, url_name
    assert client.post(reverse("royalty_items:confirm", args=[waiting_a.pk])).status_code == 404
    waiting_a.refresh_from_db()
    assert waiting_a.status == waiting_a.PROPOSED


def test_the_components_head_approves_only_its_statement(client, royalties):
    statement_a, statement_b = royalties["statements"]
    client.force_login(UserFactory(username="giamdoc-tp", groups=[f"{COMPONENT} – {HEAD}"]))
    index = client.get(reverse("royalty_statements:index")).content.decode()
    assert reverse("royalty_statements:detail", args=[statement_b.pk]) in index
    assert reverse("royalty_statements:detail", args=[statement_a.pk]) not in index
    detail_a = reverse("royalty_statements:detail", args=[statement_a.pk])
    assert client.get(detail_a).status_code == 404
    assert client.get(detail_a + "?export=xlsx").status_code == 404
    assert client.post(reverse("royalty_statements:approve", args=[statement_a.pk])).status_code == 404
    statement_a.refresh_from_db()
    assert statement_a.status == RoyaltyStatement.DRAFT

    assert (
        "Trợ giúp pháp lý lưu động"
        in client.get(reverse("royalty_statements:detail", args=[statement_b.pk])).content.decode()
    )
    client.post(reverse("royalty_statements:approve", args=[statement_b.pk]))
    statement_b.refresh_from_db()
    assert statement_b.status == RoyaltyStatement.APPROVED


def test_the_default_sites_head_keeps_its_statement_only(client, royalties):
    statement_a, statement_b = royalties["statements"]
    client.force_login(UserFactory(username="giamdoc", groups=[HEAD]))
    assert client.get(reverse("royalty_statements:detail", args=[statement_a.pk])).status_code == 200
    assert client.get(reverse("royalty_statements:detail", args=[statement_b.pk])).status_code == 404


def test_rate_tables_are_each_sites_own(client, royalties):
    table_a, table_b = royalties["tables"]
    client.force_login(UserFactory(username="qt-tp", groups=[f"{COMPONENT} – {SITE_ADMINS}"]))
    listing = client.get(reverse("royalty_rates:index")).content.decode()
    assert "Bảng của Sở Tư pháp" in listing and "Bảng của Sở Nội vụ" not in listing
    assert client.get(reverse("royalty_rates:edit", args=[table_a.pk])).status_code == 404
    assert client.get(reverse("royalty_rates:edit", args=[table_b.pk])).status_code == 200


def test_the_payment_warning_names_the_accountants_own_statements(client, royalties):
    statement_a, statement_b = royalties["statements"]
    for statement in royalties["statements"]:
        statement.approve(royalties["chair_b"])  # both approved and unpaid, long past due
    client.force_login(UserFactory(username="ketoan-tp", groups=[f"{COMPONENT} – {ACCOUNTANT}"]))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("royalty_statements:detail", args=[statement_b.pk]) in dashboard
    assert reverse("royalty_statements:detail", args=[statement_a.pk]) not in dashboard


def test_a_proposal_for_another_sites_article_is_refused(client, royalties, home_page):
    table_a, _table_b = royalties["tables"]
    index_a = NewsIndexPage.objects.child_of(home_page).get()
    page_a = article(index_a, UnitFactory(site=home_page.get_site(), name="Phòng Tổ chức"), "Thi tuyển viên chức")
    client.force_login(royalties["chair_b"])
    data = proposal(page_a, table_a.genres.get(name="Tin"), "1.0", [("Lê Thị Hoa", "text", "100")])
    response = client.post(reverse("royalty_items:add"), data)
    assert "Tin bài này thuộc trang thành phần khác." in response.content.decode()
    assert "unit" in response.context["form"].errors  # nor its unit: the choices are the site's units
    assert not RoyaltyItem.objects.filter(page=page_a).exists()
