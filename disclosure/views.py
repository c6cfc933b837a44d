"""Public pages of Công khai: the overview of the kinds, a kind's listing by year, an item."""

from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from core.pagination import paginate
from core.sites import site_or_404
from disclosure.forms import YearFilterForm
from disclosure.models import KIND_DESCRIPTIONS, DisclosureItem, DisclosureKind

ITEMS_PER_PAGE = 15
LATEST_PER_KIND = 3


def kind_or_404(slug):
    try:
        return DisclosureKind(slug)
    except ValueError:
        raise Http404 from None


def overview(request):
    """Each kind with its newest items and its count: two queries, however many years are kept."""
    public = DisclosureItem.objects.public(site_or_404(request))
    newest = Window(RowNumber(), partition_by="kind", order_by=[F("published_on").desc(), F("pk").desc()])
    latest = (
        public.only("kind", "title", "published_on", "year", "period")
        .annotate(rank=newest)
        .filter(rank__lte=LATEST_PER_KIND)
        .newest_first()
    )
    counts = dict(public.order_by().values_list("kind").annotate(Count("pk")))
    kinds = [
        {
            "kind": kind,
            "description": KIND_DESCRIPTIONS[kind],
            "latest": [item for item in latest if item.kind == kind],
            "count": counts.get(kind, 0),
        }
        for kind in DisclosureKind
    ]
    return render(request, "disclosure/overview.html", {"kinds": kinds})


def kind_list(request, kind):
    kind = kind_or_404(kind)
    items = DisclosureItem.objects.public(site_or_404(request)).filter(kind=kind)
    years = items.order_by("-year").values_list("year", flat=True).distinct()
    form = YearFilterForm(request.GET or None, years=list(years))
    year = form.cleaned_data["nam"] if form.is_valid() else None
    if year:
        items = items.filter(year=year)
    context = {
        "kind": kind,
        "description": KIND_DESCRIPTIONS[kind],
        "filter_form": form,
        "year": year,
        "results": paginate(request, items.select_related("unit").newest_first(), ITEMS_PER_PAGE),
    }
    return render(request, "disclosure/kind_list.html", context, status=400 if form.errors else 200)


def detail(request, kind, pk, slug=None):
    item = get_object_or_404(
        DisclosureItem.objects.public(site_or_404(request)).select_related("unit"), pk=pk, kind=kind_or_404(kind)
    )
    if slug != item.slug:
        return redirect(item.get_absolute_url(), permanent=True)
    context = {"item": item, "kind": DisclosureKind(item.kind), "files": item.files.select_related("document")}
    return render(request, "disclosure/detail.html", context)
