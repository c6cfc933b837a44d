"""A request for a host no site serves gets a plain 404, once the platform serves more than one site.

Wagtail answers an unknown host with the default site, which on a platform would show one
agency's pages under another's (or a stranger's) name. With a single site that fallback stays, so
single-site installations keep answering on `127.0.0.1` or any allowed name. A request by IP
address (no name at all, so no agency's name to misuse) still gets the default site, which keeps
`http://127.0.0.1:8000/` the demo's Sở Nội vụ beside `*.localhost`. The admin is shared by every
site and answers on any allowed host.
"""

import ipaddress
from urllib.parse import urlsplit

from django.http import HttpResponseNotFound
from django.http.request import split_domain_port
from django.template import loader
from django.urls import reverse
from wagtail.models import Site


def served_hostnames():
    """The hostnames of the configured sites, from Wagtail's cached root paths (no query per request)."""
    paths = Site.get_site_root_paths()
    return {path.site_id for path in paths}, {urlsplit(path.root_url).hostname for path in paths}


def not_found(request):
    """The project's 404 page on a plain frame: the usual one names and links the default site."""
    body = loader.render_to_string("404.html", {"error_base": "plain_base.html"}, request=None)
    return HttpResponseNotFound(body)


def is_ip_address(hostname):
    try:
        ipaddress.ip_address(hostname.strip("[]"))
    except ValueError:
        return False
    return True


class UnknownHostMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            site_ids, hostnames = served_hostnames()
            hostname, _port = split_domain_port(request.get_host())
            if len(site_ids) > 1 and hostname.lower() not in hostnames and not is_ip_address(hostname):
                return not_found(request)
        return self.get_response(request)
