"""Keeps a signed-in user who still owes a second factor out of the admin and its API.

After the password step Wagtail's login view has signed the user in; until a code is accepted
every admin address (pages, snippets, previews, the admin API, even crafted POSTs) answers with a
redirect to the code step, or to enrolment for a user who must use 2FA and has no device yet. On
the public site such a user counts as anonymous, so private pages and documents stay closed too.

Install after django_otp.middleware.OTPMiddleware, which adds `user.is_verified()`.
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.urls import Resolver404, resolve, reverse

from accounts.policy import ENROL, VERIFY, pending_step

# Admin addresses a user may open before the second factor: signing in and out, the steps
# themselves, and what their pages load.
OPEN_URL_NAMES = {"wagtailadmin_login", "wagtailadmin_logout", "wagtailadmin_javascript_catalog", "wagtailadmin_sprite"}
STEP_URL_NAMES = {VERIFY: "accounts_verify", ENROL: "accounts_enrol"}


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        step = pending_step(request.user)
        if step is None:
            return self.get_response(request)
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            request.user = AnonymousUser()
            return self.get_response(request)
        try:
            url_name = resolve(request.path_info).url_name
        except Resolver404:
            url_name = None
        if url_name in OPEN_URL_NAMES or url_name == STEP_URL_NAMES[step]:
            return self.get_response(request)
        return redirect_to_login(request.get_full_path(), login_url=reverse(STEP_URL_NAMES[step]))
