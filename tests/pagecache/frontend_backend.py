from wagtail.contrib.frontend_cache.backends import BaseBackend


class RecordingBackend(BaseBackend):
    """A front cache that only remembers what it was asked to purge."""

    purged = []

    def purge(self, url):
        self.purged.append(url)
