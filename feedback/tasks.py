"""Background tasks of the outbox, on the `background` queue (TASKS in settings; docs/deployment.md)."""

from django.tasks import task

from feedback.delivery import send_one

BACKGROUND = "background"


@task(backend=BACKGROUND)
def deliver_email(email_id):
    return send_one(email_id)
