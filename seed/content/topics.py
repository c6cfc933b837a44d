"""Fields of work (lĩnh vực)."""

from core.models import Topic
from seed import data
from seed.factories.core import TopicFactory


def load(site, out):
    for order, name in enumerate(data.load("topics")):
        TopicFactory(name=name, sort_order=order)
    out(f"  Lĩnh vực: {Topic.objects.count()}")
