"""Schemathesis generates requests from our own OpenAPI document: none may end in a server error."""

from __future__ import annotations

import httpx
import schemathesis
from hypothesis import HealthCheck, given, settings


def test_no_request_from_the_schema_causes_a_server_error(backend_session):
    raw = httpx.get(backend_session.api + "/schema/openapi.json", headers=backend_session.headers).json()
    schema = schemathesis.openapi.from_dict(raw)
    failures: list[str] = []
    operations = 0
    with httpx.Client(base_url=backend_session.url, headers=backend_session.headers, timeout=10) as client:
        for result in schema.get_all_operations():
            operation = result.ok()
            operations += 1

            @given(case=operation.as_strategy())
            @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
            def probe(case):
                kwargs = case.as_transport_kwargs(base_url=backend_session.url)
                response = client.request(
                    kwargs["method"], kwargs["url"], params=kwargs.get("params"), json=kwargs.get("json"),
                    headers={**backend_session.headers, "content-type": "application/json"},
                )
                if response.status_code >= 500:
                    failures.append(f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:200]}")

            probe()
    assert operations >= 15
    assert failures == []
