"""The public search page (/tim-kiem/) and its suggestions endpoint (/tim-kiem/goi-y/)."""

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from core.sites import site_or_404
from search.engine import SORT_PARAM, SORTS, search_site
from search.suggestions import promotions, record_hit, suggestions


def url_with(request, **changes):
    """The current search URL with parameters set (or removed when None), back on page 1."""
    query = request.GET.copy()
    query.pop("page", None)
    for param, value in changes.items():
        query.pop(param, None)
        if value is not None:
            query[param] = value
    return f"?{query.urlencode()}"


def facet_links(request, outcome):
    """Facet groups as [(group, [(label, count, url, selected)], clear_url)], each link toggling its filter."""
    groups = []
    for group in outcome.facets:
        options = [
            (
                label,
                count,
                url_with(request, **{group.param: None if value == group.selected else str(value)}),
                value == group.selected,
            )
            for value, label, count in group.options
        ]
        groups.append((group, options, url_with(request, **{group.param: None})))
    return groups


@require_GET
def search_page(request):
    outcome = search_site(request)
    picks = []
    if outcome.text:
        first_view = "page" not in request.GET and not outcome.filters
        if first_view:
            record_hit(outcome.text)
        if outcome.page is not None and outcome.page.number == 1:
            picks = promotions(outcome.text, site_or_404(request))
    return render(
        request,
        "search/search_page.html",
        {
            "outcome": outcome,
            "facets": facet_links(request, outcome),
            "sort_links": [(key, label, url_with(request, **{SORT_PARAM: key})) for key, label in SORTS.items()],
            "clear_filters_url": url_with(request, **dict.fromkeys(outcome.filters)),
            "query": outcome.text.text,
            "promotions": picks,
        },
    )


@require_GET
def autocomplete(request):
    response = JsonResponse({"suggestions": suggestions(request.GET.get("q", ""), site_or_404(request))})
    response["Cache-Control"] = "public, max-age=60"
    return response
