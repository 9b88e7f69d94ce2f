"""PhotoSky's API: list photos, hand out upload and download URLs.

Every request comes through API Gateway's proxy integration:
  GET  /photos          -> the photos in the bucket
  POST /photos          -> a presigned URL to upload a new photo (body: {"name": ...})
  GET  /photos/{name}   -> a presigned URL to download the photo
"""
import json
import os

import boto3

s3 = boto3.client("s3")
BUCKET = os.environ["BUCKET_NAME"]
HEADERS = {"Content-Type": "application/json", "Access-Control-Allow-Origin": "*"}


def respond(status, body):
    return {"statusCode": status, "headers": HEADERS, "body": json.dumps(body)}


def handler(event, context):
    method = event.get("httpMethod", "GET")
    path = (event.get("path") or "/").rstrip("/")
    parts = [p for p in path.split("/") if p]
    if parts[:1] != ["photos"]:
        return respond(404, {"message": "not found"})
    if len(parts) == 1 and method == "GET":
        listing = s3.list_objects_v2(Bucket=BUCKET)
        photos = [{"name": o["Key"], "size": o["Size"]} for o in listing.get("Contents", [])]
        return respond(200, {"photos": photos})
    if len(parts) == 1 and method == "POST":
        name = json.loads(event.get("body") or "{}").get("name")
        if not name:
            return respond(400, {"message": "name is required"})
        url = s3.generate_presigned_url("put_object", Params={"Bucket": BUCKET, "Key": name}, ExpiresIn=300)
        return respond(200, {"uploadUrl": url})
    if len(parts) == 2 and method == "GET":
        url = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": parts[1]}, ExpiresIn=300)
        return respond(200, {"downloadUrl": url})
    return respond(405, {"message": "method not allowed"})
