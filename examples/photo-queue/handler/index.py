"""Photo job worker: for each job on the queue, look the photo up in the
bucket and announce it on the topic."""
import json
import os

import boto3

s3 = boto3.client("s3")
sns = boto3.client("sns")


def handler(event, context):
    done = []
    for record in event.get("Records", []):
        job = json.loads(record["body"])
        key = job["key"]
        head = s3.head_object(Bucket=os.environ["BUCKET_NAME"], Key=key)
        sns.publish(
            TopicArn=os.environ["TOPIC_ARN"],
            Subject="photo processed",
            Message=json.dumps({"key": key, "size": head["ContentLength"]}),
        )
        done.append(key)
    return {"processed": done}
