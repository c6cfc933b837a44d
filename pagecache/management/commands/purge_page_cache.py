from django.core.management.base import BaseCommand

from pagecache import store


class Command(BaseCommand):
    help = "Purge every page from the anonymous page cache (after a deploy that changes templates)."

    def handle(self, *args, **options):
        store.purge_everything()
        self.stdout.write("Page cache purged.")
