"""What a cached response or shared value shows, declared by the code that shows it.

A key names content: a model's label ("legal_docs.LegalDocument") stands for every object of
that model, so a listing, a count or an empty result declares it; a label and a primary key
("legal_docs.LegalDocument#12") stand for one object, so a document's own page declares it.
Changing an object purges both of its keys (signals.py), and so every entry that declared one.

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
from functools import wraps

from django.db import models
from wagtail.models import Page

# The page tree: menus, breadcrumbs, section tabs and routes show it. Purged when a page in a
# menu or with children is published, or when any page moves or is deleted.
TREE = "wagtailcore.Page"
# Purged by every change: the key of what did not say what it shows.
ANY_CONTENT = "*content"


class Recording:
    """The keys declared while a response or a shared value is computed."""

    def __init__(self):
        self.keys = set()
        # True once the view said what its own content is (see `declares_dependencies`).
        self.declared = False

    def tags(self):
        return self.keys if self.declared else {*self.keys, ANY_CONTENT}


_recording = contextvars.ContextVar("pagecache_recording", default=None)


@contextmanager
def recording():
    """Collect the keys declared inside the block into the yielded Recording."""
    recorded = Recording()
    token = _recording.set(recorded)
    try:
        yield recorded
    finally:
        _recording.reset(token)


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


def keys_of(*items):
    """Keys from strings (kept as they are), models (their label) and objects (their own keys)."""
    keys = set()
    for item in items:
        if isinstance(item, str):
            keys.add(item)
        elif isinstance(item, type) and issubclass(item, models.Model):
            keys.add(model_key(item))
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
