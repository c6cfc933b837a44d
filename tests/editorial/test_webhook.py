"""The optional chat webhook: a JSON message after commit, and a dead webhook never blocks the workflow."""

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from tests.editorial.test_page_workflow import act, create_and_submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def chat_server():
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hook", received
    server.shutdown()
    server.server_close()


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_chat_told_of_submission_and_decisions(
    client, board, article_form, article_model, settings, chat_server, django_capture_on_commit_callbacks
):
    settings.EDITORIAL_WEBHOOK_URL, received = chat_server
    with django_capture_on_commit_callbacks(execute=True):
        page = create_and_submit(client, board, article_form, article_model, title="Tập huấn văn thư")
    with django_capture_on_commit_callbacks(execute=True):
        act(client, board.member, page, "approve")
        act(client, board.chair, page, "reject", comment="Thiếu ảnh.")
    texts = [message["text"] for message in received]
    assert texts[0].startswith("[Chờ duyệt] “Tập huấn văn thư”")
    assert "gửi duyệt" in texts[0]
    assert texts[-1].startswith("[Trả lại] “Tập huấn văn thư”")
    assert "Hiền" in texts[-1]


def test_message_waits_for_commit(client, board, article_form, article_model, settings, chat_server):
    settings.EDITORIAL_WEBHOOK_URL, received = chat_server
    create_and_submit(client, board, article_form, article_model)  # the test transaction never commits
    assert received == []


def test_unreachable_webhook_is_logged_and_workflow_goes_on(
    client, board, article_form, article_model, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EDITORIAL_WEBHOOK_URL = f"http://127.0.0.1:{closed_port()}/hook"
    with django_capture_on_commit_callbacks(execute=True):
        page = create_and_submit(client, board, article_form, article_model)
        act(client, board.member, page, "approve")
        act(client, board.chair, page, "approve")
    assert page.live
    assert "Editorial webhook" in caplog.text
