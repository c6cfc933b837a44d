"""Demo units with quotas (one changed, one renamed), the board's groups and one account per role.

Articles submitted through the real workflow are added by `editorial.demo_articles` once the news
section exists. Accounts with the shared demo password are only created when DEBUG is on.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.models import EditorProfile, Unit, UnitQuota
from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, SITE_ADMINS, UNIT_EDITORS, setup_editorial

DEMO_PASSWORD = "bbt@2026"
QUOTA_START = datetime.date(2026, 1, 1)

# name, short name, articles per month, documents per month
UNITS = [
    ("Văn phòng Sở", "VP", 4, 2),
    ("Thanh tra Sở", "TTr", 2, 1),
    ("Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "TCBC", 3, 1),
    ("Phòng Cải cách hành chính", "CCHC", 4, 1),
    ("Phòng Xây dựng chính quyền và công tác thanh niên", "XDCQ", 3, 1),
    ("Phòng Công chức, viên chức", "CCVC", 3, 1),
    ("Ban Thi đua - Khen thưởng", "TĐKT", 2, 1),
    ("Ban Tôn giáo", "BTG", 2, 0),
    ("Chi cục Văn thư - Lưu trữ", "VTLT", 2, 1),
]
# From June 2026 the Regulation asks more of the administrative reform office.
QUOTA_CHANGE = ("CCHC", datetime.date(2026, 6, 1), 6, 2)
# The youth affairs office got its current name in May 2026 (recorded by editorial.demo_workflow,
# after the news demo has found the unit under its old name).
RENAME = ("XDCQ", datetime.date(2026, 5, 1), "Phòng Xây dựng chính quyền")

# username, first name, last name, group, unit short name
ACCOUNTS = [
    ("bientap.vp", "Lê Thị", "Hoa", UNIT_EDITORS, "VP"),
    ("bientap.cchc", "Nguyễn Văn", "Bình", UNIT_EDITORS, "CCHC"),
    ("thanhvien.bbt", "Phạm Minh", "Tuấn", BOARD_MEMBERS, None),
    ("truongban", "Trần Thị Thúy", "Hiền", BOARD_CHAIR, None),
    ("quantri", "Võ Văn", "Nam", SITE_ADMINS, None),
]


def load_units():
    units = {}
    for order, (name, short_name, articles, documents) in enumerate(UNITS):
        unit, _ = Unit.objects.get_or_create(short_name=short_name, defaults={"name": name, "sort_order": order})
        UnitQuota.objects.get_or_create(
            unit=unit,
            valid_from=QUOTA_START,
            defaults={"articles_per_month": articles, "documents_per_month": documents},
        )
        units[short_name] = unit
    short_name, valid_from, articles, documents = QUOTA_CHANGE
    UnitQuota.objects.get_or_create(
        unit=units[short_name],
        valid_from=valid_from,
        defaults={"articles_per_month": articles, "documents_per_month": documents},
    )
    return units


def demo_account(username, first_name, last_name, group):
    """A member of `group` with the shared demo password (only ever called when DEBUG is on)."""
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={"first_name": first_name, "last_name": last_name, "email": f"{username}@sonoivu.local"},
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    user.groups.add(Group.objects.get(name=group))
    return user


def load_accounts(units):
    for username, first_name, last_name, group, unit in ACCOUNTS:
        user = demo_account(username, first_name, last_name, group)
        if unit:
            EditorProfile.objects.update_or_create(user=user, defaults={"unit": units[unit]})


def load(command):
    units = load_units()
    groups, workflow = setup_editorial()
    command.stdout.write(f"  Đơn vị: {Unit.objects.count()}; quy trình “{workflow.name}”; nhóm: {', '.join(groups)}")
    if not settings.DEBUG:
        command.stdout.write("  Bỏ qua tài khoản mẫu của Ban Biên tập (chỉ tạo khi DEBUG=True).")
        return
    load_accounts(units)


def write_accounts(command):
    """List the demo accounts; `load_demo_content` calls this last so they stay on screen."""
    if not settings.DEBUG:
        return
    command.stdout.write(f"Tài khoản mẫu Ban Biên tập (mật khẩu chung {DEMO_PASSWORD}):")
    for username, _first, _last, group, unit in ACCOUNTS:
        command.stdout.write(f"  {username:<14} {group}{f' – {unit}' if unit else ''}")
