"""Diacritic-folded shadows of searchable text.

Content models list the attributes worth searching in `folded_search_fields` and add
`index.SearchField("folded_search_text")` to their `search_fields`. The shadow is folded in
Python (core.text.fold), so "van ban" matches "văn bản" identically on Elasticsearch,
OpenSearch, PostgreSQL and SQLite; the original fields stay indexed beside it and rank higher.
Punctuation becomes spaces, as in what is typed (search.query.parse): "15/2024/NĐ-CP" in a text
is the words "15 2024 nd cp", which PostgreSQL would otherwise keep as one token, so a number
typed in any spelling ("15/2024/ND-CP", "nđ-cp 15 2024") finds it.
"""

import re

from django.utils.html import strip_tags

from core.text import fold, normalize

_PUNCTUATION = re.compile(r"[\W_]+")


class FoldedSearchMixin:
    folded_search_fields: tuple[str, ...] = ()

    def folded_search_text(self):
        parts = []
        for name in self.folded_search_fields:
            value = getattr(self, name, "")
            if callable(value):
                value = value()
            parts.append(strip_tags(str(value or "")))
        return _PUNCTUATION.sub(" ", fold(normalize(" ".join(parts))).lower())

    def __init_subclass__(cls, **kwargs):
        # modelsearch's Elasticsearch mapping names a non-field attribute after the class whose
        # __dict__ defines it, and needs that class to be a model: define it on each subclass.
        super().__init_subclass__(**kwargs)
        if "folded_search_text" not in cls.__dict__:
            cls.folded_search_text = FoldedSearchMixin.folded_search_text
