# Custom::S3BucketNotifications handler, written for Strata.
#
# Puts a bucket's notification configuration. For a bucket defined in the
# stack ("Managed") the configuration is replaced outright, and emptied on
# delete. For an imported bucket only the entries this stack owns are
# replaced: they carry an Id starting with the stack id, every other entry
# (and an EventBridge setting this stack did not make) is kept.
#
# Lines that start with "#" are stripped before the code is inlined into
# the template, as aws-cdk-lib does with its own handler.
import hashlib
import json
import logging
import urllib.request

import boto3

TYPES = ("TopicConfigurations", "QueueConfigurations", "LambdaFunctionConfigurations")
EVENTBRIDGE = "EventBridgeConfiguration"

s3 = boto3.client("s3")


def handler(event, context):
  status, reason = "SUCCESS", ""
  try:
    props = event["ResourceProperties"]
    bucket = props["BucketName"]
    wanted = props.get("NotificationConfiguration") or {}
    skip = flag(props.get("SkipDestinationValidation"), False)
    if flag(props.get("Managed"), True):
      config = {} if event["RequestType"] == "Delete" else wanted
    else:
      old = (event.get("OldResourceProperties") or {}).get("NotificationConfiguration") or {}
      current = s3.get_bucket_notification_configuration(Bucket=bucket)
      config = merge(current, event["StackId"], event["RequestType"], wanted, old)
    s3.put_bucket_notification_configuration(
      Bucket=bucket, NotificationConfiguration=config, SkipDestinationValidation=skip)
  except Exception as e:
    logging.exception("putting the bucket notification configuration failed")
    status, reason = "FAILED", f"{e}. "
  respond(event, context, status, reason)


def flag(value, default):
  # CloudFormation hands booleans to custom resources as strings.
  if value is None:
    return default
  return str(value).lower() == "true"


def merge(current, stack_id, request_type, wanted, old):
  owned = f"{stack_id}-"
  config = {}
  for t in TYPES:
    keep = [n for n in current.get(t, []) if not n.get("Id", "").startswith(owned)]
    mine = [] if request_type == "Delete" else [with_id(n, owned) for n in wanted.get(t, [])]
    if keep or mine:
      config[t] = keep + mine
  if request_type != "Delete" and EVENTBRIDGE in wanted:
    config[EVENTBRIDGE] = wanted[EVENTBRIDGE]
  elif EVENTBRIDGE in current and EVENTBRIDGE not in old:
    config[EVENTBRIDGE] = current[EVENTBRIDGE]
  return config


def with_id(notification, owned):
  n = {k: v for k, v in notification.items() if k != "Id"}
  digest = hashlib.sha256(json.dumps(n, sort_keys=True).encode()).hexdigest()[:16]
  n["Id"] = owned + digest
  return n


def respond(event, context, status, reason):
  body = json.dumps({
    "Status": status,
    "Reason": f"{reason}See CloudWatch Logs: {context.log_stream_name}",
    "PhysicalResourceId": event.get("PhysicalResourceId") or event["LogicalResourceId"],
    "StackId": event["StackId"],
    "RequestId": event["RequestId"],
    "LogicalResourceId": event["LogicalResourceId"],
  }).encode()
  req = urllib.request.Request(event["ResponseURL"], data=body, method="PUT",
                               headers={"content-type": "", "content-length": str(len(body))})
  try:
    with urllib.request.urlopen(req) as r:
      print("response sent:", r.status)
  except Exception as e:
    print("sending the response failed:", e)
