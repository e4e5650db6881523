"""The JSON Schema of pack files, for editors: the pack's fields from the
pack models, and one entry per rule kind, so that `kind` is one of the known
kinds and each kind's `options` are typed (an editor flags a misspelt kind
or option). Shipped beside the bundled packs as pack.schema.json."""

from __future__ import annotations

import json
from typing import Any

from .checks import KINDS
from .rules import registry


def _options_schema(name: str) -> dict[str, Any]:
    kind = KINDS[name]
    schema = kind.options.model_json_schema()
    schema["title"] = f"options of {name}"
    schema["description"] = f"{kind.summary} Options of the {name} rule kind."
    schema.setdefault("properties", {})
    schema["additionalProperties"] = False
    return schema


def pack_schema() -> str:
    schema = registry().pack_format.model.model_json_schema()
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    schema["title"] = "factcheck rule pack"
    definitions = schema["$defs"]
    check = definitions["CheckSpec"]
    check["properties"]["kind"] = {
        "title": "Kind", "enum": sorted(KINDS),
        "description": "the rule kind: " + "; ".join(f"{n}: {KINDS[n].summary}" for n in sorted(KINDS)),
    }
    check["properties"]["options"] = {"title": "Options", "type": "object", "default": {},
                                      "description": "the options of the check's kind"}
    check["allOf"] = [
        {"if": {"properties": {"kind": {"const": name}}, "required": ["kind"]},
         "then": {"properties": {"options": {"$ref": f"#/$defs/options.{name}"}}}}
        for name in sorted(KINDS)
    ]
    for name in sorted(KINDS):
        definitions[f"options.{name}"] = _options_schema(name)
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
