"""Customers: one record, one timeline across channels, merge and split."""

from __future__ import annotations

from typing import Annotated

import msgspec
from litestar import Request, get, post

from ..store import customers
from ..store.db import Id
from .deps import Limit, PathId, agent_of, db_of


class MergeRequest(msgspec.Struct, forbid_unknown_fields=True):
    customer_ids: Annotated[list[Id], msgspec.Meta(min_length=1, max_length=50)]


@get("/customers/{customer_id:int}", sync_to_thread=False)
def read_customer(request: Request, customer_id: PathId) -> customers.Customer:
    return customers.get_customer(db_of(request), customer_id)


@get("/customers/{customer_id:int}/history", sync_to_thread=False)
def customer_history(request: Request, customer_id: PathId, limit: Limit = 200) -> customers.History:
    return customers.history(db_of(request), customer_id, limit)


@post("/customers/{customer_id:int}/merge", sync_to_thread=False, status_code=200)
def merge_customers(request: Request, customer_id: PathId, data: MergeRequest) -> customers.Customer:
    return customers.merge(db_of(request), customer_id, data.customer_ids, agent_of(request).id)


@post("/customers/{customer_id:int}/split", sync_to_thread=False, status_code=200)
def split_customer(request: Request, customer_id: PathId) -> customers.Customer:
    return customers.split(db_of(request), customer_id, agent_of(request).id)


ROUTES = [read_customer, customer_history, merge_customers, split_customer]
