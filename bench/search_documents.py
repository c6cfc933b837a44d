"""Synthetic legal documents for the search benchmark, worded like the real ones.

The vocabulary is the demo content's own Vietnamese (seed/data: legal_docs and news), and
texts are drawn from it as word chains (each word follows one that followed it in the demo
text), so word frequencies and pairs look like real titles and bodies: common words ("quy định",
"công tác") match many documents, rare ones few. Only for a benchmark database:

    python -m bench.search_latency --generate 10000   # then measures
"""

import datetime
import random
import re

_WORD = re.compile(r"[^\W\d_]+")
BATCH = 500


def corpus_words():
    """The words of the demo data's Vietnamese strings, in order."""
    from seed import data

    words = []
    for string in data.strings("legal_docs", "news"):
        words.extend(word.lower() for word in _WORD.findall(string) if not word.isascii() or len(word) > 1)
    return words


def chain_text(followers, starts, rng, length):
    word = rng.choice(starts)
    words = [word]
    while len(words) < length:
        word = rng.choice(followers.get(word) or starts)
        words.append(word)
    return " ".join(words)


def generate(count, seed=1):
    """Add legal documents until there are `count`, and index them; returns how many were added."""
    from core.models import Topic
    from core.text import fold
    from legal_docs.models import DocumentType, IssuingBody, LegalDocument
    from legal_docs.numbers import normalize_number
    from search.engine import backend
    from search.postgres import bulk_load

    rng = random.Random(seed)
    words = corpus_words()
    followers = {}
    for word, following in zip(words, words[1:], strict=False):
        followers.setdefault(word, []).append(following)
    types, bodies = list(DocumentType.objects.all()), list(IssuingBody.objects.all())
    topics = list(Topic.objects.all())
    index = backend("default").get_index_for_model(LegalDocument)
    start = LegalDocument.objects.count()
    added = 0
    with bulk_load():
        while start + added < count:
            batch = []
            for position in range(start + added, min(count, start + added + BATCH)):
                issue_date = datetime.date(rng.randint(2000, 2026), rng.randint(1, 12), rng.randint(1, 28))
                number = f"{position + 1000}/{issue_date.year}/QĐ-B{position % 97}"
                title = chain_text(followers, words, rng, rng.randint(6, 18)).capitalize()
                body = ". ".join(chain_text(followers, words, rng, rng.randint(10, 30)) for _ in range(8))
                document = LegalDocument(
                    number=number,
                    number_normalized=normalize_number(number),
                    slug=f"bench-{position}",
                    title=title,
                    full_text=f"<p>{body}</p>",
                    document_type=rng.choice(types),
                    issuing_body=rng.choice(bodies),
                    issue_date=issue_date,
                    live=True,
                    validity_status=rng.choice(["in_force", "in_force", "expired", "partly_expired"]),
                )
                document.issue_year = issue_date.year
                document.keywords_folded = fold(title).lower()
                batch.append(document)
            created = LegalDocument.objects.bulk_create(batch)
            if topics:
                through = LegalDocument.topics.through
                through.objects.bulk_create(
                    [through(legaldocument_id=document.pk, topic_id=rng.choice(topics).pk) for document in created]
                )
            index.add_items(LegalDocument, LegalDocument.objects.filter(pk__in=[d.pk for d in created]))
            added += len(created)
    return added
