"""Replay the index updates the search engine missed while it was down (run it from cron).

`manage.py update_index` rebuilds everything and also repairs a stale engine index; this
command is the cheap, frequent repair: it only touches the objects saved during the outage.
"""

from django.core.management.base import BaseCommand
from modelsearch.backends import get_search_backend
from modelsearch.index import get_indexed_instance

from search import health
from search.models import PendingIndexUpdate


class Command(BaseCommand):
    help = "Gửi lại lên máy tìm kiếm các cập nhật chỉ mục bị lỡ khi máy tìm kiếm ngừng hoạt động."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=1000)

    def handle(self, *args, limit, **options):
        done = failed = 0
        backends = {}
        for pending in PendingIndexUpdate.objects.select_related("content_type").order_by("updated_at")[:limit]:
            backend = backends.setdefault(pending.backend_name, get_search_backend(pending.backend_name))
            try:
                replay(backend, pending)
            except Exception as error:
                failed += 1
                PendingIndexUpdate.record(pending.backend_name, _stand_in(pending), pending.action, error)
                continue
            health.mark_engine_up(pending.backend_name)
            pending.delete()
            done += 1
        self.stdout.write(f"Đã cập nhật {done}, còn lỗi {failed}.")
        if failed:
            raise SystemExit(1)


def _stand_in(pending):
    model = pending.content_type.model_class()
    return model(pk=model._meta.pk.to_python(pending.object_id))


def replay(backend, pending):
    model = pending.content_type.model_class()
    obj = model._default_manager.filter(pk=pending.object_id).first() if model is not None else None
    indexed = get_indexed_instance(obj) if obj is not None else None
    if pending.action == PendingIndexUpdate.Action.UPDATE and indexed is not None:
        backend.add_now(indexed)
    elif model is not None:
        # Deleted since, or no longer indexed (unpublished): make sure the engine forgets it.
        backend.delete_now(_stand_in(pending))
