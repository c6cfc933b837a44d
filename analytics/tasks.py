"""Moving view counters to PostgreSQL on the background queue (core.background).

The beacon view only enqueues: the first view after a flush queues the next one, to run
ANALYTICS_FLUSH_INTERVAL seconds later on the worker, so every counted view reaches the
statistics within about one interval and no cron job is needed. In development and tests the
queue runs it at once, in the process that counted. Counters must then live where the worker
can read them: Redis (ANALYTICS_REDIS_URL, by default REDIS_URL) in production.
"""

from datetime import timedelta

from django.utils import timezone

from analytics import conf
from analytics.flush import flush
from analytics.store import get_store
from core.background import background_task


@background_task
def flush_page_views():
    """Move pending counts to the database; how many page views moved, None if another flush ran."""
    return flush()


def schedule_flush():
    """Queue a flush unless one is already due within the interval (across processes sharing the store)."""
    interval = conf.get("ANALYTICS_FLUSH_INTERVAL")
    if not interval or not get_store().acquire_lock("flush-due", interval):
        return None
    if flush_page_views.get_backend().supports_defer:
        return flush_page_views.using(run_after=timezone.now() + timedelta(seconds=interval)).enqueue()
    return flush_page_views.enqueue()
