"""Wagtail's password reset form, rate limited so it cannot be used to flood a mailbox.

Per address of the visitor, a form error says to wait. Per email address, requests past the
limit are answered like any other ("if the account exists, mail was sent") and send nothing,
so the form reveals no more than before.
"""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import PasswordResetView

from core.http import client_ip
from core.throttle import over_limit

WINDOW = 60 * 60


class ThrottledPasswordResetView(PasswordResetView):
    def form_valid(self, form):
        limit = settings.PASSWORD_RESET_LIMIT_PER_HOUR
        if over_limit("password-reset-ip", client_ip(self.request), limit * 3, WINDOW):
            form.add_error(None, _("Too many password reset requests from this address. Try again in an hour."))
            return self.form_invalid(form)
        if over_limit("password-reset-email", form.cleaned_data["email"].lower(), limit, WINDOW):
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)
