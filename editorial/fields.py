"""The field by which a record names the unit responsible for it.

Deleting a unit must never take a citizen's request, a draft or a calendar entry with it: the
unit is optional and is cleared, not cascaded, when the unit is deleted.
"""

from django.db import models


def unit_field(verbose_name, related_name="+", **kwargs):
    return models.ForeignKey(
        "editorial.Unit",
        verbose_name=verbose_name,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name=related_name,
        **kwargs,
    )
