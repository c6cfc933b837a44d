"""Index updates the search engine missed, tried again on the background queue (core.background).

When the engine is down or fails an update, the engine backend (search.backends.engine) queues
`retry_index_update` for later; while the engine is still down the task waits again, up to the
last of RETRY_DELAYS. Each attempt sends the object as it is by then (or forgets it if it was
deleted or unpublished since), so attempts queued by several saves of one object agree.
`manage.py update_index` repairs whatever is still missing after the last attempt.
"""

import logging

from django.apps import apps
from modelsearch.backends import get_search_backend
from modelsearch.index import get_indexed_instance

from core.background import background_task, retry_later
from search import health

logger = logging.getLogger(__name__)
UPDATE, DELETE = "update", "delete"


def queue_retry(backend_name, obj, action, error):
    """Queue a later attempt at an index update that failed now (`action` is UPDATE or DELETE)."""
    args = (backend_name, obj._meta.label, str(obj.pk), action)
    if not retry_later(retry_index_update, *args, attempt=0):
        logger.warning("Search index %s of %r missed (%s); `update_index` repairs it", action, obj, error)


@background_task
def retry_index_update(backend_name, model_label, object_id, action, attempt=0):
    """Send one missed update to the engine; True when it went through."""
    args = (backend_name, model_label, object_id, action)
    if health.engine_is_down(backend_name):
        retry_later(retry_index_update, *args, attempt=attempt)
        return False
    try:
        replay(get_search_backend(backend_name), apps.get_model(model_label), object_id, action)
    except Exception as error:
        health.mark_engine_down(backend_name)
        if not retry_later(retry_index_update, *args, attempt=attempt):
            logger.warning("Search index %s of %s %s given up: %s", action, model_label, object_id, error)
        return False
    health.mark_engine_up(backend_name)
    return True


def replay(backend, model, object_id, action):
    obj = model._default_manager.filter(pk=object_id).first()
    indexed = get_indexed_instance(obj) if obj is not None else None
    if action == UPDATE and indexed is not None:
        backend.add_now(indexed)
    else:
        # Deleted since, or no longer indexed (unpublished): make sure the engine forgets it.
        backend.delete_now(model(pk=model._meta.pk.to_python(object_id)))
