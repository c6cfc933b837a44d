"""What a cached response or shared value shows, declared by the code that shows it.

A key names content: a model's label ("legal_docs.LegalDocument") stands for every object of
that model, so a listing, a count or an empty result declares it; a label and a primary key
("legal_docs.LegalDocument#12") stand for one object, so a document's own page declares it.
Changing an object purges both of its keys (signals.py), and so every entry that declared one.

Keys know sites. Pages and site-owned rows (a `site` field: documents, questions, units, site
settings) are listed per site, so their labels are declared for the site being served:
"legal_docs.LegalDocument@3" is site 3's library, "wagtailcore.Page@3" site 3's tree (its
menu). A change on a site purges that site's keys only, so publishing on one site leaves the
pages of another be. A listing across sites (the provincial portal's library) declares
`across_sites(LegalDocument)`, "legal_docs.LegalDocument@portal", which a change on any site
purges; so is a bare label, declared where no site is known (a shared value computed for every
site), which is the safe fallback: it costs hits, never freshness.

    pagecache.dependencies.depends_on(LegalDocument)          # a listing of documents
    pagecache.dependencies.depends_on(document, "core.Topic")  # one document, and the topics it names

Who declares: page types through `page_cache_keys` (wagtail_hooks.py), other views through
`@declares_dependencies(...)`, shared values through `shared(..., depends_on=...)` and the
`{% sharedblock %}` labels; whatever a shared value declared is declared again, with no query,
by every page that shows it. A view that declares nothing depends on ANY_CONTENT, which every
change purges: a forgotten declaration costs cache hits, never freshness.
"""

import contextvars
from contextlib import contextmanager
from functools import cache, wraps

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from wagtail.models import Page, Site

# The page tree: menus, breadcrumbs, section tabs and routes show it. Purged when a page in a
# menu or with children is published, or when any page moves or is deleted; declared, like
# every page label, for the site being served ("wagtailcore.Page@3").
TREE = "wagtailcore.Page"
# Purged by every change: the key of what did not say what it shows.
ANY_CONTENT = "*content"
# The site part of the keys of a listing across sites (see `across_sites`).
PORTAL = "portal"


class Recording:
    """The keys declared while a response or a shared value is computed."""

    def __init__(self):
        self.keys = set()
        # True once the view said what its own content is (see `declares_dependencies`).
        self.declared = False

    def tags(self):
        return self.keys if self.declared else {*self.keys, ANY_CONTENT}


_recording = contextvars.ContextVar("pagecache_recording", default=None)
# The pk of the site whose pages are being computed, or None: labels are declared for it.
_site_id = contextvars.ContextVar("pagecache_site_id", default=None)


@contextmanager
def recording(site=None):
    """Collect the keys declared inside the block into the yielded Recording; labels of pages
    and site-owned rows are declared for `site` (a Site or its pk), if given."""
    recorded = Recording()
    token = _recording.set(recorded)
    try:
        with for_site(site):
            yield recorded
    finally:
        _recording.reset(token)


@contextmanager
def for_site(site):
    """Inside the block, labels are declared for `site` (None: for no site, as bare labels)."""
    token = _site_id.set(site.pk if isinstance(site, Site) else site)
    try:
        yield
    finally:
        _site_id.reset(token)


def model_of(instance):
    if isinstance(instance, Page):
        return instance.specific_class or type(instance)
    return type(instance)


def model_key(model):
    return model._meta.label


def object_key(instance):
    return f"{model_key(model_of(instance))}#{instance.pk}"


def every_object_key(model):
    """Declared with each object key: purged by changes that send no signal (`purge_model`)."""
    return f"{model_key(model)}#*"


@cache
def is_site_owned(model):
    """Pages and rows with a `site` (Wagtail's Site): listed per site."""
    if issubclass(model, Page):
        return True
    try:
        field = model._meta.get_field("site")
    except FieldDoesNotExist:
        return False
    return field.is_relation and field.related_model is Site


@cache
def model_for_label(key):
    """The model a key names by its label ("legal_docs.LegalDocument"), or None."""
    if key.count(".") != 1 or any(mark in key for mark in "#@*"):
        return None
    try:
        return apps.get_model(key)
    except (LookupError, ValueError):
        return None


def site_of_page(page):
    """The site whose tree holds `page`, or None."""
    try:
        return page.get_site()
    except Site.DoesNotExist:  # deleted with the page, still in Wagtail's cached list of sites
        return None


def site_key(label, site_id):
    """The key of the rows of `label` that a site (a pk, or PORTAL for every site) lists."""
    return f"{label}@{site_id}"


def across_sites(*items):
    """The keys a listing of rows of every site declares: "<label>@portal" for each model (or
    label) in `items`, purged by a change on any site."""
    return {site_key(model_key(item) if isinstance(item, type) else item, PORTAL) for item in items}


def _label_key(model):
    site_id = _site_id.get()
    if site_id is not None and is_site_owned(model):
        return site_key(model_key(model), site_id)
    return model_key(model)


def keys_of(*items):
    """Keys from strings (labels declared for the current site like models, other keys kept as
    they are), models (their label) and objects (their own keys)."""
    keys = set()
    for item in items:
        if isinstance(item, str):
            model = model_for_label(item)
            keys.add(_label_key(model) if model is not None else item)
        elif isinstance(item, type) and issubclass(item, models.Model):
            keys.add(_label_key(item))
        elif isinstance(item, models.Model):
            keys |= {object_key(item), every_object_key(model_of(item))}
        elif item is not None:
            raise TypeError(f"Not a cache key, model or object: {item!r}")
    return keys


def depends_on(*items):
    """Declare that the response or shared value being computed shows these models or objects."""
    recorded = _recording.get()
    if recorded is not None:
        recorded.keys |= keys_of(*items)


def depends_on_keys(keys):
    """Declare keys as they are: those a shared value recorded, for whatever site it was for."""
    recorded = _recording.get()
    if recorded is not None:
        recorded.keys |= set(keys)


def declare_view(*items):
    """The view or page being served shows these (and what its templates declare), nothing else."""
    recorded = _recording.get()
    if recorded is not None:
        recorded.keys |= keys_of(*items)
        recorded.declared = True


def declares_dependencies(*items):
    """Decorator for a view that shows `items` and declares anything else itself:

    @declares_dependencies(LegalDocument, DocumentType)
    def library(request): ...
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            declare_view(*items)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
