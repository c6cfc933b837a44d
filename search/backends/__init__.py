"""Search backends for Vietnamese text: the database backend and Elasticsearch/OpenSearch."""
