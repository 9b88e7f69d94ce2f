"""Unit tests of index.py against a stubbed S3 client and response URL.

Run with `python3 -m unittest test_index` in this directory (handler_test.go
does, when python3 is installed).
"""
import io
import json
import sys
import types
import unittest
from unittest import mock


class FakeS3:
    def __init__(self, current=None, fail=None):
        self.current = current or {}
        self.fail = fail
        self.put = []

    def get_bucket_notification_configuration(self, Bucket):
        return json.loads(json.dumps(self.current))

    def put_bucket_notification_configuration(self, **kwargs):
        if self.fail:
            raise RuntimeError(self.fail)
        self.put.append(kwargs)


boto3 = types.ModuleType("boto3")
boto3.client = lambda name: FakeS3()
sys.modules["boto3"] = boto3
import index  # noqa: E402


class Context:
    log_stream_name = "stream"


def event(request, props, old=None):
    e = {
        "RequestType": request,
        "ResponseURL": "https://cloudformation-custom-resource-response.example/abc?sig=1",
        "StackId": "arn:aws:cloudformation:us-east-1:111111111111:stack/S/guid",
        "RequestId": "req",
        "LogicalResourceId": "BNotifications",
        "ResourceProperties": props,
    }
    if old is not None:
        e["OldResourceProperties"] = old
    return e


QUEUE = {"Events": ["s3:ObjectCreated:*"], "QueueArn": "arn:aws:sqs:us-east-1:111111111111:q",
         "Filter": {"Key": {"FilterRules": [{"Name": "suffix", "Value": ".jpg"}]}}}
TOPIC = {"Events": ["s3:ObjectRemoved:*"], "TopicArn": "arn:aws:sns:us-east-1:111111111111:t"}


class HandlerTest(unittest.TestCase):
    def run_handler(self, s3, ev):
        sent = []

        class Response(io.BytesIO):
            status = 200

            def __enter__(self):
                return self

            def __exit__(self, *a):
                return False

        def urlopen(req):
            sent.append((req.full_url, req.get_method(), json.loads(req.data)))
            return Response()

        with mock.patch.object(index, "s3", s3), mock.patch.object(index.urllib.request, "urlopen", urlopen):
            index.handler(ev, Context())
        self.assertEqual(len(sent), 1)
        url, method, body = sent[0]
        self.assertEqual(url, ev["ResponseURL"])
        self.assertEqual(method, "PUT")
        self.assertEqual(body["RequestId"], "req")
        self.assertEqual(body["LogicalResourceId"], "BNotifications")
        return body

    def test_managed_create_puts_the_configuration(self):
        s3 = FakeS3()
        props = {"BucketName": "b", "Managed": "true", "SkipDestinationValidation": "false",
                 "NotificationConfiguration": {"QueueConfigurations": [QUEUE]}}
        body = self.run_handler(s3, event("Create", props))
        self.assertEqual(body["Status"], "SUCCESS")
        self.assertEqual(body["PhysicalResourceId"], "BNotifications")
        self.assertEqual(s3.put, [{"Bucket": "b", "NotificationConfiguration": {"QueueConfigurations": [QUEUE]},
                                   "SkipDestinationValidation": False}])

    def test_managed_delete_empties_the_configuration(self):
        s3 = FakeS3()
        props = {"BucketName": "b", "Managed": "true", "NotificationConfiguration": {"QueueConfigurations": [QUEUE]}}
        self.run_handler(s3, dict(event("Delete", props), PhysicalResourceId="pid"))
        self.assertEqual(s3.put[0]["NotificationConfiguration"], {})

    def test_skip_destination_validation(self):
        s3 = FakeS3()
        props = {"BucketName": "b", "SkipDestinationValidation": "true",
                 "NotificationConfiguration": {"EventBridgeConfiguration": {}}}
        self.run_handler(s3, event("Update", props))
        self.assertTrue(s3.put[0]["SkipDestinationValidation"])
        self.assertEqual(s3.put[0]["NotificationConfiguration"], {"EventBridgeConfiguration": {}})

    def test_unmanaged_keeps_other_notifications(self):
        stack = "arn:aws:cloudformation:us-east-1:111111111111:stack/S/guid-"
        external = dict(TOPIC, Id="someone-else")
        ours_before = dict(QUEUE, Id=stack + "0123")
        s3 = FakeS3(current={"TopicConfigurations": [external], "QueueConfigurations": [ours_before],
                             "EventBridgeConfiguration": {}, "ResponseMetadata": {}})
        props = {"BucketName": "b", "Managed": "false", "NotificationConfiguration": {"QueueConfigurations": [QUEUE]}}
        self.run_handler(s3, event("Create", props))
        config = s3.put[0]["NotificationConfiguration"]
        self.assertEqual(config["TopicConfigurations"], [external])
        self.assertEqual(len(config["QueueConfigurations"]), 1)
        mine = config["QueueConfigurations"][0]
        self.assertTrue(mine["Id"].startswith(stack))
        self.assertEqual({k: v for k, v in mine.items() if k != "Id"}, QUEUE)
        # EventBridge was on before this stack touched the bucket: kept.
        self.assertEqual(config["EventBridgeConfiguration"], {})
        self.assertNotIn("ResponseMetadata", config)
        # The same notification always gets the same id.
        again = FakeS3(current={})
        self.run_handler(again, event("Create", props))
        self.assertEqual(again.put[0]["NotificationConfiguration"]["QueueConfigurations"][0]["Id"], mine["Id"])

    def test_unmanaged_delete_removes_only_ours(self):
        stack = "arn:aws:cloudformation:us-east-1:111111111111:stack/S/guid-"
        external = dict(TOPIC, Id="someone-else")
        s3 = FakeS3(current={"TopicConfigurations": [external, dict(TOPIC, Id=stack + "x")],
                             "EventBridgeConfiguration": {}})
        props = {"BucketName": "b", "Managed": "false", "NotificationConfiguration": {"EventBridgeConfiguration": {}}}
        self.run_handler(s3, event("Delete", props, old=props))
        # EventBridge was this stack's doing (it is in the old properties): removed.
        self.assertEqual(s3.put[0]["NotificationConfiguration"], {"TopicConfigurations": [external]})

    def test_failure_is_reported(self):
        s3 = FakeS3(fail="AccessDenied")
        props = {"BucketName": "b", "NotificationConfiguration": {}}
        body = self.run_handler(s3, event("Create", props))
        self.assertEqual(body["Status"], "FAILED")
        self.assertIn("AccessDenied", body["Reason"])

    def test_inlined_source_has_no_comment_lines(self):
        import re
        src = open(index.__file__).read()
        stripped = re.sub(r"(?m)^ *#.*\n?", "", src)
        compile(stripped, "index.py", "exec")


if __name__ == "__main__":
    unittest.main()
