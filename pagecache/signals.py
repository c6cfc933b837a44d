"""Purging on content changes: which tables a change touches, and when.

- Pages and snippets with drafts (news, documents, questions): when a version is published
  or unpublished, when moved, when deleted. Saving a draft changes nothing public.
- Other content that pages show (units, topics, site settings, images, documents, sites,
  any registered snippet or setting): on every save and delete.
- Rows written while pages render (renditions, counters, search hits) are not content and
  never purge; neither are revisions, logs or sessions.

A page type that takes no children and is not in a menu (a news article) does not purge
the page tree table: only listings of its own type show it, and those read its table too.
Purges run after the transaction commits, so no page can be re-cached with the old content.
"""

from functools import cache

from django.apps import apps
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from modelcluster.models import get_all_child_relations
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import DraftStateMixin, Page, Site
from wagtail.search import index
from wagtail.signals import post_page_move, published, unpublished

from pagecache import frontend, store


def connect():
    published.connect(on_publish_change, dispatch_uid="pagecache.published")
    unpublished.connect(on_publish_change, dispatch_uid="pagecache.unpublished")
    post_page_move.connect(on_page_move, dispatch_uid="pagecache.post_page_move")
    post_save.connect(on_save, dispatch_uid="pagecache.post_save")
    post_delete.connect(on_delete, dispatch_uid="pagecache.post_delete")


def on_publish_change(sender, instance, **kwargs):
    purge_object(instance)


def on_page_move(sender, instance, **kwargs):
    purge_object(instance, include_tree=True)


def on_save(sender, instance, raw=False, **kwargs):
    if not raw and is_always_public(sender):
        purge_object(instance)


def on_delete(sender, instance, **kwargs):
    if issubclass(sender, (Page, DraftStateMixin)) or is_always_public(sender):
        purge_object(instance, include_tree=True)


@cache
def is_always_public(model):
    """Content without drafts whose every saved change shows on the site."""
    from wagtail.documents import get_document_model
    from wagtail.hooks import search_for_hooks
    from wagtail.images import get_image_model
    from wagtail.snippets.models import get_snippet_models

    search_for_hooks()  # snippets register themselves in wagtail_hooks modules

    if issubclass(model, (Page, DraftStateMixin)):
        return False
    content = {Site, get_image_model(), get_document_model(), *get_snippet_models()}
    content.update(apps.get_model(label) for label in _extra_models())
    return model in content or issubclass(model, (BaseSiteSetting, BaseGenericSetting))


def _extra_models():
    from django.conf import settings

    return settings.PAGE_CACHE_EXTRA_MODELS


def purge_object(instance, include_tree=False):
    tags = {*tables_for(instance, include_tree), object_tag(instance)}
    urls = frontend.urls_for(instance)
    transaction.on_commit(lambda: _purge(tags, urls))


def purge_model(model):
    """For changes that send no signal (bulk updates, imports): whatever shows `model` is purged."""
    tags = {*_model_tables(model, False), every_object_tag(model)}
    transaction.on_commit(lambda: _purge(tags, []))


def _purge(tags, urls):
    store.purge_tags(tags)
    frontend.purge(urls)


def object_tag(instance):
    """The tag of one object's own content: blocks that show only that object (`{% sharedblock
    … for page %}`) carry it instead of their model's tables, so publishing another article
    leaves them be."""
    return f"{own_model(instance)._meta.db_table}#{instance.pk}"


def every_object_tag(model):
    """Carried by every object's block, for changes that send no signal (`purge_model`)."""
    return f"{model._meta.db_table}#*"


def object_tags(obj, read):
    """The tags of a block that shows `obj`: its object tag in place of its own tables, which
    every other object of its kind shares, and the object tags of the related rows it was
    handed already loaded (a document's type, issuer and unit), besides the tables it read."""
    tags = set(read) - own_tables(obj)
    tags |= {object_tag(obj), every_object_tag(own_model(obj))}
    tags |= _loaded_relation_tags(obj)
    return tags


def _loaded_relation_tags(obj, depth=2):
    tags = set()
    related = [value for value in obj._state.fields_cache.values() if value is not None]
    for prefetched in getattr(obj, "_prefetched_objects_cache", {}).values():
        related.extend(prefetched)
    for value in related:
        if isinstance(value, models.Model):
            tags |= {object_tag(value), every_object_tag(own_model(value))}
            if depth > 1:
                tags |= _loaded_relation_tags(value, depth - 1)
    return tags


def own_tables(instance):
    """The tables that hold an object's own content (its row, its parents' but the page tree,
    its child relations and many-to-many links), which its object tag stands for."""
    return _model_tables(own_model(instance), False)


def own_model(instance):
    if isinstance(instance, Page):
        return instance.specific_class or type(instance)
    return type(instance)


def tables_for(instance, include_tree=False):
    model = own_model(instance)
    if isinstance(instance, Page):
        include_tree = include_tree or instance.show_in_menus or bool(model.allowed_subpage_models())
    return _model_tables(model, include_tree)


@cache
def _model_tables(model, include_tree):
    tables = set()
    for concrete in (model, *model._meta.all_parents):
        if concrete is Page and not include_tree:
            continue
        tables.add(concrete._meta.db_table)
        tables.update(field.remote_field.through._meta.db_table for field in concrete._meta.local_many_to_many)
    for relation in get_all_child_relations(model):
        tables.update(_model_tables(relation.related_model, True))
    if issubclass(model, index.Indexed):
        tables.add(_search_index_table())
    return frozenset(tables)


def _search_index_table():
    from wagtail.search.models import IndexEntry

    return IndexEntry._meta.db_table
