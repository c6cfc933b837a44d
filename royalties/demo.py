"""Demo royalties: the 2026 rate tables, the head and accountant accounts, and last month's approved statement.

Base salary 2,340,000 đồng until 30/06/2026 and 2,530,000 from 01/07/2026; a department site pays 20%
of the provincial portal's rates. Last month's live articles get proposals, the chair's confirmation
and the head's approval, so the statement screen, its XLSX and the payment warning have data.
"""

import datetime
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model

from editorial.demo import DEMO_PASSWORD, demo_account
from editorial.months import add_months, current_month, month_bounds
from news_pages.models import NewsPage
from royalties.models import AddOn, Genre, RateTable, RoyaltyItem, RoyaltyShare, RoyaltyStatement
from royalties.roles import ACCOUNTANT, HEAD

LEGAL_BASIS = (
    "Nghị định 18/2014/NĐ-CP về chế độ nhuận bút, thù lao; Nghị định 224/2026/NĐ-CP, Điều 20 khoản 3; "
    "Quyết định của Giám đốc Sở về mức chi nhuận bút trên Trang thông tin điện tử của Sở."
)
# valid from, base salary
TABLES = [(datetime.date(2026, 1, 1), 2_340_000), (datetime.date(2026, 7, 1), 2_530_000)]
GENRES = [
    ("Tin", "1.0", "1.5"),
    ("Tin có ảnh", "1.5", "2.0"),
    ("Tin đăng lại", "0.5", "0.5"),
    ("Bình luận, chuyên đề, phóng sự", "2.5", "3.0"),
    ("Ảnh", "0.5", "1.0"),
]
ADD_ONS = [("Dịch thuật", 40, 65), ("Tác phẩm dành cho đồng bào dân tộc thiểu số", 10, 20)]
ACCOUNTS = [
    ("giamdoc", "Nguyễn Văn", "An", HEAD),
    ("ketoan", "Đỗ Thị", "Mai", ACCOUNTANT),
]
PHOTOGRAPHER = "Quốc Bảo"


def load_tables():
    for valid_from, base_salary in TABLES:
        table, created = RateTable.objects.get_or_create(
            valid_from=valid_from,
            defaults={
                "name": f"Bảng nhuận bút từ {valid_from:%d/%m/%Y}",
                "legal_basis": LEGAL_BASIS,
                "base_salary": Decimal(base_salary),
                "site_factor": Decimal(20),
            },
        )
        if created:
            for order, (name, low, high) in enumerate(GENRES):
                Genre.objects.create(
                    table=table,
                    name=name,
                    coefficient_min=Decimal(low),
                    coefficient_max=Decimal(high),
                    sort_order=order,
                )
            for order, (name, low, high) in enumerate(ADD_ONS):
                AddOn.objects.create(
                    table=table, name=name, percent_min=Decimal(low), percent_max=Decimal(high), sort_order=order
                )


def load_accounts():
    for account in ACCOUNTS:
        demo_account(*account)
    users = get_user_model().objects.filter(username__in=["giamdoc", "truongban"])
    return {user.username: user for user in users}


def propose(page, number):
    table = RateTable.objects.in_force_on(page.publication_date.date())
    with_photo = page.featured_image_id is not None and number % 2 == 0
    genre = table.genres.get(name="Tin có ảnh" if with_photo else "Tin")
    author = page.byline or "Văn phòng"
    item = RoyaltyItem.objects.create(page=page, genre=genre, coefficient=genre.coefficient_min)
    shares = [(author, "text", 70), (PHOTOGRAPHER, "photo", 30)] if with_photo else [(author, "text", 100)]
    for order, (name, role, share) in enumerate(shares):
        RoyaltyShare.objects.create(item=item, author_name=name, role=role, share=Decimal(share), sort_order=order)
    return item


def load(command):
    load_tables()
    users = load_accounts() if settings.DEBUG else {}
    month = add_months(current_month(), -1)
    if RoyaltyStatement.objects.filter(month=month).exists():
        return
    start, end = month_bounds(month, month)
    pages = (
        NewsPage.objects.live()
        .filter(publication_date__gte=start, publication_date__lt=end)
        .order_by("publication_date")
    )
    for number, page in enumerate(pages):
        if not RoyaltyItem.objects.filter(page=page).exists():
            propose(page, number).confirm(users.get("truongban"))
    statement = RoyaltyStatement.objects.filter(month=month).first()
    if statement is None:
        return
    statement.approve(users.get("giamdoc"))
    total = f"{statement.total():,.0f}".replace(",", ".")
    command.stdout.write(
        f"  Nhuận bút: bảng kê tháng {month:%m/%Y} đã phê duyệt, {statement.lines.count()} dòng, {total} đồng"
    )
    if users:
        command.stdout.write(f"    Tài khoản: giamdoc ({HEAD}), ketoan ({ACCOUNTANT}), mật khẩu {DEMO_PASSWORD}")
