"""`{% sharedblock %}`: a block of a page that is the same on every page of the site, or on
every page showing one object."""

from django import template
from django.apps import apps
from wagtail.models import Site

from pagecache import dependencies
from pagecache.fragments import shared

register = template.Library()


class SharedBlockNode(template.Node):
    def __init__(self, name, nodelist, shown_models, obj=None):
        self.name = name
        self.nodelist = nodelist
        self.shown_models = shown_models
        self.obj = obj

    def render(self, context):
        request = context.get("request")
        site = Site.find_for_request(request) if request is not None else None
        name = f"block:{self.name.resolve(context)}:{site.pk if site else ''}"
        if self.obj is None:
            return shared(name, lambda: self.render_block(context), site=site)
        obj = self.obj.resolve(context)
        if context.get("is_preview") or getattr(request, "is_preview", False):
            return self.nodelist.render(context)  # a draft is never kept, nor served the live version
        # The live revision in the name: a publish shows at once, even if its purge were lost.
        # The host too: an object's block may hold absolute links (sharing, its image).
        revision = getattr(obj, "live_revision_id", None) or ""
        name += f":{obj._meta.label}:{obj.pk}:{revision}:{request.get_host() if request is not None else ''}"
        return shared(name, lambda: self.render_block(context), depends_on=[obj], site=site)

    def render_block(self, context):
        dependencies.depends_on(*self.shown_models)
        if context.get("lists_every_site"):  # the portal's lists: every site's rows
            owned = [model for model in self.shown_models if dependencies.is_site_owned(model)]
            dependencies.depends_on_keys(dependencies.across_sites(*owned))
        return self.nodelist.render(context)


@register.tag
def sharedblock(parser, token):
    """Render the enclosed template once for every page of a site:

        {% sharedblock "home-news" %}{% home_news %}{% endsharedblock %}

    Only for output that depends on the site and the database alone, never on the page, the
    path, the visitor or the query string (pagecache/fragments.py keeps and purges it).

    After its name, the models it shows, as app_label.ModelName: the block, and every page
    showing it, is purged when one of their objects changes (pagecache/dependencies.py; what
    the tags inside declare themselves counts too). A block that names nothing, and whose tags
    declare nothing, is purged by every change:

        {% sharedblock "footer-about" site_home.SiteSettings %}…{% endsharedblock %}

    With `for`, the block shows one object (an article, a document) and is kept for each:

        {% sharedblock "article" for page editorial.Unit %}…{% endsharedblock %}

    It is purged when that object is published, changed or removed, or when an object of the
    models it names changes (its unit), but not when another object of its kind is published.
    So it must show nothing of other objects of its kind ("Các tin khác" stays outside).
    Previews render it afresh.

    A page listing the rows of every site (the portal's library) sets `lists_every_site` in its
    context: its blocks are then purged by a change of those models on any site.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs the block's name")
    obj, labels = None, bits[2:]
    if labels[:1] == ["for"]:
        if len(labels) < 2:
            raise template.TemplateSyntaxError(f"{bits[0]}: 'for' needs the object the block shows")
        obj, labels = parser.compile_filter(labels[1]), labels[2:]
    try:
        shown_models = [apps.get_model(label) for label in labels]
    except (LookupError, ValueError) as error:
        raise template.TemplateSyntaxError(f"{bits[0]}: {error}") from error
    nodelist = parser.parse(("endsharedblock",))
    parser.delete_first_token()
    return SharedBlockNode(parser.compile_filter(bits[1]), nodelist, shown_models, obj)
