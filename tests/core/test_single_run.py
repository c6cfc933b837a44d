"""Scheduled jobs on several servers: a job another server is running now is skipped, not run twice."""

import io
from contextlib import contextmanager

import psycopg2
import pytest
from django.core.management import call_command
from django.db import connection

from core.locks import lock_key

pytestmark = pytest.mark.django_db


@contextmanager
def running_on_another_server(name):
    """Another server's database session holding the job's lock."""
    other = psycopg2.connect(**connection.get_connection_params())
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [lock_key(name)])
            assert cursor.fetchone()[0]
            yield
            # The other job ends (closing the session would too, but the server notices a little later).
            cursor.execute("SELECT pg_advisory_unlock(%s)", [lock_key(name)])
    finally:
        other.close()


def single_run(*args):
    out = io.StringIO()
    call_command("single_run", *args, stdout=out)
    return out.getvalue()


def test_a_job_runs_when_no_other_server_runs_it():
    assert "Không có bảng kê nào đến hạn chi trả" in single_run("royalty_payment_warnings")
    # The lock went with the job: the next run (here or elsewhere) runs too.
    assert "Không có bảng kê nào đến hạn chi trả" in single_run("royalty_payment_warnings")


def test_a_job_another_server_is_running_is_skipped():
    with running_on_another_server("command:royalty_payment_warnings"):
        output = single_run("royalty_payment_warnings")
        assert "máy chủ khác đang chạy lệnh này" in output
        assert "Không có bảng kê" not in output
        # Other jobs are not held up by it.
        assert "Đã xếp 0 thư chưa gửi vào hàng gửi." in single_run("send_pending_emails")
    assert "Không có bảng kê nào đến hạn chi trả" in single_run("royalty_payment_warnings")
