"""What citizens' tracked submissions share (questions, information requests): the code in the
session after sending, and the lookup by code and email."""

from feedback.models.questions import normalize_tracking_code


def submit_tracked(request, form, submit, session_key):
    """Save a valid spam-protected form with `submit` and keep its tracking code for the "sent" page.

    What the honeypot catches is dropped without a word, and forgets any earlier code.
    """
    if form.caught_by_honeypot:
        request.session.pop(session_key, None)
        return
    submitted = submit(form)
    form.record_submission()
    request.session[session_key] = submitted.tracking_code


def find_tracked(form, queryset):
    """The item a valid tracking form names by code and email together, or None.

    A wrong code and a wrong email look the same, and failed attempts count towards the form's
    limit, so guessing codes soon meets a CAPTCHA.
    """
    found = queryset.filter(
        tracking_code=normalize_tracking_code(form.cleaned_data["code"]),
        email__iexact=form.cleaned_data["email"],
        personal_data_erased_at__isnull=True,
    ).first()
    if form.caught_by_honeypot or found is None:
        form.record_submission()
        return None
    return found
