import json


def handler(event, context):
    """Processes a batch of orders; reports the ones that failed."""
    failures = []
    for record in event["Records"]:
        try:
            order = json.loads(record["body"])
            print("processing order", order["id"])
        except Exception:
            failures.append({"itemIdentifier": record["messageId"]})
    return {"batchItemFailures": failures}
