"""Units with quotas (one changed, one renamed), the board's groups and one account per role.

Accounts with the shared demo password are only created when DEBUG is on.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.models import EditorProfile, Unit, UnitNameChange, UnitQuota
from editorial.roles import setup_editorial
from seed import data

DEMO_PASSWORD = "bbt@2026"


def load_units(site):
    plan = data.load("editorial")
    units = {}
    for order, spec in enumerate(plan["units"]):
        # Found by short name: one unit is renamed below.
        unit, _ = Unit.objects.get_or_create(
            site=site, short_name=spec["short_name"], defaults={"name": spec["name"], "sort_order": order}
        )
        UnitQuota.objects.get_or_create(
            unit=unit,
            valid_from=datetime.date.fromisoformat(plan["quota_start"]),
            defaults=_quota(spec),
        )
        units[spec["short_name"]] = unit
    change = plan["quota_change"]
    UnitQuota.objects.get_or_create(
        unit=units[change["short_name"]],
        valid_from=datetime.date.fromisoformat(change["valid_from"]),
        defaults=_quota(change),
    )
    return units


def _quota(spec):
    return {"articles_per_month": spec["articles_per_month"], "documents_per_month": spec["documents_per_month"]}


def rename_unit(site):
    """The youth affairs office got its current name in May 2026 (after the news demo found it under the old one)."""
    rename = data.load("editorial")["rename"]
    unit = Unit.objects.filter(site=site, short_name=rename["short_name"]).first()
    if unit and not unit.name_changes.exists():
        UnitNameChange.objects.create(
            unit=unit, valid_from=datetime.date.fromisoformat(rename["valid_from"]), old_name=unit.name
        )
        unit.name = rename["new_name"]
        unit.save()


def mail_domain(site):
    """The demo mail domain of `site`, from its hostname: sotuphap.localhost gives sotuphap.local
    (".local" rather than ".localhost", which is the browser's loopback name, not a mail domain)."""
    hostname = site.hostname
    return hostname.removesuffix("host") if hostname.endswith(".localhost") else hostname


def demo_account(site, username, first_name, last_name, group):
    """A member of `group` with the shared demo password (only ever called when DEBUG is on), with
    an address at `site`'s own domain."""
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={"first_name": first_name, "last_name": last_name, "email": f"{username}@{mail_domain(site)}"},
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    user.groups.add(Group.objects.get(name=group))
    return user


def load(site, out):
    units = load_units(site)
    groups, workflow = setup_editorial()
    out(f"  Đơn vị: {Unit.objects.filter(site=site).count()}; quy trình “{workflow.name}”; nhóm: {', '.join(groups)}")
    if not settings.DEBUG:
        out("  Bỏ qua tài khoản mẫu của Ban Biên tập (chỉ tạo khi DEBUG=True).")
        return
    for account in data.load("editorial")["accounts"]:
        user = demo_account(site, account["username"], account["first_name"], account["last_name"], account["group"])
        if account["unit"]:
            EditorProfile.objects.update_or_create(user=user, defaults={"unit": units[account["unit"]]})


def account_lines():
    """The default site's demo accounts, one line each, for the last lines `load_demo_content` prints."""
    lines = []
    for account in data.load("editorial")["accounts"]:
        unit = f" – {account['unit']}" if account["unit"] else ""
        lines.append(f"    {account['username']:<18} {account['group']}{unit}")
    return lines
