"""Purging on content changes: which keys a change purges, and when.

- Pages and snippets with drafts (news, documents, questions): when a version is published
  or unpublished, when moved, when deleted. Saving a draft changes nothing public.
- Other content that pages show (units, topics, site settings, view restrictions, any
  registered snippet or setting): on every save and delete.
- Images and documents: when changed or deleted, whatever refers to them in Wagtail's
  reference index (an article, its listings); a new one is shown by nothing yet, and the
  size or hash Wagtail fills in on first use changes nothing shown. A site purges everything.
- Rows written while pages render (renditions, counters, search hits) are not content and
  never purge; neither are revisions, logs or sessions.

A change purges its object's key, its model's (and concrete parents') label and ANY_CONTENT
(see dependencies.py); a page in a menu or with children, a moved or deleted page and a view
restriction also purge the page tree, which every page shows. The labels of a page or a
site-owned row are purged for its site ("<label>@<site pk>", a moved page's old site too), for
the listings across sites ("<label>@portal") and bare: another site's pages stay cached. A news
article takes no children and is in no menu: only listings of articles show it, and they
declare its model.
Purges run after the transaction commits, so no page can be re-cached with the old content.
"""

from functools import cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import DraftStateMixin, Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import post_page_move, published, unpublished

from pagecache import frontend, store
from pagecache.dependencies import (
    ANY_CONTENT,
    PORTAL,
    TREE,
    every_object_key,
    is_site_owned,
    model_for_label,
    model_key,
    model_of,
    object_key,
    site_key,
    site_of_page,
)

# What Wagtail saves on an image or document the first time it is used: nothing shown changes.
FILE_METADATA = {"file_size", "file_hash"}


def connect():
    published.connect(on_publish_change, dispatch_uid="pagecache.published")
    unpublished.connect(on_publish_change, dispatch_uid="pagecache.unpublished")
    post_page_move.connect(on_page_move, dispatch_uid="pagecache.post_page_move")
    post_save.connect(on_save, dispatch_uid="pagecache.post_save")
    post_delete.connect(on_delete, dispatch_uid="pagecache.post_delete")


def on_publish_change(sender, instance, **kwargs):
    purge_object(instance)


def on_page_move(sender, instance, parent_page_before=None, **kwargs):
    # The old site's tree and listings showed it; the new paths are the private sections' too.
    site_before = site_of_page(parent_page_before) if parent_page_before is not None else None
    purge_object(instance, include_tree=True, other_sites=[site_before.pk] if site_before else [])
    purge_model(PageViewRestriction)


def on_save(sender, instance, created=False, raw=False, update_fields=None, **kwargs):
    if raw or not is_always_public(sender):
        return
    if sender is Site:
        purge_everything_for(instance)
    elif is_referenced_media(sender):
        if not created and not (update_fields and set(update_fields) <= FILE_METADATA):
            purge_referring(instance)
    else:
        purge_object(instance)


def on_delete(sender, instance, **kwargs):
    if sender is Site:
        purge_everything_for(instance)
    elif is_referenced_media(sender):
        purge_referring(instance)
    elif issubclass(sender, (Page, DraftStateMixin)) or is_always_public(sender):
        purge_object(instance, include_tree=issubclass(sender, Page))


@cache
def is_always_public(model):
    """Content without drafts whose every saved change shows on the site."""
    from wagtail.hooks import search_for_hooks
    from wagtail.snippets.models import get_snippet_models

    search_for_hooks()  # snippets register themselves in wagtail_hooks modules

    if issubclass(model, (Page, DraftStateMixin)):
        return False
    content = {Site, PageViewRestriction, *get_snippet_models()}
    content.update(apps.get_model(label) for label in _extra_models())
    return is_referenced_media(model) or model in content or issubclass(model, (BaseSiteSetting, BaseGenericSetting))


@cache
def is_referenced_media(model):
    """Images and documents: shown by the pages and snippets that refer to them."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    return model in (get_image_model(), get_document_model())


def _extra_models():
    from django.conf import settings

    return settings.PAGE_CACHE_EXTRA_MODELS


def purge_object(instance, include_tree=False, other_sites=()):
    keys = keys_for(instance, include_tree, other_sites)
    urls = frontend.urls_for(instance)
    transaction.on_commit(lambda: _purge(keys, urls))


def purge_objects(instances):
    """`purge_object` of rows changed without a signal (a bulk update), in one purge: their
    sites' listings, not every site's as `purge_model` would."""
    keys, urls = set(), []
    for instance in instances:
        keys |= keys_for(instance)
        urls += frontend.urls_for(instance)
    transaction.on_commit(lambda: _purge(keys, urls))


def purge_own_page(instance):
    """What shows `instance` itself (its own page), not its site's listings: for a change
    elsewhere that only its page shows (a document of another site that now cites it)."""
    keys = {object_key(instance)}
    urls = frontend.own_urls_of(instance)
    transaction.on_commit(lambda: _purge(keys, urls))


def purge_referring(instance):
    """An image's or document's own keys, and those of every page or snippet that refers to it,
    as Wagtail's reference index knows them, with their models' (the listings showing them)."""
    keys = {*keys_for(instance)}
    referring = ReferenceIndex.get_references_to(instance).values_list("content_type_id", "object_id").distinct()
    for content_type_id, object_id in referring:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            # Which site lists it is not known without reading it: every site's listings.
            keys |= {f"{model_key(model)}#{object_id}", *_label_keys(_model_keys(model), every_site())}
    urls = frontend.urls_for(instance)
    transaction.on_commit(lambda: _purge(keys, urls))


def purge_everything_for(instance):
    urls = frontend.urls_for(instance)
    transaction.on_commit(lambda: _purge([store.EVERYTHING], urls))


def purge_model(model):
    """For changes that send no signal (bulk updates, imports): whatever shows `model` is purged,
    on every site."""
    keys = {*_label_keys(_model_keys(model), every_site()), every_object_key(model), ANY_CONTENT}
    transaction.on_commit(lambda: _purge(keys, []))


def _purge(keys, urls):
    store.purge_tags(keys)
    frontend.purge(urls)


def keys_for(instance, include_tree=False, other_sites=()):
    """The keys a change to `instance` purges."""
    model = model_of(instance)
    labels = set(_model_keys(model))
    if isinstance(instance, Page):
        include_tree = include_tree or instance.show_in_menus or bool(model.allowed_subpage_models())
    if include_tree or isinstance(instance, PageViewRestriction):
        labels.add(TREE)
    return {object_key(instance), ANY_CONTENT, *_label_keys(labels, {*sites_of(instance), *other_sites})}


def sites_of(instance):
    """The pks of the sites whose listings show `instance`: its own site, or every site if it is
    not known (a page outside any site's tree)."""
    page = instance.page if isinstance(instance, PageViewRestriction) else instance
    if isinstance(page, Page):
        site = site_of_page(page)
        return [site.pk] if site is not None else every_site()
    if not is_site_owned(type(instance)):
        return []
    return [instance.site_id] if instance.site_id is not None else every_site()


def every_site():
    return list(Site.objects.values_list("pk", flat=True))


def _label_keys(labels, site_ids):
    """Each label bare, for the listings across sites and, for pages and site-owned rows, for
    the sites `site_ids`."""
    keys = set()
    for label in labels:
        keys.add(label)
        model = model_for_label(label)
        if model is not None and is_site_owned(model):
            keys |= {site_key(label, PORTAL), *(site_key(label, site_id) for site_id in site_ids)}
    return keys


@cache
def _model_keys(model):
    """The labels of the model and its concrete parents but the page tree's (a category page
    is a listing page too)."""
    return frozenset(model_key(concrete) for concrete in (model, *model._meta.all_parents) if concrete is not Page)
