"""Which sites a person works on, and which site a public request is for.

A user works on a Site when one of their groups holds a page permission on that site's root
page or a page below it (a permission on a page above the root, such as the tree's root,
covers the whole site too). Superusers and the platform admins work on every site. Each
component site's groups ("<site_name> – <role>") hold their page permissions on its root, so
membership follows from the groups Wagtail already manages, with no table of its own.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import GroupPagePermission, Page, Site

PLATFORM_ADMINS = "Quản trị nền tảng"


def works_on_every_site(user):
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=PLATFORM_ADMINS).exists()


def works_on_all_sites(user):
    """Whether `user` works on every site there is: a platform admin, or on a single-site
    installation its own people. Screens of rows that belong to no site (the mail outbox,
    search promotions) are theirs alone."""
    if works_on_every_site(user):
        return True
    if not user.is_authenticated or not user.is_active:
        return False
    return not Site.objects.exclude(pk__in=sites_for_user(user)).exists()


def sites_for_user(user):
    """The sites `user` works on, as a lazy queryset (usable as a subquery: `site__in=`)."""
    if not user.is_authenticated or not user.is_active:
        return Site.objects.none()
    if works_on_every_site(user):
        return Site.objects.all()
    grants = GroupPagePermission.objects.filter(group__user=user)
    within = grants.filter(page__path__startswith=OuterRef("root_page__path"))
    above = grants.annotate(root_prefix=Substr(OuterRef("root_page__path"), 1, Length("page__path"))).filter(
        root_prefix=F("page__path")
    )
    return Site.objects.filter(Q(Exists(within)) | Q(Exists(above)))


def site_roots_q(user, ancestors=False):
    """Pages under a root of the user's sites (with `ancestors`, the pages above those roots too,
    so a tree can be walked down to them)."""
    query = Q(pk__in=[])
    for path in Site.objects.filter(pk__in=sites_for_user(user)).values_list("root_page__path", flat=True):
        query |= Q(path__startswith=path)
        if ancestors:
            query |= Q(path__in=[path[:end] for end in range(Page.steplen, len(path), Page.steplen)])
    return query


def pages_of_user_sites(user):
    return Page.objects.filter(site_roots_q(user))


def groups_of_user_sites(user):
    """The groups a site's admin may see and grant: a site's own ("<site_name> – <role>") and
    those whose page permissions all lie within the user's sites; never the platform admins'."""
    if works_on_every_site(user):
        return Group.objects.all()
    own_name = Q(pk__in=[])
    for name in Site.objects.filter(pk__in=sites_for_user(user)).values_list("site_name", flat=True):
        own_name |= Q(name__startswith=f"{name} – ")
    page_grants = GroupPagePermission.objects.filter(group=OuterRef("pk"))
    outside = page_grants.exclude(page__in=pages_of_user_sites(user))
    within_only = Q(Exists(page_grants)) & ~Q(Exists(outside))
    return Group.objects.filter(own_name | within_only).exclude(name=PLATFORM_ADMINS)


def people_of_user_sites(user):
    """The people a site's admin may see: members of their sites' groups, not administrators."""
    User = get_user_model()
    if works_on_every_site(user):
        return User._default_manager.all()
    return (
        User._default_manager.filter(groups__in=groups_of_user_sites(user))
        .exclude(is_superuser=True)
        .exclude(groups__name=PLATFORM_ADMINS)
        .distinct()
    )


def site_for_request(request):
    """The public site being served, or None for a hostname no site serves."""
    return Site.find_for_request(request)


def current_site_for_user(request):
    """The site a new row of this user belongs to by default: the site whose address the admin
    is used on, if the user works on it; else their only site; None when they must choose."""
    sites = sites_for_user(request.user)
    served = site_for_request(request)
    if served is not None and sites.filter(pk=served.pk).exists():
        return served
    first_two = list(sites[:2])
    return first_two[0] if len(first_two) == 1 else None
