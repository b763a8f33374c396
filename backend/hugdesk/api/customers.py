"""Customers: one record, one timeline across channels, merge and split, "same person?"."""

from __future__ import annotations

from typing import Annotated

import msgspec
from litestar import Request, get, post

from ..errors import Invalid
from ..store import customers
from ..store.db import Id
from ..usecases import reports
from .deps import Limit, PathId, agent_of, db_of


class MergeRequest(msgspec.Struct, forbid_unknown_fields=True):
    customer_ids: Annotated[list[Id], msgspec.Meta(min_length=1, max_length=50)]


class KeepApartRequest(msgspec.Struct, forbid_unknown_fields=True):
    customer_id: Id


class SamePersonList(msgspec.Struct):
    items: list[customers.SamePerson]


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


@post("/customers/merges/{merge_id:int}/undo", sync_to_thread=False, status_code=200)
def undo_merge(request: Request, merge_id: PathId) -> customers.Customer:
    return customers.undo_merge(db_of(request), merge_id, agent_of(request).id)


@get("/customers/{customer_id:int}/same-person", sync_to_thread=False)
def same_person(request: Request, customer_id: PathId) -> SamePersonList:
    return SamePersonList(items=customers.same_person_candidates(db_of(request), customer_id))


@post("/customers/{customer_id:int}/keep-apart", sync_to_thread=False, status_code=204)
def keep_apart(request: Request, customer_id: PathId, data: KeepApartRequest) -> None:
    if data.customer_id == customer_id:
        raise Invalid("customer_id: a customer cannot be kept apart from itself")
    db = db_of(request)
    for cid in (customer_id, data.customer_id):
        customers.get_customer(db, cid)  # NotFound -> 404
    reports.keep_apart(db, customer_id, data.customer_id, agent_of(request))


ROUTES = [read_customer, customer_history, merge_customers, split_customer, undo_merge, same_person, keep_apart]
