"""The site's one background queue: Django's tasks framework, backend alias `background`.

Every job that must not run inside a request (sending mail, replaying missed search index
updates, moving view counters to PostgreSQL, the nightly and monthly jobs) is a task declared
with `background_task`. In development and tests the backend is Django's ImmediateBackend, so a
task runs where it is enqueued and its outcome is visible at once; in production it is
django-tasks-db's DatabaseBackend, a PostgreSQL table emptied by one `manage.py db_worker
--backend background` process (docs/deployment.md).

A task that fails on an outside service (the mail server, the search engine) asks for another
attempt with `retry_later`: the queue keeps the attempt until its time comes, so no cron job
has to look for leftovers.
"""

from datetime import timedelta

from django.tasks import TaskResultStatus, task
from django.utils import timezone

BACKGROUND = "background"
# Seconds before each further attempt: a short outage is bridged within minutes, a long one
# within half a day; after the last, an operator retries (or `update_index` repairs the index).
RETRY_DELAYS = (60, 5 * 60, 15 * 60, 60 * 60, 3 * 60 * 60, 6 * 60 * 60)


def background_task(function=None, **options):
    """`@task` on the background queue."""
    return task(function, backend=BACKGROUND, **options)


def retry_later(background, *args, attempt, **kwargs):
    """Enqueue `background` again for its attempt number `attempt + 1`, after RETRY_DELAYS[attempt].

    Returns False when there is nothing more to do by waiting: the attempts are used up, or the
    backend runs tasks at once (development, tests), where retrying now would fail the same way.
    """
    if attempt >= len(RETRY_DELAYS) or not background.get_backend().supports_defer:
        return False
    run_after = timezone.now() + timedelta(seconds=RETRY_DELAYS[attempt])
    background.using(run_after=run_after).enqueue(*args, attempt=attempt + 1, **kwargs)
    return True


def enqueue_for_command(command, background, describe, *args, **kwargs):
    """Enqueue `background` from a management command (a cron line) and tell the operator.

    In-process backends have run it already: print `describe(return value)`, or the error (exit
    1). With the worker's queue, only say that it is queued; the worker logs how it went.
    """
    result = background.enqueue(*args, **kwargs)
    if not result.is_finished:
        command.stdout.write(f"Đã xếp việc “{background.name}” vào hàng đợi nền (db_worker sẽ thực hiện).")
    elif result.status == TaskResultStatus.FAILED:
        command.stderr.write(result.errors[-1].traceback)
        raise SystemExit(1)
    else:
        command.stdout.write(describe(result.return_value))
    return result
