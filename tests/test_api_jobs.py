"""POST /api/sources/ and /api/jobs/<id>/: a newsroom's CMS or scraper feeding the importer.

The answer to a submitted article is 202 and its job; the job's URL reports the
state and, once done, the source. Without a broker the job has run before the
answer; with one, a `celery -A factcheck worker` process runs it (PostgreSQL).
"""

import json
import time
import urllib.request

import pytest
from rest_framework.authtoken.models import Token

from quotes.models import ImportJob, Source
from tests import test_import_queue as queue_tests

cluster_on = queue_tests.cluster_on  # the fixture that starts workers and servers, shared

ARTICLE = (
    "Ministers meet on the budget\n\n"
    "Finance Minister Lena Kovac said on Monday: “We will not raise taxes this year.” "
    "She added that the deficit would fall."
)


def submit(api, **fields):
    return api.post("/api/sources/", {"text": ARTICLE, **fields}, format="json")


def test_a_curator_submitting_an_article_gets_202_and_a_job_already_done(staff_api):
    response = submit(staff_api, title="Budget talks", published_on="2026-03-02")
    assert response.status_code == 202
    job = response.json()
    assert response["Location"] == job["url"]
    assert job["url"].endswith(f"/api/jobs/{job['id']}/")
    assert (job["state"], job["new_source"], job["error"], job["attempts"]) == ("done", True, "", 1)
    assert job["quotes"] >= 1
    source = staff_api.get(job["source"]).json()
    assert (source["title"], source["published_on"], source["body"]) == (
        "Budget talks", "2026-03-02", ARTICLE,
    )  # fmt: skip


def test_the_job_url_reports_the_job(staff_api):
    job = submit(staff_api).json()
    assert staff_api.get(job["url"]).json() == job


def test_an_article_already_stored_is_done_with_the_stored_source(staff_api):
    stored = Source.objects.first()
    job = submit(staff_api, text=stored.body).json()
    assert (job["state"], job["new_source"]) == ("done", False)
    assert job["source"].endswith(f"/api/sources/{stored.pk}/")
    assert Source.objects.count() == 5


def test_an_article_that_cannot_be_stored_is_a_failed_job_with_one_error_line(staff_api):
    Source.objects.filter(pk=Source.objects.first().pk).update(url="https://x.test/taken")
    job = submit(staff_api, url="https://x.test/taken").json()
    assert (job["state"], job["source"]) == ("failed", None)
    assert job["error"].startswith("IntegrityError:") and "\n" not in job["error"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": "No text"}, "text"),
        ({"text": " \n\t"}, "text"),
        ({"text": 42}, "text"),
        ({"text": ARTICLE, "published_on": "Monday"}, "published_on"),
        ({"text": ARTICLE, "url": "javascript:alert(1)"}, "url"),
        ({"text": ARTICLE, "url": " https://x.test/a"}, "url"),
        ({"text": ARTICLE, "language": "x" * 17}, "language"),
    ],
)
def test_bad_input_is_a_400_naming_the_field_and_makes_no_job(staff_api, body, field):
    response = staff_api.post("/api/sources/", body, format="json")
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == [field]
    assert not ImportJob.objects.exists()


def test_only_staff_with_the_add_source_permission_may_submit(api, bob, dave):
    assert submit(api).status_code == 401
    for user in (bob, dave):  # an account without staff rights; staff without permissions
        api.force_authenticate(user)
        assert submit(api).status_code == 403
    assert not ImportJob.objects.exists()


def test_a_job_is_a_404_to_anyone_but_staff(staff_api, bob):
    url = submit(staff_api).json()["url"]
    staff_api.force_authenticate(None)
    assert staff_api.get(url).status_code == 404
    staff_api.force_authenticate(bob)
    assert staff_api.get(url).status_code == 404
    assert staff_api.get("/api/jobs/999999/").status_code == 404


@queue_tests.needs_postgres
def test_with_a_broker_the_answer_is_202_and_the_job_url_reaches_done_once_a_worker_ran_it(
    cluster_on, charlie
):
    """The API under gunicorn enqueues; a worker process imports; the job URL tells."""
    cluster = cluster_on(queue_tests.REDIS)
    cluster.start_workers("w1")
    base = cluster.serve()
    token = Token.objects.create(user=charlie).key
    status, headers, job = call(f"{base}/api/sources/", token, {"text": ARTICLE})
    assert status == 202 and headers["Location"] == job["url"]
    assert job["state"] in {"queued", "running", "done"}
    deadline = time.monotonic() + 120
    while job["state"] != "done" and time.monotonic() < deadline:
        time.sleep(0.2)
        _, _, job = call(job["url"], token)
    assert (job["state"], job["attempts"], job["new_source"]) == ("done", 1, True)
    assert ImportJob.objects.get().worker.startswith("w1@"), "run by the worker, not the server"
    _, _, source = call(job["source"], token)
    assert source["body"] == ARTICLE


def call(url: str, token: str, body: dict | None = None) -> tuple[int, dict, dict]:
    request = urllib.request.Request(
        url,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Token {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, dict(response.headers), json.loads(response.read())


@pytest.mark.django_db(transaction=True)
def test_an_unreachable_broker_is_a_503_and_the_job_is_recorded_as_failed(django_user_model):
    """The client learns to try again later; no job is left waiting for a message never sent.

    A real commit is needed (the message goes out on commit), so the database is emptied
    between tests here, the curators group with it: a superuser submits instead.
    """
    from rest_framework.test import APIClient

    from factcheck.celery import app

    staff_api = APIClient()
    staff_api.force_authenticate(django_user_model.objects.create_superuser("root", password="x"))

    saved = {key: app.conf[key] for key in ("task_always_eager", "broker_url")}
    app.conf.update(task_always_eager=False, broker_url="redis://127.0.0.1:9/0")
    try:
        response = submit(staff_api)
    finally:
        app.conf.update(saved)
    assert response.status_code == 503
    assert "job queue cannot be reached" in response.json()["error"]["message"]
    (job,) = ImportJob.objects.all()
    assert job.state == ImportJob.State.FAILED and job.error.startswith("not queued:")
