"""Same-origin check for the "Phản hồi" form, which is posted without a CSRF token.

Why no CSRF token: the form is rendered under every article and legal document, and a token in
a page makes the page private to one visitor, so neither the page cache nor nginx could store
those pages. CSRF tokens protect what a browser does with a visitor's *credentials*; this
endpoint uses none (no login, no session: it works the same for a visitor who has no cookies),
so a forged post gains nothing a script could not do directly. What is left to stop is another
site making its visitors' browsers post here (spam sent from many addresses, dodging the rate
limit), and browsers say where a post comes from:

- every current browser sends `Origin` with a form POST, and a cross-site one always has it
  (`null` from sandboxed frames or `Referrer-Policy: no-referrer` pages: refused too);
- older browsers that omit `Origin` send `Referer`, checked the same way;
- with neither header the post comes from a program, not from a browser on another site: a
  program can write any header it likes, so refusing it would stop nobody and would only lock
  out visitors behind privacy tools that strip `Referer`. It is accepted and left to the
  honeypot, the rate limit, the CAPTCHA and the signed target reference, like any post.
"""

from urllib.parse import urlsplit

from django.conf import settings


def _origin_of(url):
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def allowed_origins(request):
    """This site's own origin (the host is checked against ALLOWED_HOSTS) and CSRF_TRUSTED_ORIGINS."""
    own = f"{request.scheme}://{request.get_host()}".lower()
    return {own, *(origin.lower() for origin in settings.CSRF_TRUSTED_ORIGINS if "*" not in origin)}


def is_same_origin_post(request):
    """False when the browser says the post comes from another site."""
    origin = request.META.get("HTTP_ORIGIN")
    if origin is not None:
        return origin.lower() in allowed_origins(request)
    referer = request.META.get("HTTP_REFERER")
    if referer is not None:
        return _origin_of(referer) in allowed_origins(request)
    return True
