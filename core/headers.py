"""Security headers Django does not set by itself: the admin's own CSP, Permissions-Policy.

Public pages get settings.SECURE_CSP from Django's ContentSecurityPolicyMiddleware: scripts
and styles from the site only, no inline script without the request's nonce. Wagtail's admin
still writes inline style attributes and a few inline scripts, so /admin/ answers with
ADMIN_CSP instead; Django's middleware keeps a policy a response already has.
"""

from django.conf import settings
from django.middleware.csp import get_nonce
from django.utils.csp import CSP, build_policy


class SecurityHeadersMiddleware:
    """Between ContentSecurityPolicyMiddleware and the views (see MIDDLEWARE)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.PERMISSIONS_POLICY:
            response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if settings.ADMIN_CSP and request.path_info.startswith(settings.ADMIN_CSP_PATHS):
            response.headers.setdefault(str(CSP.HEADER_ENFORCE), build_policy(settings.ADMIN_CSP, get_nonce(request)))
        return response
