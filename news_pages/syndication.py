"""News up to the provincial portal (Decree 224/2026/NĐ-CP art. 11): "Đưa lên Cổng tỉnh".

An editor of a component proposes one of its published articles; a draft copy that remembers its
source (`NewsPage.source_page`) is made in the portal's "Tin các sở, ngành, địa phương" category and
submitted to the portal's own workflow, so the portal's board approves and its chair publishes.
The copy is an ordinary article of the portal: its listings, counts, feeds and search need nothing
more. It names its source, links to it and makes it canonical; when the component unpublishes or
deletes the source, the copy leaves the portal with it.
"""

from django.db import transaction
from django.db.models.signals import pre_delete
from django.utils.translation import gettext as _
from wagtail.signals import page_unpublished

from news_pages.models import NewsCategoryPage, NewsIndexPage, NewsPage, first_free_slug
from site_home.models import SiteKind, SiteSettings

PORTAL_CATEGORY_TITLE = "Tin các sở, ngành, địa phương"
PORTAL_CATEGORY_SLUG = "tin-cac-so-nganh-dia-phuong"


class ProposalRefused(Exception):
    """Why an article cannot go up to the portal, in words for its editor."""


def portal_site():
    """The provincial portal: the site whose settings say it is the province's ("tinh"), if any."""
    settings = SiteSettings.objects.filter(kind=SiteKind.PROVINCE).select_related("site").order_by("site_id").first()
    return settings.site if settings else None


def portal_news_index(portal):
    return NewsIndexPage.objects.descendant_of(portal.root_page).order_by("path").first()


def can_propose(page, user, portal=None):
    """Whether `user` is offered "Đưa lên Cổng tỉnh" for `page`: a live article of a component, not a
    portal copy, that they may edit, on a platform that has a portal with a news section."""
    if not isinstance(page, NewsPage) or not page.live or page.source_page_id:
        return False
    portal = portal or portal_site()
    if portal is None or page.is_descendant_of(portal.root_page) or portal_news_index(portal) is None:
        return False
    return page.permissions_for_user(user).can_edit()


def portal_category(index):
    """The portal's category for its components' news, made (live, empty) the first time it is needed."""
    category = NewsCategoryPage.objects.child_of(index).filter(slug=PORTAL_CATEGORY_SLUG).first()
    if category is None:
        category = index.add_child(
            instance=NewsCategoryPage(title=PORTAL_CATEGORY_TITLE, slug=PORTAL_CATEGORY_SLUG, live=True)
        )
    return category


@transaction.atomic
def propose_to_portal(page, user):
    """Copy `page` as a draft into the portal and submit it to the portal's workflow; the copy.

    Raises ProposalRefused when the article may not (or no longer needs to) go up.
    """
    portal = portal_site()
    if not can_propose(page, user, portal):
        raise ProposalRefused(_("Không thể đưa tin bài này lên Cổng tỉnh."))
    existing = NewsPage.objects.filter(source_page=page).first()
    if existing is not None:
        raise ProposalRefused(
            _("Tin bài “%(title)s” đã được đưa lên Cổng tỉnh: mỗi tin bài chỉ đưa lên một lần.") % {"title": page.title}
        )
    source_site = page.get_site()
    category = portal_category(portal_news_index(portal))
    # The database row of a live page holds its published content, not a newer draft.
    copy = NewsPage(
        title=page.title,
        slug=first_free_slug(category.get_children(), page.slug),
        summary=page.summary,
        featured_image=page.featured_image,
        featured_image_alt=page.featured_image_alt,
        featured_image_caption=page.featured_image_caption,
        body=page.body,
        byline=page.byline,
        source=source_site.site_name if source_site else "",
        source_page=page,
        publication_date=page.publication_date,
        owner=user,
        live=False,
        has_unpublished_changes=True,
    )
    category.add_child(instance=copy)
    copy.save_revision(user=user, log_action=True)
    workflow = copy.get_workflow()
    if workflow is not None:
        workflow.start(copy, user)
    return copy


def withdraw_copies(sender, instance, **kwargs):
    """`page_unpublished` / `pre_delete` of an article: its portal copies leave the portal too, and a
    copy still under review stops there (the board would otherwise publish what its source withdrew)."""
    for copy in NewsPage.objects.filter(source_page_id=instance.pk):
        state = copy.current_workflow_state
        if state is not None:
            state.cancel()
        if copy.live:
            copy.unpublish(log_action=True)


page_unpublished.connect(withdraw_copies, sender=NewsPage, dispatch_uid="news_pages_withdraw_portal_copies")
pre_delete.connect(withdraw_copies, sender=NewsPage, dispatch_uid="news_pages_withdraw_deleted_copies")
