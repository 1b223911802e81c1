#!/usr/bin/env python3
"""Writes a large Gatehouse JSON config (docs/config-format.md) for the
large-project benchmark: N workflows (each with parameters, a condition, a
create step and a return step), N/50 data types with privacy rules, N/5
tokens and 20N records. Deterministic for a given N and seed.

  scripts/generate-project.py N OUT.json [--seed S]

`gatehouse-cli import OUT.json -o PROJECT.gatehouse` reads it. A config never
carries a token's secret or hash, so the tokens are metadata only; their
prefixes are cut from hashes of random bytes. Users have no password.
"""

import argparse
import hashlib
import json
import random
import sys

NOTHING = {
    "viewAllFields": False, "viewableFields": [], "findInSearches": False,
    "viewAttachedFiles": False, "allowAutoBinding": False, "autoBindingFields": [],
    "createViaApi": False, "modifyViaApi": False, "deleteViaApi": False,
}


def field(name, kind, referenced=None, is_list=False):
    out = {"name": name, "type": kind, "list": is_list}
    if referenced:
        out["referencedType"] = referenced
    return out


def permissions(**granted):
    return dict(NOTHING, **granted)


def data_types(count):
    user = {
        "name": "User",
        "fields": [field("email", "text"), field("name", "text"), field("admin", "yes_no")],
        "privacyRules": [{"name": "self", "condition": "This User is Current User",
                          "permissions": permissions(viewAllFields=True, findInSearches=True)}],
        "everyoneElse": NOTHING,
    }
    types = [user]
    for t in range(1, count + 1):
        name = f"Item{t}"
        types.append({
            "name": name,
            "fields": [field("title", "text"), field("amount", "number"),
                       field("done", "yes_no"), field("owner", "reference", "User"),
                       field("tags", "text", is_list=True)],
            "privacyRules": [
                {"name": "owner", "condition": f"This {name}'s owner is Current User",
                 "permissions": permissions(viewAllFields=True, findInSearches=True,
                                            createViaApi=True, modifyViaApi=True,
                                            deleteViaApi=True)},
                {"name": "admins", "condition": "Current User's admin is yes",
                 "permissions": permissions(viewAllFields=True, findInSearches=True)},
            ],
            "everyoneElse": permissions(viewableFields=["title"]),
        })
    return types


def workflows(count, type_count):
    out = []
    for w in range(1, count + 1):
        type_name = f"Item{(w - 1) % type_count + 1}"
        out.append({
            "name": f"workflow_{w:05d}",
            "description": f"Create a {type_name} for the caller.",
            "exposed": True,
            "authentication": "user_and_admin",
            "ignorePrivacyRules": False,
            "method": "POST",
            "parameterSource": "body",
            "parameters": [
                {"key": "title", "type": "text", "list": False, "optional": False},
                {"key": "amount", "type": "number", "list": False, "optional": False},
                {"key": "tags", "type": "text", "list": True, "optional": True},
            ],
            "condition": "amount > 0 and title is not empty",
            "return200IfConditionNotMet": False,
            "actions": [
                {"kind": "create_thing", "condition": "", "dataType": type_name,
                 "assignments": [{"key": "title", "value": "title"},
                                 {"key": "amount", "value": "amount"},
                                 {"key": "owner", "value": "Current User"},
                                 {"key": "tags", "value": "tags"}]},
                {"kind": "return_data", "condition": "",
                 "assignments": [{"key": "id", "value": "Result of step 1's _id"},
                                 {"key": "amount", "value": "amount"}]},
            ],
        })
    return out


def tokens(count, users, rng):
    out = []
    for t in range(1, count + 1):
        prefix = hashlib.sha256(rng.randbytes(32)).hexdigest()[:4]
        out.append({
            "name": f"token {t}", "kind": "user", "userId": users[(t - 1) % len(users)],
            "prefix": f"gh_usr_{prefix}", "created": "2026-01-05T09:00:00.000Z",
            "expires": None, "lastUsed": None, "revoked": None,
            "scopes": {"allWorkflows": True, "workflows": [], "allDataTypes": True,
                       "dataTypes": [], "privateFiles": False},
        })
    return out


def records(count, user_count, type_count, rng):
    users = [f"u{u}" for u in range(1, user_count + 1)]
    out = [{"id": user, "type": "User", "createdDate": "2026-01-05T09:00:00.000Z",
            "modifiedDate": "2026-01-05T09:00:00.000Z", "createdBy": "",
            "values": {"admin": u == 0, "email": f"{user}@example.com", "name": f"User {u}"}}
           for u, user in enumerate(users)]
    for r in range(1, count - user_count + 1):
        owner = rng.choice(users)
        out.append({
            "id": f"r{r}", "type": f"Item{(r - 1) % type_count + 1}",
            "createdDate": "2026-01-06T09:00:00.000Z",
            "modifiedDate": "2026-01-06T09:00:00.000Z", "createdBy": owner,
            "values": {"amount": rng.randint(1, 1000), "done": rng.random() < 0.5,
                       "owner": owner, "tags": ["bench"], "title": f"Record {r}"},
        })
    return users, out


def config(n, seed):
    rng = random.Random(seed)
    type_count = max(1, n // 50)
    users, test_data = records(20 * n, max(1, n // 5), type_count, rng)
    return {
        "format": "gatehouse-config",
        "version": 1,
        "name": f"Large project (N = {n})",
        "settings": {"dataApiEnabled": True,
                     "dataApiTypes": [f"Item{t}" for t in range(1, type_count + 1)]},
        "dataTypes": data_types(type_count),
        "workflows": workflows(n, type_count),
        "tokens": tokens(max(1, n // 5), users, rng),
        "records": test_data,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="the number of workflows (at least 1)")
    parser.add_argument("out", help="the JSON config to write")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    if args.n < 1:
        parser.error("N must be at least 1")
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(config(args.n, args.seed), out, indent=2)
        out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
