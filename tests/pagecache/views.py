"""Small views that read one kind of content each, to observe precise purging."""

from django.http import HttpResponse
from django.template import engines
from django.utils.translation import get_language

from core.models import Topic
from editorial.models import Unit
from pagecache.dependencies import declares_dependencies


@declares_dependencies(Unit)
def units(request):
    return HttpResponse(", ".join(Unit.objects.values_list("name", flat=True)))


@declares_dependencies(Topic)
def topics(request):
    return HttpResponse(", ".join(Topic.objects.values_list("name", flat=True)))


def undeclared_units(request):
    return HttpResponse(", ".join(Unit.objects.values_list("name", flat=True)))


def language(request):
    return HttpResponse(get_language())


def form(request):
    template = engines["django"].from_string('<form method="post">{% csrf_token %}</form>')
    return HttpResponse(template.render({}, request))


def cookie(request):
    response = HttpResponse("hello")
    response.set_cookie("flavour", "chocolate")
    return response
