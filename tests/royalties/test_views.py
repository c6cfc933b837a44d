"""Real requests per role: editors propose, the chair confirms, the head approves, the accountant pays.

Every refusal is tested with the POST a user could craft by hand, not only with a hidden button.
"""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from royalties.models import RoyaltyItem, RoyaltyStatement
from seed.factories.royalties import make_item

JULY_2 = datetime.date(2026, 7, 2)


def refused(response):
    """Wagtail answers a permission refusal in the admin with a redirect to the dashboard and a message."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


def proposal(page, genre, coefficient, shares):
    return nested_form_data(
        {
            "page": page.pk,
            "unit": page.unit_id,
            "genre": genre.pk,
            "coefficient": coefficient,
            "add_on": "",
            "add_on_percent": "0",
            "note": "",
            "shares": inline_formset(
                [{"author_name": name, "role": role, "share": share} for name, role, share in shares], min=1
            ),
        }
    )


@pytest.fixture
def confirmed(tables, publish, roles):
    item = make_item(publish(JULY_2))
    item.confirm(roles.chair)
    return item


def test_editor_proposes_with_co_authors(client, tables, publish, roles):
    page = publish(JULY_2)
    client.force_login(roles.editor)
    genre = tables.second_half.genres.get(name="Tin có ảnh")
    data = proposal(page, genre, "1.5", [("Lê Thị Hoa", "text", "70"), ("Nguyễn Văn Bình", "photo", "30")])
    response = client.post(reverse("royalty_items:add"), data)
    assert response.status_code == 302
    item = RoyaltyItem.objects.get()
    assert (item.status, item.proposed_by, item.coefficient) == (RoyaltyItem.PROPOSED, roles.editor, Decimal("1.5"))
    assert [share.author_name for share in item.shares.all()] == ["Lê Thị Hoa", "Nguyễn Văn Bình"]


def test_editor_sees_why_a_proposal_is_refused(client, tables, publish, roles):
    page = publish(JULY_2)
    client.force_login(roles.editor)
    genre = tables.second_half.genres.get(name="Tin")
    response = client.post(reverse("royalty_items:add"), proposal(page, genre, "4", [("Lê Thị Hoa", "text", "60")]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "4 nằm ngoài khung 1–1,5 của “Tin”." in content
    assert "Tổng tỷ lệ hưởng của các tác giả phải bằng 100% (hiện là 60%)." in content
    assert not RoyaltyItem.objects.exists()


def test_editor_cannot_confirm_even_with_a_crafted_post(client, tables, publish, roles):
    item = make_item(publish(JULY_2))
    client.force_login(roles.editor)
    url = reverse("royalty_items:confirm", args=[item.pk])
    assert refused(client.get(url))
    assert refused(client.post(url))
    item.refresh_from_db()
    assert item.status == RoyaltyItem.PROPOSED


def test_editor_cannot_change_a_confirmed_item(client, confirmed, roles, tables):
    client.force_login(roles.editor)
    data = proposal(confirmed.page, tables.second_half.genres.get(name="Tin"), "1.5", [("Lê Thị Hoa", "text", "100")])
    response = client.post(reverse("royalty_items:edit", args=[confirmed.pk]), data)
    assert "chỉ Trưởng Ban Biên tập được sửa" in response.content.decode()
    confirmed.refresh_from_db()
    assert (confirmed.status, confirmed.coefficient) == (RoyaltyItem.CONFIRMED, Decimal("1.0"))


def test_chair_sees_the_amount_and_confirms(client, tables, publish, roles):
    item = make_item(publish(JULY_2), authors=[("Lê Thị Hoa", "text", "70"), ("Nguyễn Văn Bình", "photo", "30")])
    client.force_login(roles.chair)
    url = reverse("royalty_items:confirm", args=[item.pk])
    assert url in client.get(reverse("royalty_items:index")).content.decode()
    page = client.get(url).content.decode()
    assert "Bảng từ 01/07/2026" in page
    assert "50.600" in page and "35.420" in page and "15.180" in page
    response = client.post(url, follow=True)
    assert "Đã xác nhận nhuận bút" in response.content.decode()
    item.refresh_from_db()
    assert (item.status, item.amount, item.confirmed_by) == (RoyaltyItem.CONFIRMED, Decimal(50_600), roles.chair)


def test_editor_cannot_see_statements(client, confirmed, roles):
    client.force_login(roles.editor)
    statement = RoyaltyStatement.objects.get()
    assert refused(client.get(reverse("royalty_statements:detail", args=[statement.pk])))
    assert refused(client.get(reverse("royalty_statements:index")))


@pytest.mark.parametrize(
    ("action", "role"),
    [("approve", role) for role in ("editor", "chair", "accountant")]
    + [("pay", role) for role in ("editor", "chair", "head")],
)
def test_only_the_head_approves_and_only_the_accountant_marks_paid(client, confirmed, roles, action, role):
    statement = RoyaltyStatement.objects.get()
    if action == "pay":
        statement.approve(roles.head)
    status_before = statement.status
    client.force_login(getattr(roles, role))
    assert refused(client.post(reverse(f"royalty_statements:{action}", args=[statement.pk])))
    statement.refresh_from_db()
    assert statement.status == status_before


def test_head_approves_and_the_statement_locks(client, confirmed, roles):
    statement = RoyaltyStatement.objects.get()
    client.force_login(roles.head)
    detail = reverse("royalty_statements:detail", args=[statement.pk])
    assert "Phê duyệt và khóa bảng kê" in client.get(detail).content.decode()
    response = client.post(reverse("royalty_statements:approve", args=[statement.pk]), follow=True)
    content = response.content.decode()
    assert "Đã phê duyệt và khóa" in content
    assert "Phê duyệt và khóa bảng kê" not in content
    statement.refresh_from_db()
    assert (statement.status, statement.approved_by) == (RoyaltyStatement.APPROVED, roles.head)


def test_accountant_reads_downloads_and_marks_paid(client, confirmed, roles):
    statement = RoyaltyStatement.objects.get()
    client.force_login(roles.accountant)
    detail = reverse("royalty_statements:detail", args=[statement.pk])
    assert "Ghi nhận đã chi trả" not in client.get(detail).content.decode()  # not approved yet
    pay = reverse("royalty_statements:pay", args=[statement.pk])
    assert "Chỉ ghi nhận chi trả cho bảng kê đã được phê duyệt." in client.post(pay, follow=True).content.decode()
    statement.approve(roles.head)
    xlsx = client.get(detail, {"export": "xlsx"})
    assert xlsx["Content-Disposition"] == 'attachment; filename="bang-ke-nhuan-but-2026-07.xlsx"'
    client.post(pay, {"payment_reference": "PC-0815"})
    statement.refresh_from_db()
    assert (statement.status, statement.paid_by, statement.payment_reference) == (
        RoyaltyStatement.PAID,
        roles.accountant,
        "PC-0815",
    )
    # The accountant reads proposals but does not write them.
    assert client.get(reverse("royalty_items:index")).status_code == 200
    assert refused(client.get(reverse("royalty_items:add")))


def test_payment_warning_panel_on_the_dashboard(client, confirmed, roles):
    statement = RoyaltyStatement.objects.get()
    statement.approve(roles.head)
    client.force_login(roles.accountant)
    from freezegun import freeze_time

    with freeze_time("2026-08-25 02:00"):
        content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Nhuận bút sắp đến hạn chi trả" in content
    assert "hạn chi trả 31/08/2026" in content
    client.force_login(roles.editor)
    assert "Nhuận bút sắp đến hạn chi trả" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_article_editor_leads_to_its_royalty_screen(client, tables, publish, roles):
    page = publish(JULY_2)
    client.force_login(roles.editor)
    add_url = reverse("royalty_items:add") + f"?page={page.pk}"
    assert add_url.encode() in client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content
    assert client.get(reverse("royalty_items:add") + "?page=abc").status_code == 200  # a crafted link: no 500
    form = client.get(add_url).context["form"]
    assert form.initial["page"] == page.pk
    assert list(form.fields["genre"].queryset) == list(tables.second_half.genres.all())
    item = make_item(page)
    edit_url = reverse("royalty_items:edit", args=[item.pk])
    assert edit_url.encode() in client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content
