"""Fields of work (lĩnh vực), shared by questions and legal documents."""

import factory
from factory.django import DjangoModelFactory

from core.models import Topic


class TopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")

    class Meta:
        model = Topic
        django_get_or_create = ("name",)
