"""An article's featured image in one size, for the links other sites read (og:image, RSS)."""

import logging

from wagtail.images.models import SourceImageIOError

logger = logging.getLogger(__name__)


def featured_rendition(article, spec):
    """The featured image's rendition, or None without an image or when its original file cannot
    be read (a lost upload, the storage unreachable): the article is still shown, without the
    link. The page's own `{% image %}` tags degrade the same way (Wagtail's)."""
    if not article.featured_image_id:
        return None
    try:
        return article.featured_image.get_rendition(spec)
    except SourceImageIOError as error:
        logger.warning("Featured image of article %s unreadable: %s", article.pk, error)
        return None
