"""OpenAPI post-processing: document the error responses every operation can give.

Views declare their success responses; the errors follow from the operation's
shape, so one hook adds them everywhere and the schema matches what clients
(and schemathesis) actually receive.
"""

ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "status": {"type": "integer"},
                "code": {"type": "string"},
                "message": {"type": "string"},
                "fields": {
                    "type": "object",
                    "additionalProperties": {},
                    "description": "Validation errors by parameter or field name; "
                    "empty on other errors.",
                },
            },
            "required": ["status", "code", "message", "fields"],
        }
    },
    "required": ["error"],
}

_DESCRIPTIONS = {
    "400": "A parameter or field is invalid; `fields` names it.",
    "401": "Not authenticated.",
    "403": "Authenticated without staff rights, or a session write without a CSRF token.",
    "404": "No such object, or a page past the end.",
    "415": "The request body's Content-Type is not one the operation accepts.",
    "429": "Too many requests; see Retry-After.",
}


def _error_codes(path: str, method: str, operation: dict) -> list[str]:
    codes = ["429"]
    if operation.get("parameters") or operation.get("requestBody"):
        codes.append("400")
    if operation.get("requestBody"):
        codes.append("415")
    if "{" in path or method == "get":
        codes.append("404")
    if method != "get" and any(operation.get("security") or []):
        codes += ["401", "403"]
    return codes


def add_error_responses(result, generator, request, public):
    """Add the shared Error component and the error responses of every operation.

    Also mark reads as needing no credentials: IsStaffOrReadOnly lets anyone read,
    which drf-spectacular cannot tell from a custom permission class.
    """
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    ref = {"$ref": "#/components/schemas/Error"}
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            if method == "get" and operation.get("security") and {} not in operation["security"]:
                operation["security"].append({})  # reads are open to anyone
            for code in _error_codes(path, method, operation):
                operation["responses"].setdefault(
                    code,
                    {
                        "description": _DESCRIPTIONS[code],
                        "content": {"application/json": {"schema": ref}},
                    },
                )
    return result
