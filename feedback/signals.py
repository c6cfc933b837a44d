"""Keep a question's handling status in step with Wagtail's moderation of its answer."""

from django.dispatch import receiver
from wagtail.signals import published, unpublished, workflow_approved, workflow_submitted

from feedback import lifecycle
from feedback.models import Question


def _question(instance):
    # Workflow signals carry the WorkflowState; its `content_object` is the moderated object.
    obj = getattr(instance, "content_object", instance)
    return obj if isinstance(obj, Question) else None


@receiver(workflow_submitted)
def question_submitted(sender, instance, user=None, **kwargs):
    if question := _question(instance):
        lifecycle.mark_answered(Question.objects.get(pk=question.pk))


@receiver(workflow_approved)
def question_approved(sender, instance, user=None, **kwargs):
    if question := _question(instance):
        lifecycle.mark_approved(Question.objects.get(pk=question.pk))


@receiver(published, sender=Question)
def question_published(sender, instance, **kwargs):
    lifecycle.mark_published(Question.objects.get(pk=instance.pk))


@receiver(unpublished, sender=Question)
def question_unpublished(sender, instance, **kwargs):
    lifecycle.mark_unpublished(Question.objects.get(pk=instance.pk))
