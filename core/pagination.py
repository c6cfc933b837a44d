"""Pagination that never fails on bad input: ?page=abc, -1 or 99999 give a real page."""

from django.core.paginator import Paginator


def paginate(request, object_list, per_page, param="page", count=None):
    """The requested page of `object_list`; `count`, when the caller knows it, saves the COUNT query."""
    paginator = Paginator(object_list, per_page)
    if count is not None:
        paginator.count = count  # Paginator.count is a cached property
    return paginator.get_page(request.GET.get(param))


def page_window(page, around=2):
    """Page numbers to show around the current one, with None marking a gap."""
    last = page.paginator.num_pages
    numbers = sorted({1, last, *range(max(1, page.number - around), min(last, page.number + around) + 1)})
    window, previous = [], 0
    for number in numbers:
        if number - previous > 1:
            window.append(None)
        window.append(number)
        previous = number
    return window
