"""Who does what with royalties: editors propose, the chair confirms, the head approves, the accountant pays.

Added to the board's groups when `setup_editorial` runs (through `editorial.roles.groups_ready`), with
two groups of its own: the head of the agency and the accountant.
"""

from django.contrib.auth.models import Group

from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, SITE_ADMINS, UNIT_EDITORS, permission

HEAD = "Thủ trưởng cơ quan"
ACCOUNTANT = "Kế toán"

VIEW_ALL = [
    "royalties.view_royaltyitem",
    "royalties.view_royaltystatement",
    "royalties.view_ratetable",
]
# Editors see proposals and rates, not what colleagues are paid: statements are for the chair upwards.
PROPOSE = [
    "royalties.add_royaltyitem",
    "royalties.change_royaltyitem",
    "royalties.view_royaltyitem",
    "royalties.view_ratetable",
]
PERMISSIONS = {
    UNIT_EDITORS: PROPOSE,
    BOARD_MEMBERS: PROPOSE,
    BOARD_CHAIR: [*VIEW_ALL, *PROPOSE, "royalties.confirm_royaltyitem"],
    HEAD: [
        *VIEW_ALL,
        "royalties.approve_royaltystatement",
        "royalties.add_ratetable",
        "royalties.change_ratetable",
    ],
    ACCOUNTANT: [*VIEW_ALL, "royalties.pay_royaltystatement"],
    SITE_ADMINS: [*VIEW_ALL, "royalties.add_ratetable", "royalties.change_ratetable"],
}


def setup_royalty_groups(sender=None, groups=None, **kwargs):
    groups = dict(groups or {})
    access_admin = permission("wagtailadmin.access_admin")
    for name in (HEAD, ACCOUNTANT):
        groups[name] = Group.objects.get_or_create(name=name)[0]
        groups[name].permissions.add(access_admin)
    for name, labels in PERMISSIONS.items():
        if name in groups:
            groups[name].permissions.add(*(permission(label) for label in labels))
    return groups
