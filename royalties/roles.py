"""Who does what with royalties: editors propose, the chair confirms, the head approves, the accountant pays.

Added to the board's groups when `setup_editorial` runs or a component is created (through
`editorial.roles.groups_ready`), with two groups of its own: the head of the agency and the
accountant, global for the installation's own sites, "<site name> – <role>" for a component's.
"""

from django.contrib.auth.models import Group
from django.db.models import Q
from wagtail.models import Site

from components.membership import sites_for_user, works_on_every_site
from editorial.roles import (
    BOARD_CHAIR,
    BOARD_MEMBERS,
    SITE_ADMINS,
    UNIT_EDITORS,
    component_roots,
    permission,
    site_group_name,
)

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


ROYALTY_ROLES = (HEAD, ACCOUNTANT)


def setup_royalty_groups(sender=None, groups=None, site=None, **kwargs):
    """`site`: the component whose groups these are; it gets its own head and accountant."""
    groups = dict(groups or {})
    access_admin = permission("wagtailadmin.access_admin")
    for name in ROYALTY_ROLES:
        group_name = site_group_name(site.site_name, name) if site is not None else name
        groups[name] = Group.objects.get_or_create(name=group_name)[0]
        groups[name].permissions.add(access_admin)
    for name, labels in PERMISSIONS.items():
        if name in groups:
            groups[name].permissions.add(*(permission(label) for label in labels))
    return groups


def royalty_sites(user):
    """The sites whose royalties `user` sees: those they work on (editorial.membership), plus the
    sites of their head and accountant groups, which hold no page permission: a component's
    "<site> – Thủ trưởng cơ quan" counts on that site, the global group on the sites that are
    not components."""
    if works_on_every_site(user):
        return Site.objects.all()
    if not user.is_authenticated or not user.is_active:
        return Site.objects.none()
    names = set(user.groups.values_list("name", flat=True))
    own = [name.removesuffix(f" – {role}") for name in names for role in ROYALTY_ROLES if name.endswith(f" – {role}")]
    query = Q(pk__in=sites_for_user(user)) | Q(site_name__in=own)
    if names.intersection(ROYALTY_ROLES):
        query |= ~Q(root_page__in=component_roots())
    return Site.objects.filter(query)


def users_royalties(queryset, user, site_field="site"):
    return queryset.filter(**{f"{site_field}__in": royalty_sites(user)})
