def handler(event, context):
    return {"statusCode": 200, "body": "hello from an image"}


def other(event, context):
    return {"statusCode": 200, "body": "other"}
