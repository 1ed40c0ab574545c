"""OpenAPI post-processing: what drf-spectacular cannot tell from the code.

Views declare their success responses; the errors follow from the operation's
shape, so one hook adds them everywhere. Two more hooks declare how the server
reads empty and NUL-bearing values. Together they make the schema match what
clients (and schemathesis, which checks both directions) actually get.
"""

from quotes.api.pagination import Pagination

FORM_MEDIA_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
# Patterns in a syntax JSON Schema validators and Python's re read alike (\uXXXX only).
NO_NUL = "^[^\\u0000]*$"
# What str.strip() removes (str.isspace), spelled out: JSON Schema's \s is narrower.
_SPACE = "".join(f"\\u{c:04x}" for c in range(0x3001) if chr(c).isspace())
NOT_BLANK = f"^[^\\u0000]*[^{_SPACE}\\u0000][^\\u0000]*$"

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


def _without_nul(schema: dict) -> None:
    """Give `schema` (a plain string, or an array or object of them) the NO_NUL pattern."""
    if schema.get("type") == "string":
        if not ({"enum", "format", "pattern"} & set(schema)):
            schema["pattern"] = NO_NUL
    elif schema.get("type") == "array":
        _without_nul(schema.get("items", {}))
    elif schema.get("type") == "object":
        for prop in schema.get("properties", {}).values():
            _without_nul(prop)


def refuse_nul_characters(result, generator, request, public):
    """Declare that no string the API takes may hold a NUL character.

    Django's and DRF's form and serializer CharFields refuse one (400 naming the
    field), as PostgreSQL could not store it; so every free-text query parameter
    and request body string says so with a pattern. Slugs, enums and dates are
    narrower already.
    """
    for name, component in result.get("components", {}).get("schemas", {}).items():
        if name.endswith("Request"):
            _without_nul(component)
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    _without_nul(parameter["schema"])
    return result


def _admits_empty(schema: dict) -> bool:
    return (
        schema.get("type") == "string"
        and not ({"enum", "format", "minLength"} & set(schema))
        and schema.get("pattern", NO_NUL) == NO_NUL
    )


def accept_empty_values(result, generator, request, public):
    """Declare which empty values the server reads as "not given" rather than refusing.

    HTML forms send every field, an untouched one empty: the browsable API's filter
    form (django-filter) and its write forms (DRF). The server reads those empty
    values as absent, as it must for the forms to work, so the schema says so:

    - Query parameters of a single value (`kind`, `rating`, `ordering`, `source`,
      `claim`, `verified`, `min_quotes`, the dates, ...) get `allowEmptyValue`:
      django-filter applies no filter for an empty value. So does `format`: DRF's
      content negotiation reads `?format=` as no format.
    - `ordering` is a comma-separated list whose empty items are dropped
      (`?ordering=,name` is `?ordering=name`), so "" is one of its items.
    - Not `page` and `page_size`: an empty one is a 400 like any non-number.
    - Not the repeatable `speaker` filter: a multiple choice sends nothing when
      none is chosen, never an empty value, and `?speaker=` names no speaker (400),
      so its items are at least one character long.
    - Form bodies (urlencoded and multipart): DRF skips an optional field sent
      empty, so "" is also valid for each optional field that would refuse it in
      JSON (enums, numbers, booleans, slugs). JSON bodies are unchanged.
    """
    paginated = {Pagination.page_query_param, Pagination.page_size_query_param}
    components = result.get("components", {}).get("schemas", {})
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                schema = parameter["schema"]
                if parameter["in"] != "query" or parameter["name"] in paginated:
                    continue
                if schema.get("type") != "array":
                    parameter["allowEmptyValue"] = True
                elif parameter.get("explode") is False and "enum" in schema["items"]:
                    schema["items"]["enum"] = [*dict.fromkeys([*schema["items"]["enum"], ""])]
                elif schema["items"].get("type") == "string":
                    schema["items"].setdefault("minLength", 1)
            for media_type, content in operation.get("requestBody", {}).get("content", {}).items():
                if media_type in FORM_MEDIA_TYPES and "$ref" in content["schema"]:
                    name = content["schema"]["$ref"].rsplit("/", 1)[1]
                    content["schema"] = _form_variant(name, components)
    return result


def _form_variant(name: str, components: dict) -> dict:
    """Component `name` as a form sends it: each optional field may also be "".

    A PATCH body's fields are all optional, but a field the serializer requires
    (as in the POST body, `ClaimWriteRequest` for `PatchedClaimWriteRequest`)
    is validated when sent, so an empty one is refused, as in JSON.
    """
    component = components[name]
    unpatched = components.get(name.removeprefix("Patched"), component)
    required = {*component.get("required", []), *unpatched.get("required", [])}
    variant = {**component, "properties": dict(component.get("properties", {}))}
    for field, prop in variant["properties"].items():
        if field not in required and not _admits_empty(prop):
            variant["properties"][field] = {"anyOf": [prop, {"type": "string", "enum": [""]}]}
    return variant
