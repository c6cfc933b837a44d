"""Royalties: the 2026 rate tables, the head and accountant accounts, and last month's approved statement.

Each site has its own tables (a component gets them from seed.content.component); the statement
is the default site's.

Base salary 2,340,000 đồng until 30/06/2026 and 2,530,000 from 01/07/2026; a department site pays 20%
of the provincial portal's rates. Last month's live articles get proposals, the chair's confirmation
and the head's approval, so the statement screen, its XLSX and the payment warning have data.
"""

import datetime
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model

from editorial.months import add_months, current_month, month_bounds
from news_pages.models import NewsPage
from royalties.models import AddOn, Genre, RateTable, RoyaltyItem, RoyaltyShare, RoyaltyStatement
from royalties.roles import ACCOUNTANT, HEAD
from seed import data
from seed.content.units import DEMO_PASSWORD, demo_account


def load_tables(plan, site):
    for spec in plan["tables"]:
        valid_from = datetime.date.fromisoformat(spec["valid_from"])
        table, created = RateTable.objects.get_or_create(
            site=site,
            valid_from=valid_from,
            defaults={
                "name": f"Bảng nhuận bút từ {valid_from:%d/%m/%Y}",
                "legal_basis": plan["legal_basis"],
                "base_salary": Decimal(spec["base_salary"]),
                "site_factor": Decimal(20),
            },
        )
        if not created:
            continue
        # Genres carry a coefficient range, add-ons a percentage range.
        for model, low, high, rows in [
            (Genre, "coefficient_min", "coefficient_max", plan["genres"]),
            (AddOn, "percent_min", "percent_max", plan["add_ons"]),
        ]:
            for order, row in enumerate(rows):
                bounds = {low: Decimal(row["min"]), high: Decimal(row["max"])}
                model.objects.create(table=table, name=row["name"], sort_order=order, **bounds)


def load_accounts(site, plan):
    for account in plan["accounts"]:
        demo_account(site, account["username"], account["first_name"], account["last_name"], account["group"])
    users = get_user_model().objects.filter(username__in=["giamdoc", "truongban"])
    return {user.username: user for user in users}


def propose(page, number, photographer, site):
    table = RateTable.objects.filter(site=site).in_force_on(page.publication_date.date())
    with_photo = page.featured_image_id is not None and number % 2 == 0
    genre = table.genres.get(name="Tin có ảnh" if with_photo else "Tin")
    author = page.byline or "Văn phòng"
    item = RoyaltyItem.objects.create(page=page, genre=genre, coefficient=genre.coefficient_min)
    shares = [(author, "text", 70), (photographer, "photo", 30)] if with_photo else [(author, "text", 100)]
    for order, (name, role, share) in enumerate(shares):
        RoyaltyShare.objects.create(item=item, author_name=name, role=role, share=Decimal(share), sort_order=order)
    return item


def load(site, out):
    plan = data.load("royalties")
    load_tables(plan, site)
    users = load_accounts(site, plan) if settings.DEBUG else {}
    month = add_months(current_month(), -1)
    statements = RoyaltyStatement.objects.filter(site=site)
    if statements.filter(month=month).exists():
        return
    start, end = month_bounds(month, month)
    pages = (
        NewsPage.objects.live()
        .descendant_of(site.root_page)
        .filter(publication_date__gte=start, publication_date__lt=end)
        .order_by("publication_date")
    )
    for number, page in enumerate(pages):
        if not RoyaltyItem.objects.filter(page=page).exists():
            propose(page, number, plan["photographer"], site).confirm(users.get("truongban"))
    statement = statements.filter(month=month).first()
    if statement is None:
        return
    statement.approve(users.get("giamdoc"))
    total = f"{statement.total():,.0f}".replace(",", ".")
    out(f"  Nhuận bút: bảng kê tháng {month:%m/%Y} đã phê duyệt, {statement.lines.count()} dòng, {total} đồng")
    if users:
        out(f"    Tài khoản: giamdoc ({HEAD}), ketoan ({ACCOUNTANT}), mật khẩu {DEMO_PASSWORD}")
